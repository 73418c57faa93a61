// STAND-IN, not drogon's code: the declaration shapes of drogon's
// orm_lib/inc/drogon/orm/Mapper.h at commit
// 74fc004c8dc8244fe3b6c56628601053b5a15c37 (drogonframework/drogon), for
// corolint's lit tests: each synchronous member ("The synchronous interface
// is blocked"), its callback overload of the same name and its future form.
// drogon is not packaged by Debian; bodies are left out.
#pragma once
#include <drogon/orm/Criteria.h>
#include <drogon/orm/DbClient.h>
#include <functional>
#include <future>
#include <string>
#include <vector>

namespace drogon {
namespace orm {
namespace internal {
template <typename T, bool hasPrimaryKey = true> struct Traits {
  using type = typename T::PrimaryKeyType;
};
} // namespace internal

template <typename T> class Mapper {
public:
  explicit Mapper(DbClientPtr client);
  Mapper<T> &limit(size_t limit);
  Mapper<T> &offset(size_t offset);
  Mapper<T> &orderBy(const std::string &colName, const SortOrder &order = SortOrder::ASC);
  Mapper<T> &forUpdate();

  using SingleRowCallback = std::function<void(T)>;
  using MultipleRowsCallback = std::function<void(std::vector<T>)>;
  using CountCallback = std::function<void(const size_t)>;
  using TraitsPKType = typename internal::Traits<T>::type;

  template <typename U = T> T findByPrimaryKey(const TraitsPKType &key) noexcept(false);
  template <typename U = T>
  void findByPrimaryKey(const TraitsPKType &key, const SingleRowCallback &rcb,
                        const ExceptionCallback &ecb) noexcept;
  template <typename U = T>
  std::future<T> findFutureByPrimaryKey(const TraitsPKType &key) noexcept;

  std::vector<T> findAll() noexcept(false);
  void findAll(const MultipleRowsCallback &rcb, const ExceptionCallback &ecb) noexcept;
  std::future<std::vector<T>> findFutureAll() noexcept;

  size_t count(const Criteria &criteria = Criteria()) noexcept(false);
  void count(const Criteria &criteria, const CountCallback &rcb,
             const ExceptionCallback &ecb) noexcept;
  std::future<size_t> countFuture(const Criteria &criteria = Criteria()) noexcept;

  T findOne(const Criteria &criteria) noexcept(false);
  void findOne(const Criteria &criteria, const SingleRowCallback &rcb,
               const ExceptionCallback &ecb) noexcept;
  std::future<T> findFutureOne(const Criteria &criteria) noexcept;

  std::vector<T> findBy(const Criteria &criteria) noexcept(false);
  void findBy(const Criteria &criteria, const MultipleRowsCallback &rcb,
              const ExceptionCallback &ecb) noexcept;
  std::future<std::vector<T>> findFutureBy(const Criteria &criteria) noexcept;

  void insert(T &obj) noexcept(false);
  void insert(const T &obj, const SingleRowCallback &rcb, const ExceptionCallback &ecb) noexcept;
  std::future<T> insertFuture(const T &) noexcept;

  size_t update(const T &obj) noexcept(false);
  void update(const T &obj, const CountCallback &rcb, const ExceptionCallback &ecb) noexcept;
  std::future<size_t> updateFuture(const T &obj) noexcept;

  template <typename... Arguments>
  size_t updateBy(const std::vector<std::string> &colNames, const Criteria &criteria,
                  Arguments &&...args) noexcept(false);
  template <typename... Arguments>
  void updateBy(const std::vector<std::string> &colNames, const CountCallback &rcb,
                const ExceptionCallback &ecb, const Criteria &criteria,
                Arguments &&...args) noexcept;

  template <typename... Arguments>
  size_t increment(const std::vector<std::string> &colNames, const Criteria &criteria,
                   Arguments... args) noexcept(false);
  template <typename... Arguments>
  void increment(const std::vector<std::string> &colNames, const CountCallback &rcb,
                 const ExceptionCallback &ecb, const Criteria &criteria,
                 Arguments... args) noexcept;

  size_t deleteOne(const T &obj) noexcept(false);
  void deleteOne(const T &obj, const CountCallback &rcb, const ExceptionCallback &ecb) noexcept;
  std::future<size_t> deleteFutureOne(const T &obj) noexcept;

  size_t deleteBy(const Criteria &criteria) noexcept(false);
  void deleteBy(const Criteria &criteria, const CountCallback &rcb,
                const ExceptionCallback &ecb) noexcept;
  std::future<size_t> deleteFutureBy(const Criteria &criteria) noexcept;

  size_t deleteByPrimaryKey(const TraitsPKType &key) noexcept(false);
  void deleteByPrimaryKey(const TraitsPKType &key, const CountCallback &rcb,
                          const ExceptionCallback &ecb) noexcept;
  std::future<size_t> deleteFutureByPrimaryKey(const TraitsPKType &key) noexcept;
};
} // namespace orm
} // namespace drogon
