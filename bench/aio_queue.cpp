// aio_queue -- Queue throughput: P producers (default 4) put a total of
// N items (default 1,000,000) into an aio::Queue<long> bounded at 1024;
// C consumers (default 4) take them and call task_done; main waits for
// the producers and for join(). Reports items per second, best of R runs
// (default 5). Twin: aio_queue.py.
#include "aio_bench_common.hpp"

#include <aio/aio.hpp>

#include <algorithm>

aio::Task<void> producer(aio::Queue<long>& q, long count) {
  for (long i = 0; i < count; ++i) co_await q.put(i);
}

aio::Task<void> consumer(aio::Queue<long>& q, long& sum) {
  for (;;) {
    sum += co_await q.get();
    q.task_done();
  }
}

aio::Task<long> async_main(long n, int producers, int consumers) {
  aio::Queue<long> q(1024);
  long sum = 0;
  std::vector<aio::TaskHandle<void>> cons;
  for (int i = 0; i < consumers; ++i) cons.push_back(aio::create_task(consumer(q, sum)));
  std::vector<aio::Task<void>> prods;
  for (int i = 0; i < producers; ++i) prods.push_back(producer(q, n / producers));
  co_await aio::gather(std::move(prods));
  co_await q.join();
  for (auto& c : cons) c.cancel();
  co_return sum;
}

int main(int argc, char** argv) {
  long n = bench::arg_or(argc, argv, 1, 1000000);
  int p = static_cast<int>(bench::arg_or(argc, argv, 2, 4));
  int c = static_cast<int>(bench::arg_or(argc, argv, 3, 4));
  int runs = static_cast<int>(bench::arg_or(argc, argv, 4, 5));
  double s = 1e100;
  long sum = 0;
  for (int r = 0; r < runs; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    sum = aio::run(async_main(n, p, c));
    s = std::min(s, bench::seconds_since(t0));
  }
  long per = n / p;
  long expected = static_cast<long>(p) * (per * (per - 1) / 2);
  if (sum != expected) {
    std::fprintf(stderr, "aio_queue: wrong sum %ld, expected %ld\n", sum, expected);
    return 1;
  }
  std::printf("RESULT queue items=%ld producers=%d consumers=%d seconds=%.4f items_per_s=%.0f\n",
              per * p, p, c, s, static_cast<double>(per * p) / s);
}
