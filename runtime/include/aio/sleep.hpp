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

class SleepAwaiter : public WaitNode, public TimerNode {
public:
  explicit SleepAwaiter(Duration d) noexcept : delay_(d) {}
  SleepAwaiter(const SleepAwaiter& o) noexcept : WaitNode(), TimerNode(), delay_(o.delay_) {}
  SleepAwaiter& operator=(const SleepAwaiter&) = delete;
  ~SleepAwaiter() {
    if (armed()) loop_->remove_timer(this);
  }
  using aio_awaitable_tag = void;

  bool await_ready() const noexcept { return false; }
  template <class P>
  bool await_suspend(std::coroutine_handle<P> h) {
    loop_ = Loop::current();
    if (delay_ <= Duration::zero()) {
      // No registration: a cancel only sets the flag, seen at resume.
      promise = &static_cast<PromiseBase&>(h.promise());
      if (cancel_pending(promise)) return false;
      loop_->schedule(h, promise);
      return true;
    }
    if (!begin_wait(this, h, h.promise(), &SleepAwaiter::cancelled)) return false;
    when = loop_->now() + delay_;
    fire = &SleepAwaiter::fired;
    loop_->add_timer(this);
    return true;
  }
  void await_resume() { check_cancel(promise); }

private:
  static void fired(TimerNode* t) {
    auto* self = static_cast<SleepAwaiter*>(t);
    self->loop_->wake(self);
  }
  static void cancelled(WaitNode* n) {
    auto* self = static_cast<SleepAwaiter*>(n);
    self->loop_->remove_timer(self);
    self->loop_->wake(self);
  }
  Duration delay_;
  Loop* loop_ = nullptr;
};

} // namespace detail

template <class Rep, class Period>
[[nodiscard]] detail::SleepAwaiter sleep(std::chrono::duration<Rep, Period> d) noexcept {
  return detail::SleepAwaiter(std::chrono::duration_cast<Duration>(d));
}

} // namespace aio
