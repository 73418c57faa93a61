// RUN: %check_coro coro-sync-wait-in-coroutine %s -- -I%aio_include
// This project's runtime, with its real headers: aio::run inside a running
// loop (which aio reports with a RuntimeError at run time, like asyncio).
#include <aio/aio.hpp>

aio::Task<int> inner() { co_return 1; }

aio::Task<int> outer() {
  co_return aio::run(inner());
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking bridge 'aio::run' called in coroutine 'outer' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: 'co_await' the awaitable instead; it suspends only this coroutine
  // CHECK-FIXES: co_return co_await inner();
}

int main() { return aio::run(outer()); }
