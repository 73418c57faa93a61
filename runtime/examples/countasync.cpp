// countasync -- countasync.py from the asyncio walkthrough, in C++.
// Three count() coroutines run concurrently: their three 1 s sleeps overlap,
// so the program prints One One One, then Two Two Two, after 1 s in all.
#include "cli.hpp"

#include <aio/aio.hpp>

#include <cstdio>

using namespace std::chrono_literals;

static const char* const kUsage =
    "usage: aio-countasync [--help]\n"
    "Runs three count() coroutines concurrently with aio::gather.\n";

aio::Task<void> count() {
  std::printf("One\n");
  co_await aio::sleep(1s);
  std::printf("Two\n");
}

aio::Task<void> async_main() {
  co_await aio::gather(count(), count(), count());
}

int main(int argc, char** argv) {
  cli::no_args(argc, argv, kUsage);
  aio::TimePoint start = aio::now();
  aio::run(async_main());
  std::printf("countasync executed in %.2f seconds.\n", cli::seconds(aio::now() - start));
}
