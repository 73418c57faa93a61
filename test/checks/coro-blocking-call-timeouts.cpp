// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Timeouts that do wait: select/pselect with a null timeout, with a timeout
// that is not zero, or with a zero timeout variable that is written again
// before the call (the check only exempts a local initialised to zero and
// used nowhere else).
#include "coro-task.h"
#include <poll.h>
#include <sys/select.h>

test::Task waits(int fd, fd_set *set) {
  select(fd + 1, set, nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'select' (network-io) in coroutine 'waits'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: let the event loop wait for readiness instead of polling from a coroutine
  timeval second{1, 0};
  select(fd + 1, set, nullptr, nullptr, &second);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'select' (network-io) in coroutine 'waits'
  timeval later{};
  later.tv_sec = 5;
  select(fd + 1, set, nullptr, nullptr, &later);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'select' (network-io) in coroutine 'waits'
  timespec forever_ago{};
  const timespec *alias = &forever_ago;
  pselect(fd + 1, set, nullptr, nullptr, alias, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pselect' (network-io) in coroutine 'waits'
  pollfd pfd{fd, POLLIN, 0};
  ppoll(&pfd, 1, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'ppoll' (network-io) in coroutine 'waits'
  co_return;
}
