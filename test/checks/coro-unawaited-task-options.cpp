// RUN: %check_coro coro-unawaited-task %s \
// RUN:   --config="{CheckOptions: {coro-unawaited-task.HandOffFunctions: 'pool::Pool::submit;::fire', coro-unawaited-task.IgnoredTypes: 'ui::Animation', EagerTaskTypes: 'mylib::Job', LazyTaskTypes: 'mylib::Deferred'}}" \
// RUN:   -- -I%S/Inputs
// HandOffFunctions replaces the defaults; IgnoredTypes silences a type;
// EagerTaskTypes and LazyTaskTypes (global options) decide the wording.
#include "coro-libs.h"

aio::Task<int> answer();

namespace pool {
struct Pool {
  aio::Task<int> submit(aio::Task<int>);
};
} // namespace pool
aio::Task<int> fire(aio::Task<int>);

namespace ui {
struct Animation {
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  void await_resume();
};
Animation fade();
} // namespace ui

namespace mylib {
// Declared lazy (std::suspend_always) but listed as eager.
struct Job {
  using promise_type = stand_in::lazy_promise<Job, void>;
  stand_in::awaiter<void> operator co_await();
};
// Not a coroutine return type, listed as a lazy task.
struct Deferred {
  stand_in::awaiter<void> operator co_await();
};
Job job();
Deferred deferred();
} // namespace mylib

pool::Pool workers;
aio::Task<> run() {
  workers.submit(answer());
  fire(answer());
  ui::fade();
  aio::create_task(answer());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaitable 'aio::TaskHandle' returned by 'aio::create_task' is discarded in coroutine 'run'; the suspension or switch it stands for never happens [coro-unawaited-task]
  mylib::job();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task 'mylib::Job' returned by 'mylib::job' is discarded in coroutine 'run'; an exception it throws is never observed
  mylib::deferred();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'mylib::Deferred' returned by 'mylib::deferred' is discarded in coroutine 'run'; the coroutine never runs
  co_return;
}
