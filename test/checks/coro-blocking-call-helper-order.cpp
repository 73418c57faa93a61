// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Reachability through helpers does not depend on the order of definitions
// (issue 15, defect 14): a chain of 13 helpers is found whether its
// functions are defined caller first or callee first, through both front
// ends (corolint also summarises the exported ones). The notes show the
// first three links, how many are not shown, and the last one.
#include "coro-task.h"
#include <unistd.h>

// Caller first: each helper is defined before the one it calls.
namespace down {
void h1();
void h2();
void h3();
void h4();
void h5();
void h6();
void h7();
void h8();
void h9();
void h10();
void h11();
void h12();
void h13();
void h1() { h2(); }
void h2() { h3(); }
void h3() { h4(); }
void h4() { h5(); }
void h5() { h6(); }
void h6() { h7(); }
void h7() { h8(); }
void h8() { h9(); }
void h9() { h10(); }
void h10() { h11(); }
void h11() { h12(); }
void h12() { h13(); }
void h13() { usleep(1); }
} // namespace down

// Callee first: each helper is defined after the one it calls.
namespace up {
static void h13() { sleep(1); }
static void h12() { h13(); }
static void h11() { h12(); }
static void h10() { h11(); }
static void h9() { h10(); }
static void h8() { h9(); }
static void h7() { h8(); }
static void h6() { h7(); }
static void h5() { h6(); }
static void h4() { h5(); }
static void h3() { h4(); }
static void h2() { h3(); }
static void h1() { h2(); }
} // namespace up


test::Task caller_first() {
  down::h1();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'down::h1' in coroutine 'caller_first' reaches blocking call 'usleep' (sleep) and stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :25:13: note: 'down::h1' calls 'down::h2' here
  // CHECK-MESSAGES: :26:13: note: 'down::h2' calls 'down::h3' here
  // CHECK-MESSAGES: :27:13: note: 'down::h3' calls 'down::h4' here
  // CHECK-MESSAGES: note: the chain goes through 9 more calls, not shown
  // CHECK-MESSAGES: :37:14: note: 'down::h13' calls 'usleep' here
  // CHECK-MESSAGES: :37:14: note: use your executor's async timer; it suspends only this coroutine
  co_return;
}

test::Task callee_first() {
  up::h1();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'up::h1' in coroutine 'callee_first' reaches blocking call 'sleep' (sleep) and stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :54:20: note: 'up::h1' calls 'up::h2' here
  // CHECK-MESSAGES: :53:20: note: 'up::h2' calls 'up::h3' here
  // CHECK-MESSAGES: :52:20: note: 'up::h3' calls 'up::h4' here
  // CHECK-MESSAGES: note: the chain goes through 9 more calls, not shown
  // CHECK-MESSAGES: :42:21: note: 'up::h13' calls 'sleep' here
  // CHECK-MESSAGES: :42:21: note: use your executor's async timer; it suspends only this coroutine
  co_return;
}
