// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// A blocking call reached through a macro, a using-declaration, a namespace
// alias or a template instantiation is still reported, once per line.
#include "coro-task.h"
#include <chrono>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

#define NAP() std::this_thread::sleep_for(10ms)
#define NAP_TWICE() do { sleep(1); sleep(2); } while (0)

test::Task macros() {
  NAP();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'macros'
  NAP_TWICE();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'macros'
  co_return;
}

test::Task using_declaration() {
  using std::this_thread::sleep_for;
  sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'using_declaration'
  co_return;
}

namespace tt = std::this_thread;
test::Task namespace_alias() {
  tt::sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'namespace_alias'
  co_return;
}

// A function template: reported once, although instantiated three times.
template <typename Duration> test::Task nap(Duration d) {
  std::this_thread::sleep_for(d);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'nap'
  co_return;
}
// A class template member: its body does not depend on the argument.
template <typename T> struct Worker {
  test::Task run() {
    usleep(10);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'usleep' (sleep) in coroutine 'Worker::run'
    co_return;
  }
};
// A call that resolves only in the instantiation.
template <typename T> test::Task generic_call(T value) {
  sleep(value);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'generic_call'
  co_return;
}

void instantiate() {
  (void)nap(1s);
  (void)nap(1ms);
  (void)nap(std::chrono::minutes(1));
  (void)Worker<int>().run();
  (void)Worker<char>().run();
  (void)generic_call(1u);
}
