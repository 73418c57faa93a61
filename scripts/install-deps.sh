#!/usr/bin/env bash
# Installs the Debian 12 packages corolint needs; quick (no apt call) when all are present.
# Idempotent. Must run as root (or via sudo) on a machine that lacks any of them.
#
#   scripts/install-deps.sh [package...]    also the named packages (the
#                                           corpus's, bench/corpus/install-deps.sh)
set -euo pipefail
# LLVM 19 builds build/ (the default); LLVM 22 builds build-llvm22/, whose
# checks and tool suites scripts/test.sh also runs.
PACKAGES=(clang-19 clang-tidy-19 libclang-19-dev llvm-19-dev llvm-19-tools libclang-rt-19-dev
  clang-22 clang-tidy-22 libclang-22-dev llvm-22-dev llvm-22-tools
  cmake ninja-build g++ g++-12 python3
  # git: test/tool/corpus-script.test builds a mirror repository, and
  # bench/corpus/run.py checks projects out with it.
  git
  # corolint-clangd (against 19 and 22): Debian's clangd links its remote
  # index (grpc++, protobuf, absl); test/editor drives neovim;
  # bench/editor_latency.py compares clangd-19 (--llvm 22: clangd-22).
  libgrpc++-dev libprotobuf-dev libabsl-dev neovim clangd-19 clangd-22)
# Library knowledge (test/checks/coro-blocking-call-lib-*.cpp and alike): the
# real headers of the libraries whose synchronous APIs the catalogue lists.
PACKAGES+=(qt6-base-dev qcoro-qt6-dev libasio-dev libboost1.81-dev
  libsqlite3-dev libpq-dev libpqxx-dev libhiredis-dev libmariadb-dev
  libgrpc++-dev libzmq3-dev cppzmq-dev)
# The gRPC tests (test/checks/coro-blocking-call-lib-grpc*.cpp) generate
# their stub at test time with protoc and grpc_cpp_plugin.
PACKAGES+=(protobuf-compiler protobuf-compiler-grpc)
# aio's blocking sanitizer (test/runtime/rtsan-*, test/samples/sanitizer-*):
# LLVM 22's RealtimeSanitizer and profile runtimes, its llvm-symbolizer,
# llvm-profdata and llvm-cov (package llvm-22).
PACKAGES+=(libclang-rt-22-dev llvm-22)
# asio's and Boost.Asio's TLS streams (asio/ssl.hpp) include OpenSSL's headers.
PACKAGES+=(libssl-dev)
# SARIF, CI recipes and packaging (test/tool/sarif*, recipes*, package.test):
# the man page generator, dpkg-dev for dpkg-shlibdeps, and ICU for Microsoft's
# SARIF validator (a .NET program fetched by npm).
PACKAGES+=(help2man dpkg-dev libicu72)
# Whole-program tests (test/xtu): xxh3 for sealing the summary files they
# generate, through Python's ctypes (summary.py).
PACKAGES+=(libxxhash0)
# Write-failure tests (test/tool/fix-write.test): setpriv runs corolint as an
# unprivileged user, for whom read-only files and directories are read-only.
# bench/lint_vs_syntax.py --instructions counts instructions with callgrind.
PACKAGES+=(valgrind)
# The robustness harness (bench/robustness, test/tool/robustness-script.test):
# prlimit(1) for its per-run memory limit.
PACKAGES+=(util-linux)
# --export-fixes (test/tool/export-fixes.test): its YAML is applied by
# clang-apply-replacements-<N>, of the LLVM the build uses.
PACKAGES+=(clang-tools-19 clang-tools-22)
PACKAGES+=("$@")
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm may come from elsewhere (e.g. NodeSource's nodejs, which
# conflicts with Debian's npm package): only install Debian's when absent.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends "${missing[@]}" >/dev/null
