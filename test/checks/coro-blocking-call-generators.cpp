// The coroutine model: the default generator rule, and GeneratorTypes /
// AsyncTypes overriding it both ways (as check options or global options).
// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// RUN: env CHECK_PREFIX=CHECK-OVERRIDE %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.GeneratorTypes: 'test::Task', coro-blocking-call.AsyncTypes: '::test::Generator'}}" -- -I%S/Inputs
// RUN: env CHECK_PREFIX=CHECK-OVERRIDE %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {GeneratorTypes: 'test::Task', AsyncTypes: 'test::Generator'}}" -- -I%S/Inputs
#include "coro-task.h"
#include <unistd.h>

// A generator by the default rule: yield_value and no co_await.
test::Generator<int> ticks() {
  sleep(1);
  // CHECK-OVERRIDE: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'ticks'
  co_yield 1;
}

// Yields and awaits: async by the default rule.
test::AsyncGenerator<int> stream() {
  co_await test::yield_now();
  usleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'usleep' (sleep) in coroutine 'stream'
  // CHECK-OVERRIDE: :[[@LINE-2]]:3: warning: blocking call to 'usleep' (sleep) in coroutine 'stream'
  co_yield 1;
}

// A task: async by default, a generator when GeneratorTypes lists it.
test::Task task() {
  sleep(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'task'
  co_return;
}
