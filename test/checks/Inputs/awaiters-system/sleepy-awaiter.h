// A library awaiter that sleeps in await_suspend, included with -isystem by
// coro-blocking-call-awaiters-negative.cpp: library code is not followed.
#ifndef COROLINT_TEST_SLEEPY_AWAITER_H
#define COROLINT_TEST_SLEEPY_AWAITER_H
#include <coroutine>
#include <unistd.h>
namespace vendor {
struct SleepyAwaiter {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const { ::usleep(10); }
  void await_resume() const noexcept {}
};
} // namespace vendor
#endif
