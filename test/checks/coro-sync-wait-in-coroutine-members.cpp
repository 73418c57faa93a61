// RUN: %check_coro coro-sync-wait-in-coroutine %s -- -I%S/Inputs
// Member bridges: waiting on a concurrencpp result, and running an asio
// io_context (a nested event loop) from a coroutine. No fix-it; a note.
#include "coro-libs.h"
#include <chrono>

using namespace std::chrono_literals;

concurrencpp::result<int> submit();

concurrencpp::result<int> results() {
  concurrencpp::result<int> r = submit();
  int v = r.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking bridge 'concurrencpp::result::get' called in coroutine 'results' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: 'co_await' the result instead of blocking on it
  r.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking bridge 'concurrencpp::result::wait' called in coroutine 'results'
  r.wait_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking bridge 'concurrencpp::result::wait_for' called in coroutine 'results'
  r.wait_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking bridge 'concurrencpp::result::wait_until' called in coroutine 'results'
  concurrencpp::shared_result<int> s = submit().share();
  v += s.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking bridge 'concurrencpp::shared_result::get' called in coroutine 'results'
  s.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking bridge 'concurrencpp::shared_result::wait' called in coroutine 'results'
  s.wait_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking bridge 'concurrencpp::shared_result::wait_for' called in coroutine 'results'
  s.wait_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking bridge 'concurrencpp::shared_result::wait_until' called in coroutine 'results'
  v += submit().get();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking bridge 'concurrencpp::result::get' called in coroutine 'results'
  co_return v;
}

asio::io_context ctx;
boost::asio::io_context bctx;
asio::awaitable<void> loops() {
  ctx.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'asio::io_context::run' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: this coroutine already runs on an event loop; hand the work to it instead of running a nested loop: 'co_await asio::co_spawn(executor, ..., asio::use_awaitable)'
  ctx.run_one();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'asio::io_context::run_one' called in coroutine 'loops'
  ctx.run_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'asio::io_context::run_for' called in coroutine 'loops'
  ctx.run_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'asio::io_context::run_until' called in coroutine 'loops'
  asio::io_context *other = &ctx;
  other->run();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking bridge 'asio::io_context::run' called in coroutine 'loops'
  co_return;
}
boost::asio::awaitable<void> boost_loops() {
  bctx.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking bridge 'boost::asio::io_context::run' called in coroutine 'boost_loops'
  bctx.run_one();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking bridge 'boost::asio::io_context::run_one' called in coroutine 'boost_loops'
  bctx.run_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking bridge 'boost::asio::io_context::run_for' called in coroutine 'boost_loops'
  bctx.run_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking bridge 'boost::asio::io_context::run_until' called in coroutine 'boost_loops'
  co_return;
}
