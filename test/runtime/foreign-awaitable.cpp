// Awaiting a foreign awaitable (std::suspend_always) inside an aio::Task
// would hang the task forever; it must not compile, and the static_assert
// must say why and what to use instead.
// RUN: not %clangxx %aio_cxx_flags -fsyntax-only %s 2>&1 | FileCheck %s
// RUN: not %gxx %aio_cxx_flags -fsyntax-only %s 2>&1 | FileCheck %s
// RUN: %clangxx %aio_cxx_flags -fsyntax-only -DCUSTOM_AWAITABLE %s
// RUN: %gxx %aio_cxx_flags -fsyntax-only -DCUSTOM_AWAITABLE %s
#include <aio/aio.hpp>

#include <coroutine>

#ifndef CUSTOM_AWAITABLE
aio::Task<void> hangs() {
  co_await std::suspend_always{};
}
// CHECK: error: static assertion failed{{.*}}aio::Task can only co_await aio awaitables
// CHECK-SAME: or types modelling aio::Awaitable: this awaitable would suspend the coroutine where the aio event loop can never resume it, so the task would hang forever.
// CHECK-SAME: Use co_await aio::sleep(0s) to yield, aio::Event to wait for a signal, aio::to_thread for blocking code
#else
// A custom awaitable that opts in: it resumes through aio::call_soon.
struct Yield {
  using aio_awaitable_tag = void;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) const { aio::call_soon(h); }
  void await_resume() const noexcept {}
};
static_assert(aio::Awaitable<Yield>);
static_assert(!aio::Awaitable<std::suspend_always>);
aio::Task<void> fine() { co_await Yield{}; }
#endif
