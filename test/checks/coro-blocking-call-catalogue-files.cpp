// RUN: %check_coro coro-blocking-call,coro-sync-wait-in-coroutine %s \
// RUN:   --config="{CheckOptions: {CatalogueFiles: '%S/Inputs/catalogues/inhouse.yaml'}}" \
// RUN:   -- -I%S/Inputs
// CatalogueFiles, set once as a global option: coro-blocking-call reads the
// Blocking entries (category, advice worded per library, non-blocking forms,
// the entry's own note), coro-sync-wait-in-coroutine the Bridges entries.
#include "coro-libs.h"
#include "inhouse.h"

test::Task neutral(legacy::Db &db, int fd) {
  db.query("select 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'legacy::Db::query' (network-io) in coroutine 'neutral' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use non-blocking sockets driven by the event loop (your library's async socket)
  db.poll(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'legacy::Db::poll' (network-io) in coroutine 'neutral'
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: let the event loop wait for readiness instead of polling from a coroutine
  legacy::send_msg(fd, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'legacy::send_msg' (network-io) in coroutine 'neutral'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await legacy::async_send(...)'
  // A C function of the team's own header (not a system header) matches.
  legacy_pause_ms(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'legacy_pause_ms' (sleep) in coroutine 'neutral'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use your executor's async timer; it suspends only this coroutine
  co_return;
}

// The advice is worded in the coroutine's library.
aio::Task<> in_aio(legacy::Db &db) {
  db.query("select 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'legacy::Db::query' (network-io) in coroutine 'in_aio'
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use non-blocking sockets driven by the event loop ('aio::open_connection', 'aio::start_server', or your library's async socket)
  co_return;
}

// Helpers reach file entries as they reach built-in rows.
int load(legacy::Db &db) { return db.query("select 2"); }
test::Task helper(legacy::Db &db) {
  load(db);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'load' in coroutine 'helper' reaches blocking call 'legacy::Db::query' (network-io) and stalls every coroutine on its event loop
  // CHECK-MESSAGES: :[[@LINE-4]]:38: note: 'load' calls 'legacy::Db::query' here
  co_return;
}

// A bridge entry: the fix-it awaits the work.
test::Task bridge() {
  legacy::run_sync(legacy::refresh());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'legacy::run_sync' called in coroutine 'bridge' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'co_await' the awaitable instead; it suspends only this coroutine
  // CHECK-FIXES: co_await legacy::refresh();
  co_return;
}
