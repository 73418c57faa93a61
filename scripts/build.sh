#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages), configures and builds corolint,
# the clang-tidy plugin and the aio runtime's samples against one LLVM version.
#
#   scripts/build.sh [19|22] [target...]
#
# LLVM 19 (the default) builds into build/, LLVM 22 into build-llvm22/, each
# with the clang++ of its own version (the plugin must match clang-tidy-<N>).
# With targets, builds only those (e.g. corolint corolint-plugin).
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:-19}
[ $# -gt 0 ] && shift
case "$version" in
  19) dir=build ;;
  22) dir=build-llvm22 ;;
  *) echo "usage: scripts/build.sh [19|22] [target...]" >&2; exit 2 ;;
esac
scripts/install-deps.sh
if [ ! -f "$dir/build.ninja" ]; then
  cmake -G Ninja -S . -B "$dir" -DCOROLINT_LLVM_VERSION="$version" \
    -DCMAKE_CXX_COMPILER="clang++-$version" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
if [ $# -gt 0 ]; then
  cmake --build "$dir" --target "$@"
else
  cmake --build "$dir"
fi
