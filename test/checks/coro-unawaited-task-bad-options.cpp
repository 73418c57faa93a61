// A name that cannot match anything, and a type listed as both lazy and
// eager, are configuration errors in both front ends; the valid names still
// apply.
// RUN: not %clang_tidy --load=%plugin --checks='-*,coro-unawaited-task' \
// RUN:   --config="{CheckOptions: {coro-unawaited-task.HandOffFunctions: 'pool::submit;pool::submit<int>', coro-unawaited-task.IgnoredTypes: 'a::::b', LazyTaskTypes: 'mylib::Job', EagerTaskTypes: 'mylib::Job'}}" \
// RUN:   %s -- -std=c++20 -I%S/Inputs > %t.plugin 2>&1
// RUN: FileCheck %s --implicit-check-not=warning: < %t.plugin
// RUN: %expect_exit 2 %corolint --checks='-*,coro-unawaited-task' \
// RUN:   --config="{CheckOptions: {coro-unawaited-task.HandOffFunctions: 'pool::submit;pool::submit<int>', coro-unawaited-task.IgnoredTypes: 'a::::b', LazyTaskTypes: 'mylib::Job', EagerTaskTypes: 'mylib::Job'}}" \
// RUN:   %s -- -std=c++20 -I%S/Inputs > %t.tool 2>&1
// RUN: FileCheck %s --check-prefixes=CHECK,TOOL --implicit-check-not=warning: < %t.tool
// CHECK-DAG: error: invalid name 'pool::submit<int>' in option 'coro-unawaited-task.HandOffFunctions'; expected a qualified name such as 'ns::Class::member' [clang-tidy-config]
// CHECK-DAG: error: invalid name 'a::::b' in option 'coro-unawaited-task.IgnoredTypes'; expected a qualified name such as 'ns::Class::member' [clang-tidy-config]
// CHECK-DAG: error: type 'mylib::Job' is listed in both LazyTaskTypes and EagerTaskTypes [clang-tidy-config]
// CHECK: :[[@LINE+8]]:3: warning: lazy task 'aio::Task' returned by 'answer' is discarded in coroutine 'f'
// TOOL: corolint: error: invalid configuration while analysing '{{.*}}coro-unawaited-task-bad-options.cpp'
#include "coro-libs.h"
aio::Task<int> answer();
namespace pool {
aio::Task<int> submit(aio::Task<int>);
}
aio::Task<> f() {
  answer();
  pool::submit(answer());
  co_return;
}
