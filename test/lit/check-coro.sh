#!/usr/bin/env bash
# Runs one lit test file through both front ends with the same expectations.
#
#   check-coro.sh <check-globs> <file> [clang-tidy options...] [-- compiler args...]
#
# 1. clang-tidy-<N> --load=<plugin> (the LLVM version of the build) and 2. corolint, each with
#    --checks='-*,<check-globs>' and -std=c++20 plus the given compiler args.
# Each output is FileChecked against the file's CHECK-MESSAGES lines
# (--check-prefix=CHECK-MESSAGES, override with CHECK_PREFIX), with no other
# warning or error allowed; CHECK-FIXES lines, if any, are checked against the
# fixed file. A file with no CHECK-MESSAGES line must produce no diagnostic.
# Exit codes are checked (clang-tidy 0; corolint 1 with findings, 0 without)
# and the two outputs must be identical. CHECK_FILE names a separate file of
# expectations, for sources that cannot hold them (the runtime's samples).
set -euo pipefail
checks=$1 file=$2
shift 2
tidy_args=() cc_args=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; cc_args=("$@"); break; fi
  tidy_args+=("$1"); shift
done
prefix=${CHECK_PREFIX:-CHECK-MESSAGES}
check_file=${CHECK_FILE:-$file}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

set +e
"$CLANG_TIDY" --load="$COROLINT_PLUGIN" --checks="-*,$checks" --quiet \
  "${tidy_args[@]}" "$file" -- -std=c++20 "${cc_args[@]}" >"$tmp/plugin" 2>"$tmp/plugin.err"
plugin_rc=$?
"$COROLINT" --checks="-*,$checks" --quiet "${tidy_args[@]}" "$file" \
  -- -std=c++20 "${cc_args[@]}" >"$tmp/tool" 2>"$tmp/tool.err"
tool_rc=$?
set -e

fail() { echo "check-coro: $*" >&2; for f in plugin plugin.err tool tool.err; do echo "--- $f" >&2; cat "$tmp/$f" >&2; done; exit 1; }

[ $plugin_rc -eq 0 ] || fail "clang-tidy with the plugin exited $plugin_rc"
if grep -q "$prefix:" "$check_file"; then
  [ $tool_rc -eq 1 ] || fail "corolint exited $tool_rc, expected 1 (findings)"
  for out in plugin tool; do
    FileCheck --input-file="$tmp/$out" "$check_file" --check-prefix="$prefix" \
      --implicit-check-not='{{warning|error}}:' \
      || fail "FileCheck failed on the $out output"
  done
else
  [ $tool_rc -eq 0 ] || fail "corolint exited $tool_rc, expected 0 (no findings)"
  if grep -Eq 'warning:|error:' "$tmp/plugin" "$tmp/tool"; then
    fail "expected no diagnostics"
  fi
fi
diff -u "$tmp/plugin" "$tmp/tool" >&2 || fail "the plugin and corolint disagree"
# Fix-its: with CHECK-FIXES lines, each front end also runs with --fix on a
# copy of the file (CHECK comments blanked, lines kept), each fixed copy is
# FileChecked against the CHECK-FIXES lines (whole lines), and the two fixed
# copies must be identical.
if grep -q "CHECK-FIXES:" "$file"; then
  for out in plugin tool; do
    sed -E 's#//[[:space:]]*CHECK-(MESSAGES|FIXES)[^:]*:.*$##' "$file" >"$tmp/fixed-$out.cpp"
  done
  set +e
  "$CLANG_TIDY" --load="$COROLINT_PLUGIN" --checks="-*,$checks" --quiet --fix \
    "${tidy_args[@]}" "$tmp/fixed-plugin.cpp" -- -std=c++20 "${cc_args[@]}" >/dev/null 2>&1
  "$COROLINT" --checks="-*,$checks" --quiet --fix "${tidy_args[@]}" "$tmp/fixed-tool.cpp" \
    -- -std=c++20 "${cc_args[@]}" >/dev/null 2>&1
  set -e
  for out in plugin tool; do
    FileCheck --input-file="$tmp/fixed-$out.cpp" "$file" --check-prefix=CHECK-FIXES \
      --match-full-lines || fail "FileCheck failed on the file fixed by the $out"
  done
  diff -u "$tmp/fixed-plugin.cpp" "$tmp/fixed-tool.cpp" >&2 ||
    fail "the plugin and corolint fix differently"
fi
