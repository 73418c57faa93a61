// countsync -- countsync.py from the asyncio walkthrough, in C++: the
// synchronous baseline for countasync. Each count() blocks the thread for
// 1 s, so the program prints One Two three times and takes 3 s.
// There is no coroutine here, so blocking is fine; aio::blocking_sleep is
// std::this_thread::sleep_for that also honours AIO_CLOCK=virtual.
#include "cli.hpp"

#include <aio/clock.hpp>

#include <cstdio>

using namespace std::chrono_literals;

static const char* const kUsage =
    "usage: aio-countsync [--help]\n"
    "Runs count() three times, one after the other (the blocking baseline).\n";

void count() {
  std::printf("One\n");
  aio::blocking_sleep(1s);
  std::printf("Two\n");
}

int main(int argc, char** argv) {
  cli::no_args(argc, argv, kUsage);
  aio::TimePoint start = aio::now();
  for (int i = 0; i < 3; ++i) count();
  std::printf("countsync executed in %.2f seconds.\n", cli::seconds(aio::now() - start));
}
