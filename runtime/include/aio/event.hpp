// aio/event.hpp -- aio::Event (asyncio.Event).
//
// What it is for: one task waits until another says "go". The async
// replacement for a std::condition_variable plus flag, which would block
// the loop thread.
// Shape: set(), clear(), is_set(), co_await ev.wait().
// set() wakes every waiting task (in FIFO order) and keeps the flag set
// until clear(); wait() on a set event does not suspend.
// Throws: wait() throws CancelledError if the waiting task is cancelled.
// Thread-safety: loop thread only (like asyncio.Event, it is not a
// cross-thread primitive; a worker thread reports back by returning from
// aio::to_thread).
#pragma once
#include "task.hpp"

namespace aio {

class Event {
public:
  Event() = default;
  Event(const Event&) = delete;
  Event& operator=(const Event&) = delete;

  bool is_set() const noexcept { return set_; }
  void set() {
    if (set_) return;
    set_ = true;
    while (detail::ListNode* n = waiters_.pop_front()) Loop::current()->wake(n);
  }
  void clear() noexcept { set_ = false; }

  class Waiter : public detail::ListNode {
  public:
    explicit Waiter(Event* ev) noexcept : ev_(ev) {}
    Waiter(const Waiter& o) noexcept : ListNode(), ev_(o.ev_) {}
    ~Waiter() { ev_->waiters_.remove(this); }
    using aio_awaitable_tag = void;
    bool await_ready() const noexcept { return ev_->set_; }
    template <class P>
    bool await_suspend(std::coroutine_handle<P> h) {
      if (!detail::begin_wait(this, h, h.promise(), &Waiter::cancelled)) return false;
      ev_->waiters_.push_back(this);
      return true;
    }
    void await_resume() { detail::check_cancel(promise); }

  private:
    static void cancelled(detail::WaitNode* n) {
      auto* self = static_cast<Waiter*>(n);
      self->ev_->waiters_.remove(self);
      Loop::current()->wake(self);
    }
    Event* ev_;
  };
  [[nodiscard]] Waiter wait() noexcept { return Waiter(this); }

private:
  bool set_ = false;
  detail::WaitList waiters_;
};

} // namespace aio
