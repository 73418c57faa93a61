// queue -- asyncq.py from the asyncio walkthrough, in C++.
// Producers put a random number (0..10) of random items on an aio::Queue,
// sleeping a random 0..10 s before each; consumers loop forever taking
// items, also after a random sleep, and report how long each item waited.
// main waits for the producers, then for the queue to drain (join), then
// cancels the consumers, as the Python program does.
#include "cli.hpp"

#include <aio/aio.hpp>

#include <cstdio>
#include <random>
#include <string>
#include <utility>
#include <vector>

static const char* const kUsage =
    "usage: aio-queue [--help] [-p NPROD] [-c NCON] [--seed N]\n"
    "  -p, --nprod N   number of producers (default 5)\n"
    "  -c, --ncon N    number of consumers (default 10)\n"
    "  --seed N        random seed (default 444)\n";

static std::mt19937 rng;

static int randint(int lo, int hi) { return lo + static_cast<int>(rng() % static_cast<unsigned>(hi - lo + 1)); }

struct Item {
  std::string value;
  aio::TimePoint made;
};

aio::Task<std::string> makeitem(int size = 5) {
  static const char hex[] = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < size; ++i) {
    unsigned byte = rng() & 0xffu;
    out += hex[byte >> 4];
    out += hex[byte & 0xfu];
  }
  co_return out;
}

aio::Task<void> randsleep(const std::string& caller) {
  int i = randint(0, 10);
  if (!caller.empty()) std::printf("%s sleeping for %d seconds.\n", caller.c_str(), i);
  co_await aio::sleep(std::chrono::seconds(i));
}

aio::Task<void> produce(int name, aio::Queue<Item>& q) {
  int n = randint(0, 10);
  for (int k = 0; k < n; ++k) {
    co_await randsleep("Producer " + std::to_string(name));
    std::string i = co_await makeitem();
    Item item{i, aio::now()}; // (not a temporary inside co_await: GCC 12 miscompiles that)
    co_await q.put(std::move(item));
    std::printf("Producer %d added <%s> to queue.\n", name, i.c_str());
  }
}

aio::Task<void> consume(int name, aio::Queue<Item>& q) {
  for (;;) {
    co_await randsleep("Consumer " + std::to_string(name));
    Item item = co_await q.get();
    std::printf("Consumer %d got element <%s> in %.5f seconds.\n", name, item.value.c_str(),
                cli::seconds(aio::now() - item.made));
    q.task_done();
  }
}

aio::Task<void> async_main(int nprod, int ncon) {
  aio::Queue<Item> q;
  std::vector<aio::TaskHandle<void>> producers;
  for (int n = 0; n < nprod; ++n) producers.push_back(aio::create_task(produce(n, q)));
  std::vector<aio::TaskHandle<void>> consumers;
  for (int n = 0; n < ncon; ++n) consumers.push_back(aio::create_task(consume(n, q)));
  co_await aio::gather(std::move(producers));
  co_await q.join(); // implicitly awaits the consumers, too
  for (auto& c : consumers) c.cancel();
}

int main(int argc, char** argv) {
  long nprod = 5, ncon = 10, seed = 444;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (cli::is_help(arg)) cli::help(kUsage);
    else if (arg == "-p" || arg == "--nprod") nprod = cli::int_value(argc, argv, i, kUsage);
    else if (arg == "-c" || arg == "--ncon") ncon = cli::int_value(argc, argv, i, kUsage);
    else if (arg == "--seed") seed = cli::int_value(argc, argv, i, kUsage);
    else cli::fail(kUsage, "unknown argument: " + arg);
  }
  if (nprod < 0 || ncon < 0) cli::fail(kUsage, "counts must not be negative");
  rng.seed(static_cast<std::mt19937::result_type>(seed));
  aio::TimePoint start = aio::now();
  aio::run(async_main(static_cast<int>(nprod), static_cast<int>(ncon)));
  std::printf("Program completed in %.5f seconds.\n", cli::seconds(aio::now() - start));
}
