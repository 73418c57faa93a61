#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages), configures and builds corolint,
# the clang-tidy plugin and the aio runtime's samples into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
if [ ! -f build/build.ninja ]; then
  cmake -G Ninja -S . -B build -DCMAKE_CXX_COMPILER=clang++-19 -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build build
