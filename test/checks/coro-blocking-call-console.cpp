// Console output is its own category, `console`, off by default (the first
// RUN line asserts that only the file write is reported). Writes to stdout
// and stderr are console output; the same functions on another FILE* are
// file-io.
// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// RUN: env CHECK_PREFIX=CHECK-CONSOLE %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.Categories: 'console;file-io'}}" -- -I%S/Inputs
#include "coro-task.h"
#include <cstdio>
#include <iostream>
#include <syslog.h>

test::Task report(FILE *log, int n) {
  std::printf("n = %d\n", n);
  // CHECK-CONSOLE: :[[@LINE-1]]:3: warning: blocking call to 'printf' (console) in coroutine 'report' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-CONSOLE: :[[@LINE-2]]:3: note: console output blocks while the terminal or pipe is slow; offload it to a thread pool and await the result, or log asynchronously
  std::puts("done");
  // CHECK-CONSOLE: :[[@LINE-1]]:3: warning: blocking call to 'puts' (console) in coroutine 'report'
  std::putchar('\n');
  // CHECK-CONSOLE: :[[@LINE-1]]:3: warning: blocking call to 'putchar' (console) in coroutine 'report'
  std::fprintf(stderr, "warning\n");
  // CHECK-CONSOLE: :[[@LINE-1]]:3: warning: blocking call to 'fprintf' (console) in coroutine 'report'
  std::fputs("x", stdout);
  // CHECK-CONSOLE: :[[@LINE-1]]:3: warning: blocking call to 'fputs' (console) in coroutine 'report'
  std::fflush(stdout);
  // CHECK-CONSOLE: :[[@LINE-1]]:3: warning: blocking call to 'fflush' (console) in coroutine 'report'
  std::cout << "n = " << n << '\n';
  // CHECK-CONSOLE: :[[@LINE-1]]:3: warning: blocking call to 'std::operator<<' (console) in coroutine 'report'
  std::cerr << n;
  // CHECK-CONSOLE: :[[@LINE-1]]:3: warning: blocking call to 'std::basic_ostream::operator<<' (console) in coroutine 'report'
  std::clog.write("x", 1);
  // CHECK-CONSOLE: :[[@LINE-1]]:13: warning: blocking call to 'std::basic_ostream::write' (console) in coroutine 'report'
  syslog(LOG_INFO, "n = %d", n);
  // CHECK-CONSOLE: :[[@LINE-1]]:3: warning: blocking call to 'syslog' (console) in coroutine 'report'
  // The same functions on a file: file-io, on by default.
  std::fprintf(log, "n = %d\n", n);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'fprintf' (file-io) in coroutine 'report'
  // CHECK-CONSOLE: :[[@LINE-2]]:3: warning: blocking call to 'fprintf' (file-io) in coroutine 'report'
  std::fflush(log);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'fflush' (file-io) in coroutine 'report'
  // CHECK-CONSOLE: :[[@LINE-2]]:3: warning: blocking call to 'fflush' (file-io) in coroutine 'report'
  co_return;
}
