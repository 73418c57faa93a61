// RUN: %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.Categories: 'sleep;wait;lock'}}" -- -I%S/Inputs
// Lambdas invoked in place run in the coroutine; their blocking calls are
// reported where they are written. Other lambdas are in the negative test.
#include "coro-task.h"
#include <algorithm>
#include <mutex>
#include <numeric>
#include <unistd.h>
#include <variant>
#include <vector>

std::mutex m;

test::Task in_place() {
  [] { sleep(1); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'sleep' (sleep) in coroutine 'in_place'
  int n = [&] {
    m.lock();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::mutex::lock' (lock) in coroutine 'in_place'
    return 1;
  }();
  // A lambda's capture initializer runs where the lambda is created.
  auto later = [s = sleep(2)] { return s; };
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'sleep' (sleep) in coroutine 'in_place'
  (void)later;
  (void)n;
  co_return;
}

// A lambda passed to a standard algorithm runs in place too.
test::Task algorithms(std::vector<int> v, std::variant<int, long> var) {
  std::for_each(v.begin(), v.end(), [](int n) { usleep(n); });
  // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: blocking call to 'usleep' (sleep) in coroutine 'algorithms'
  std::sort(v.begin(), v.end(), [](int a, int b) {
    std::lock_guard<std::mutex> g(m);
    // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: blocking call to 'std::lock_guard::lock_guard' (lock) in coroutine 'algorithms'
    return a < b;
  });
  std::visit([](auto n) { sleep(static_cast<unsigned>(n)); }, var);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: blocking call to 'sleep' (sleep) in coroutine 'algorithms'
  int total = std::accumulate(v.begin(), v.end(), 0, [](int a, int b) { return a + b; });
  (void)total;
  co_return;
}
