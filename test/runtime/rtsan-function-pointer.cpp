// A blocking call that only the run-time check can see: the coroutine calls
// through a function pointer chosen at run time, so corolint (static) stays
// silent, while aio's blocking sanitizer (RealtimeSanitizer) reports the
// nanosleep at the exact call, names the coroutine, and goes on.
// REQUIRES: rtsan
// RUN: %check_coro coro-* %s -- -I%aio_include
// RUN: %clangxx_rtsan %aio_cxx_flags -O1 -g -fsanitize=realtime %s -o %t
// RUN: env AIO_CLOCK=virtual %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT --match-full-lines --implicit-check-not={{.}} < %t.out
// RUN: FileCheck %s < %t.err
#include <aio/aio.hpp>

#include <chrono>
#include <cstdio>
#include <thread>

using namespace std::chrono_literals;

using Wait = void (*)(std::chrono::milliseconds);

static void nap(std::chrono::milliseconds d) {
  std::this_thread::sleep_for(d); // blocks: fine in main, not in a coroutine
}
static void spin(std::chrono::milliseconds) {}

// Which function `wait` is depends on the command line: no static analysis
// of worker() can know that it blocks.
aio::Task<void> worker(Wait wait) {
  co_await aio::sleep(1s);
  wait(150ms);
}

int main(int argc, char**) {
  Wait wait = argc > 1 ? spin : nap;
  nap(1ms); // outside any coroutine: not a real-time context, not reported
  aio::TimePoint start = aio::now();
  aio::run(worker(wait));
  std::printf("worker took %.2f s\n", std::chrono::duration<double>(aio::now() - start).count());
}

// The virtual clock charges the 150 ms the step blocked (a little more on a
// loaded machine), not the time the report took.
// OUT: worker took {{1\.1[5-9]}} s

// CHECK:      ERROR: RealtimeSanitizer: unsafe-library-call
// CHECK-NEXT: Intercepted call to real-time unsafe function `nanosleep` in real-time context!
// CHECK-NEXT: aio sanitizer: blocking call to 'nanosleep' in coroutine 'worker' (defined at rtsan-function-pointer.cpp:[[#@LINE-19]])
// CHECK-NEXT: #0 {{.*}} in nanosleep
// CHECK-NEXT: #1 {{.*}} in {{.*}}std::this_thread::sleep_for
// CHECK-NEXT: #2 {{.*}} in nap({{.*}}) {{.*}}rtsan-function-pointer.cpp:[[#@LINE-28]]:3
// CHECK-NEXT: #3 {{.*}} in worker({{.*}}) (.resume) {{.*}}rtsan-function-pointer.cpp:[[#@LINE-21]]:3
// CHECK:      SUMMARY: RealtimeSanitizer: unsafe-library-call
// CHECK-NEXT: aio sanitizer: 1 blocking call reported
// CHECK-NEXT: aio sanitizer:   1 x nanosleep in coroutine 'worker' (defined at rtsan-function-pointer.cpp:[[#@LINE-26]])
// CHECK-NOT:  {{.}}
