// A convention that is not a name with one '*' is a configuration error in
// both front ends; the valid conventions still apply.
// RUN: not %clang_tidy --load=%plugin --checks='-*,coro-blocking-call' \
// RUN:   --config="{CheckOptions: {coro-blocking-call.AsyncTwinConventions: '*Async;async_;*;co-*;*x*'}}" \
// RUN:   %s -- -std=c++20 -I%S/Inputs > %t.plugin 2>&1
// RUN: FileCheck %s < %t.plugin
// RUN: %expect_exit 2 %corolint --config="{CheckOptions: {coro-blocking-call.AsyncTwinConventions: '*Async;async_;*;co-*;*x*'}}" \
// RUN:   %s -- -std=c++20 -I%S/Inputs > %t.tool 2>&1
// RUN: FileCheck %s --check-prefixes=CHECK,TOOL < %t.tool
// CHECK-DAG: error: invalid convention 'async_' in option 'coro-blocking-call.AsyncTwinConventions'; expected a name with one '*' for the function's name, such as 'async_*' or '*Async' [clang-tidy-config]
// CHECK-DAG: error: invalid convention '*' in option 'coro-blocking-call.AsyncTwinConventions'
// CHECK-DAG: error: invalid convention 'co-*' in option 'coro-blocking-call.AsyncTwinConventions'
// CHECK-DAG: error: invalid convention '*x*' in option 'coro-blocking-call.AsyncTwinConventions'
// CHECK: :[[@LINE+8]]:5: warning: blocking call to 'Store::read' (async-twin) in coroutine 'f'
// TOOL: corolint: error: invalid configuration while analysing '{{.*}}coro-blocking-call-async-twins-bad-options.cpp'
#include "coro-task.h"
struct Store {
  int read(int key);
  test::Task readAsync(int key);
};
test::Task f(Store s) {
  s.read(1);
  co_return;
}
