// aio/task_handle.hpp -- aio::create_task and aio::TaskHandle<T>
// (asyncio.create_task and asyncio.Task).
//
// Shape:
//   TaskHandle<T> h = aio::create_task(some_coroutine());
//   h.cancel(); h.done(); h.cancelled();
//   T v = co_await std::move(h);     // or co_await h
// create_task schedules the task on the running loop now: it starts at the
// loop's next iteration even if nobody awaits the handle.
// Awaiting the handle waits for the task and returns its value (moved out:
// await a handle once) or rethrows its exception, which marks the exception
// retrieved. If the *awaiting* task is cancelled, the awaited task is
// cancelled too, as in asyncio.
// cancel() requests cancellation: aio::CancelledError is thrown inside the
// task at its current suspension point (or when it starts, if it has not
// started yet); RAII cleanup runs as the exception unwinds. The task may
// catch it. cancel() returns false if the task is already done.
// Dropping the handle detaches the task: it keeps running to completion and
// its result is discarded (asyncio keeps only a weak reference and may let
// an unreferenced task be garbage collected mid-flight; aio never does). An
// exception it ends with is reported in debug mode ("never retrieved").
// When aio::run's main task finishes, tasks still running are cancelled and
// given the chance to unwind, as in asyncio.run.
// Throws: create_task throws RuntimeError outside a running loop.
// Thread-safety: loop thread only.
#pragma once
#include "task.hpp"

#include <utility>

namespace aio {

template <class T = void>
class [[nodiscard]] TaskHandle {
public:
  using aio_awaitable_tag = void;
  using value_type = T;

  TaskHandle() noexcept = default;
  explicit TaskHandle(detail::TaskCore* core) noexcept : core_(core) {}
  TaskHandle(TaskHandle&& o) noexcept : core_(std::exchange(o.core_, nullptr)) {}
  TaskHandle& operator=(TaskHandle&& o) noexcept {
    if (this != &o) {
      reset();
      core_ = std::exchange(o.core_, nullptr);
    }
    return *this;
  }
  ~TaskHandle() { reset(); }

  bool valid() const noexcept { return core_ != nullptr; }
  bool done() const noexcept { return core_ && core_->done; }
  bool cancelled() const noexcept { return core_ && core_->done && core_->was_cancelled(); }
  bool cancel() noexcept { return core_ && core_->cancel(); }
  detail::TaskCore* core() const noexcept { return core_; }

  // The result of a finished task; rethrows its exception.
  T result() {
    core_->exception_retrieved = true;
    auto h = std::coroutine_handle<detail::Promise<T>>::from_address(core_->coro.address());
    return h.promise().take();
  }

  struct Awaiter : detail::WaitNode, detail::DoneWatcher {
    TaskHandle* self;
    explicit Awaiter(TaskHandle* s) : self(s) {}
    Awaiter(Awaiter&& o) noexcept : WaitNode(), DoneWatcher(), self(o.self) {}
    ~Awaiter() {
      if (DoneWatcher::core) DoneWatcher::core->remove_watcher(this);
    }
    using aio_awaitable_tag = void;
    bool await_ready() const noexcept { return self->done(); }
    template <class P>
    bool await_suspend(std::coroutine_handle<P> h) {
      if (!detail::begin_wait(this, h, h.promise(), &Awaiter::cancelled)) return false;
      on_done = &Awaiter::finished;
      self->core_->add_watcher(this);
      return true;
    }
    T await_resume() {
      if (!self->done()) detail::check_cancel(WaitNode::promise);
      return self->result();
    }
    static void finished(detail::DoneWatcher* w) {
      auto* a = static_cast<Awaiter*>(w);
      Loop::current()->wake(a);
    }
    static void cancelled(detail::WaitNode* n) {
      auto* a = static_cast<Awaiter*>(n);
      detail::TaskCore* target = a->self->core_;
      target->remove_watcher(a);
      target->cancel();
      Loop::current()->wake(a);
    }
  };
  Awaiter operator co_await() & noexcept { return Awaiter(this); }
  Awaiter operator co_await() && noexcept { return Awaiter(this); }

private:
  void reset() noexcept {
    if (core_) std::exchange(core_, nullptr)->release();
  }
  detail::TaskCore* core_ = nullptr;
};

namespace detail {
template <class T>
TaskCore* spawn(Task<T>&& task) {
  Loop* loop = Loop::current();
  if (!loop) throw RuntimeError("aio::create_task: no running event loop on this thread");
  auto h = task.release();
  return loop->spawn(h, &h.promise());
}
// Schedules a task nobody will await (the loop holds the only reference).
template <class T>
void spawn_detached(Task<T>&& task) {
  (void)spawn(std::move(task));
}
} // namespace detail

template <class T>
TaskHandle<T> create_task(Task<T> task) {
  detail::TaskCore* core = detail::spawn(std::move(task));
  core->add_ref();
  return TaskHandle<T>(core);
}

} // namespace aio
