#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, then runs every lit
# suite in two passes:
#   LLVM 19 (build/): checks through both front ends, the corolint tool, the
#     aio runtime and its samples, and aio's blocking sanitizer's tests
#     (test/runtime/rtsan-*, test/samples/sanitizer-*), which build with
#     clang++-22 whichever LLVM the pass uses (check-prereqs fails the run when
#     its RealtimeSanitizer runtime is missing, rather than leaving them
#     UNSUPPORTED);
#   LLVM 22 (build-llvm22/: corolint, the plugin, the man page and
#     corolint-clangd): the suites that depend on the LLVM version, i.e.
#     test/checks, test/tool, test/xtu, test/editor and the lint-* samples.
#     The runtime's tests and the samples' runs depend only on the compiler,
#     and the 19 pass runs them.
# COROLINT_LLVM_VERSIONS="19" (default "19 22") runs one pass only.
# Prints "N passed, N failed" last (both passes added up); exits non-zero on
# any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
versions=${COROLINT_LLVM_VERSIONS:-19 22}
status=0
logs=()
for v in $versions; do
  case "$v" in
    19)
      scripts/build.sh 19
      # Every tool and library the suite uses, named with its Debian package.
      scripts/check-prereqs.sh
      lit=/usr/lib/llvm-19/build/utils/lit/lit.py dir=build suites=(build/test) ;;
    22)
      scripts/build.sh 22 corolint corolint-plugin corolint-man corolint-clangd \
        corolint-without-clangd
      lit=/usr/lib/llvm-22/bin/lit dir=build-llvm22
      suites=(build-llvm22/test/checks build-llvm22/test/tool build-llvm22/test/xtu
        build-llvm22/test/editor)
      for f in test/samples/lint-*.test; do suites+=("build-llvm22/$f"); done ;;
    *) echo "test.sh: unknown LLVM version '$v' (19 or 22)" >&2; exit 2 ;;
  esac
  echo "=== LLVM $v: ${suites[*]}"
  python3 "$lit" -sv "${suites[@]}" 2>&1 | tee "$dir/lit.log" || status=1
  logs+=("$dir/lit.log")
done
# lit's summary: "  Passed: 53 (100.00%)", "  Failed: 2 (3.70%)", ...
count() { awk -v re="$1" '$0 ~ "^ *(" re ") *:" { sub(/^[^:]*: */, ""); s += $1 } END { print s + 0 }' "${logs[@]}"; }
passed=$(count 'Passed')
failed=$(count 'Failed|Unresolved|Timed Out|Unexpectedly Passed')
echo "${passed} passed, ${failed} failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
