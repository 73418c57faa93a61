// STAND-IN, not drogon's code: the declaration shapes of drogon's
// orm_lib/inc/drogon/orm/DbClient.h (and of Result, SqlBinder, Exception,
// which it includes) at commit 74fc004c8dc8244fe3b6c56628601053b5a15c37
// (drogonframework/drogon), for corolint's lit tests. drogon is not packaged
// by Debian; bodies are left out, or reduced to what the compiler needs.
#pragma once
#include <drogon/utils/coroutine.h>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <string>
#include <vector>

namespace drogon {
namespace orm {
class Result {
public:
  explicit Result(std::nullptr_t);
  std::size_t size() const noexcept;
};
class DrogonDbException {};
using ResultCallback = std::function<void(const Result &)>;
using ExceptionCallback = std::function<void(const DrogonDbException &)>;

class Transaction;
class DbClient;
enum class TransactionType { Deferred, Immediate, Exclusive };

namespace internal {
class SqlBinder {};
struct [[nodiscard]] SqlAwaiter : public CallbackAwaiter<Result> {
  explicit SqlAwaiter(internal::SqlBinder &&binder);
  void await_suspend(std::coroutine_handle<> handle);
};
struct [[nodiscard]] TransactionAwaiter : public CallbackAwaiter<std::shared_ptr<Transaction>> {
  explicit TransactionAwaiter(DbClient *client,
                              TransactionType transType = TransactionType::Deferred);
  void await_suspend(std::coroutine_handle<> handle);
};
} // namespace internal

/// Database client abstract class
class DbClient {
public:
  virtual ~DbClient();
  static std::shared_ptr<DbClient> newPgClient(const std::string &connInfo, size_t connNum,
                                               bool autoBatch = false);

  /// Async and nonblocking method
  template <typename FUNCTION1, typename FUNCTION2, typename... Arguments>
  void execSqlAsync(const std::string &sql, FUNCTION1 &&rCallback,
                    FUNCTION2 &&exceptCallback, Arguments &&...args) noexcept {
    // drogon's hands the callbacks to a SqlBinder that runs the query later
    (void)sql, (void)rCallback, (void)exceptCallback;
  }

  /// Async and nonblocking method
  template <typename... Arguments>
  std::future<Result> execSqlAsyncFuture(const std::string &sql, Arguments &&...args) noexcept;

  // Sync and blocking method
  template <typename... Arguments>
  Result execSqlSync(const std::string &sql, Arguments &&...args) noexcept(false);

  template <typename... Arguments>
  internal::SqlAwaiter execSqlCoro(const std::string &sql, Arguments &&...args) noexcept;

  /// Create a transaction object.
  virtual std::shared_ptr<Transaction> newTransaction(
      const std::function<void(bool)> &commitCallback = std::function<void(bool)>(),
      TransactionType transType = TransactionType::Deferred) noexcept(false) = 0;

  /// Create a transaction object in asynchronous mode.
  virtual void newTransactionAsync(
      const std::function<void(const std::shared_ptr<Transaction> &)> &callback,
      TransactionType transType = TransactionType::Deferred) = 0;

  orm::internal::TransactionAwaiter newTransactionCoro(
      TransactionType transType = TransactionType::Deferred);
};
using DbClientPtr = std::shared_ptr<DbClient>;

class Transaction : public DbClient {
public:
  virtual void rollback() = 0;
};

} // namespace orm
} // namespace drogon
