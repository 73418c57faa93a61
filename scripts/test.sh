#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, then runs every lit
# suite (checks through both front ends, the corolint tool, the aio runtime and
# its samples). Prints "N passed, N failed" last; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
# Every tool and library the suite uses, named with its Debian package.
scripts/check-prereqs.sh
lit=/usr/lib/llvm-19/build/utils/lit/lit.py
status=0
python3 "$lit" -sv build/test 2>&1 | tee build/lit.log || status=$?
# lit's summary: "  Passed: 53 (100.00%)", "  Failed: 2 (3.70%)", ...
count() { awk -v re="$1" '$0 ~ "^ *(" re ") *:" { sub(/^[^:]*: */, ""); s += $1 } END { print s + 0 }' build/lit.log; }
passed=$(count 'Passed')
failed=$(count 'Failed|Unresolved|Timed Out|Unexpectedly Passed')
echo "${passed} passed, ${failed} failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
