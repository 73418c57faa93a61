// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Clang's function effects (the type attributes of RealtimeSanitizer, in
// Clang 19 and 22 alike): [[clang::blocking]] is a catalogue entry of
// category `custom`, [[clang::nonblocking]] is trusted. No corolint header
// is needed.
#include "coro-task.h"
#include <unistd.h>

int fetch(int key) [[clang::blocking]];
void wait_ready() [[clang::nonblocking(false)]]; // Clang records it as blocking
void backoff() [[clang::nonblocking]];
void backoff() { usleep(10); }
template <bool Fast> void step() [[clang::nonblocking(Fast)]] { usleep(10); }

test::Task effects() {
  fetch(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'fetch' (custom) in coroutine 'effects' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: declared blocking ({{\[\[}}clang::blocking]] or COROLINT_BLOCKING); offload it to a thread pool and await the result, or use an async equivalent
  wait_ready();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'wait_ready' (custom) in coroutine 'effects'
  backoff();
  // A condition that holds is trusted; a false one is blocking, as above.
  step<true>();
  step<false>();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'step' (custom) in coroutine 'effects'
  // A lambda of the same type.
  auto quick = []() [[clang::nonblocking]] { usleep(1); };
  quick();
  co_return;
}
