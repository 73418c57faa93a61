// STAND-IN, not drogon's code: the declaration shapes of drogon's
// nosql_lib/redis/inc/drogon/nosql/RedisClient.h at commit
// 74fc004c8dc8244fe3b6c56628601053b5a15c37 (drogonframework/drogon), for
// corolint's lit tests. Bodies are left out, or reduced to what the
// compiler needs.
#pragma once
#include <drogon/utils/coroutine.h>
#include <functional>
#include <memory>
#include <string_view>
#include <type_traits>

namespace drogon {
namespace nosql {
class RedisResult {
public:
  std::string asString() const noexcept(false);
};
class RedisException {};
class RedisTransaction;
using RedisResultCallback = std::function<void(const RedisResult &)>;
using RedisExceptionCallback = std::function<void(const RedisException &)>;
namespace internal {
struct [[nodiscard]] RedisAwaiter : public CallbackAwaiter<RedisResult> {
  void await_suspend(std::coroutine_handle<> handle);
};
struct [[nodiscard]] RedisTransactionAwaiter
    : public CallbackAwaiter<std::shared_ptr<RedisTransaction>> {
  void await_suspend(std::coroutine_handle<> handle);
};
} // namespace internal

class RedisClient {
public:
  virtual void execCommandAsync(RedisResultCallback &&resultCallback,
                                RedisExceptionCallback &&exceptionCallback,
                                std::string_view command, ...) noexcept = 0;
  template <typename T, typename... Args>
  T execCommandSync(std::function<T(const RedisResult &)> &&processFunc,
                    std::string_view command, Args &&...args);
  template <typename F, typename... Args>
  std::invoke_result_t<F, const RedisResult &> execCommandSync(F &&processFunc,
                                                               std::string_view command,
                                                               Args &&...args) {
    return processFunc(RedisResult()); // drogon's waits on a future here
  }
  virtual std::shared_ptr<RedisTransaction> newTransaction() noexcept(false) = 0;
  virtual void newTransactionAsync(
      const std::function<void(const std::shared_ptr<RedisTransaction> &)> &callback) = 0;
  template <typename... Arguments>
  internal::RedisAwaiter execCommandCoro(std::string_view command, Arguments... args);
  internal::RedisTransactionAwaiter newTransactionCoro();
  virtual ~RedisClient() = default;
};
using RedisClientPtr = std::shared_ptr<RedisClient>;
} // namespace nosql
} // namespace drogon
