#!/usr/bin/env python3
"""Whole-program analysis at scale: corolint -p over synthetic projects.

For each N (default 10, 100, 1000) it generates a project of N translation
units with a random cross-TU call graph (cycles included) and known blocking
leaves, then runs, on the same files with the same arguments and -j:

  parse   clang++-19 -fsyntax-only on every file (a bare parse)
  lint    corolint -p (one pass, whole-program analysis on)
  alone   corolint -p --cross-tu=false (each file alone)

It checks that `lint` reports exactly the expected findings (a coroutine's
call of g::f_j is reported iff f_j reaches a blocking leaf through the call
graph) and prints a table: CPU seconds (user+system of the children), wall
seconds, the ratios over the bare parse and the peak memory of one process
(ru_maxrss of the children). CPU time is the figure to compare on a shared
machine. This is a benchmark: it exits 1 only if the findings are wrong.

    bench/xtu_scaling.py [--sizes 10,100,1000] [-j 2] [--seed 1] [--corolint PATH]

--chains measures long chains instead (issue 15): a TU of --helpers helpers
(default 5,000, external linkage, so that corolint also summarises each)
chained from a coroutine to usleep, defined caller first and callee first,
and a cross-TU chain of --links links (default 50,000) read from generated
summaries (test/xtu/chain.py). For each it prints the wall and CPU seconds,
the peak memory of the corolint process, and whether the one finding and
its bounded notes are there. --summary-version writes the summaries in an
older format, to measure an older corolint.

    bench/xtu_scaling.py --chains [--helpers 5000] [--links 50000] [--corolint PATH]
"""
import argparse
import concurrent.futures
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLANGXX = shutil.which("clang++-19") or "clang++"

HEADER = """#pragma once
#include <coroutine>
#include <unistd.h>
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
namespace g {
%s
}
"""


def generate(n, seed, out):
    """Writes the project; returns the expected findings {(coroutine, callee)}."""
    rng = random.Random(seed)
    leaves = {i for i in range(n) if rng.random() < 0.03} or {0}
    calls = {i: sorted(rng.sample([j for j in range(n) if j != i], min(2, n - 1)))
                if rng.random() < 0.8 else [] for i in range(n)}
    # Reachability of a leaf, by a fixpoint over the (cyclic) graph.
    blocking = set(leaves)
    changed = True
    while changed:
        changed = False
        for i in range(n):
            if i not in blocking and any(j in blocking for j in calls[i]):
                blocking.add(i)
                changed = True
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "decls.h"), "w") as f:
        f.write(HEADER % "\n".join("void f_%d();" % i for i in range(n)))
    expected, db = set(), []
    for i in range(n):
        lines = ['#include "decls.h"', "namespace g {",
                 "static int id_%d() { return %d; }" % (i, i),
                 "void f_%d() {" % i, "  int id = id_%d();" % i, "  (void)id;"]
        if i in leaves:
            lines.append("  usleep(1);")
        lines += ["  f_%d();" % j for j in calls[i]]
        lines += ["}", "}"]
        if i % 3 == 0:  # a coroutine in every third TU
            target = rng.randrange(n)
            lines += ["Task co_%d() {" % i, "  g::f_%d();" % target, "  co_return;", "}"]
            if target in blocking:
                expected.add(("co_%d" % i, "g::f_%d" % target))
        name = "tu_%04d.cpp" % i
        with open(os.path.join(out, name), "w") as f:
            f.write("\n".join(lines) + "\n")
        db.append({"directory": out, "file": os.path.join(out, name),
                   "command": "clang++-19 -std=c++20 -I%s -c %s" % (out, name)})
    with open(os.path.join(out, "compile_commands.json"), "w") as f:
        json.dump(db, f, indent=1)
    return expected


def no_cache(corolint):
    """--no-cache where corolint has a result cache (an older one has not):
    every run analyses every file."""
    help_text = subprocess.run([corolint, "--help"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True).stdout
    return ["--no-cache"] if "--no-cache" in help_text else []


def run_kind(kind, project, jobs, corolint, output):
    """In a child process: runs one kind, prints its own children's usage."""
    start = time.perf_counter()
    with open(os.path.join(project, "compile_commands.json")) as f:
        files = [e["file"] for e in json.load(f)]
    if kind == "parse":
        def parse(path):
            subprocess.run([CLANGXX, "-std=c++20", "-I", project, "-fsyntax-only", path],
                           check=True)
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            list(pool.map(parse, files))
    else:
        cmd = [corolint, "-p", project, "-j", str(jobs), "--quiet", *no_cache(corolint)]
        if kind == "alone":
            cmd.append("--cross-tu=false")
        with open(output, "w") as out:
            rc = subprocess.run(cmd, stdout=out).returncode
        if rc not in (0, 1):
            sys.exit("corolint exited %d" % rc)
    wall = time.perf_counter() - start
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"cpu": r.ru_utime + r.ru_stime, "wall": wall,
                      "maxrss_mb": r.ru_maxrss / 1024.0}))


