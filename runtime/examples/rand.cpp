// rand -- rand.py from the asyncio walkthrough, in C++.
// Three makerandom() coroutines each draw random numbers in [0, 10] until
// one exceeds their threshold, sleeping idx + 1 seconds between draws. The
// output interleaves; each coroutine has its own colour on a terminal.
#include "cli.hpp"

#include <aio/aio.hpp>

#include <cstdio>
#include <random>
#include <string>
#include <tuple>
#include <unistd.h>

using namespace std::chrono_literals;

static const char* const kUsage =
    "usage: aio-rand [--help] [--seed N]\n"
    "Runs makerandom(0..2) concurrently. --seed defaults to 444.\n";

static std::mt19937 rng;
static bool colour = false;

static int randint(int lo, int hi) { return lo + static_cast<int>(rng() % static_cast<unsigned>(hi - lo + 1)); }

static const char* c(int i) {
  static const char* const codes[] = {"\033[0m", "\033[36m", "\033[91m", "\033[35m"};
  return colour ? codes[i] : "";
}

aio::Task<int> makerandom(int idx, int threshold = 6) {
  std::printf("%sInitiated makerandom(%d).\n", c(idx + 1), idx);
  int i = randint(0, 10);
  while (i <= threshold) {
    std::printf("%smakerandom(%d) == %d too low; retrying.\n", c(idx + 1), idx, i);
    co_await aio::sleep(std::chrono::seconds(idx + 1));
    i = randint(0, 10);
  }
  std::printf("%s---> Finished: makerandom(%d) == %d%s\n", c(idx + 1), idx, i, c(0));
  co_return i;
}

aio::Task<std::tuple<int, int, int>> async_main() {
  co_return co_await aio::gather(makerandom(0, 10 - 0 - 1), makerandom(1, 10 - 1 - 1),
                                 makerandom(2, 10 - 2 - 1));
}

int main(int argc, char** argv) {
  long seed = 444;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (cli::is_help(arg)) cli::help(kUsage);
    else if (arg == "--seed") seed = cli::int_value(argc, argv, i, kUsage);
    else cli::fail(kUsage, "unknown argument: " + arg);
  }
  rng.seed(static_cast<std::mt19937::result_type>(seed));
  colour = ::isatty(STDOUT_FILENO) != 0;
  auto [r1, r2, r3] = aio::run(async_main());
  std::printf("\nr1: %d, r2: %d, r3: %d\n", r1, r2, r3);
}
