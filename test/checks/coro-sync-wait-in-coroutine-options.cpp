// RUN: %check_coro coro-sync-wait-in-coroutine %s \
// RUN:   --config="{CheckOptions: {coro-sync-wait-in-coroutine.SyncWaitFunctions: 'rt::block_on;rt::Handle::wait;::wait_all'}}" \
// RUN:   -- -I%S/Inputs
// SyncWaitFunctions adds bridges: a function with an awaitable argument gets
// the fix-it, a member gets the note only. Macros and templates report once,
// at the expansion.
#include "coro-libs.h"

namespace rt {
template <class A> int block_on(A &&awaitable);
struct Handle {
  int wait();
};
} // namespace rt
void wait_all(int, int);
aio::Task<int> answer();

aio::Task<int> custom(rt::Handle h) {
  int v = rt::block_on(answer());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking bridge 'rt::block_on' called in coroutine 'custom' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'co_await' the awaitable instead; it suspends only this coroutine
  // CHECK-FIXES: int v = co_await answer();
  v += h.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking bridge 'rt::Handle::wait' called in coroutine 'custom'
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: 'co_await' the result instead of blocking on it
  // CHECK-FIXES: v += h.wait();
  wait_all(1, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'wait_all' called in coroutine 'custom'
  // CHECK-FIXES: wait_all(1, 2);
  co_return v;
}

#define BLOCK(x) rt::block_on(x)
aio::Task<int> macro() {
  int v = BLOCK(answer());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking bridge 'rt::block_on' called in coroutine 'macro'
  // CHECK-FIXES: int v = BLOCK(answer());
  co_return v;
}

template <class T> aio::Task<T> produce();
template <class T> aio::Task<T> templated() {
  T v = rt::block_on(produce<T>());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking bridge 'rt::block_on' called in coroutine 'templated'
  // CHECK-FIXES: T v = co_await produce<T>();
  co_return v;
}
aio::Task<> instantiate() {
  co_await templated<int>();
  co_await templated<long>();
}
