// aio_bench_common.hpp -- timing and RSS helpers for the aio benchmarks.
// Each benchmark prints one machine-readable line:
//   RESULT <name> <key>=<value> ...
// which bench/run-aio-bench.sh pairs with the asyncio twin's line.
#pragma once
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

namespace bench {

inline double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Peak resident set size of this process, in MiB.
inline double peak_rss_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

inline long arg_or(int argc, char** argv, int i, long fallback) {
  return argc > i ? std::atol(argv[i]) : fallback;
}

} // namespace bench