def measure(kind, project, jobs, corolint, output):
    out = subprocess.run([sys.executable, __file__, "--run-kind", kind, "--project", project,
                          "-j", str(jobs), "--corolint", corolint, "--output", output],
                         check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


sys.path.insert(0, os.path.join(ROOT, "test", "xtu"))
import chain  # noqa: E402


def timed(cmd, out):
    """Runs cmd with stdout to out; returns (exit code, wall s, CPU s, peak MB)."""
    start = time.perf_counter()
    with open(out, "w") as f:
        p = subprocess.Popen(cmd, stdout=f, stderr=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
    return (os.waitstatus_to_exitcode(status), time.perf_counter() - start,
            ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0)


def chains(args):
    base = args.keep or tempfile.mkdtemp(prefix="chain-scaling-")
    runs = []
    for order in ("down", "up"):
        src = os.path.join(base, "helpers-%s.cpp" % order)
        chain.helpers(args.helpers, order, src, "extern")
        runs.append(("%d helpers, %s" % (args.helpers, "caller first" if order == "down" else "callee first"),
                     [args.corolint, "--quiet", *no_cache(args.corolint), src, "--", "-std=c++20"]))
    links = os.path.join(base, "links")
    chain.links(args.links, links, args.summary_version)
    runs.append(("%d links across TUs" % args.links,
                 [args.corolint, "--quiet", *no_cache(args.corolint), "-p", links,
                  "--summaries=" + os.path.join(links, "summaries"),
                  os.path.join(links, "main.cpp")]))
    print("| chain | exit | wall s | CPU s | peak MB | warnings | notes |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    ok = True
    for name, cmd in runs:
        out = os.path.join(base, "out.txt")
        rc, wall, cpu, mb = timed(cmd, out)
        text = open(out).read()
        warnings, notes = text.count("warning:"), text.count("note:")
        ok &= rc == 1 and warnings == 1
        print("| %s | %d | %.2f | %.2f | %.0f | %d | %d |" % (name, rc, wall, cpu, mb, warnings, notes), flush=True)
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    return 0 if ok else 1


FINDING = re.compile(r"warning: call to '(g::f_\d+)' in coroutine '(co_\d+)' reaches blocking call 'usleep'")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10,100,1000")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corolint", default=os.path.join(ROOT, "build", "bin", "corolint"))
    ap.add_argument("--keep", help="generate the projects under this directory and keep them")
    ap.add_argument("--alone-max", type=int, default=1000,
                    help="run --cross-tu=false only up to this N (it is the slowest part)")
    ap.add_argument("--chains", action="store_true", help="measure long chains instead")
    ap.add_argument("--helpers", type=int, default=5000)
    ap.add_argument("--links", type=int, default=50000)
    ap.add_argument("--summary-version", type=int, default=3)
    ap.add_argument("--run-kind", help=argparse.SUPPRESS)
    ap.add_argument("--project", help=argparse.SUPPRESS)
    ap.add_argument("--output", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.chains:
        return chains(args)
    if args.run_kind:
        return run_kind(args.run_kind, args.project, args.j, args.corolint, args.output)

    base = args.keep or tempfile.mkdtemp(prefix="xtu-scaling-")
    rows, ok = [], True
    for n in [int(s) for s in args.sizes.split(",")]:
        project = os.path.join(base, "n%d" % n)
        expected = generate(n, args.seed + n, project)
        res = {}
        for kind in ("parse", "lint", "alone"):
            if kind == "alone" and n > args.alone_max:
                continue
            res[kind] = measure(kind, project, args.j, args.corolint,
                                os.path.join(base, "n%d-%s.out" % (n, kind)))
        with open(os.path.join(base, "n%d-lint.out" % n)) as f:
            found = {(m.group(2), m.group(1)) for m in FINDING.finditer(f.read())}
        with open(os.path.join(base, "n%d-lint.out" % n)) as f:
            warnings = f.read().count("warning:")
        exact = found == expected and warnings == len(expected)
        ok &= exact
        if not exact:
            print("N=%d: findings differ: missing %s, unexpected %s, %d warnings" % (
                n, sorted(expected - found)[:5], sorted(found - expected)[:5], warnings))
        rows.append((n, len(expected), exact, res))
        print("N=%d done: %s" % (n, json.dumps(res)), flush=True)
    print("| TUs | findings (exact) | parse CPU s | corolint CPU s | ratio | --cross-tu=false CPU s | ratio | wall s parse / corolint | peak MB parse / corolint |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for n, count, exact, r in rows:
        p, l, a = r["parse"], r["lint"], r.get("alone")
        alone = "%.1f | %.2f" % (a["cpu"], a["cpu"] / p["cpu"]) if a else "- | -"
        print("| %d | %d (%s) | %.1f | %.1f | %.2f | %s | %.1f / %.1f | %.0f / %.0f |" % (
            n, count, "yes" if exact else "NO", p["cpu"], l["cpu"], l["cpu"] / p["cpu"],
            alone, p["wall"], l["wall"], p["maxrss_mb"], l["maxrss_mb"]))
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
