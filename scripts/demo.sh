#!/usr/bin/env bash
# The demo: installs what is missing, builds, then lints the bundled samples
# (the aio runtime's example programs) with corolint. The correct samples are
# silent; `blocking` calls std::this_thread::sleep_for inside a coroutine and
# is reported. Then it shows why that matters, by running both programs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
echo "== corolint -p build runtime/examples/*.cpp"
status=0
build/bin/corolint -p build runtime/examples/*.cpp || status=$?
echo "(corolint exit status $status: 0 clean, 1 findings, 2 errors)"
[ "$status" -le 1 ] || exit "$status"
echo
echo "== the same through the clang-tidy plugin"
clang-tidy-19 --load="$(build/bin/corolint --print-plugin-path)" --checks='-*,coro-*' \
  --quiet -p build runtime/examples/blocking.cpp 2>/dev/null
echo
echo "== why it matters: three concurrent one-second counts"
echo "-- countasync (co_await aio::sleep):"
build/bin/aio-countasync
echo "-- blocking (std::this_thread::sleep_for in the coroutine):"
build/bin/aio-blocking
