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
  "protoc, for the gRPC tests' generated stub|protobuf-compiler|command -v protoc"
  "grpc_cpp_plugin, for the gRPC tests' generated stub|protobuf-compiler-grpc|command -v grpc_cpp_plugin"
  "cppzmq's zmq.hpp, for the ZeroMQ tests|cppzmq-dev|test -f /usr/include/zmq.hpp"
  "clang++-22, for aio's blocking sanitizer|clang-22|command -v clang++-22"
  "LLVM 22's RealtimeSanitizer runtime (libclang_rt.rtsan)|libclang-rt-22-dev|clang++-22 -fsanitize=realtime $tmp/t.cpp -o $tmp/rtsan"
  "LLVM 22's profile runtime (libclang_rt.profile), for the sanitizer's agreement test|libclang-rt-22-dev|clang++-22 -fprofile-instr-generate $tmp/t.cpp -o $tmp/prof"
  "llvm-symbolizer, llvm-profdata and llvm-cov of LLVM 22|llvm-22|test -x /usr/lib/llvm-22/bin/llvm-symbolizer -a -x /usr/lib/llvm-22/bin/llvm-profdata -a -x /usr/lib/llvm-22/bin/llvm-cov"
  # test/CMakeLists.txt reads the include directories of Qt's and QCoro's
  # CMake packages for the *-lib-qt* tests.
  "Qt 6 headers and CMake packages (Core, Network, Widgets, Test, Concurrent)|qt6-base-dev|find /usr/lib -path '*/cmake/Qt6Widgets/Qt6WidgetsConfig.cmake' | grep -q . && find /usr/lib -path '*/cmake/Qt6Test/Qt6TestConfig.cmake' | grep -q ."
  "QCoro headers and CMake packages (Core, Network)|qcoro-qt6-dev|find /usr/lib -path '*/cmake/QCoro6Network/QCoro6NetworkConfig.cmake' | grep -q ."
  "asio's headers, for coro-blocking-call-lib-asio|libasio-dev|test -f /usr/include/asio.hpp"
  "Boost.Asio's and Beast's headers, for coro-blocking-call-lib-boost-asio|libboost1.81-dev|test -f /usr/include/boost/beast.hpp"
  "OpenSSL's headers, for asio's TLS streams|libssl-dev|test -f /usr/include/openssl/ssl.h"
  "libxxhash, to seal generated summary files (test/xtu/summary.py)|libxxhash0|python3 -c 'import ctypes; ctypes.CDLL(\"libxxhash.so.0\").XXH3_64bits'"
  "setpriv(1), for read-only file tests|util-linux|command -v setpriv"
  # test/editor (corolint-clangd, built against 19 and 22): a missing piece
  # would otherwise only leave corolint-clangd unbuilt and its tests unsupported.
  "clangd 19 static libraries (libclangdMain.a)|libclang-19-dev|test -f /usr/lib/llvm-19/lib/libclangdMain.a"
  "clangd 22 static libraries (libclangdMain.a)|libclang-22-dev|test -f /usr/lib/llvm-22/lib/libclangdMain.a"
  "gRPC C++ and its CMake package, for clangd's remote index|libgrpc++-dev|ls /usr/lib/*/cmake/grpc/gRPCConfig.cmake"
  "protobuf, for clangd's remote index|libprotobuf-dev|test -f /usr/include/google/protobuf/message.h"
  "neovim, for test/editor|neovim|command -v nvim"
  "prlimit(1), for the robustness harness|util-linux|command -v prlimit"
  "clang-apply-replacements-19, for the --export-fixes test|clang-tools-19|command -v clang-apply-replacements-19"
  "clang-apply-replacements-22, for the --export-fixes test on LLVM 22|clang-tools-22|command -v clang-apply-replacements-22"
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
