// RUN: %check_coro coro-sync-wait-in-coroutine %s -- -I%S/Inputs
// Unlisted bridges: an uncatalogued function with a bridge-like name that
// takes an awaitable, in any namespace, is reported as looking like a
// bridge. The fix-it awaits its only argument; members get a note.
#include "coro-libs.h"
#include <functional>

aio::Task<int> answer();
cppcoro::task<int> fetch();

namespace util {
template <class A> int sync_wait(A &&awaitable);
int syncAwait(const aio::Task<int> &task);
template <class A> int block_on(A &&awaitable, int timeout_ms);
struct Runtime {
  template <class A> int block_on(A &&awaitable);
  static int run_sync(aio::Task<int> task);
};
inline constexpr struct {
  template <class A> int operator()(A &&awaitable) const;
} blocking_wait{};
} // namespace util
// A catalogued library's namespace: the rule applies there too.
namespace cppcoro {
template <class A> int blocking_wait(A &&awaitable);
}
int wait_sync(aio::Task<int> task);

aio::Task<int> positives(util::Runtime &rt) {
  int v = util::sync_wait(answer());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: call to 'util::sync_wait' in coroutine 'positives' looks like a blocking bridge: it takes the awaitable 'aio::Task<int>' and blocks until it completes, stalling the event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'co_await' the awaitable instead; it suspends only this coroutine
  // CHECK-FIXES: int v = co_await answer();
  aio::Task<int> t = answer();
  v += util::syncAwait(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: call to 'util::syncAwait' in coroutine 'positives' looks like a blocking bridge: it takes the awaitable 'aio::Task<int>'
  // CHECK-FIXES: v += co_await t;
  v += util::block_on(answer(), 100);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: call to 'util::block_on' in coroutine 'positives' looks like a blocking bridge: it takes the awaitable 'aio::Task<int>'
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: 'co_await' the task instead; it suspends only this coroutine
  // CHECK-FIXES: v += util::block_on(answer(), 100);
  v += rt.block_on(fetch());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: call to 'util::Runtime::block_on' in coroutine 'positives' looks like a blocking bridge: it takes the awaitable 'cppcoro::task<int>'
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'co_await' the result instead of blocking on it
  // CHECK-FIXES: v += rt.block_on(fetch());
  v += util::Runtime::run_sync(answer());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: call to 'util::Runtime::run_sync' in coroutine 'positives' looks like a blocking bridge
  // CHECK-FIXES: v += co_await answer();
  v += util::blocking_wait(fetch());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: call to 'util::blocking_wait' in coroutine 'positives' looks like a blocking bridge
  // CHECK-FIXES: v += co_await fetch();
  v += cppcoro::blocking_wait(fetch());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: call to 'cppcoro::blocking_wait' in coroutine 'positives' looks like a blocking bridge
  // CHECK-FIXES: v += co_await fetch();
  v += wait_sync(answer());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: call to 'wait_sync' in coroutine 'positives' looks like a blocking bridge
  // CHECK-FIXES: v += co_await answer();
  co_return v;
}

// A catalogued bridge is reported once, with the catalogue's message.
cppcoro::task<int> catalogued() {
  int v = cppcoro::sync_wait(fetch());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking bridge 'cppcoro::sync_wait' called in coroutine 'catalogued'
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'co_await' the awaitable instead
  // CHECK-FIXES: int v = co_await fetch();
  co_return v;
}

// Templates: one report per call, however many instantiations.
template <class T> aio::Task<T> produce();
template <class T> aio::Task<T> templated() {
  T v = util::sync_wait(produce<T>());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: call to 'util::sync_wait' in coroutine 'templated' looks like a blocking bridge
  // CHECK-FIXES: T v = co_await produce<T>();
  co_return v;
}
aio::Task<> instantiate() {
  co_await templated<int>();
  co_await templated<long>();
}

// ---- Silent ----------------------------------------------------------------
namespace other {
int sync_wait(int timeout_ms);                 // no awaitable argument
void block_on(std::function<void()> callback); // a callback is not awaitable
aio::Task<int> run_sync(aio::Task<int> task);  // returns an awaitable
cppcoro::task<int> wait_sync(cppcoro::task<int> task) { co_return co_await task; } // a coroutine
int sync_waiter(aio::Task<int> task);          // another name
} // namespace other

aio::Task<int> negatives() {
  int v = other::sync_wait(10);
  other::block_on([] {});
  v += co_await other::run_sync(answer());
  v += co_await other::wait_sync(fetch());
  v += other::sync_waiter(answer());
  co_return v;
}

// Outside async coroutines, bridges belong: silent.
int plain() { return util::sync_wait(answer()); }
