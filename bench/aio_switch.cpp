// aio_switch -- context-switch rate: N tasks (default 100,000) that each
// co_await aio::sleep(0s) K times (default 10). A switch is one suspension
// and resumption through the loop's ready queue; the rate counts N x K
// switches over the wall time of the whole run (creating, running and
// destroying the tasks included). Best of R runs (default 5), like timeit:
// the first run also pays for page faults on fresh memory. Twin:
// aio_switch.py.
#include "aio_bench_common.hpp"

#include <aio/aio.hpp>

#include <algorithm>

using namespace std::chrono_literals;

aio::Task<void> yielder(int k) {
  for (int i = 0; i < k; ++i) co_await aio::sleep(0s);
}

aio::Task<void> async_main(long n, int k) {
  std::vector<aio::Task<void>> tasks;
  tasks.reserve(static_cast<std::size_t>(n));
  for (long i = 0; i < n; ++i) tasks.push_back(yielder(k));
  co_await aio::gather(std::move(tasks));
}

int main(int argc, char** argv) {
  long n = bench::arg_or(argc, argv, 1, 100000);
  int k = static_cast<int>(bench::arg_or(argc, argv, 2, 10));
  int runs = static_cast<int>(bench::arg_or(argc, argv, 3, 5));
  double s = 1e100;
  for (int r = 0; r < runs; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    aio::run(async_main(n, k));
    s = std::min(s, bench::seconds_since(t0));
  }
  std::printf("RESULT switch tasks=%ld yields=%d seconds=%.4f switches_per_s=%.0f\n", n, k, s,
              static_cast<double>(n) * k / s);
}
