// aio::run called while a loop already runs on the thread (here: from
// inside a coroutine) throws aio::RuntimeError, like asyncio.run.
// RUN: %clangxx %aio_cxx_flags %s -o %t.clang
// RUN: %gxx %aio_cxx_flags %s -o %t.gcc
// RUN: not %t.clang 2>&1 | FileCheck %s --match-full-lines --implicit-check-not={{.}}
// RUN: not %t.gcc 2>&1 | FileCheck %s --match-full-lines --implicit-check-not={{.}}
#include <aio/aio.hpp>

#include <cstdio>

aio::Task<int> inner() { co_return 1; }

aio::Task<int> outer() {
  co_return aio::run(inner()); // NOLINT(coro-sync-wait-in-coroutine): the misuse under test
}

int main() {
  try {
    aio::run(outer());
  } catch (const aio::RuntimeError& e) {
    std::fprintf(stderr, "aio::RuntimeError: %s\n", e.what());
    return 1;
  }
  return 0;
}
// CHECK: aio::RuntimeError: aio::run() cannot be called from a running event loop; co_await the task instead (asyncio: asyncio.run() cannot be called from a running event loop)
