#!/usr/bin/env bash
# run-sanitizer-bench.sh -- the cost of aio's blocking sanitizer: the same
# aio benchmarks built twice with the same compiler, without and with
# -fsanitize=realtime, run side by side in one run; prints both figures, the
# CPU time of both processes and the ratios (how many times slower, or
# bigger, the sanitizer build is).
#
# Builds bench/aio_{switch,queue,sleepers}.cpp with clang++-22 -O2 -g (CXX
# overrides; RealtimeSanitizer needs clang++ 20 or later). The sanitizer
# build runs with aio's defaults (no report: every step runs in a real-time
# context, and the allocations of coroutine frames are suppressed ones).
# Not part of the test suite: timings depend on the machine.
#
#   bench/run-sanitizer-bench.sh            full sizes (1M sleepers: ~1 s each)
#   bench/run-sanitizer-bench.sh --quick    a tenth of the sizes
# ROUNDS (default 3) runs of each binary, alternating plain and sanitizer.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
CXX=${CXX:-clang++-22}
source "$here/aio-bench-sizes.sh" "$@"
rounds=${ROUNDS:-3}

echo "building with $CXX -O2 -g, without and with -fsanitize=realtime, into $out"
for b in switch queue sleepers; do
  for variant in plain rtsan; do
    flags=()
    [[ $variant == rtsan ]] && flags=(-fsanitize=realtime)
    "$CXX" -std=c++20 -O2 -g -DNDEBUG -pthread -Wall -Wextra "${flags[@]}" \
      -I"$root/runtime/include" "$here/aio_$b.cpp" -o "$out/aio_${b}_$variant"
  done
done

echo "running (each benchmark plain, then with the sanitizer, same sizes; $rounds rounds)..."
# Each binary runs `rounds` times, alternating plain and sanitizer; the best
# figure of each side is kept. Besides each benchmark's own wall-clock figure,
# the process's CPU time (user + system, from wait4) is compared: on a
# loaded machine wall time mostly measures the wait for a core, CPU time does
# not. No RTSAN_OPTIONS, no AIO_SANITIZE_BLOCKING: aio's defaults, and the
# sanitizer build must report nothing.
python3 - "$out" "$CXX" "$rounds" "$switch_n" "$queue_n" "$sleepers_n" <<'PY'
import os, subprocess, sys
out, cxx, rounds, switch_n, queue_n, sleepers_n = sys.argv[1:]
rounds = int(rounds)
benches = [("switch", [switch_n, "10"]), ("queue", [queue_n, "4", "4"]), ("sleepers", [sleepers_n])]
env = {k: v for k, v in os.environ.items() if k not in ("RTSAN_OPTIONS", "AIO_SANITIZE_BLOCKING")}

def run(binary, args):
    err = open(binary + ".err", "w")
    p = subprocess.Popen([binary] + args, stdout=subprocess.PIPE, stderr=err, env=env, text=True)
    line = p.stdout.read().strip()
    _, status, usage = os.wait4(p.pid, 0)
    err.close()
    if status != 0 or os.path.getsize(binary + ".err") > 0:
        sys.exit("run-sanitizer-bench: %s failed or wrote to stderr (%s.err)" % (binary, binary))
    fields = {k: float(v) for k, v in (kv.split("=") for kv in line.split()[2:])}
    fields["cpu_s"] = usage.ru_utime + usage.ru_stime
    return fields

best = {}
for name, args in benches:
    for r in range(rounds):
        for variant in ("plain", "rtsan"):
            f = run(os.path.join(out, "aio_%s_%s" % (name, variant)), args)
            old = best.get((name, variant), f)
            # the best of each figure: highest rate, lowest time and size
            best[(name, variant)] = {k: (max if k.endswith("_per_s") else min)(v, old[k])
                                     for k, v in f.items()}

version = subprocess.run([cxx, "--version"], stdout=subprocess.PIPE, text=True).stdout.splitlines()[0]
load = open("/proc/loadavg").read().split()[0]
print()
print("aio, %s, without and with -fsanitize=realtime (best of %d; load average %s)" % (version, rounds, load))
sp, sr = best[("switch", "plain")], best[("switch", "rtsan")]
qp, qr = best[("queue", "plain")], best[("queue", "rtsan")]
lp, lr = best[("sleepers", "plain")], best[("sleepers", "rtsan")]
rows = [
    ("switches/s (%s tasks x 10 sleep(0))" % format(int(sp["tasks"]), ","), sp["switches_per_s"], sr["switches_per_s"],
     sp["switches_per_s"] / sr["switches_per_s"], sp["cpu_s"], sr["cpu_s"]),
    ("queue items/s (%s items, 4+4 tasks)" % format(int(qp["items"]), ","), qp["items_per_s"], qr["items_per_s"],
     qp["items_per_s"] / qr["items_per_s"], qp["cpu_s"], qr["cpu_s"]),
    ("%s sleepers: overhead s (total - 1 s)" % format(int(lp["tasks"]), ","), lp["overhead_s"], lr["overhead_s"],
     lr["overhead_s"] / max(lp["overhead_s"], 1e-9), lp["cpu_s"], lr["cpu_s"]),
    ("%s sleepers: peak RSS MiB" % format(int(lp["tasks"]), ","), lp["peak_rss_mib"], lr["peak_rss_mib"],
     lr["peak_rss_mib"] / lp["peak_rss_mib"], None, None),
]
print("%-44s %14s %14s %7s  %9s %9s %7s" % ("benchmark", "plain", "sanitizer", "cost", "CPU plain", "CPU san.", "cost"))
for name, plain, rtsan, ratio, cp, cr in rows:
    cpu = "%8.3fs %8.3fs %6.2fx" % (cp, cr, cr / cp) if cp else ""
    print("%-44s %14s %14s %6.2fx  %s" % (name, format(plain, ",.2f"), format(rtsan, ",.2f"), ratio, cpu))
print("cost: how many times slower (rates, overhead) or bigger (RSS) the sanitizer build is;")
print("CPU: user + system seconds of the whole process (every run of switch and queue: 5 each)")
PY
