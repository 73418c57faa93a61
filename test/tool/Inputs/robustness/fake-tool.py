#!/usr/bin/env python3
# A stand-in for every program bench/robustness/run.py runs, in
# robustness-script.test: its role is its name (corolint, clang-tidy,
# corolint-clangd, clang++, clang++-22), and what it does is told by words in the file it
# is given, so that each failure the harness classifies happens on cue:
#   BROKEN          the file "does not compile" (clang++ exits 1, corolint 2)
#   NEW_IN_22       BROKEN for the LLVM 19 tools only (clang 22 accepts it)
#   BLOCK           a finding (corolint exits 1)
#   CLANG_CRASH     clang++ and corolint both die of SIGSEGV
#   COROLINT_CRASH  corolint prints a stack dump and dies of SIGSEGV
#   COROLINT_HANG   corolint (without --quiet) never ends
#   EXIT_ZERO       corolint exits 0 whatever the file
#   FIX_DAMAGE      corolint --fix writes a file that does not compile
#   FIX_TOUCH       corolint --fix changes the file (meant with BROKEN)
#   SARIF_BAD       corolint --format=sarif writes a truncated log
#   DISAGREE        corolint prints a line the plugin does not
#   TIDY_CRASH      clang-tidy prints "LLVM ERROR" and exits 1
#   CLANGD_CRASH    corolint-clangd aborts
#   MEMORY_HOG      corolint maps 2 GiB (fails under the harness's limit)
import mmap
import os
import signal
import sys
import time

role = os.path.basename(sys.argv[0])
args = sys.argv[1:]


def source():
    for a in args:
        if a.startswith("--check="):
            return a[len("--check="):]
    return next(a for a in args if a.endswith(".cpp"))


path = source()
text = open(path).read()
has = lambda word: word in text
broken = has("BROKEN") or (has("NEW_IN_22") and not role.endswith("22"))


def segfault():
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGSEGV)


def findings(tool):
    if has("BLOCK"):
        print(f"{path}:1:1: warning: blocking call [coro-blocking-call]")
    if has("DISAGREE") and tool == "corolint":
        print(f"{path}:1:1: warning: only corolint says so [coro-blocking-call]")


if role in ("clang++", "clang++-22"):
    if has("CLANG_CRASH"):
        print("PLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/",
              file=sys.stderr)
        segfault()
    if broken:
        print(f"{path}:1:1: error: use of undeclared identifier 'BROKEN'", file=sys.stderr)
        sys.exit(1)
    sys.exit(0)

if role == "corolint":
    if has("CLANG_CRASH"):
        segfault()
    if has("COROLINT_CRASH"):
        print("Stack dump:\n #0 0x000055d0c0ffee00 llvm::sys::PrintStackTrace(llvm::raw_ostream&, int)\n"
              " #1 0x000055d0c0ffee10 corolint::BlockingAnalysis::walk(clang::Stmt const*) "
              "(/usr/bin/corolint+0x10)", file=sys.stderr)
        segfault()
    if has("COROLINT_HANG") and "--quiet" not in args:
        time.sleep(600)
    if has("MEMORY_HOG"):
        try:
            mmap.mmap(-1, 2 << 30)
        except OSError:
            print("LLVM ERROR: out of memory", file=sys.stderr)
            sys.stdout.flush()
            os.abort()
    if "--fix" in args:
        if has("FIX_DAMAGE"):
            open(path, "w").write("BROKEN\n" + text)
        if has("FIX_TOUCH"):
            open(path, "a").write("// fixed\n")
    sarif = next((a[len("--output="):] for a in args if a.startswith("--output=")), None)
    if "--format=sarif" in args:
        with open(sarif, "w") as f:
            f.write("{\"runs\": [" if has("SARIF_BAD") else "{\"version\": \"2.1.0\", \"runs\": []}")
    else:
        findings("corolint")
    if has("EXIT_ZERO"):
        sys.exit(0)
    sys.exit(2 if broken else 1 if has("BLOCK") else 0)

if role in ("clang-tidy", "clang-tidy-22"):
    if has("TIDY_CRASH"):
        print("LLVM ERROR: out of memory", file=sys.stderr)
        sys.exit(1)
    findings("plugin")
    sys.exit(1 if broken else 0)

if role == "corolint-clangd":
    if has("CLANGD_CRASH"):
        sys.stderr.flush()
        os.abort()
    sys.exit(0)

sys.exit(f"fake-tool: unknown role {role}")
