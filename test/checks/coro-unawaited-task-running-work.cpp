// RUN: %check_coro coro-unawaited-task %s -- -I%S/Inputs
// By default, a dropped handle to work that is already running is not
// reported: dropping it is how such work is detached (an eager task, a
// future). What is certainly lost still is: a lazy task, an awaiter, a
// future that never starts the task it was made from.
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
  // Running work, detached: silent.
  server.async_start();
  compute();
  notify();
  semi_lookup();
  folly::makeSemiFuture(1);
  future_lookup();
  folly::makeFuture(2);
  shared();
  rt.thread_pool_executor()->submit([] { return 1; });
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

// In plain functions too.
void start() {
  server.async_start();
  compute();
}
