// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -isystem %S/Inputs/pqxx7-standin
// libpqxx 7's names (databases.def): one connection class, and the query*
// and stream members of transaction_base. Debian 12 packages libpqxx 6.4
// (coro-blocking-call-lib-pqxx.cpp): the header here is a stand-in that
// copies libpqxx 7.7.5's declarations (see its top).
#include "coro-task.h"
#include <pqxx/pqxx>

test::Task report() {
  pqxx::connection conn{"dbname=shop"};
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking call to 'pqxx::connection::connection' (network-io) in coroutine 'report' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: run the database call off the event loop thread: offload it to a thread pool and await the result
  pqxx::connection defaults; // connects with an empty connection string
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking call to 'pqxx::connection::connection' (network-io) in coroutine 'report'
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: blocking call to 'pqxx::transaction::transaction' (network-io) in coroutine 'report'
  int n = tx.query_value<int>("select count(*) from orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: blocking call to 'pqxx::transaction_base::query_value' (network-io) in coroutine 'report'
  auto [id] = tx.query1<int>("select max(id) from orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking call to 'pqxx::transaction_base::query1' (network-io) in coroutine 'report'
  auto maybe = tx.query01<int>("select id from orders limit 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'pqxx::transaction_base::query01' (network-io) in coroutine 'report'
  auto rows = tx.query<int, int>("select id, total from orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking call to 'pqxx::transaction_base::query' (network-io) in coroutine 'report'
  auto some = tx.query_n<int>(3, "select id from orders limit 3");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking call to 'pqxx::transaction_base::query_n' (network-io) in coroutine 'report'
  tx.for_query("select id from orders", [](int) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'pqxx::transaction_base::for_query' (network-io) in coroutine 'report'
  auto lines = tx.stream<int>("select id from orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'pqxx::transaction_base::stream' (network-io) in coroutine 'report'
  tx.for_stream("select id from orders", [](int) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'pqxx::transaction_base::for_stream' (network-io) in coroutine 'report'
  tx.exec("select 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'pqxx::transaction_base::exec' (network-io) in coroutine 'report'
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'pqxx::transaction_base::commit' (network-io) in coroutine 'report'
  conn.await_notification(5, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'pqxx::connection::await_notification' (network-io) in coroutine 'report'
  (void)n, (void)id, (void)maybe, (void)rows, (void)some, (void)lines;
  co_return;
}
