// RUN: %check_coro coro-blocking-call,coro-sync-wait-in-coroutine %s -- -I%S/Inputs -I%src_root/include
// Functions declared COROLINT_BLOCKING (include/corolint/annotations.h) are
// catalogue entries of category `custom`: reported when an async coroutine
// calls them, directly or through helpers, and never as sync bridges.
#include "annotated-lib.h"
#include "coro-libs.h"
#include "coro-task.h"

test::Task direct() {
  store::fetch(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'store::fetch' (custom) in coroutine 'direct' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: declared blocking ({{\[\[}}clang::blocking]] or COROLINT_BLOCKING); offload it to a thread pool and await the result, or use an async equivalent
  store::Connection conn("db://local");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'store::Connection::Connection' (custom) in coroutine 'direct'
  conn.roundtrip();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'store::Connection::roundtrip' (custom) in coroutine 'direct'
  store::load(2L);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'store::load' (custom) in coroutine 'direct'
  co_return;
}

// The note speaks the coroutine's library.
aio::Task<> in_aio() {
  store::fetch(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'store::fetch' (custom) in coroutine 'in_aio'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: declared blocking ({{\[\[}}clang::blocking]] or COROLINT_BLOCKING); offload it with 'co_await aio::to_thread(...)' or use an async equivalent
  co_return;
}

// Redeclarations: the annotation is on the header's declaration; the call
// reaches the definition below, which repeats nothing.
namespace store {
int fetch(int key) { return key; }
} // namespace store
int cached(int key) { return store::fetch(key) + 1; }
test::Task through_helper() {
  cached(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'cached' in coroutine 'through_helper' reaches blocking call 'store::fetch' (custom) and stalls every coroutine on its event loop
  // CHECK-MESSAGES: :[[@LINE-4]]:30: note: 'cached' calls 'store::fetch' here
  co_return;
}

// A declaration after the call still counts: the annotation is on a
// redeclaration of the callee.
void flush_all();
test::Task later_declaration() {
  flush_all();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'flush_all' (custom) in coroutine 'later_declaration'
  co_return;
}
void flush_all() COROLINT_BLOCKING;

// Virtual functions: the call through the interface, and an override
// without an annotation of its own, which keeps its interface's.
struct Remote : store::Cache {
  int lookup(int key) override { return key; }
};
test::Task virtuals(store::Cache &cache, Remote &remote) {
  cache.lookup(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'store::Cache::lookup' (custom) in coroutine 'virtuals'
  remote.lookup(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'Remote::lookup' (custom) in coroutine 'virtuals'
  co_return;
}

// A bridge-like name annotated blocking is reported once, as a blocking
// call: the user's word beats coro-sync-wait-in-coroutine's guess.
template <class A> int block_on(A &&awaitable) COROLINT_BLOCKING;
test::Task not_a_bridge() {
  block_on(test::yield_now());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'block_on' (custom) in coroutine 'not_a_bridge'
  co_return;
}
