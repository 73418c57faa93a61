// An item of BridgeNames that is not an unqualified name is a configuration
// error in both front ends; the valid names still apply.
// RUN: not %clang_tidy --load=%plugin --checks='-*,coro-sync-wait-in-coroutine' \
// RUN:   --config="{CheckOptions: {coro-sync-wait-in-coroutine.BridgeNames: 'await_now;rt::drain'}}" \
// RUN:   %s -- -std=c++20 -I%S/Inputs > %t.plugin 2>&1
// RUN: FileCheck %s --implicit-check-not=warning: < %t.plugin
// RUN: %expect_exit 2 %corolint --checks='-*,coro-sync-wait-in-coroutine' \
// RUN:   --config="{CheckOptions: {coro-sync-wait-in-coroutine.BridgeNames: 'await_now;rt::drain'}}" \
// RUN:   %s -- -std=c++20 -I%S/Inputs > %t.tool 2>&1
// RUN: FileCheck %s --check-prefixes=CHECK,TOOL --implicit-check-not=warning: < %t.tool
// CHECK: error: invalid name 'rt::drain' in option 'coro-sync-wait-in-coroutine.BridgeNames'; expected an unqualified function name such as 'block_on' [clang-tidy-config]
// CHECK: :[[@LINE+6]]:11: warning: call to 'rt::await_now' in coroutine 'f' looks like a blocking bridge
// TOOL: corolint: error: invalid configuration while analysing '{{.*}}coro-sync-wait-in-coroutine-unknown-bridges-bad-options.cpp'
#include "coro-libs.h"
namespace rt { template <class A> int await_now(A &&); }
aio::Task<int> answer();
aio::Task<int> f() {
  int v = rt::await_now(answer());
  co_return v;
}
