// RUN: %check_coro coro-* %s --header-filter=.* -- -I%S/Inputs -I%S/Inputs/traversal/user -isystem %S/Inputs/traversal/system
// The matchers walk only the top-level declarations outside system headers
// (analysis/TraversalScope.h). Every coroutine the user wrote is still
// found: in the main file, in a macro from a system header expanded here, in
// a linkage block, in nested namespaces, in a template and its
// instantiation, in a lambda, and in a project header found with -I. The
// coroutine in the -isystem header stays silent, as it always was; with
// SystemHeaders on it is reported
// (coro-blocking-call-system-headers-option.test).
#include "sys-coro.h"
#include "user-coro.h"

// CHECK-MESSAGES: user-coro.h:7:29: warning: blocking call to 'sleep' (sleep) in coroutine 'app::pause' stalls every coroutine on its event loop [coro-blocking-call]

SYS_DEFINE_TASK(fromMacro) {
  ::usleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'usleep' (sleep) in coroutine 'fromMacro' stalls every coroutine on its event loop [coro-blocking-call]
  co_return;
}

extern "C++" {
test::Task inLinkage() {
  ::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'inLinkage' stalls every coroutine on its event loop [coro-blocking-call]
  co_return;
}
}

namespace outer::inner {
test::Task nested() {
  ::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'outer::inner::nested' stalls every coroutine on its event loop [coro-blocking-call]
  co_return;
}
} // namespace outer::inner

template <typename T> test::Task generic(T) {
  ::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'generic' stalls every coroutine on its event loop [coro-blocking-call]
  co_return;
}

test::Task user() {
  co_await app::pause();
  co_await sys::nap();
  co_await generic(1);
  auto lambda = []() -> test::Task {
    ::sleep(1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' (sleep) in coroutine lambda stalls every coroutine on its event loop [coro-blocking-call]
    co_return;
  };
  co_await lambda();
}
