// RUN: %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.AsyncTwinConventions: 'async*;*Later'}}" \
// RUN:   -- -I%S/Inputs
// RUN: env CHECK_PREFIX=TWINS-OFF %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.AsyncTwinConventions: ''}}" -- -I%S/Inputs
// RUN: env CHECK_PREFIX=CATEGORY-OFF %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.Categories: 'sleep;file-io;network-io;dns;process;wait;custom'}}" \
// RUN:   -- -I%S/Inputs
// AsyncTwinConventions replaces the default conventions: with
// 'async*;*Later', `read` has the twin `asyncRead` (camel case after a
// prefix word) and `save` the twin `saveLater`, while `queryAsync` is no
// longer a twin. An empty AsyncTwinConventions, or Categories without
// async-twin, turns the rule off (the second and third runs expect no
// finding).
#include "coro-task.h"

struct Store {
  int read(int key);
  test::Task asyncRead(int key);
  void save();
  test::Task saveLater();
  int query(const char *sql);
  test::Task queryAsync(const char *sql);
};

test::Task custom(Store &store) {
  store.read(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'Store::read' (async-twin) in coroutine 'custom' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use 'co_await store.asyncRead(...)'
  store.save();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'Store::save' (async-twin) in coroutine 'custom' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use 'co_await store.saveLater()'
  store.query("select 1");
  co_return;
}
