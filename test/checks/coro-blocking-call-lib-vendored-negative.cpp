// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -I%S/Inputs/vendored
// COROLINT_C_LIBRARY lifts the system-header rule only for the catalogued
// names of its libraries: a project's own global `read`, a wrapper of its
// own named with SQLite's prefix, a function named like hiredis', and the
// vendored library's non-blocking calls stay silent.
#include "app-io.h"
#include "coro-task.h"

test::Task local(sqlite3_stmt *stmt) {
  read(42);
  sqlite3_app_open("cache");
  redis_cache_get("key");
  sqlite3_column_int(stmt, 0);
  sqlite3_finalize(stmt);
  co_return;
}
