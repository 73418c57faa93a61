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
  # test/editor (corolint-clangd, built against 19 and 22): a missing piece
  # would otherwise only leave corolint-clangd unbuilt and its tests unsupported.
  "clangd 19 static libraries (libclangdMain.a)|libclang-19-dev|test -f /usr/lib/llvm-19/lib/libclangdMain.a"
  "clangd 22 static libraries (libclangdMain.a)|libclang-22-dev|test -f /usr/lib/llvm-22/lib/libclangdMain.a"
  "gRPC C++ and its CMake package, for clangd's remote index|libgrpc++-dev|ls /usr/lib/*/cmake/grpc/gRPCConfig.cmake"
  "protobuf, for clangd's remote index|libprotobuf-dev|test -f /usr/include/google/protobuf/message.h"
  "neovim, for test/editor|neovim|command -v nvim"
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
