// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -I/usr/include/mariadb
// MariaDB Connector/C's synchronous calls (databases.def), against Debian's
// mysql.h (libmariadb-dev, Connector/C 3.3), found as `mariadb_config
// --cflags` says: with -I (COROLINT_C_LIBRARY("mysql_")). Negative cases,
// the non-blocking _start/_cont API among them, are in
// coro-blocking-call-lib-databases-negative.cpp.
#include "coro-task.h"
#include <mysql.h>

test::Task orders(MYSQL *mysql) {
  mysql_real_connect(mysql, "db", "app", "secret", "shop", 3306, nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_real_connect' (network-io) in coroutine 'orders' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: offload the database call to a thread pool and await the result, or use MariaDB's non-blocking API ('mysql_real_query_start', then 'mysql_real_query_cont' as the event loop reports 'mysql_get_socket' ready)
  mysql_query(mysql, "select 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_query' (network-io) in coroutine 'orders'
  mysql_real_query(mysql, "select 1", 8);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_real_query' (network-io) in coroutine 'orders'
  mysql_send_query(mysql, "select 1", 8);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_send_query' (network-io) in coroutine 'orders'
  mysql_read_query_result(mysql);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_read_query_result' (network-io) in coroutine 'orders'
  MYSQL_RES *res = mysql_store_result(mysql);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking call to 'mysql_store_result' (network-io) in coroutine 'orders'
  mysql_next_result(mysql);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_next_result' (network-io) in coroutine 'orders'
  mysql_ping(mysql);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_ping' (network-io) in coroutine 'orders'
  mysql_select_db(mysql, "shop");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_select_db' (network-io) in coroutine 'orders'
  mysql_commit(mysql);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_commit' (network-io) in coroutine 'orders'
  mysql_rollback(mysql);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_rollback' (network-io) in coroutine 'orders'
  MYSQL_STMT *stmt = mysql_stmt_init(mysql);
  mysql_stmt_prepare(stmt, "select ?", 8);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_stmt_prepare' (network-io) in coroutine 'orders'
  mysql_stmt_execute(stmt);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_stmt_execute' (network-io) in coroutine 'orders'
  mysql_stmt_store_result(stmt);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_stmt_store_result' (network-io) in coroutine 'orders'
  mysql_free_result(res);
  co_return;
}
