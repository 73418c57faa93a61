#!/usr/bin/env python3
"""Static and dynamic agree: corolint's findings on a runtime sample against
the reports of aio's blocking sanitizer (RealtimeSanitizer) on a run of it.

    sanitizer-agreement.py --clangxx CXX --corolint COROLINT --profdata P --cov C
                           --include DIR --examples DIR --work DIR [SAMPLE...]

For each SAMPLE (runtime/examples/SAMPLE.cpp; by default every .cpp there):
  1. builds it with -fsanitize=realtime and clang's source coverage
     (-fprofile-instr-generate -fcoverage-mapping), and runs it under the
     virtual clock (AIO_CLOCK=virtual) with no RTSAN_OPTIONS;
  2. reads the run-time reports from its stderr: each report's line is the
     first frame of its symbolised stack that lies in SAMPLE.cpp;
  3. lints it with corolint (every coro-* check): the lines of its warnings;
  4. reads the lines the run executed from the coverage (llvm-profdata merge,
     llvm-cov export -format=lcov).
Then every report's line must carry a corolint finding, and every finding on
an executed line must have been reported. Prints one line per sample, e.g.
    blocking: reported at line 25 (3 reports); corolint: line 25; agree
and exits 1 (after the other samples) when a sample disagrees, saying why.
"""
import argparse
import os
import re
import subprocess
import sys

# "    #2 0x55bd8ddd3b1a in count() (.resume) /path/runtime/examples/blocking.cpp:25:3"
FRAME = re.compile(r"^\s+#\d+ 0x[0-9a-f]+ in (?P<func>.*) (?P<file>/[^\s:]+):(?P<line>\d+)(?::\d+)?$")
REPORT_START = re.compile(r"==\d+==ERROR: RealtimeSanitizer: ")
INTERCEPTED = re.compile(r"function `(?P<name>[^`]+)`")


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def reports(stderr, source):
    """[(line, function)] for each report, the line being the first frame in source."""
    out = []
    blocks = REPORT_START.split(stderr)[1:]
    for block in blocks:
        m = INTERCEPTED.search(block)
        function = m.group("name") if m else "?"
        line = None
        for text in block.splitlines():
            f = FRAME.match(text)
            if f and os.path.realpath(f.group("file")) == os.path.realpath(source):
                line = int(f.group("line"))
                break
        out.append((line, function))
    return out


def findings(corolint, source, include, examples):
    r = run([corolint, "--checks=-*,coro-*", "--quiet", source, "--",
             "-std=c++20", "-I" + include, "-I" + examples])
    if r.returncode not in (0, 1):
        sys.exit("sanitizer-agreement: corolint failed on %s:\n%s%s" % (source, r.stdout, r.stderr))
    base = re.escape(os.path.basename(source))
    lines = set()
    for text in r.stdout.splitlines():
        m = re.match(r"^(?:.*/)?%s:(\d+):\d+: warning: " % base, text)
        if m:
            lines.add(int(m.group(1)))
    return lines


def executed(profdata, cov, binary, profraw, source):
    merged = profraw + ".profdata"
    r = run([profdata, "merge", "-sparse", profraw, "-o", merged])
    if r.returncode != 0:
        sys.exit("sanitizer-agreement: llvm-profdata failed: " + r.stderr)
    r = run([cov, "export", "-format=lcov", binary, "-instr-profile=" + merged, source])
    if r.returncode != 0:
        sys.exit("sanitizer-agreement: llvm-cov failed: " + r.stderr)
    lines, current = set(), None
    for text in r.stdout.splitlines():
        if text.startswith("SF:"):
            current = os.path.realpath(text[3:])
        elif text.startswith("DA:") and current == os.path.realpath(source):
            number, count = text[3:].split(",")[:2]
            if int(count) > 0:
                lines.add(int(number))
    return lines


def show(lines):
    return ", ".join(str(n) for n in sorted(lines)) or "none"


def check(args, sample):
    source = os.path.join(args.examples, sample + ".cpp")
    binary = os.path.join(args.work, sample)
    profraw = binary + ".profraw"
    build = [args.clangxx, "-std=c++20", "-pthread", "-O1", "-g", "-fsanitize=realtime",
             "-fprofile-instr-generate", "-fcoverage-mapping", "-Wall", "-Wextra", "-Werror",
             "-I" + args.include, "-I" + args.examples, source, "-o", binary]
    r = run(build)
    if r.returncode != 0:
        return ["%s: does not build: %s" % (sample, r.stderr)]
    env = {k: v for k, v in os.environ.items() if k not in ("RTSAN_OPTIONS", "AIO_SANITIZE_BLOCKING")}
    env.update(AIO_CLOCK="virtual", LLVM_PROFILE_FILE=profraw)
    r = run([binary], env=env, timeout=300)
    if r.returncode != 0:
        return ["%s: exited %d:\n%s" % (sample, r.returncode, r.stderr)]
    found = reports(r.stderr, source)
    static = findings(args.corolint, source, args.include, args.examples)
    ran = executed(args.profdata, args.cov, binary, profraw, source)

    problems = []
    for line, function in found:
        if line is None:
            problems.append("%s: a report of '%s' has no frame in %s.cpp" % (sample, function, sample))
        elif line not in static:
            problems.append("%s.cpp:%d: '%s' reported at run time, but corolint has no finding there"
                            % (sample, line, function))
    reported = {line for line, _ in found}
    for line in sorted(static & ran - reported):
        problems.append("%s.cpp:%d: corolint's finding is on a line the run executed, "
                        "but the sanitizer did not report it" % (sample, line))
    if problems:
        return problems
    dynamic = "reported at line%s %s (%d report%s)" % (
        "s" if len(reported) > 1 else "", show(reported), len(found), "" if len(found) == 1 else "s")
    if not found:
        dynamic = "no report"
    unexecuted = static - ran
    static_text = "line%s %s" % ("s" if len(static) > 1 else "", show(static)) if static else "no finding"
    if unexecuted:
        static_text += " (not executed: %s)" % show(unexecuted)
    print("%s: %s; corolint: %s; agree" % (sample, dynamic, static_text))
    return []


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for flag in ("clangxx", "corolint", "profdata", "cov", "include", "examples", "work"):
        p.add_argument("--" + flag, required=True)
    p.add_argument("samples", nargs="*")
    args = p.parse_args()
    if not args.samples:
        args.samples = sorted(f[:-4] for f in os.listdir(args.examples) if f.endswith(".cpp"))
    os.makedirs(args.work, exist_ok=True)
    problems = []
    for sample in args.samples:
        problems += check(args, sample)
    for problem in problems:
        print("sanitizer-agreement: " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
