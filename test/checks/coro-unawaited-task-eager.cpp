// RUN: %check_coro coro-unawaited-task %s \
// RUN:   --config="{CheckOptions: {coro-unawaited-task.ReportDroppedRunningWork: true}}" \
// RUN:   -- -I%S/Inputs
// Eager tasks start at once: dropping one detaches it, and its result and
// exception are lost. Reported only with ReportDroppedRunningWork (see
// coro-unawaited-task-running-work.cpp for the default, which is silent).
#include "coro-libs.h"

concurrencpp::result<int> compute();

// Task types of the user's own: eager because the initial awaiter is
// std::suspend_never, or because its await_ready() returns true.
using Eager = stand_in::own_task<std::suspend_never>;
Eager notify() { co_return; }
struct ReadyNow {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};
using Ready = stand_in::own_task<ReadyNow>;
Ready ping() { co_return; }


concurrencpp::result<void> pipeline() {
  compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task 'concurrencpp::result' returned by 'compute' is discarded in coroutine 'pipeline'; its result and exception are never observed [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'co_await' it, hand it to a start, detach or spawn function, or cast it to 'void' to drop it on purpose
  // CHECK-FIXES: co_await compute();
  notify();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task 'stand_in::own_task' returned by 'notify' is discarded in coroutine 'pipeline'; its result and exception are never observed
  // CHECK-FIXES: co_await notify();
  ping();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task 'stand_in::own_task' returned by 'ping' is discarded in coroutine 'pipeline'; its result and exception are never observed
  // CHECK-FIXES: co_await ping();
  co_return;
}

int main() {
  compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task 'concurrencpp::result' returned by 'compute' is discarded in function 'main'; its result and exception are never observed
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: store it, hand it to a start, detach or spawn function, or cast it to 'void' to drop it on purpose
  // CHECK-FIXES: compute();
}
