// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// SQLite's calls that read or write the database file (databases.def),
// against Debian's sqlite3.h (libsqlite3-dev, SQLite 3.40). Negative cases
// are in coro-blocking-call-lib-databases-negative.cpp.
#include "coro-task.h"
#include <sqlite3.h>

test::Task query(const char *path) {
  sqlite3 *db = nullptr;
  sqlite3_open(path, &db);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_open' (file-io) in coroutine 'query' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: run the database call off the event loop thread: offload it to a thread pool and await the result
  sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_open_v2' (file-io) in coroutine 'query'
  sqlite3_open16(u"db.sqlite", &db);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_open16' (file-io) in coroutine 'query'
  sqlite3_stmt *stmt = nullptr;
  sqlite3_prepare(db, "select 1", -1, &stmt, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_prepare' (file-io) in coroutine 'query'
  sqlite3_prepare_v2(db, "select 1", -1, &stmt, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_prepare_v2' (file-io) in coroutine 'query'
  sqlite3_prepare_v3(db, "select 1", -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_prepare_v3' (file-io) in coroutine 'query'
  sqlite3_prepare16(db, u"select 1", -1, &stmt, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_prepare16' (file-io) in coroutine 'query'
  sqlite3_prepare16_v2(db, u"select 1", -1, &stmt, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_prepare16_v2' (file-io) in coroutine 'query'
  sqlite3_prepare16_v3(db, u"select 1", -1, 0, &stmt, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_prepare16_v3' (file-io) in coroutine 'query'
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'sqlite3_step' (file-io) in coroutine 'query'
  }
  sqlite3_exec(db, "vacuum", nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_exec' (file-io) in coroutine 'query'
  char **table = nullptr;
  int rows = 0, columns = 0;
  sqlite3_get_table(db, "select 1", &table, &rows, &columns, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_get_table' (file-io) in coroutine 'query'
  sqlite3_blob *blob = nullptr;
  sqlite3_blob_open(db, "main", "files", "data", 1, 0, &blob);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_blob_open' (file-io) in coroutine 'query'
  char buf[64];
  sqlite3_blob_read(blob, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_blob_read' (file-io) in coroutine 'query'
  sqlite3_blob_write(blob, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_blob_write' (file-io) in coroutine 'query'
  sqlite3_backup *backup = sqlite3_backup_init(db, "main", db, "temp");
  sqlite3_backup_step(backup, -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_backup_step' (file-io) in coroutine 'query'
  sqlite3_wal_checkpoint(db, "main");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_wal_checkpoint' (file-io) in coroutine 'query'
  sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_wal_checkpoint_v2' (file-io) in coroutine 'query'
  co_return;
}

// Through a helper: the chain ends at the SQLite call.
static int count_rows(sqlite3 *db) {
  return sqlite3_exec(db, "select count(*) from t", nullptr, nullptr, nullptr);
}

test::Task report(sqlite3 *db) {
  count_rows(db);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'count_rows' in coroutine 'report' reaches blocking call 'sqlite3_exec' (file-io) and stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :59:10: note: 'count_rows' calls 'sqlite3_exec' here
  // CHECK-MESSAGES: :59:10: note: run the database call off the event loop thread: offload it to a thread pool and await the result
  co_return;
}
