// aio/wait_for.hpp -- aio::wait_for(awaitable, timeout) (asyncio.wait_for).
//
// Shape:
//   T v = co_await aio::wait_for(some_task(), 500ms);
//   co_await aio::wait_for(event.wait(), 2s);   // any aio awaitable
// The awaitable runs as its own task. If it finishes within `timeout` (any
// std::chrono duration), wait_for returns its value or rethrows its
// exception. Otherwise wait_for cancels it -- CancelledError arrives at its
// current suspension point and its RAII cleanup runs -- waits until it has
// finished unwinding, and throws aio::TimeoutError. As in asyncio >= 3.12,
// if the task completes anyway (it caught the CancelledError and returned),
// its result is returned instead.
// If the task calling wait_for is itself cancelled, the inner task is
// cancelled too and CancelledError propagates at once.
// Throws: TimeoutError; whatever the awaitable throws; CancelledError.
// Thread-safety: loop thread only.
#pragma once
#include "gather.hpp"

#include <chrono>
#include <type_traits>

namespace aio {

namespace detail {

class DoneOrTimeout : public WaitNode, public TimerNode, public DoneWatcher {
public:
  DoneOrTimeout(TaskCore* core, Duration timeout) : core_(core), timeout_(timeout) {}
  DoneOrTimeout(DoneOrTimeout&& o) noexcept
      : WaitNode(), TimerNode(), DoneWatcher(), core_(o.core_), timeout_(o.timeout_) {}
  ~DoneOrTimeout() {
    if (armed()) loop_->remove_timer(this);
    if (DoneWatcher::core) DoneWatcher::core->remove_watcher(this);
  }
  using aio_awaitable_tag = void;

  bool await_ready() const noexcept { return core_->done; }
  template <class P>
  bool await_suspend(std::coroutine_handle<P> h) {
    loop_ = Loop::current();
    if (!begin_wait(this, h, h.promise(), &DoneOrTimeout::cancelled)) return false;
    on_done = &DoneOrTimeout::finished;
    core_->add_watcher(this);
    fire = &DoneOrTimeout::expired;
    when = loop_->now() + timeout_;
    loop_->add_timer(this);
    return true;
  }
  // Returns true when the timeout fired and the task ended cancelled.
  bool await_resume() {
    if (!core_->done) check_cancel(WaitNode::promise);
    return timed_out_ && core_->was_cancelled();
  }

private:
  static void finished(DoneWatcher* w) {
    auto* self = static_cast<DoneOrTimeout*>(w);
    if (self->armed()) self->loop_->remove_timer(self);
    self->loop_->wake(self);
  }
  static void expired(TimerNode* t) {
    auto* self = static_cast<DoneOrTimeout*>(t);
    self->timed_out_ = true;
    self->core_->cancel(); // `finished` wakes us once it has unwound
  }
  static void cancelled(WaitNode* n) {
    auto* self = static_cast<DoneOrTimeout*>(n);
    if (self->armed()) self->loop_->remove_timer(self);
    self->core_->remove_watcher(self);
    self->core_->cancel();
    self->loop_->wake(self);
  }
  TaskCore* core_;
  Duration timeout_;
  Loop* loop_ = nullptr;
  bool timed_out_ = false;
};

template <class A>
auto await_value(A&& a) {
  if constexpr (requires { std::forward<A>(a).operator co_await(); })
    return std::forward<A>(a).operator co_await();
  else
    return std::forward<A>(a);
}
template <class A>
using await_result_t = decltype(await_value(std::declval<A>()).await_resume());

template <class A>
Task<await_result_t<A>> as_task(A a) {
  co_return co_await std::move(a);
}

} // namespace detail

template <class T, class Rep, class Period>
Task<T> wait_for(Task<T> task, std::chrono::duration<Rep, Period> timeout) {
  detail::CoreRefs refs;
  refs.cores.push_back(detail::spawn_ref(std::move(task)));
  bool timed_out = co_await detail::DoneOrTimeout(
      refs.cores[0], std::chrono::duration_cast<Duration>(timeout));
  if (timed_out) throw TimeoutError();
  refs.cores[0]->exception_retrieved = true;
  auto h = std::coroutine_handle<detail::Promise<T>>::from_address(refs.cores[0]->coro.address());
  co_return h.promise().take();
}

template <class A, class Rep, class Period>
  requires(Awaitable<A> && !detail::is_task<std::remove_cvref_t<A>>::value)
Task<detail::await_result_t<A>> wait_for(A&& awaitable, std::chrono::duration<Rep, Period> timeout) {
  return wait_for(detail::as_task(std::forward<A>(awaitable)), timeout);
}

} // namespace aio
