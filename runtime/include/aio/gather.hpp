// aio/gather.hpp -- aio::gather (asyncio.gather).
//
// Shape:
//   auto [a, b] = co_await aio::gather(task_a(), task_b());   // tuple
//   std::vector<int> v = co_await aio::gather(std::move(tasks)); // vector
//   co_await aio::gather(std::move(void_tasks));               // void
//   co_await aio::gather(std::move(handles));  // vector<TaskHandle<T>>
// Every task is scheduled at once (as with create_task), in argument order,
// and runs concurrently; results come back in argument order. A Task<void>
// contributes std::monostate to the tuple.
//
// Exception policy -- a deliberate departure from asyncio.gather: when a
// task fails, gather cancels the tasks still running, waits until they
// have all finished (their RAII cleanup included) and then rethrows the
// *first* exception, the first in time. asyncio.gather also propagates the
// first exception but leaves the others running, unsupervised; aio follows
// asyncio.TaskGroup and trio's nurseries instead, so that no task outlives
// the gather that started it. The siblings' exceptions (usually their
// CancelledError) count as retrieved.
// If the task awaiting gather is cancelled, every child is cancelled (as in
// asyncio) and gather throws CancelledError at once; the children unwind on
// their own.
// Throws: the first child exception; CancelledError. Thread-safety: loop
// thread only. Cost: one allocation per child (its task record) plus one
// per gather.
#pragma once
#include "task_handle.hpp"

#include <array>
#include <cstddef>
#include <tuple>
#include <variant>
#include <vector>

namespace aio {

namespace detail {

template <class T>
using gather_value_t = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

template <class T>
gather_value_t<T> take_result(TaskCore* core) {
  core->exception_retrieved = true;
  auto h = std::coroutine_handle<Promise<T>>::from_address(core->coro.address());
  if constexpr (std::is_void_v<T>) {
    h.promise().take();
    return {};
  } else {
    return h.promise().take();
  }
}

// Holds one reference on each core; drops them when gather's frame goes.
struct CoreRefs {
  std::vector<TaskCore*> cores;
  CoreRefs() = default;
  CoreRefs(const CoreRefs&) = delete;
  ~CoreRefs() {
    for (auto* c : cores) c->release();
  }
};

// Waits until every core is done; on the first failure cancels the rest.
class AllDone : public WaitNode, public DoneGroup {
public:
  explicit AllDone(std::vector<TaskCore*>& cores) : cores_(cores) {}
  // Awaiters are moved only before they suspend (GCC moves co_await operands).
  AllDone(AllDone&& o) noexcept : WaitNode(), DoneGroup(), cores_(o.cores_) {}
  ~AllDone() { unwatch(); }
  using aio_awaitable_tag = void;

  bool await_ready() const noexcept {
    for (auto* c : cores_)
      if (!c->done) return false;
    return true;
  }
  template <class P>
  bool await_suspend(std::coroutine_handle<P> h) {
    if (!begin_wait(this, h, h.promise(), &AllDone::cancelled)) return false;
    child_done = &AllDone::on_child_done;
    for (TaskCore* c : cores_) {
      if (c->done) {
        if (c->failed() && !first_error_) first_error_ = c;
        continue;
      }
      c->group = this;
      ++remaining_;
    }
    if (first_error_) cancel_rest();
    return true;
  }
  void await_resume() {
    if (remaining_ > 0) check_cancel(WaitNode::promise); // woken by our own cancel
    for (auto* c : cores_)
      if (c->done) c->exception_retrieved = true;
    if (!first_error_)
      for (auto* c : cores_)
        if (c->done && c->failed()) {
          first_error_ = c;
          break;
        }
    if (first_error_) std::rethrow_exception(first_error_->promise()->exception);
  }

private:
  static void on_child_done(DoneGroup* g, TaskCore* c) {
    auto* self = static_cast<AllDone*>(g);
    if (c->failed() && !self->first_error_) {
      self->first_error_ = c;
      self->cancel_rest();
    }
    if (--self->remaining_ == 0) Loop::current()->wake(self);
  }
  static void cancelled(WaitNode* n) {
    auto* self = static_cast<AllDone*>(n);
    self->unwatch();
    for (auto* c : self->cores_) c->cancel();
    Loop::current()->wake(self);
  }
  void unwatch() {
    for (auto* c : cores_)
      if (c->group == this) c->group = nullptr;
  }
  void cancel_rest() {
    for (auto* c : cores_)
      if (!c->done) c->cancel();
  }
  std::vector<TaskCore*>& cores_;
  std::size_t remaining_ = 0;
  TaskCore* first_error_ = nullptr;
};

template <class T>
TaskCore* spawn_ref(Task<T>&& t) {
  TaskCore* c = spawn(std::move(t));
  c->add_ref();
  return c;
}

template <class... Ts, std::size_t... I>
Task<std::tuple<gather_value_t<Ts>...>> gather_tuple(std::index_sequence<I...>, Task<Ts>... tasks) {
  CoreRefs refs;
  refs.cores.reserve(sizeof...(Ts));
  (refs.cores.push_back(spawn_ref(std::move(tasks))), ...);
  co_await AllDone(refs.cores);
  co_return std::tuple<gather_value_t<Ts>...>(take_result<Ts>(refs.cores[I])...);
}

} // namespace detail

template <class... Ts>
Task<std::tuple<detail::gather_value_t<Ts>...>> gather(Task<Ts>... tasks) {
  return detail::gather_tuple<Ts...>(std::index_sequence_for<Ts...>{}, std::move(tasks)...);
}

template <class T>
  requires(!std::is_void_v<T>)
Task<std::vector<T>> gather(std::vector<Task<T>> tasks) {
  detail::CoreRefs refs;
  refs.cores.reserve(tasks.size());
  for (auto& t : tasks) refs.cores.push_back(detail::spawn_ref(std::move(t)));
  std::vector<Task<T>>().swap(tasks); // its storage is not needed any more
  co_await detail::AllDone(refs.cores);
  std::vector<T> out;
  out.reserve(refs.cores.size());
  for (auto* c : refs.cores) out.push_back(detail::take_result<T>(c));
  co_return out;
}

inline Task<void> gather(std::vector<Task<void>> tasks) {
  detail::CoreRefs refs;
  refs.cores.reserve(tasks.size());
  for (auto& t : tasks) refs.cores.push_back(detail::spawn_ref(std::move(t)));
  std::vector<Task<void>>().swap(tasks);
  co_await detail::AllDone(refs.cores);
  for (auto* c : refs.cores) detail::take_result<void>(c);
}

// Gathers tasks already scheduled with create_task; cancelling the gather
// cancels them too (as asyncio does).
template <class T>
Task<std::vector<detail::gather_value_t<T>>> gather(std::vector<TaskHandle<T>> handles) {
  detail::CoreRefs refs;
  refs.cores.reserve(handles.size());
  for (auto& h : handles) {
    h.core()->add_ref();
    refs.cores.push_back(h.core());
  }
  std::vector<TaskHandle<T>>().swap(handles);
  co_await detail::AllDone(refs.cores);
  std::vector<detail::gather_value_t<T>> out;
  out.reserve(refs.cores.size());
  for (auto* c : refs.cores) out.push_back(detail::take_result<T>(c));
  co_return out;
}

} // namespace aio
