// aio/sleep.hpp -- aio::sleep(duration) (asyncio.sleep).
//
// Shape: co_await aio::sleep(d) suspends the calling task for d, any
// std::chrono duration (5ms, 1.5s via std::chrono::duration<double>, 2h...).
// sleep(0s) (or a negative duration) does not arm a timer: the task goes to
// the back of the ready queue, so every other ready task runs once first --
// asyncio's `await asyncio.sleep(0)` idiom for yielding.
// The returned awaiter is a plain object (no allocation, no coroutine
// frame); its timer node lives in the suspended frame.
// Throws: CancelledError if the task is cancelled while sleeping (the timer
// is disarmed at once). Thread-safety: loop thread only.
#pragma once
#include "task.hpp"

#include <chrono>

namespace aio {

namespace detail {

// 56 bytes: the wait node and the timer node; the delay waits in `when`
// until the task suspends. Everything else comes from the running loop.
class SleepAwaiter : public WaitNode, public TimerNode {
public:
  explicit SleepAwaiter(Duration d) noexcept { when = TimePoint(d); }
  SleepAwaiter(const SleepAwaiter& o) noexcept : WaitNode(), TimerNode() { when = o.when; }
  SleepAwaiter& operator=(const SleepAwaiter&) = delete;
  ~SleepAwaiter() {
    if (armed()) Loop::current()->remove_timer(this);
  }
  using aio_awaitable_tag = void;

  bool await_ready() const noexcept { return false; }
  template <class P>
  bool await_suspend(std::coroutine_handle<P> h) {
    Loop* loop = Loop::current();
    Duration delay = when.time_since_epoch();
    if (delay <= Duration::zero()) {
      // No registration: a cancel only sets the flag, seen at resume.
      promise = &static_cast<PromiseBase&>(h.promise());
      if (cancel_pending(promise)) return false;
      loop->schedule(h, promise);
      return true;
    }
    if (!begin_wait(this, h, h.promise(), &SleepAwaiter::cancelled)) return false;
    when = loop->now() + delay;
    fire = &SleepAwaiter::fired;
    loop->add_timer(this);
    return true;
  }
  void await_resume() { check_cancel(promise); }

private:
  static void fired(TimerNode* t) { Loop::current()->wake(static_cast<SleepAwaiter*>(t)); }
  static void cancelled(WaitNode* n) {
    auto* self = static_cast<SleepAwaiter*>(n);
    Loop::current()->remove_timer(self);
    Loop::current()->wake(self);
  }
};

} // namespace detail

template <class Rep, class Period>
[[nodiscard]] detail::SleepAwaiter sleep(std::chrono::duration<Rep, Period> d) noexcept {
  return detail::SleepAwaiter(std::chrono::duration_cast<Duration>(d));
}

} // namespace aio
