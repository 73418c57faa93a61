// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -I%S/Inputs/vendored
// A vendored C library (COROLINT_C_LIBRARY, databases.def): SQLite's
// sqlite3.h compiled from the project's tree, found with -I, is not a
// system header, yet its catalogued functions are reported. The negative
// cases are in coro-blocking-call-lib-vendored-negative.cpp.
#include "coro-task.h"
#include <sqlite3.h>

test::Task load(const char *path) {
  sqlite3 *db = nullptr;
  sqlite3_open(path, &db);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_open' (file-io) in coroutine 'load' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: run the database call off the event loop thread: offload it to a thread pool and await the result
  sqlite3_stmt *stmt = nullptr;
  sqlite3_prepare_v2(db, "select 1", -1, &stmt, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_prepare_v2' (file-io) in coroutine 'load'
  sqlite3_step(stmt);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_step' (file-io) in coroutine 'load'
  co_return;
}
