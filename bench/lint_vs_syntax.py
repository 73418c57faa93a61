#!/usr/bin/env python3
"""CPU time of corolint against a bare `clang++-19 -fsyntax-only`, side by side.

For every file of a compilation database, both are run with the same compiler
arguments, one process at a time, and their user+system CPU time is summed.
Runs alternate (parse, lint, parse, lint, ...) so that machine noise hits both
alike; each pair is repeated --repeat times and the minimum is kept.

    bench/lint_vs_syntax.py [-p BUILD_DIR] [--repeat N] [--checks GLOB] [--filter TEXT]
                            [--instructions]

Prints one line per file and the total ratio. Target: <= 1.10 with every
coro-* check on. This is a benchmark, not a test: it asserts nothing.

CPU time on a shared or virtual machine varies by several per cent from run
to run, more than the difference measured. --instructions counts the
instructions each run executes instead (valgrind's callgrind: exact and
repeatable, about 40 times slower, so use it with --filter); it is the
figure to compare between commits.
"""
import argparse
import json
import os
import resource
import shlex
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cpu_of(cmd, cwd):
    """Runs cmd and returns (user+sys CPU seconds of the child, wall seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def instructions_of(cmd, cwd):
    """Runs cmd under callgrind and returns (instructions executed, wall seconds)."""
    start = time.perf_counter()
    done = subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes",
                           "--callgrind-out-file=/dev/null", *cmd],
                          cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    counts = [int(line.split(":")[-1].replace(",", ""))
              for line in done.stderr.splitlines() if "Collected :" in line]
    if not counts:
        sys.exit("valgrind printed no instruction count:\n" + done.stderr[-2000:])
    return sum(counts), wall


def syntax_only_args(entry):
    """The entry's compiler arguments, minus the compiler, -c, -o X and the file."""
    args = entry.get("arguments") or shlex.split(entry["command"])
    out, skip = [], False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a in ("-c",):
            continue
        if a == "-o":
            skip = True
            continue
        if a.startswith("-o") and len(a) > 2:
            continue
        if os.path.abspath(os.path.join(entry["directory"], a)) == os.path.abspath(
                os.path.join(entry["directory"], entry["file"])):
            continue
        out.append(a)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-p", default=os.path.join(ROOT, "build"), help="build directory")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--checks", default="coro-*")
    ap.add_argument("--clang", default="clang++-19")
    ap.add_argument("--filter", default="", help="only files whose path contains this")
    ap.add_argument("--instructions", action="store_true",
                    help="count instructions (callgrind) instead of CPU time")
    opts = ap.parse_args()

    opts.p = os.path.abspath(opts.p)  # the runs change directory
    corolint = os.path.join(opts.p, "bin", "corolint")
    with open(os.path.join(opts.p, "compile_commands.json")) as f:
        entries = json.load(f)
    entries = [e for e in entries if opts.filter in e["file"]]
    entries.sort(key=lambda e: e["file"])

    measure = (lambda cmd, cwd: instructions_of(cmd, cwd)[0] / 1e9) if opts.instructions \
        else (lambda cmd, cwd: cpu_of(cmd, cwd)[0])
    unit = "G ins" if opts.instructions else "s"
    print(f"{'file':<44} {'parse ' + unit:>9} {'lint ' + unit:>9} {'ratio':>6}")
    total_parse = total_lint = 0.0
    for e in entries:
        args = syntax_only_args(e)
        src = os.path.join(e["directory"], e["file"])
        parse_cmd = [opts.clang, "-fsyntax-only", *args, src]
        # --no-cache: each repeat analyses the file (ResultCache.h).
        lint_cmd = [corolint, "--quiet", "--no-cache", "-j", "1", f"--checks=-*,{opts.checks}",
                    src, "--", *args]
        best_parse = best_lint = float("inf")
        for _ in range(opts.repeat):
            best_parse = min(best_parse, measure(parse_cmd, e["directory"]))
            best_lint = min(best_lint, measure(lint_cmd, e["directory"]))
        total_parse += best_parse
        total_lint += best_lint
        name = os.path.relpath(src, ROOT)
        print(f"{name:<44} {best_parse:9.3f} {best_lint:9.3f} {best_lint / best_parse:6.3f}")
        sys.stdout.flush()
    print(f"{'total (' + str(len(entries)) + ' files)':<44} {total_parse:9.3f} {total_lint:9.3f} "
          f"{total_lint / total_parse:6.3f}")
    what = "instructions" if opts.instructions else "CPU time"
    print(f"corolint / clang++ -fsyntax-only {what}: {total_lint / total_parse:.3f}x "
          f"(target <= 1.10x, checks: {opts.checks})")


if __name__ == "__main__":
    main()
