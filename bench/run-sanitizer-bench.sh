#!/usr/bin/env bash
# run-sanitizer-bench.sh -- the cost of aio's blocking sanitizer: the same
# aio benchmarks built twice with the same compiler, without and with
# -fsanitize=realtime, run side by side in one run; prints both figures and
# the ratio (how many times slower, or bigger, the sanitizer build is).
#
# Builds bench/aio_{switch,queue,sleepers}.cpp with clang++-22 -O2 -g (CXX
# overrides; RealtimeSanitizer needs clang++ 20 or later). The sanitizer
# build runs with aio's defaults (no report: every step runs in a real-time
# context, and the allocations of coroutine frames are suppressed ones).
# Not part of the test suite: timings depend on the machine.
#
#   bench/run-sanitizer-bench.sh            full sizes (1M sleepers: ~1 s each)
#   bench/run-sanitizer-bench.sh --quick    a tenth of the sizes
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
CXX=${CXX:-clang++-22}
source "$here/aio-bench-sizes.sh" "$@"

echo "building with $CXX -O2 -g, without and with -fsanitize=realtime, into $out"
for b in switch queue sleepers; do
  for variant in plain rtsan; do
    flags=()
    [[ $variant == rtsan ]] && flags=(-fsanitize=realtime)
    "$CXX" -std=c++20 -O2 -g -DNDEBUG -pthread -Wall -Wextra "${flags[@]}" \
      -I"$root/runtime/include" "$here/aio_$b.cpp" -o "$out/aio_${b}_$variant"
  done
done

echo "running (each benchmark plain, then with the sanitizer, same sizes)..."
results=()
for b in switch queue sleepers; do
  case $b in
    switch) args=("$switch_n" 10) ;;
    queue) args=("$queue_n" 4 4) ;;
    sleepers) args=("$sleepers_n") ;;
  esac
  for variant in plain rtsan; do
    # No RTSAN_OPTIONS, no AIO_SANITIZE_BLOCKING: aio's defaults. stderr is
    # kept: the sanitizer build must report nothing.
    line=$(env -u RTSAN_OPTIONS -u AIO_SANITIZE_BLOCKING "$out/aio_${b}_$variant" "${args[@]}" 2>"$out/$b.$variant.err")
    if [[ -s $out/$b.$variant.err ]]; then
      echo "run-sanitizer-bench: aio_${b}_$variant wrote to stderr:" >&2
      head -20 "$out/$b.$variant.err" >&2
      exit 1
    fi
    results+=("$line")
  done
done

echo
echo "aio, $("$CXX" --version | head -1), without and with -fsanitize=realtime"
printf '%s\n' "${results[@]}"
echo
python3 - "${results[@]}" <<'PY'
import sys
def parse(line):
    return {k: float(v) for k, v in (kv.split("=") for kv in line.split()[2:])}
sp, sr, qp, qr, lp, lr = map(parse, sys.argv[1:])
rows = [
    (f"switches/s ({sp['tasks']:,.0f} tasks x {sp['yields']:.0f} sleep(0))", sp["switches_per_s"], sr["switches_per_s"],
     sp["switches_per_s"] / sr["switches_per_s"]),
    (f"queue items/s ({qp['items']:,.0f} items, {qp['producers']:.0f}+{qp['consumers']:.0f} tasks)", qp["items_per_s"], qr["items_per_s"],
     qp["items_per_s"] / qr["items_per_s"]),
    (f"{lp['tasks']:,.0f} sleepers: overhead s (total - 1 s)", lp["overhead_s"], lr["overhead_s"],
     lr["overhead_s"] / max(lp["overhead_s"], 1e-9)),
    (f"{lp['tasks']:,.0f} sleepers: peak RSS MiB", lp["peak_rss_mib"], lr["peak_rss_mib"],
     lr["peak_rss_mib"] / lp["peak_rss_mib"]),
]
print(f"{'benchmark':44} {'plain':>14} {'sanitizer':>14} {'cost':>8}")
for name, plain, rtsan, ratio in rows:
    print(f"{name:44} {plain:14,.2f} {rtsan:14,.2f} {ratio:7.2f}x")
print("cost: how many times slower (rates, overhead) or bigger (RSS) the sanitizer build is")
PY
