#!/usr/bin/env python3
"""CPU time of corolint against a bare `clang++-19 -fsyntax-only`, side by side.

For every file of a compilation database, both are run with the same compiler
arguments, one process at a time, and their user+system CPU time is summed.
Runs alternate (parse, lint, parse, lint, ...) so that machine noise hits both
alike; each pair is repeated --repeat times and the minimum is kept.

    bench/lint_vs_syntax.py [-p BUILD_DIR] [--repeat N] [--checks GLOB] [--filter TEXT]

Prints one line per file and the total ratio. Target: <= 1.10 with every
coro-* check on. This is a benchmark, not a test: it asserts nothing.
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
    opts = ap.parse_args()

    opts.p = os.path.abspath(opts.p)  # the runs change directory
    corolint = os.path.join(opts.p, "bin", "corolint")
    with open(os.path.join(opts.p, "compile_commands.json")) as f:
        entries = json.load(f)
    entries = [e for e in entries if opts.filter in e["file"]]
    entries.sort(key=lambda e: e["file"])

    print(f"{'file':<44} {'parse s':>8} {'lint s':>8} {'ratio':>6}")
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
            best_parse = min(best_parse, cpu_of(parse_cmd, e["directory"])[0])
            best_lint = min(best_lint, cpu_of(lint_cmd, e["directory"])[0])
        total_parse += best_parse
        total_lint += best_lint
        name = os.path.relpath(src, ROOT)
        print(f"{name:<44} {best_parse:8.2f} {best_lint:8.2f} {best_lint / best_parse:6.3f}")
        sys.stdout.flush()
    print(f"{'total (' + str(len(entries)) + ' files)':<44} {total_parse:8.2f} {total_lint:8.2f} "
          f"{total_lint / total_parse:6.3f}")
    print(f"corolint / clang++ -fsyntax-only CPU time: {total_lint / total_parse:.3f}x "
          f"(target <= 1.10x, checks: {opts.checks})")


if __name__ == "__main__":
    main()
