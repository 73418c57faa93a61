#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, then runs every lit
# suite (checks through both front ends, the corolint tool, the aio runtime and
# its samples). Prints "N passed, N failed" last; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
lit=/usr/lib/llvm-19/build/utils/lit/lit.py
status=0
python3 "$lit" -sv build/test 2>&1 | tee build/lit.log || status=$?
passed=$(sed -n 's/^ *Passed *: *\([0-9]*\).*/\1/p' build/lit.log | tail -1)
failed=$(grep -E '^ *(Failed|Unresolved|Timed Out|Unexpectedly Passed) *:' build/lit.log |
  sed 's/.*: *\([0-9]*\).*/\1/' | awk '{s += $1} END {print s + 0}')
echo "${passed:-0} passed, ${failed} failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "${passed:-0}" -eq 0 ]; then
  exit 1
fi
