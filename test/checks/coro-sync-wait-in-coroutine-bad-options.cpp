// A name that cannot match anything is a configuration error in both front
// ends; the valid names still apply.
// RUN: not %clang_tidy --load=%plugin --checks='-*,coro-sync-wait-in-coroutine' \
// RUN:   --config="{CheckOptions: {coro-sync-wait-in-coroutine.SyncWaitFunctions: 'rt::block_on;rt::block on'}}" \
// RUN:   %s -- -std=c++20 -I%S/Inputs > %t.plugin 2>&1
// RUN: FileCheck %s --implicit-check-not=warning: < %t.plugin
// RUN: %expect_exit 2 %corolint --checks='-*,coro-sync-wait-in-coroutine' \
// RUN:   --config="{CheckOptions: {coro-sync-wait-in-coroutine.SyncWaitFunctions: 'rt::block_on;rt::block on'}}" \
// RUN:   %s -- -std=c++20 -I%S/Inputs > %t.tool 2>&1
// RUN: FileCheck %s --check-prefixes=CHECK,TOOL --implicit-check-not=warning: < %t.tool
// CHECK: error: invalid name 'rt::block on' in option 'coro-sync-wait-in-coroutine.SyncWaitFunctions'; expected a qualified name such as 'ns::Class::member' [clang-tidy-config]
// CHECK: :[[@LINE+6]]:11: warning: blocking bridge 'rt::block_on' called in coroutine 'f'
// TOOL: corolint: error: invalid configuration while analysing '{{.*}}coro-sync-wait-in-coroutine-bad-options.cpp'
#include "coro-libs.h"
namespace rt { template <class A> int block_on(A &&); }
aio::Task<int> answer();
aio::Task<int> f() {
  int v = rt::block_on(answer());
  co_return v;
}
