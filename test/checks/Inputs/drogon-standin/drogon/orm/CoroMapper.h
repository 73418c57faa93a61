// STAND-IN, not drogon's code: the declaration shapes of drogon's
// orm_lib/inc/drogon/orm/CoroMapper.h at commit
// 74fc004c8dc8244fe3b6c56628601053b5a15c37 (drogonframework/drogon), for
// corolint's lit tests: "coroutine versions of the synchronous interfaces of
// the orm::Mapper template", which hide them. Bodies are left out.
#pragma once
#include <drogon/orm/Mapper.h>
#include <drogon/utils/coroutine.h>

namespace drogon {
namespace orm {
namespace internal {
template <typename ReturnType> struct [[nodiscard]] MapperAwaiter : public CallbackAwaiter<ReturnType> {
  using MapperFunction = std::function<void(std::function<void(ReturnType result)> &&,
                                            std::function<void(const std::exception_ptr &)> &&)>;
  explicit MapperAwaiter(MapperFunction &&function);
  void await_suspend(std::coroutine_handle<> handle);
};
} // namespace internal

template <typename T> class CoroMapper : public Mapper<T> {
public:
  explicit CoroMapper(DbClientPtr client);
  using TraitsPKType = typename Mapper<T>::TraitsPKType;

  internal::MapperAwaiter<T> findByPrimaryKey(const TraitsPKType &key);
  CoroMapper<T> &limit(size_t limit);
  CoroMapper<T> &forUpdate();
  internal::MapperAwaiter<std::vector<T>> findAll();
  internal::MapperAwaiter<size_t> count(const Criteria &criteria = Criteria());
  internal::MapperAwaiter<T> findOne(const Criteria &criteria);
  internal::MapperAwaiter<std::vector<T>> findBy(const Criteria &criteria);
  internal::MapperAwaiter<T> insert(const T &obj);
  internal::MapperAwaiter<size_t> update(const T &obj);
  template <typename... Arguments>
  internal::MapperAwaiter<size_t> updateBy(const std::vector<std::string> &colNames,
                                           const Criteria &criteria, Arguments &&...args);
  template <typename... Arguments>
  internal::MapperAwaiter<size_t> increment(const std::vector<std::string> &colNames,
                                            const Criteria &criteria, Arguments... args);
  internal::MapperAwaiter<size_t> deleteOne(const T &obj);
  internal::MapperAwaiter<size_t> deleteBy(const Criteria &criteria);
  internal::MapperAwaiter<size_t> deleteByPrimaryKey(const TraitsPKType &key);
};
} // namespace orm
} // namespace drogon
