// coro-blocking-call next to the upstream check that owns locks held across
// a suspension point: a lock_guard across a co_await is the upstream check's,
// a short critical section is nobody's, a condition-variable wait is
// coro-blocking-call's. The coro-* part runs through both front ends; the
// upstream check through clang-tidy-19 with the plugin only: corolint links
// clang-tidy's engine but not its upstream check modules, and reports
// nothing for cppcoreguidelines-no-suspend-with-lock (the last RUN lines pin
// that down, so that a change is noticed).
// RUN: %check_coro 'coro-*' %s -- -I%S/Inputs
// RUN: %clang_tidy --load=%plugin --quiet \
// RUN:   --checks='-*,coro-*,cppcoreguidelines-no-suspend-with-lock' %s \
// RUN:   -- -std=c++20 -I%S/Inputs > %t.plugin
// RUN: FileCheck %s --check-prefix=BOTH --implicit-check-not='{{warning|error}}:' < %t.plugin
// RUN: %expect_exit 1 %corolint --quiet \
// RUN:   --checks='-*,coro-*,cppcoreguidelines-no-suspend-with-lock' %s \
// RUN:   -- -std=c++20 -I%S/Inputs > %t.tool
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:' < %t.tool
#include "coro-task.h"
#include <condition_variable>
#include <mutex>

std::mutex m;
std::condition_variable cv;
int counter;

test::Task across_suspension() {
  std::lock_guard<std::mutex> guard(m);
  co_await test::yield_now();
  // BOTH: :[[@LINE-1]]:3: warning: coroutine suspended with lock 'guard' held [cppcoreguidelines-no-suspend-with-lock]
  ++counter;
}

test::Task short_critical_section() {
  {
    std::lock_guard<std::mutex> guard(m);
    ++counter;
  }
  co_await test::yield_now();
}

test::Task waits_for_a_thread() {
  std::unique_lock lock(m);
  cv.wait(lock, [] { return counter > 0; });
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait' (wait) in coroutine 'waits_for_a_thread' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use your library's async event or condition variable and 'co_await' it
  // BOTH: :[[@LINE-3]]:6: warning: blocking call to 'std::condition_variable::wait' (wait) in coroutine 'waits_for_a_thread'
  co_return;
}
