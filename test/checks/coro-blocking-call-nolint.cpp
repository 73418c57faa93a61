// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Each NOLINT form (same line, next line, begin-end block) suppresses the check.
#include "coro-task.h"
#include <unistd.h>

test::Task suppressed() {
  sleep(1); // NOLINT
  sleep(2); // NOLINT(coro-blocking-call)
  sleep(3); // NOLINT(coro-*)
  // NOLINTNEXTLINE(coro-blocking-call)
  sleep(4);
  // NOLINTBEGIN(coro-blocking-call)
  sleep(5);
  usleep(6);
  // NOLINTEND(coro-blocking-call)
  sleep(7); // NOLINT(other-check)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'suppressed'
  co_return;
}
