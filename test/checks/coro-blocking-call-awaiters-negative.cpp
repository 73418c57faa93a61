// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -isystem %S/Inputs/awaiters-system
// Awaiters that must stay silent: non-blocking ones, library awaiters
// (system headers, TrustedNamespaces), a synchronous generator's co_yield,
// and awaiters whose blocking code runs elsewhere.
#include "coro-task.h"
#include "sleepy-awaiter.h"
#include <thread>
#include <unistd.h>

// Awaiters that do not block: they only hand the handle on.
struct Ready {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  int await_resume() const noexcept { return 1; }
};
struct Schedule {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) const { h.resume(); }
  void await_resume() const noexcept {}
};
struct Deferred {
  Ready operator co_await() const { return {}; }
};

// The blocking code runs on another thread, not in await_suspend.
struct OnThread {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) const {
    std::thread([h] { ::sleep(1); h.resume(); }).detach();
  }
  void await_resume() const noexcept {}
};

// A trusted library's awaiter that sleeps is the library's bug, not the
// user's: asio is in the default TrustedNamespaces.
namespace asio {
struct steady_wait {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const { ::usleep(1); }
  void await_resume() const noexcept {}
};
} // namespace asio

test::Task silent() {
  int v = co_await Ready{};
  co_await Schedule{};
  co_await Deferred{};
  co_await OnThread{};
  co_await asio::steady_wait{};
  co_await vendor::SleepyAwaiter{};
  co_await std::suspend_always{};
  co_await test::yield_now();
  (void)v;
}

// A synchronous generator's co_yield runs when its caller iterates it: not
// on an event loop, so a blocking yield_value is not reported here.
struct Lines {
  struct promise_type {
    Lines get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(int) { ::sleep(1); return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
Lines lines() {
  co_yield 1;
  co_yield 2;
}
