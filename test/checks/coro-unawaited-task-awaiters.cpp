// RUN: %check_coro coro-unawaited-task %s -- -I%S/Inputs
// Plain awaitables (awaiters and types with an operator co_await that are
// not coroutine return types), dropped: the suspension or switch never
// happens.
#include "coro-libs.h"

using namespace std::chrono_literals;

// A scheduler switch such as `resume_on(executor)`, built by construction.
struct resume_on {
  explicit resume_on(int executor);
  bool await_ready() const noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  void await_resume() noexcept;
};

// Awaitable through a free operator co_await in its namespace, and through
// a hidden friend.
namespace net {
struct Reply {};
stand_in::awaiter<int> operator co_await(Reply &&);
Reply request();
struct Timer {
  friend stand_in::awaiter<void> operator co_await(Timer);
};
Timer expire();
} // namespace net

cppcoro::static_thread_pool pool;
folly::coro::Task<int> lookup();

cppcoro::task<> worker() {
  pool.schedule();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaitable 'cppcoro::static_thread_pool::schedule_operation' returned by 'cppcoro::static_thread_pool::schedule' is discarded in coroutine 'worker'; the suspension or switch it stands for never happens [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'co_await' it, hand it to a start, detach or spawn function, or cast it to 'void' to drop it on purpose
  // CHECK-FIXES: co_await pool.schedule();
  aio::sleep(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaitable 'aio::detail::SleepAwaiter' returned by 'aio::sleep' is discarded in coroutine 'worker'; the suspension or switch it stands for never happens
  // CHECK-FIXES: co_await aio::sleep(1s);
  resume_on(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaitable 'resume_on' is discarded in coroutine 'worker'; the suspension or switch it stands for never happens
  // CHECK-FIXES: co_await resume_on(2);
  resume_on{3};
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaitable 'resume_on' is discarded in coroutine 'worker'
  // CHECK-FIXES: co_await resume_on{3};
  net::request();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaitable 'net::Reply' returned by 'net::request' is discarded in coroutine 'worker'
  net::expire();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaitable 'net::Timer' returned by 'net::expire' is discarded in coroutine 'worker'
  // folly: a SemiFuture is a future, not an awaiter; but the one Task::semi
  // makes starts the task only when it is awaited, so the task never runs.
  lookup().semi();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: future 'folly::SemiFuture' returned by 'folly::coro::Task::semi' is discarded in coroutine 'worker'; the coroutine it was made from never runs
  // CHECK-FIXES: co_await lookup().semi();
  co_return;
}

// In a plain function there is nothing to await with: no fix-it.
void start_worker() {
  aio::sleep(5ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaitable 'aio::detail::SleepAwaiter' returned by 'aio::sleep' is discarded in function 'start_worker'; the suspension or switch it stands for never happens
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: store it, hand it to a start, detach or spawn function, or cast it to 'void' to drop it on purpose
  // CHECK-FIXES: aio::sleep(5ms);
}
