// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Lambdas invoked in place run in the coroutine; their blocking calls are
// reported where they are written. Other lambdas are in the negative test.
#include "coro-task.h"
#include <mutex>
#include <unistd.h>

std::mutex m;

test::Task in_place() {
  [] { sleep(1); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'sleep' (sleep) in coroutine 'in_place'
  int n = [&] {
    m.lock();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::mutex::lock' (sync) in coroutine 'in_place'
    return 1;
  }();
  // A lambda's capture initializer runs where the lambda is created.
  auto later = [s = sleep(2)] { return s; };
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'sleep' (sleep) in coroutine 'in_place'
  (void)later;
  (void)n;
  co_return;
}
