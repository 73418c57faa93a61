// RUN: %check_coro coro-unawaited-task %s \
// RUN:   --config="{CheckOptions: {coro-unawaited-task.HandOffFunctions: 'pool::Pool::submit;::fire', coro-unawaited-task.IgnoredTypes: 'ui::Animation', coro-unawaited-task.ReportDroppedRunningWork: true, EagerTaskTypes: 'mylib::Job', LazyTaskTypes: 'mylib::Deferred'}}" \
// RUN:   -- -I%S/Inputs
// HandOffFunctions replaces the defaults; IgnoredTypes silences a type;
// EagerTaskTypes and LazyTaskTypes (global options) decide the wording;
// ReportDroppedRunningWork reports eager tasks and futures.
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
asio::io_context io;
asio::awaitable<void> serve();
aio::Task<> run() {
  workers.submit(answer());
  fire(answer());
  ui::fade();
  // co_spawn is no longer a hand-off: the awaitable it returns with
  // use_awaitable spawns nothing until it is awaited.
  asio::co_spawn(io, serve(), asio::use_awaitable);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'asio::awaitable' returned by 'asio::co_spawn' is discarded in coroutine 'run'; the coroutine never runs [coro-unawaited-task]
  // aio::create_task's handle is a future (FutureTypes): its task runs
  // whether or not the handle is kept.
  aio::create_task(answer());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: future 'aio::TaskHandle' returned by 'aio::create_task' is discarded in coroutine 'run'; its result and exception are never observed
  mylib::job();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task 'mylib::Job' returned by 'mylib::job' is discarded in coroutine 'run'; its result and exception are never observed
  mylib::deferred();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'mylib::Deferred' returned by 'mylib::deferred' is discarded in coroutine 'run'; the coroutine never runs
  co_return;
}
