// RUN: %check_coro coro-sync-wait-in-coroutine %s \
// RUN:   --config="{CheckOptions: {coro-sync-wait-in-coroutine.BridgeNames: 'await_now;drain'}}" \
// RUN:   -- -I%S/Inputs
// BridgeNames adds bridge-like names to the built-in ones; the same rule
// (an awaitable argument, not a coroutine) applies to them.
#include "coro-libs.h"

aio::Task<int> answer();
namespace rt {
template <class A> int await_now(A &&awaitable);
int drain(int fd);
template <class A> int block_on(A &&awaitable);
} // namespace rt

aio::Task<int> f() {
  int v = rt::await_now(answer());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: call to 'rt::await_now' in coroutine 'f' looks like a blocking bridge: it takes the awaitable 'aio::Task<int>' and blocks until it completes, stalling the event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'co_await' the awaitable instead; it suspends only this coroutine
  // CHECK-FIXES: int v = co_await answer();
  v += rt::block_on(answer());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: call to 'rt::block_on' in coroutine 'f' looks like a blocking bridge
  // CHECK-FIXES: v += co_await answer();
  v += rt::drain(3);
  co_return v;
}
