// aio_sleepers -- one million (default) concurrent tasks, each sleeping
// 1 s on the real clock. Reports the total wall time, the overhead (total
// minus the 1 s every task sleeps: creating, arming, firing and finishing a
// million tasks) and the peak RSS. Twin: aio_sleepers.py.
#include "aio_bench_common.hpp"

#include <aio/aio.hpp>

using namespace std::chrono_literals;

aio::Task<void> sleeper() { co_await aio::sleep(1s); }

aio::Task<void> async_main(long n) {
  std::vector<aio::Task<void>> tasks;
  tasks.reserve(static_cast<std::size_t>(n));
  for (long i = 0; i < n; ++i) tasks.push_back(sleeper());
  co_await aio::gather(std::move(tasks));
}

int main(int argc, char** argv) {
  long n = bench::arg_or(argc, argv, 1, 1000000);
  auto t0 = std::chrono::steady_clock::now();
  aio::run(async_main(n), aio::RunOptions{.virtual_clock = false, .debug = false});
  double s = bench::seconds_since(t0);
  std::printf("RESULT sleepers tasks=%ld seconds=%.4f overhead_s=%.4f peak_rss_mib=%.1f\n", n, s,
              s - 1.0, bench::peak_rss_mib());
}
