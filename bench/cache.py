#!/usr/bin/env python3
"""The result cache: cold, no change and one header changed, side by side.

Two projects, each linted three times with `corolint -p` on one empty cache
directory (docs/user-guide.md, "The result cache"):

  cold            every file analysed and stored;
  no change       every file replayed (target: <= 0.05x cold);
  header changed  one header edited: only the files that include it are
                  analysed again.

The projects:
  self       the project's own build/compile_commands.json (its sources
             copied to a temporary directory first, so that the edited header,
             checks/analysis/SummaryRecords.h, is the copy's);
  generated  --tus small TUs (default 1,000) in a temporary directory, each
             including one of five shared headers (h0.h ... h4.h) and a
             coroutine header; h0.h is edited, so a fifth of them are
             analysed again.

    bench/cache.py [--only self|generated] [--tus N] [-j N] [--corolint PATH]

Prints wall and CPU seconds (the corolint process's user+system) per run,
each as a ratio to cold, the cache's own counts (--cache-stats), and whether
the output of each run equals the cold run's (the edit appends a comment, so
it must). Python 3 standard library only. This is a benchmark,
not a test: it asserts nothing.
"""
import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = 5

COROUTINE_HEADER = """\
#pragma once
#include <coroutine>
namespace gen {
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
}
"""


def generate(dest, tus):
    """Writes `tus` translation units and their database into dest."""
    with open(os.path.join(dest, "task.h"), "w") as f:
        f.write(COROUTINE_HEADER)
    for h in range(SHARED):
        with open(os.path.join(dest, "h%d.h" % h), "w") as f:
            f.write("#pragma once\n#include \"task.h\"\n#include <unistd.h>\n"
                    "namespace h%d {\ninline int helper(int x) { return x * %d; }\n"
                    "void pause_%d();\n}\n" % (h, h + 1, h))
    entries = []
    for i in range(tus):
        name = "tu%04d.cpp" % i
        h = i % SHARED
        with open(os.path.join(dest, name), "w") as f:
            f.write("#include \"h%d.h\"\n" % h)
            f.write("namespace tu%d {\n" % i)
            for k in range(5):
                f.write("int f%d(int x) { return h%d::helper(x) + %d; }\n" % (k, h, k))
            f.write("gen::Task serve() {\n")
            if i % 10 == 0:
                f.write("  sleep(1);\n")  # a finding in one file of ten
            f.write("  co_return;\n}\n}\n")
            if i < SHARED:  # the shared headers' functions, defined once
                f.write("void h%d::pause_%d() {}\n" % (i, i))
        entries.append({"directory": dest, "file": os.path.join(dest, name),
                        "arguments": ["clang++-19", "-std=c++20", "-c", name]})
    with open(os.path.join(dest, "compile_commands.json"), "w") as f:
        json.dump(entries, f)
    return os.path.join(dest, "h0.h")


def copy_self(dest):
    """Copies the sources of build/compile_commands.json into dest and writes
    its database there, the build directory's generated files kept."""
    build = os.path.join(ROOT, "build")
    db = os.path.join(build, "compile_commands.json")
    if not os.path.exists(db):
        sys.exit("no %s: run scripts/build.sh first" % db)
    for d in ("checks", "tool", "runtime", "include"):
        shutil.copytree(os.path.join(ROOT, d), os.path.join(dest, d))
    text = open(db).read()
    keep = "\0BUILD\0"
    text = text.replace(build, keep).replace(ROOT, dest).replace(keep, build)
    with open(os.path.join(dest, "compile_commands.json"), "w") as f:
        f.write(text)
    return os.path.join(dest, "checks", "analysis", "SummaryRecords.h")


def run(corolint, project, cache, jobs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    p = subprocess.run([corolint, "-p", project, "--cache-dir=" + cache, "--cache-stats",
                        "-j", str(jobs)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode not in (0, 1):
        sys.exit("corolint exited %d:\n%s" % (p.returncode, p.stderr[-2000:]))
    stats = re.search(r"cache: (.*)", p.stderr)
    return wall, cpu, stats.group(1) if stats else "?", p.stdout


def measure(name, corolint, jobs, setup):
    with tempfile.TemporaryDirectory(prefix="corolint-cache-bench-") as tmp:
        project = os.path.join(tmp, "project")
        os.makedirs(project)
        header = setup(project)
        with open(os.path.join(project, "compile_commands.json")) as f:
            tus = len(json.load(f))
        cache = os.path.join(tmp, "cache")
        rows = []
        cold = run(corolint, project, cache, jobs)
        rows.append(("cold", cold))
        rows.append(("no change", run(corolint, project, cache, jobs)))
        with open(header, "a") as f:
            f.write("// edited by bench/cache.py\n")
        rows.append(("header changed", run(corolint, project, cache, jobs)))
    out = []
    for kind, (wall, cpu, stats, stdout) in rows:
        out.append("| %s (%d TUs) | %s | %.2f | %.3fx | %.2f | %.3fx | %s | %s |" % (
            name, tus, kind, wall, wall / cold[0], cpu, cpu / cold[1], stats,
            "yes" if stdout == cold[3] else "no"))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=("self", "generated"))
    ap.add_argument("--tus", type=int, default=1000, help="TUs of the generated project")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--corolint", default=os.path.join(ROOT, "build", "bin", "corolint"))
    args = ap.parse_args()
    lines = []
    if args.only in (None, "self"):
        lines += measure("self", args.corolint, args.j, copy_self)
    if args.only in (None, "generated"):
        lines += measure("generated", args.corolint, args.j,
                         lambda d: generate(d, args.tus))
    print("| project | run | wall s | x cold | CPU s | x cold | cache | same output |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for line in lines:
        print(line)


if __name__ == "__main__":
    main()
