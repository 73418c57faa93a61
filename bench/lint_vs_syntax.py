#!/usr/bin/env python3
"""CPU time of corolint against a bare `clang++-19 -fsyntax-only`, side by side.

For every file of a compilation database (or of the real-code corpus,
--corpus), three runs are made with the same compiler arguments: a bare
parse, corolint with every coro-* check, and, for scale, clang-tidy-19 with
the upstream peer check misc-coroutine-hostile-raii (--peer; '' for none).
Their user+system CPU times are compared. Runs alternate (parse, lint,
peer, parse, ...) so that machine noise hits all alike; each triple is
repeated --repeat times and the minimum is kept.

    bench/lint_vs_syntax.py [-p BUILD_DIR | --corpus [--projects a,b]] [-j N]
                            [--repeat N] [--checks GLOB] [--filter TEXT]
                            [--sample K] [--peer CHECK] [--instructions]

Prints one line per file and the total ratios. Target: <= 1.03 with every
coro-* check on. This is a benchmark, not a test: it asserts nothing.

--corpus takes the files and flags of bench/corpus/projects.json (the
checkouts of bench/corpus/run.py's cache: run `bench/corpus/run.py
--fetch-only` first on a new machine), and lints them as run.py does
(--config={}, the project's own headers as the header filter). --sample K
keeps every K-th file, in path order.

CPU time on a shared or virtual machine varies by several per cent from run
to run, more than the difference measured. --instructions counts the
instructions each run executes instead (valgrind's callgrind: exact and
repeatable, about 40 times slower, so use it with --filter or --sample); it
is the figure to compare between commits, and it does not depend on the
machine's load, so -j 2 is safe with it. With CPU time, -j runs files in
parallel: the three runs of a file still run one after the other.
"""
import argparse
import concurrent.futures
import importlib.util
import json
import os
import re
import shlex
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cpu_of(cmd, cwd):
    """Runs cmd and returns (user+sys CPU seconds of the child, wall seconds).
    The child's own rusage (wait4), not RUSAGE_CHILDREN, which sums every
    child of this process: with -j the other thread's too."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped: Popen must not wait
    wall = time.perf_counter() - start
    return usage.ru_utime + usage.ru_stime, wall


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


def corpus_entries(opts):
    """The corpus files as entries: (directory, file, compiler args, the
    extra corolint options run.py lints them with)."""
    spec = importlib.util.spec_from_file_location(
        "corpus_run", os.path.join(ROOT, "bench", "corpus", "run.py"))
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    projects = corpus.load_projects(os.path.join(ROOT, "bench", "corpus", "projects.json"))
    names = [n for n in opts.projects.split(",") if n] or list(projects)
    cache = os.path.abspath(opts.corpus_cache)
    out = []
    for n in names:
        dest = corpus.checkout_dir(cache, projects[n])
        if not os.path.isdir(dest):
            sys.exit(f"{n}: no checkout at {dest} (run bench/corpus/run.py --fetch-only)")
        args = corpus.compiler_args(projects[n], projects, cache)
        for f in corpus.project_files(projects[n], dest):
            out.append({"directory": dest, "file": f, "args": args, "label": n + "/" +
                        os.path.relpath(f, dest),
                        "lint": ["--config={}", "--header-filter=^" + re.escape(dest + os.sep)]})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-p", default=os.path.join(ROOT, "build"), help="build directory")
    ap.add_argument("--corolint", default=None,
                    help="the corolint to measure (default: BUILD_DIR/bin/corolint)")
    ap.add_argument("--corpus", action="store_true",
                    help="the files of bench/corpus/projects.json instead of BUILD_DIR's database")
    ap.add_argument("--projects", default="", help="with --corpus: comma-separated names")
    ap.add_argument("--corpus-cache", default=os.environ.get(
        "COROLINT_CORPUS_CACHE", os.path.join(os.path.expanduser("~"), ".cache", "corolint-corpus")))
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("-j", "--jobs", type=int, default=1, help="files measured in parallel")
    ap.add_argument("--checks", default="coro-*")
    ap.add_argument("--clang", default="clang++-19")
    ap.add_argument("--clang-tidy", default="clang-tidy-19")
    ap.add_argument("--peer", default="misc-coroutine-hostile-raii",
                    help="the upstream check measured for scale ('' for none)")
    ap.add_argument("--filter", default="", help="only files whose path contains this")
    ap.add_argument("--sample", type=int, default=1, help="every K-th file only")
    ap.add_argument("--instructions", action="store_true",
                    help="count instructions (callgrind) instead of CPU time")
    opts = ap.parse_args()

    opts.p = os.path.abspath(opts.p)  # the runs change directory
    corolint = os.path.abspath(opts.corolint or os.path.join(opts.p, "bin", "corolint"))
    if opts.corpus:
        entries = corpus_entries(opts)
    else:
        with open(os.path.join(opts.p, "compile_commands.json")) as f:
            entries = json.load(f)
        for e in entries:
            e["args"] = syntax_only_args(e)
            e["label"] = os.path.relpath(os.path.join(e["directory"], e["file"]), ROOT)
            e["lint"] = []
    entries = [e for e in entries if opts.filter in e["file"]]
    entries.sort(key=lambda e: e["label"])
    entries = entries[::max(1, opts.sample)]

    measure = (lambda cmd, cwd: instructions_of(cmd, cwd)[0] / 1e9) if opts.instructions \
        else (lambda cmd, cwd: cpu_of(cmd, cwd)[0])
    unit = "G ins" if opts.instructions else "s"

    def one(e):
        args = e["args"]
        src = os.path.join(e["directory"], e["file"])
        cmds = [[opts.clang, "-fsyntax-only", *args, src],
                # --no-cache: each repeat analyses the file (ResultCache.h).
                [corolint, "--quiet", "--no-cache", "-j", "1", *e["lint"],
                 f"--checks=-*,{opts.checks}", src, "--", *args]]
        if opts.peer:
            cmds.append([opts.clang_tidy, "--quiet", *e["lint"], f"--checks=-*,{opts.peer}",
                         src, "--", *args])
        best = [float("inf")] * len(cmds)
        for _ in range(opts.repeat):
            for i, cmd in enumerate(cmds):
                best[i] = min(best[i], measure(cmd, e["directory"]))
        return e["label"], best

    peer = f" {'peer ' + unit:>9} {'ratio':>6}" if opts.peer else ""
    print(f"{'file':<56} {'parse ' + unit:>9} {'lint ' + unit:>9} {'ratio':>6}{peer}")
    totals = [0.0, 0.0, 0.0]
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        for name, best in pool.map(one, entries):
            line = f"{name[:56]:<56} {best[0]:9.3f} {best[1]:9.3f} {best[1] / best[0]:6.3f}"
            if opts.peer:
                line += f" {best[2]:9.3f} {best[2] / best[0]:6.3f}"
            for i, b in enumerate(best):
                totals[i] += b
            print(line)
            sys.stdout.flush()
    line = (f"{'total (' + str(len(entries)) + ' files)':<56} {totals[0]:9.3f} "
            f"{totals[1]:9.3f} {totals[1] / totals[0]:6.3f}")
    if opts.peer:
        line += f" {totals[2]:9.3f} {totals[2] / totals[0]:6.3f}"
    print(line)
    what = "instructions" if opts.instructions else "CPU time"
    print(f"corolint / clang++ -fsyntax-only {what}: {totals[1] / totals[0]:.3f}x "
          f"(target <= 1.03x, checks: {opts.checks})")
    if opts.peer:
        print(f"{opts.clang_tidy} {opts.peer} / clang++ -fsyntax-only {what}: "
              f"{totals[2] / totals[0]:.3f}x")


if __name__ == "__main__":
    main()
