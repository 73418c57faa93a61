// Minimal coroutine types for the check tests: an async task (no yield_value),
// a synchronous generator (yield_value, no co_await) and an async generator.
#ifndef COROLINT_TEST_CORO_TASK_H
#define COROLINT_TEST_CORO_TASK_H
#include <coroutine>

namespace test {
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};

template <typename T> struct Generator {
  struct promise_type {
    Generator get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T) noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

// An async generator: it yields and it awaits.
template <typename T> struct AsyncGenerator {
  struct promise_type {
    AsyncGenerator get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T) noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

// Stand-in for an offload to a worker thread (aio::to_thread).
template <typename F> Task to_thread(F) { return {}; }
inline Task yield_now() { return {}; }
} // namespace test
#endif
