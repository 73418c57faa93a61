// chain -- chained.py from the asyncio walkthrough, in C++.
// For each n, chain(n) awaits part1(n) and feeds its result to part2(n, ...);
// each part sleeps a random 0..10 s. The chains run concurrently, so the
// program takes as long as the slowest chain, not the sum.
#include "cli.hpp"

#include <aio/aio.hpp>

#include <cstdio>
#include <random>
#include <string>
#include <vector>

static const char* const kUsage =
    "usage: aio-chain [--help] [--seed N] [N...]\n"
    "Runs chain(n) for each N (default: 1 2 3) concurrently. --seed defaults to 444.\n";

static std::mt19937 rng;

static int randint(int lo, int hi) { return lo + static_cast<int>(rng() % static_cast<unsigned>(hi - lo + 1)); }

aio::Task<std::string> part1(int n) {
  int i = randint(0, 10);
  std::printf("part1(%d) sleeping for %d seconds.\n", n, i);
  co_await aio::sleep(std::chrono::seconds(i));
  std::string result = "result" + std::to_string(n) + "-1";
  std::printf("Returning part1(%d) == %s.\n", n, result.c_str());
  co_return result;
}

aio::Task<std::string> part2(int n, std::string arg) {
  int i = randint(0, 10);
  std::printf("part2(%d, '%s') sleeping for %d seconds.\n", n, arg.c_str(), i);
  co_await aio::sleep(std::chrono::seconds(i));
  std::string result = "result" + std::to_string(n) + "-2 derived from " + arg;
  std::printf("Returning part2(%d, '%s') == %s.\n", n, arg.c_str(), result.c_str());
  co_return result;
}

aio::Task<void> chain(int n) {
  aio::TimePoint start = aio::now();
  std::string p1 = co_await part1(n);
  std::string p2 = co_await part2(n, p1);
  std::printf("-->Chained result%d => %s (took %.2f seconds).\n", n, p2.c_str(),
              cli::seconds(aio::now() - start));
}

aio::Task<void> async_main(std::vector<int> args) {
  std::vector<aio::Task<void>> chains;
  for (int n : args) chains.push_back(chain(n));
  co_await aio::gather(std::move(chains));
}

int main(int argc, char** argv) {
  long seed = 444;
  std::vector<int> args;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (cli::is_help(arg)) {
      cli::help(kUsage);
    } else if (arg == "--seed") {
      seed = cli::int_value(argc, argv, i, kUsage);
    } else if (!arg.empty() && arg.find_first_not_of("0123456789") == std::string::npos) {
      args.push_back(std::stoi(arg));
    } else {
      cli::fail(kUsage, "unknown argument: " + arg);
    }
  }
  if (args.empty()) args = {1, 2, 3};
  rng.seed(static_cast<std::mt19937::result_type>(seed));
  aio::TimePoint start = aio::now();
  aio::run(async_main(args));
  std::printf("Program finished in %.2f seconds.\n", cli::seconds(aio::now() - start));
}
