// Debug mode (AIO_DEBUG=1 or RunOptions::debug) warns on stderr about a
// slow step, a coroutine that was never awaited and a task exception that
// was never retrieved; without it, the same program is silent.
// RUN: %clangxx %aio_cxx_flags %s -o %t.clang
// RUN: %gxx %aio_cxx_flags %s -o %t.gcc
// RUN: env AIO_DEBUG=1 %t.clang 2>&1 >/dev/null | FileCheck %s --match-full-lines --implicit-check-not={{.}}
// RUN: env AIO_DEBUG=1 %t.gcc 2>&1 >/dev/null | FileCheck %s --match-full-lines --implicit-check-not={{.}}
// RUN: %t.clang 2>&1 >/dev/null | count 0
// RUN: env AIO_DEBUG=1 %t.clang --options 2>&1 >/dev/null | FileCheck %s --check-prefix=OPTIONS --match-full-lines --implicit-check-not={{.}}
#include <aio/aio.hpp>

#include <chrono>
#include <stdexcept>
#include <string_view>
#include <thread>

using namespace std::chrono_literals;

aio::Task<void> forgotten() { co_return; }

aio::Task<void> hog() {
  std::this_thread::sleep_for(150ms); // blocks the loop: a slow step
  co_return;
}

aio::Task<void> fails() {
  co_await aio::sleep(1ms);
  throw std::runtime_error("nobody looks at me");
}

aio::Task<void> waits_long() { co_await aio::sleep(1h); }

aio::Task<void> async_main() {
  {
    aio::Task<void> t = forgotten(); // created, never awaited
  }
  co_await hog();
  {
    auto h = aio::create_task(fails()); // dropped: exception never retrieved
  }
  {
    auto c = aio::create_task(waits_long());
    c.cancel(); // dropped too, but a CancelledError is never reported
  }
  co_await aio::sleep(10ms);
}

int main(int argc, char**) {
  if (argc > 1) {
    // RunOptions overrides the environment: debug off, slow_step lowered.
    aio::run(async_main(), aio::RunOptions{.virtual_clock = {}, .debug = false});
    aio::run(hog(), aio::RunOptions{.virtual_clock = {}, .debug = true, .slow_step = 100ms});
    return 0;
  }
  aio::run(async_main());
}
// CHECK: aio debug: coroutine 'forgotten' (defined at debug-warnings.cpp:{{[0-9]+}}) was never awaited
// CHECK-NEXT: aio debug: slow step: coroutine 'hog' (defined at debug-warnings.cpp:{{[0-9]+}}) held the loop for {{[0-9.]+}} s in one step (threshold 0.100 s)
// CHECK-NEXT: aio debug: exception of task 'fails' (defined at debug-warnings.cpp:{{[0-9]+}}) was never retrieved: nobody looks at me
// OPTIONS: aio debug: slow step: coroutine 'hog' (defined at debug-warnings.cpp:{{[0-9]+}}) held the loop for {{[0-9.]+}} s in one step (threshold 0.100 s)
