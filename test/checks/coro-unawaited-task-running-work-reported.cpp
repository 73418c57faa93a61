// RUN: %check_coro coro-unawaited-task %s \
// RUN:   --config="{CheckOptions: {coro-unawaited-task.ReportDroppedRunningWork: true}}" \
// RUN:   -- -I%S/Inputs
// With ReportDroppedRunningWork, a dropped handle to work that is already
// running (an eager task, a future) is reported too: its result and
// exception are never observed. The other wordings and the fix-it do not
// change. Same code as coro-unawaited-task-running-work.cpp.
#include "coro-executors.h"

// The HTTP test suite's shape: the server is already running; the Future
// only reports when it stops.
struct http_server {
  async_simple::Future<bool> async_start();
};
http_server server;

concurrencpp::result<int> compute(); // an eager coroutine
using Eager = stand_in::own_task<std::suspend_never>;
Eager notify() { co_return; }
folly::SemiFuture<int> semi_lookup();
folly::Future<int> future_lookup();
folly::coro::Task<int> lookup();
concurrencpp::shared_result<int> shared();
cppcoro::task<int> fetch();
cppcoro::static_thread_pool pool;

cppcoro::task<> handler(concurrencpp::runtime &rt) {
  // Running work, detached: reported with the option.
  server.async_start();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: future 'async_simple::Future' returned by 'http_server::async_start' is discarded in coroutine 'handler'; its result and exception are never observed [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'co_await' it, hand it to a start, detach or spawn function, or cast it to 'void' to drop it on purpose
  // CHECK-FIXES: co_await server.async_start();
  compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task 'concurrencpp::result' returned by 'compute' is discarded in coroutine 'handler'; its result and exception are never observed
  // CHECK-FIXES: co_await compute();
  notify();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task 'stand_in::own_task' returned by 'notify' is discarded in coroutine 'handler'; its result and exception are never observed
  semi_lookup();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: future 'folly::SemiFuture' returned by 'semi_lookup' is discarded in coroutine 'handler'; its result and exception are never observed
  folly::makeSemiFuture(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: future 'folly::SemiFuture' returned by 'folly::makeSemiFuture' is discarded in coroutine 'handler'; its result and exception are never observed
  future_lookup();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: future 'folly::Future' returned by 'future_lookup' is discarded in coroutine 'handler'; its result and exception are never observed
  folly::makeFuture(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: future 'folly::Future' returned by 'folly::makeFuture' is discarded in coroutine 'handler'; its result and exception are never observed
  shared();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: future 'concurrencpp::shared_result' returned by 'shared' is discarded in coroutine 'handler'; its result and exception are never observed
  rt.thread_pool_executor()->submit([] { return 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task 'concurrencpp::result' returned by 'concurrencpp::executor::submit' is discarded in coroutine 'handler'; its result and exception are never observed
  // Certainly lost: reported, with the fix-it.
  fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'cppcoro::task' returned by 'fetch' is discarded in coroutine 'handler'; the coroutine never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'co_await' it, hand it to a start, detach or spawn function, or cast it to 'void' to drop it on purpose
  // CHECK-FIXES: co_await fetch();
  pool.schedule();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaitable 'cppcoro::static_thread_pool::schedule_operation' returned by 'cppcoro::static_thread_pool::schedule' is discarded in coroutine 'handler'; the suspension or switch it stands for never happens
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'co_await' it, hand it to a start, detach or spawn function, or cast it to 'void' to drop it on purpose
  // CHECK-FIXES: co_await pool.schedule();
  lookup().semi();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: future 'folly::SemiFuture' returned by 'folly::coro::Task::semi' is discarded in coroutine 'handler'; the coroutine it was made from never runs
  // CHECK-FIXES: co_await lookup().semi();
  co_return;
}

// In plain functions too, without a fix-it.
void start() {
  server.async_start();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: future 'async_simple::Future' returned by 'http_server::async_start' is discarded in function 'start'; its result and exception are never observed
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: store it, hand it to a start, detach or spawn function, or cast it to 'void' to drop it on purpose
  compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task 'concurrencpp::result' returned by 'compute' is discarded in function 'start'; its result and exception are never observed
}
