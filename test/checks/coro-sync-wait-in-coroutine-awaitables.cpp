// RUN: %check_coro coro-sync-wait-in-coroutine %s -- -I%S/Inputs
// Bridges that take the awaitable: reported in async coroutines, with a
// fix-it that awaits the operand instead.
#include "coro-libs.h"
#include <utility>

cppcoro::task<int> fetch();
coro::task<int> load();
folly::coro::Task<int> lookup();
async_simple::coro::Lazy<int> compute();
aio::Task<int> answer();
aio::Task<> main_task();

cppcoro::task<int> cppcoro_bridge() {
  int a = cppcoro::sync_wait(fetch());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking bridge 'cppcoro::sync_wait' called in coroutine 'cppcoro_bridge' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'co_await' the awaitable instead; it suspends only this coroutine
  // CHECK-FIXES: int a = co_await fetch();
  co_return a;
}

coro::task<int> libcoro_bridge() {
  auto t = load();
  int b = coro::sync_wait(std::move(t));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking bridge 'coro::sync_wait' called in coroutine 'libcoro_bridge' blocks the thread
  // CHECK-FIXES: int b = co_await std::move(t);
  co_return b;
}

folly::coro::Task<int> folly_bridge(folly::Executor *executor) {
  int c = folly::coro::blockingWait(lookup());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking bridge 'folly::coro::blockingWait' called in coroutine 'folly_bridge' blocks the thread
  // CHECK-FIXES: int c = co_await lookup();
  // With an executor argument: no fix-it, the note says what to do.
  c += folly::coro::blockingWait(lookup(), executor);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking bridge 'folly::coro::blockingWait' called in coroutine 'folly_bridge' blocks the thread
  // The note speaks folly's words: the coroutine returns a folly::coro::Task.
  // CHECK-MESSAGES: :[[@LINE-3]]:8: note: 'co_await' the task instead; it suspends only this coroutine
  // CHECK-FIXES: c += folly::coro::blockingWait(lookup(), executor);
  co_return c;
}

async_simple::coro::Lazy<int> async_simple_bridge() {
  int d = async_simple::coro::syncAwait(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking bridge 'async_simple::coro::syncAwait' called in coroutine 'async_simple_bridge' blocks the thread
  // CHECK-FIXES: int d = co_await compute();
  co_return d;
}

aio::Task<int> aio_bridge() {
  aio::run(main_task());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'aio::run' called in coroutine 'aio_bridge' blocks the thread
  // CHECK-FIXES: co_await main_task();
  // Precedence: the bridge as the object of a postfix expression, and an
  // operand that needs parentheses.
  int e = aio::run(answer()) + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking bridge 'aio::run' called
  // CHECK-FIXES: int e = co_await answer() + 1;
  bool flag = e > 0;
  e += aio::run(flag ? answer() : answer());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking bridge 'aio::run' called
  // CHECK-FIXES: e += co_await (flag ? answer() : answer());
  e += cppcoro::sync_wait(fetch()) * 2;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking bridge 'cppcoro::sync_wait' called
  // CHECK-FIXES: e += co_await fetch() * 2;
  e += aio::run(answer()) - aio::run(answer());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking bridge 'aio::run' called
  // CHECK-MESSAGES: :[[@LINE-2]]:29: warning: blocking bridge 'aio::run' called
  // CHECK-FIXES: e += co_await answer() - co_await answer();
  co_return e;
}

struct Box {
  int value;
};
cppcoro::task<Box> boxed();
cppcoro::task<int> postfix() {
  int f = cppcoro::sync_wait(boxed()).value;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking bridge 'cppcoro::sync_wait' called
  // CHECK-FIXES: int f = (co_await boxed()).value;
  co_return f;
}

// Inside a lambda invoked in place, and in a coroutine lambda.
aio::Task<> lambdas() {
  [] { aio::run(main_task()); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking bridge 'aio::run' called in coroutine 'lambdas'
  // CHECK-FIXES: [] { aio::run(main_task()); }();
  auto body = []() -> aio::Task<> {
    aio::run(main_task());
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking bridge 'aio::run' called in coroutine lambda
    // CHECK-FIXES: co_await main_task();
    co_return;
  };
  co_await body();
}

// A generic coroutine lambda: checked in its instantiations, once per line.
void generic() {
  auto each = [](auto) -> aio::Task<> {
    aio::run(main_task());
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking bridge 'aio::run' called in coroutine lambda
    // CHECK-FIXES: co_await main_task();
    co_return;
  };
  (void)each(1);
  (void)each(2.0);
}
