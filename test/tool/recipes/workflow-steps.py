#!/usr/bin/env python3
"""Lists (and runs) the steps of a simple GitHub Actions workflow.

Usage: workflow-steps.py WORKFLOW.yml [--run]

Without PyYAML: it reads only `- uses: X`, `uses: X` and `run: CMD` lines,
which is all the example workflows need. A block scalar (`run: |`) is an
error: keep each command on one line. Prints `uses: X` and `run: CMD` in
order; with --run, runs each command with `bash -e -c` in the current
directory, stopping at the first failure with its status.
"""
import re
import subprocess
import sys

STEP = re.compile(r"^\s*(?:-\s+)?(uses|run):\s*(.*?)\s*$")


def steps(path):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.lstrip().startswith("#"):
                continue
            match = STEP.match(line)
            if not match:
                continue
            kind, value = match.groups()
            if value in ("", "|", ">", "|-", ">-"):
                sys.exit(f"{path}:{number}: multi-line '{kind}:' is not supported")
            yield kind, value


def main():
    path, run = sys.argv[1], "--run" in sys.argv[2:]
    for kind, value in steps(path):
        print(f"{kind}: {value}", flush=True)
        if run and kind == "run":
            status = subprocess.call(["bash", "-e", "-c", value])
            if status:
                print(f"step failed with status {status}: {value}", flush=True)
                sys.exit(status)


if __name__ == "__main__":
    main()
