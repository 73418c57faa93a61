// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// libpqxx's calls (databases.def), against Debian's libpqxx-dev 6.4:
// connecting, beginning a transaction, running queries, committing,
// waiting for a notification. libpqxx 7.7's names are tested against a
// stand-in in coro-blocking-call-lib-pqxx7.cpp; negative cases are in
// coro-blocking-call-lib-databases-negative.cpp.
#include "coro-task.h"
#include <pqxx/pqxx>
#include <string>

test::Task orders(std::string conninfo) {
  pqxx::connection conn{conninfo};
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking call to 'pqxx::basic_connection_base::basic_connection_base' (network-io) in coroutine 'orders' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: run the database call off the event loop thread: offload it to a thread pool and await the result
  pqxx::connection defaults; // connects to the default database
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking call to 'pqxx::basic_connection_base::basic_connection_base' (network-io) in coroutine 'orders'
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: blocking call to 'pqxx::transaction::transaction' (network-io) in coroutine 'orders'
  pqxx::result r = tx.exec("select * from orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: blocking call to 'pqxx::transaction_base::exec' (network-io) in coroutine 'orders'
  tx.exec0("delete from carts");
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'pqxx::transaction_base::exec0' (network-io) in coroutine 'orders'
  pqxx::row one = tx.exec1("select count(*) from orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: blocking call to 'pqxx::transaction_base::exec1' (network-io) in coroutine 'orders'
  tx.exec_n(2, "select * from orders limit 2");
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'pqxx::transaction_base::exec_n' (network-io) in coroutine 'orders'
  tx.exec_params("select * from orders where id = $1", 42);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'pqxx::transaction_base::exec_params' (network-io) in coroutine 'orders'
  tx.exec_params0("delete from orders where id = $1", 42);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'pqxx::transaction_base::exec_params0' (network-io) in coroutine 'orders'
  tx.exec_params1("select * from orders where id = $1", 42);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'pqxx::transaction_base::exec_params1' (network-io) in coroutine 'orders'
  tx.exec_params_n(1, "select * from orders where id = $1", 42);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'pqxx::transaction_base::exec_params_n' (network-io) in coroutine 'orders'
  tx.exec_prepared("find", 42);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'pqxx::transaction_base::exec_prepared' (network-io) in coroutine 'orders'
  tx.exec_prepared0("drop", 42);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'pqxx::transaction_base::exec_prepared0' (network-io) in coroutine 'orders'
  tx.exec_prepared1("find", 42);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'pqxx::transaction_base::exec_prepared1' (network-io) in coroutine 'orders'
  tx.exec_prepared_n(1, "find", 42);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'pqxx::transaction_base::exec_prepared_n' (network-io) in coroutine 'orders'
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'pqxx::transaction_base::commit' (network-io) in coroutine 'orders'
  pqxx::work undo{conn, "undo"};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: blocking call to 'pqxx::transaction::transaction' (network-io) in coroutine 'orders'
  undo.abort();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'pqxx::transaction_base::abort' (network-io) in coroutine 'orders'
  conn.await_notification();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'pqxx::connection_base::await_notification' (network-io) in coroutine 'orders'
  (void)r, (void)one;
  co_return;
}
