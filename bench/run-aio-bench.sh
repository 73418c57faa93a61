#!/usr/bin/env bash
# run-aio-bench.sh -- aio against CPython's asyncio, same workloads, same run.
#
# Builds bench/aio_*.cpp with -O2 (clang++-19 unless CXX is set), runs each
# C++ benchmark and its asyncio twin (bench/aio_*.py, python3 unless PYTHON
# is set) and prints the figures side by side with the ratio and the issue's
# target. Not part of the test suite: timings depend on the machine.
#
#   bench/run-aio-bench.sh            full sizes (asyncio's 1M sleepers take
#                                     about half a minute and 1.6 GB)
#   bench/run-aio-bench.sh --quick    a tenth of the sizes, for a smoke run
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
CXX=${CXX:-clang++-19}
PYTHON=${PYTHON:-python3}
source "$here/aio-bench-sizes.sh" "$@"

echo "building with $CXX -O2 into $out"
for b in switch sleepers queue; do
  "$CXX" -std=c++20 -O2 -DNDEBUG -pthread -Wall -Wextra -I"$root/runtime/include" \
    "$here/aio_$b.cpp" -o "$out/aio_$b"
done

# field <line> <key>: the value of key=value in a RESULT line.
field() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }

echo "running (C++ first, then asyncio, same sizes)..."
cs=$("$out/aio_switch" "$switch_n" 10)
ps=$("$PYTHON" "$here/aio_switch.py" "$switch_n" 10)
cq=$("$out/aio_queue" "$queue_n" 4 4)
pq=$("$PYTHON" "$here/aio_queue.py" "$queue_n" 4 4)
cl=$("$out/aio_sleepers" "$sleepers_n")
pl=$("$PYTHON" "$here/aio_sleepers.py" "$sleepers_n")

python_version=$("$PYTHON" -c 'import sys; print(sys.version.split()[0])')
echo
echo "aio vs CPython $python_version asyncio"
echo "$cs"; echo "$ps"; echo "$cq"; echo "$pq"; echo "$cl"; echo "$pl"
echo
"$PYTHON" - "$cs" "$ps" "$cq" "$pq" "$cl" "$pl" <<'PY'
import sys
def parse(line):
    return {k: float(v) for k, v in (kv.split("=") for kv in line.split()[2:])}
cs, ps, cq, pq, cl, pl = map(parse, sys.argv[1:])
rows = [
    (f"switches/s ({cs['tasks']:,.0f} tasks x {cs['yields']:.0f} sleep(0))", cs["switches_per_s"], ps["switches_per_s"],
     cs["switches_per_s"] / ps["switches_per_s"], ">= 100x, >= 25 M/s",
     cs["switches_per_s"] >= 25e6 and cs["switches_per_s"] / ps["switches_per_s"] >= 100),
    (f"queue items/s ({cq['items']:,.0f} items, {cq['producers']:.0f}+{cq['consumers']:.0f} tasks)", cq["items_per_s"], pq["items_per_s"],
     cq["items_per_s"] / pq["items_per_s"], ">= 50x", cq["items_per_s"] / pq["items_per_s"] >= 50),
    (f"{cl['tasks']:,.0f} sleepers: overhead s (total - 1 s)", cl["overhead_s"], pl["overhead_s"],
     pl["overhead_s"] / max(cl["overhead_s"], 1e-9), "< 1 s", cl["overhead_s"] < 1.0),
    (f"{cl['tasks']:,.0f} sleepers: peak RSS MiB", cl["peak_rss_mib"], pl["peak_rss_mib"],
     pl["peak_rss_mib"] / cl["peak_rss_mib"], "<= 256 MB", cl["peak_rss_mib"] * 1.048576 <= 256),
]
print(f"{'benchmark':44} {'aio':>14} {'asyncio':>14} {'ratio':>9}  target")
for name, a, p, ratio, target, ok in rows:
    print(f"{name:44} {a:14,.2f} {p:14,.2f} {ratio:8.1f}x  {target} {'(met)' if ok else '(NOT met)'}")
print("ratio: how many times better aio is (rate ratio, or asyncio cost / aio cost)")
PY
