// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -I/usr/include/postgresql
// libpq's synchronous calls (databases.def), against Debian's libpq-fe.h
// (libpq-dev, PostgreSQL 15), found as `pkg-config --cflags libpq` says:
// with -I, so not as a system header (COROLINT_C_LIBRARY("PQ")). Negative
// cases are in coro-blocking-call-lib-databases-negative.cpp.
#include "coro-task.h"
#include <libpq-fe.h>

test::Task connect(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking call to 'PQconnectdb' (network-io) in coroutine 'connect' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: offload the database call to a thread pool and await the result, or use libpq's asynchronous API: 'PQconnectStart'/'PQconnectPoll', 'PQsendQuery', then 'PQconsumeInput', 'PQisBusy' and 'PQgetResult' as the event loop reports 'PQsocket' ready
  const char *const keys[] = {"dbname", nullptr};
  const char *const values[] = {"app", nullptr};
  PGconn *other = PQconnectdbParams(keys, values, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'PQconnectdbParams' (network-io) in coroutine 'connect'
  PGconn *old = PQsetdbLogin("db", "5432", nullptr, nullptr, "app", "user", "secret");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking call to 'PQsetdbLogin' (network-io) in coroutine 'connect'
  PGconn *older = PQsetdb("db", "5432", nullptr, nullptr, "app"); // a macro for PQsetdbLogin
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'PQsetdbLogin' (network-io) in coroutine 'connect'
  PQping(conninfo);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'PQping' (network-io) in coroutine 'connect'
  PQpingParams(keys, values, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'PQpingParams' (network-io) in coroutine 'connect'
  PQreset(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'PQreset' (network-io) in coroutine 'connect'
  (void)other, (void)old, (void)older;
  co_return;
}

test::Task query(PGconn *conn) {
  PGresult *r = PQexec(conn, "select 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking call to 'PQexec' (network-io) in coroutine 'query'
  const char *params[] = {"42"};
  r = PQexecParams(conn, "select $1::int", 1, nullptr, params, nullptr, nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'PQexecParams' (network-io) in coroutine 'query'
  r = PQprepare(conn, "q", "select $1::int", 1, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'PQprepare' (network-io) in coroutine 'query'
  r = PQexecPrepared(conn, "q", 1, params, nullptr, nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'PQexecPrepared' (network-io) in coroutine 'query'
  r = PQdescribePrepared(conn, "q");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'PQdescribePrepared' (network-io) in coroutine 'query'
  r = PQdescribePortal(conn, "c");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'PQdescribePortal' (network-io) in coroutine 'query'
  PQclear(r);
  co_return;
}

// PQgetResult blocks while the reply is still coming, unless the function
// asks PQisBusy first; PQgetCopyData blocks unless async is true.
test::Task results(PGconn *conn) {
  PQsendQuery(conn, "select 1");
  while (PGresult *r = PQgetResult(conn)) {
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: blocking call to 'PQgetResult' (network-io) in coroutine 'results'
    PQclear(r);
  }
  char *row = nullptr;
  PQgetCopyData(conn, &row, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'PQgetCopyData' (network-io) in coroutine 'results'
  co_return;
}

// A readiness test of another connection is no evidence for this one.
test::Task otherConnection(PGconn *conn, PGconn *probe) {
  if (!PQisBusy(probe))
    PQclear(PQgetResult(conn));
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call to 'PQgetResult' (network-io) in coroutine 'otherConnection'
  co_return;
}
