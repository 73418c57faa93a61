// aio/task.hpp -- aio::Task<T>, the coroutine type (asyncio: a coroutine).
//
// What it is for: every asynchronous function returns aio::Task<T>:
//     aio::Task<int> answer() { co_await aio::sleep(1s); co_return 42; }
// Shape and behaviour:
//   * lazy: calling answer() runs nothing; the body starts when the task is
//     awaited (co_await answer()), scheduled (aio::create_task) or run
//     (aio::run). Like a Python coroutine object, not like an asyncio.Task.
//   * move-only and [[nodiscard]]: dropping one unawaited is a bug, which
//     the compiler and, at run time, debug mode ("was never awaited") report.
//   * co_await task returns the co_returned value, or rethrows the exception
//     that escaped the body (exceptions propagate to the awaiter).
//   * symmetric transfer: awaiting a task and finishing one are tail calls
//     (await_suspend returns the next coroutine's handle), so a chain of a
//     million nested co_awaits runs in constant stack. Compilers only
//     guarantee this tail call with optimisation on (-O1 and up); clang also
//     does it at -O0.
//
// Await only awaitables the loop can resume. Inside an aio::Task, co_await
// accepts aio's own awaitables (Task, TaskHandle, sleep, Queue::get, ...)
// and any type that models aio::Awaitable: it declares
//     using aio_awaitable_tag = void;
// and thereby promises that it is a C++ awaitable whose await_suspend
// arranges for the coroutine to be resumed *on the loop's thread*, through
// aio::call_soon (loop.hpp) or by returning it from await_suspend. A foreign
// awaitable such as std::suspend_always would park the task where the loop
// never looks, hanging it forever; awaiting one fails to compile with a
// static_assert saying so. Cancellation of a task suspended in a custom
// awaitable is delivered at the task's next aio suspension point.
//
// Thread-safety: a Task belongs to the thread of the loop that runs it.
// Throws: whatever the body throws, at the co_await; CancelledError when the
// enclosing task is cancelled before the body starts.
#pragma once
#include "loop.hpp"

#include <concepts>
#include <coroutine>
#include <exception>
#include <optional>
#include <source_location>
#include <type_traits>
#include <utility>

namespace aio {

// The opt-in concept for custom awaitables; see the header comment.
template <class A>
concept Awaitable = requires { typename std::remove_cvref_t<A>::aio_awaitable_tag; };

template <class T = void>
class Task;

namespace detail {

template <class T>
struct Promise;

struct PromiseCommon : PromiseBase {
  explicit PromiseCommon(std::source_location loc) { where = loc; }

  struct InitialAwaiter {
    PromiseCommon* self;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    void await_resume() const {
      self->started = true;
      check_cancel(self);
    }
  };
  InitialAwaiter initial_suspend() noexcept { return {this}; }

  struct FinalAwaiter {
    bool await_ready() const noexcept { return false; }
    template <class P>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) const noexcept {
      PromiseBase& p = h.promise();
      if (p.parent) {
        note_switch(p.parent);
        return p.parent->coro;
      }
      if (p.root == &p) p.root->finish();
      return std::noop_coroutine();
    }
    void await_resume() const noexcept {}
  };
  FinalAwaiter final_suspend() noexcept { return {}; }

  void unhandled_exception() noexcept { exception = std::current_exception(); }

  template <class A>
  A&& await_transform(A&& a) noexcept {
    static_assert(Awaitable<A>,
                  "aio::Task can only co_await aio awaitables (aio::Task, aio::TaskHandle, "
                  "aio::sleep, aio::gather, Queue/Event/Lock/Semaphore operations, "
                  "aio::to_thread ...) or types modelling aio::Awaitable: this awaitable "
                  "would suspend the coroutine where the aio event loop can never resume "
                  "it, so the task would hang forever. Use co_await aio::sleep(0s) to "
                  "yield, aio::Event to wait for a signal, aio::to_thread for blocking "
                  "code, or declare `using aio_awaitable_tag = void;` in an awaitable "
                  "that resumes through aio::call_soon.");
    return std::forward<A>(a);
  }
};

template <class T>
struct Promise : PromiseCommon {
  Promise(std::source_location loc = std::source_location::current()) : PromiseCommon(loc) {}
  Task<T> get_return_object() noexcept;
  template <class U = T>
    requires std::convertible_to<U&&, T>
  void return_value(U&& v) {
    value.emplace(std::forward<U>(v));
  }
  T take() {
    if (exception) std::rethrow_exception(exception);
    return std::move(*value);
  }
  std::optional<T> value;
};

template <>
struct Promise<void> : PromiseCommon {
  Promise(std::source_location loc = std::source_location::current()) : PromiseCommon(loc) {}
  Task<void> get_return_object() noexcept;
  void return_void() noexcept {}
  void take() {
    if (exception) std::rethrow_exception(exception);
  }
};

} // namespace detail

template <class T>
class [[nodiscard]] Task {
public:
  using promise_type = detail::Promise<T>;
  using handle_type = std::coroutine_handle<promise_type>;
  using value_type = T;
  using aio_awaitable_tag = void;

  Task() noexcept = default;
  explicit Task(handle_type h) noexcept : h_(h) {}
  Task(Task&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  Task& operator=(Task&& o) noexcept {
    if (this != &o) {
      destroy();
      h_ = std::exchange(o.h_, {});
    }
    return *this;
  }
  Task(const Task&) = delete;
  Task& operator=(const Task&) = delete;
  ~Task() { destroy(); }

  bool valid() const noexcept { return static_cast<bool>(h_); }

  // Gives up ownership of the frame (used by create_task, gather, run).
  handle_type release() noexcept { return std::exchange(h_, {}); }

  struct Awaiter {
    handle_type h;
    bool await_ready() const noexcept { return !h || h.done(); }
    template <class P>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<P> parent) noexcept {
      auto& child = h.promise();
      detail::PromiseBase& p = parent.promise();
      p.coro = parent; // how the child resumes us when it finishes
      child.parent = &p;
      child.root = p.root;
      child.started = true;
      detail::note_switch(&child);
      return h;
    }
    T await_resume() { return h.promise().take(); }
    using aio_awaitable_tag = void;
  };
  Awaiter operator co_await() & noexcept { return Awaiter{h_}; }
  Awaiter operator co_await() && noexcept { return Awaiter{h_}; }

private:
  void destroy() noexcept {
    if (!h_) return;
    auto& p = h_.promise();
    if (!p.started && detail::debug_enabled())
      detail::debug_print("coroutine " + detail::coro_desc(p.where) + " was never awaited");
    h_.destroy();
    h_ = {};
  }
  handle_type h_{};
};

namespace detail {
template <class T>
Task<T> Promise<T>::get_return_object() noexcept {
  return Task<T>{std::coroutine_handle<Promise<T>>::from_promise(*this)};
}
inline Task<void> Promise<void>::get_return_object() noexcept {
  return Task<void>{std::coroutine_handle<Promise<void>>::from_promise(*this)};
}

template <class T>
struct is_task : std::false_type {};
template <class T>
struct is_task<Task<T>> : std::true_type {};
} // namespace detail

} // namespace aio
