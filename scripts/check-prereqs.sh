#!/usr/bin/env bash
# Checks that every tool and library the test suite uses is present, and
# names the Debian package of each one that is not, so that a machine without
# it fails here with one clear line rather than with a link error deep in a
# sanitizer test. scripts/install-deps.sh installs all of them.
#
#   scripts/check-prereqs.sh        exit 0 when all are present, 1 otherwise
#
# One row per requirement: what it is | the Debian package | the probe (a
# shell command that succeeds when the requirement is met).
set -uo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'int main() { return 0; }\n' >"$tmp/t.cpp"

REQUIREMENTS=(
  "clang++-19|clang-19|command -v clang++-19"
  "clang-tidy-19|clang-tidy-19|command -v clang-tidy-19"
  "clang-tidy headers and libclangTidy.a|libclang-19-dev|test -f /usr/lib/llvm-19/lib/libclangTidy.a"
  "LLVM 19 CMake package|llvm-19-dev|test -f /usr/lib/llvm-19/lib/cmake/llvm/LLVMConfig.cmake"
  "FileCheck|llvm-19-tools|test -x /usr/lib/llvm-19/bin/FileCheck"
  "lit|llvm-19-tools|test -f /usr/lib/llvm-19/build/utils/lit/lit.py"
  "g++-12|g++-12|command -v g++-12"
  "python3|python3|command -v python3"
  "cmake|cmake|command -v cmake"
  "ninja|ninja-build|command -v ninja"
  "clang's AddressSanitizer/UBSan runtime (libclang_rt.asan)|libclang-rt-19-dev|clang++-19 -fsanitize=address,undefined $tmp/t.cpp -o $tmp/asan"
  "clang's ThreadSanitizer runtime (libclang_rt.tsan)|libclang-rt-19-dev|clang++-19 -fsanitize=thread $tmp/t.cpp -o $tmp/tsan"
  "GCC's AddressSanitizer/UBSan runtime (libasan, libubsan)|libgcc-12-dev|g++-12 -fsanitize=address,undefined $tmp/t.cpp -o $tmp/gasan"
  "GCC's ThreadSanitizer runtime (libtsan)|libgcc-12-dev|g++-12 -fsanitize=thread $tmp/t.cpp -o $tmp/gtsan"
  "script(1), for terminal tests|bsdutils|command -v script"
  "prlimit(1), for the robustness harness|util-linux|command -v prlimit"
)

# A test may add a row (what|package|probe) to see the failure path.
[ -n "${COROLINT_PREREQ_EXTRA:-}" ] && REQUIREMENTS+=("$COROLINT_PREREQ_EXTRA")

missing=0
for row in "${REQUIREMENTS[@]}"; do
  IFS='|' read -r what package probe <<<"$row"
  if ! bash -c "$probe" >/dev/null 2>&1; then
    echo "check-prereqs: missing: $what (Debian package '$package'; run scripts/install-deps.sh)" >&2
    missing=1
  fi
done
if [ "$missing" -eq 0 ]; then
  echo "check-prereqs: all ${#REQUIREMENTS[@]} requirements present"
fi
exit "$missing"
