// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -I/usr/include/postgresql -I/usr/include/mariadb
// The database clients' calls that do not block stay silent (databases.def):
// SQLite's accessors, libpq's and MariaDB's non-blocking APIs, hiredis'
// asynchronous API and buffering, libpqxx's lazy and asynchronous
// connections, and PQgetResult after PQisBusy on the same connection.
// Against Debian's headers (libsqlite3-dev, libpq-dev, libmariadb-dev,
// libhiredis-dev, libpqxx-dev 6.4).
#include "coro-task.h"
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <mysql.h>
#include <pqxx/pqxx>
#include <sqlite3.h>

test::Task sqlite(sqlite3 *db, sqlite3_stmt *stmt) {
  sqlite3_bind_int(stmt, 1, 42);
  sqlite3_column_int(stmt, 0);
  sqlite3_column_text(stmt, 1);
  sqlite3_errmsg(db);
  sqlite3_changes(db);
  sqlite3_busy_timeout(db, 100);
  sqlite3_finalize(stmt);
  co_return;
}

test::Task libpq(const char *conninfo) {
  PGconn *conn = PQconnectStart(conninfo);
  while (PQconnectPoll(conn) != PGRES_POLLING_OK) {
    co_await test::Task{}; // the event loop waits on PQsocket(conn)
  }
  PQsetnonblocking(conn, 1);
  PQsendQuery(conn, "select 1");
  const char *params[] = {"42"};
  PQsendQueryParams(conn, "select $1::int", 1, nullptr, params, nullptr, nullptr, 0);
  PQsendPrepare(conn, "q", "select $1::int", 1, nullptr);
  PQsendQueryPrepared(conn, "q", 1, params, nullptr, nullptr, 0);
  PQflush(conn);
  PQconsumeInput(conn);
  while (PQisBusy(conn)) {
    co_await test::Task{};
    PQconsumeInput(conn);
  }
  while (PGresult *r = PQgetResult(conn)) // PQisBusy said it will not wait
    PQclear(r);
  char *row = nullptr;
  PQgetCopyData(conn, &row, 1); // async
  PQresetStart(conn);
  PQresetPoll(conn);
  PQfinish(conn);
}

// The readiness test on a data member, in another member function of the
// class: the member's PQgetResult is silent too.
struct Session {
  PGconn *conn_;
  bool ready() { PQconsumeInput(conn_); return !PQisBusy(conn_); }
  test::Task next() {
    while (!ready())
      co_await test::Task{};
    PQclear(PQgetResult(conn_));
  }
};

test::Task pqxxLazy() {
  pqxx::lazyconnection lazy{"dbname=shop"};   // connects on first use
  pqxx::asyncconnection async{"dbname=shop"}; // PQconnectStart; completes on use
  pqxx::nullconnection none;
  co_return;
}

test::Task mariadb(MYSQL *mysql) {
  MYSQL *connected = nullptr;
  int status = mysql_real_connect_start(&connected, mysql, "db", "app", "secret", "shop",
                                        3306, nullptr, 0);
  while (status) {
    co_await test::Task{}; // the event loop waits on mysql_get_socket(mysql)
    status = mysql_real_connect_cont(&connected, mysql, status);
  }
  int err = 0;
  status = mysql_real_query_start(&err, mysql, "select 1", 8);
  while (status)
    status = mysql_real_query_cont(&err, mysql, status);
  MYSQL_RES *res = nullptr;
  mysql_store_result_start(&res, mysql);
  mysql_num_rows(res);
  mysql_fetch_row(res); // after mysql_store_result: memory only
  mysql_free_result(res);
}

test::Task hiredis() {
  redisContext *c = redisConnectNonBlock("127.0.0.1", 6379);
  redisContext *u = redisConnectUnixNonBlock("/run/redis.sock");
  redisAppendCommand(c, "SET %s %s", "key", "value");
  const char *argv[] = {"GET", "key"};
  redisAppendCommandArgv(c, 2, argv, nullptr);
  redisAsyncContext *ac = redisAsyncConnect("127.0.0.1", 6379);
  redisAsyncCommand(ac, nullptr, nullptr, "GET %s", "key");
  redisAsyncDisconnect(ac);
  redisFree(c);
  redisFree(u);
  co_return;
}
