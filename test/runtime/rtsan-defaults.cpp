// aio's blocking sanitizer's defaults mirror corolint's default categories:
// a coroutine that allocates, takes a std::mutex, signals a condition
// variable, prints to the console and hands blocking work to aio::to_thread
// reports nothing. AIO_SANITIZE_BLOCKING=<category>[,...] reports a category
// again; aio's own work (to_thread's worker and hand-off, debug mode's output)
// never reports; RTSAN_OPTIONS overrides aio's defaults; a bad category name
// stops the program before main. run_nonblocking leaves its real-time context
// when the callable throws. -Wfunction-effects stays quiet: aio's
// [[clang::nonblocking]] step is the one place that calls blocking code, by
// design, and says so with a pragma.
// REQUIRES: rtsan
// RUN: %clangxx_rtsan %aio_cxx_flags -Wfunction-effects -O1 -g -fsanitize=realtime %s -o %t
// RUN: env AIO_CLOCK=virtual %t 2>&1 >/dev/null | count 0
// RUN: env AIO_CLOCK=virtual AIO_SANITIZE_BLOCKING=lock %t 2>&1 >/dev/null | FileCheck %s --check-prefix=LOCK
// RUN: env AIO_CLOCK=virtual AIO_SANITIZE_BLOCKING=console AIO_DEBUG=1 %t 2>&1 >/dev/null | FileCheck %s --check-prefixes=CONSOLE,DEBUG
// RUN: env AIO_CLOCK=virtual AIO_SANITIZE_BLOCKING=alloc %t 2>&1 >/dev/null | FileCheck %s --check-prefix=ALLOC
// RUN: env AIO_CLOCK=virtual AIO_SANITIZE_BLOCKING=all %t 2>&1 >/dev/null | FileCheck %s --check-prefix=ALL
// RUN: env AIO_CLOCK=virtual AIO_SANITIZE_BLOCKING=lock RTSAN_OPTIONS=halt_on_error=true not %t 2>&1 >/dev/null | FileCheck %s --check-prefix=HALT
// RUN: env AIO_SANITIZE_BLOCKING=lock,sleeping %expect_exit 2 %t 2>&1 | FileCheck %s --check-prefix=BAD --match-full-lines --implicit-check-not={{.}}
#include <aio/aio.hpp>
#include <aio/nonblocking.hpp>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

std::mutex m;
std::condition_variable cv;
int counter = 0;

aio::Task<void> forgotten() { co_return; }

aio::Task<void> work(int i) {
  std::vector<std::string> names(8, std::string(64, 'x')); // alloc
  {
    std::lock_guard<std::mutex> g(m); // lock: pthread_mutex_lock, _unlock
    ++counter;
  }
  cv.notify_one(); // lock: pthread_cond_signal
  std::puts("working");                      // console: puts
  std::cout << "item " << i << std::endl;    // console: fwrite, fflush
  // Blocking work on the pool: the worker thread is no real-time context,
  // and handing it over (a mutex, a condition variable, starting the
  // workers) is aio's, not the coroutine's.
  co_await aio::to_thread([] { std::this_thread::sleep_for(20ms); });
  { aio::Task<void> t = forgotten(); } // debug mode prints "never awaited"
  co_await aio::sleep(10ms);
}

aio::Task<void> async_main() { co_await aio::gather(work(1), work(2)); }

int main() {
  aio::run(async_main());
  // An exception leaves run_nonblocking's real-time context: the sleep
  // after it, outside any context, is not reported.
  try {
    aio::run_nonblocking([] { throw std::runtime_error("out"); });
  } catch (const std::runtime_error&) {
  }
  std::this_thread::sleep_for(1ms);
  std::printf("%d\n", counter);
}

// LOCK-DAG: aio sanitizer: blocking call to 'pthread_mutex_lock' in coroutine 'work' (defined at rtsan-defaults.cpp:[[#WORK:]])
// LOCK-DAG: aio sanitizer: blocking call to 'pthread_mutex_unlock' in coroutine 'work'
// LOCK-DAG: aio sanitizer: blocking call to 'pthread_cond_signal' in coroutine 'work'
// LOCK-DAG: aio sanitizer:   2 x pthread_mutex_lock in coroutine 'work'
// LOCK-DAG: aio sanitizer:   2 x pthread_mutex_unlock in coroutine 'work'
// LOCK-DAG: aio sanitizer:   2 x pthread_cond_signal in coroutine 'work'
// LOCK-NOT: nanosleep

// CONSOLE-DAG: aio sanitizer: blocking call to 'puts' in coroutine 'work'
// CONSOLE-DAG: aio sanitizer: blocking call to 'fwrite' in coroutine 'work'
// CONSOLE-DAG: aio sanitizer: blocking call to 'fflush' in coroutine 'work'
// DEBUG-DAG: aio debug: coroutine 'forgotten' (defined at rtsan-defaults.cpp:{{[0-9]+}}) was never awaited
// CONSOLE-DAG: aio sanitizer:   2 x puts in coroutine 'work'
// CONSOLE-DAG: aio sanitizer:   2 x fflush in coroutine 'work'
// CONSOLE-NOT: nanosleep
// DEBUG-NOT: slow step

// ALLOC-DAG: aio sanitizer: blocking call to 'malloc' in coroutine 'work'
// ALLOC-DAG: aio sanitizer: blocking call to 'free' in coroutine 'work'
// ALLOC-NOT: nanosleep

// ALL-DAG: aio sanitizer:   2 x pthread_mutex_lock in coroutine 'work'
// ALL-DAG: aio sanitizer:   2 x puts in coroutine 'work'
// ALL-DAG: aio sanitizer:   {{[0-9]+}} x malloc in coroutine 'work'
// ALL-NOT: nanosleep

// HALT:     Intercepted call to real-time unsafe function `pthread_mutex_lock` in real-time context!
// HALT-NOT: Intercepted call

// BAD: aio sanitizer: AIO_SANITIZE_BLOCKING: unknown category 'sleeping' (known: alloc, lock, console, all)
