// An unknown category is a configuration error in both front ends, and the
// valid categories still apply.
// RUN: not %clang_tidy --load=%plugin --checks='-*,coro-blocking-call' \
// RUN:   --config="{CheckOptions: {coro-blocking-call.Categories: 'sleep;bogus'}}" \
// RUN:   %s -- -std=c++20 -I%S/Inputs > %t.plugin 2>&1
// RUN: FileCheck %s < %t.plugin
// RUN: %expect_exit 2 %corolint --config="{CheckOptions: {coro-blocking-call.Categories: 'sleep;bogus'}}" \
// RUN:   %s -- -std=c++20 -I%S/Inputs > %t.tool 2>&1
// RUN: FileCheck %s --check-prefixes=CHECK,TOOL < %t.tool
// CHECK: error: invalid category 'bogus' in option 'coro-blocking-call.Categories'; expected any of 'sleep;file-io;network-io;dns;process;wait;lock;console;custom;async-twin' [clang-tidy-config]
// CHECK: :[[@LINE+5]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'f'
// TOOL: corolint: error: invalid configuration while analysing '{{.*}}coro-blocking-call-bad-options.cpp'
#include "coro-task.h"
#include <unistd.h>
test::Task f() {
  sleep(1);
  co_return;
}
