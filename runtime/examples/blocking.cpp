// blocking -- countasync with std::this_thread::sleep_for in place of
// aio::sleep: the classic mistake this project's checks exist to catch.
// sleep_for blocks the loop's thread, so no other task runs meanwhile: the
// output is One Two One Two One Two and the program takes 3 s, exactly like
// countsync. Under AIO_DEBUG=1 the loop reports each slow step, naming
// count(); coro-blocking-call flags the sleep_for.
// Under the virtual clock it reports 3.00 s as well: time a step spends
// waiting is charged to the virtual clock (see aio/clock.hpp).
#include "cli.hpp"

#include <aio/aio.hpp>

#include <cstdio>
#include <thread>

using namespace std::chrono_literals;

static const char* const kUsage =
    "usage: aio-blocking [--help]\n"
    "countasync, but count() blocks the event loop with std::this_thread::sleep_for.\n"
    "Run with AIO_DEBUG=1 to see the slow-step warnings.\n";

aio::Task<void> count() {
  std::printf("One\n");
  std::this_thread::sleep_for(1s); // BUG: blocks the event loop
  std::printf("Two\n");
  co_return;
}

aio::Task<void> async_main() {
  co_await aio::gather(count(), count(), count());
}

int main(int argc, char** argv) {
  cli::no_args(argc, argv, kUsage);
  aio::TimePoint start = aio::now();
  aio::run(async_main());
  std::printf("blocking executed in %.2f seconds.\n", cli::seconds(aio::now() - start));
}
