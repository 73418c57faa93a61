// aio/nonblocking_asio.hpp -- the blocking sanitizer for asio: an executor
// whose every function object, hence every resumption of an
// asio::awaitable coroutine spawned on it, runs in RealtimeSanitizer's
// real-time context.
//
// Shape:
//   aio::nonblocking(ex) -> aio::NonblockingExecutor<Ex>
//       asio::co_spawn(aio::nonblocking(io.get_executor()), session(), asio::detached);
// Ex is any asio standard executor (io_context::executor_type,
// any_io_executor, a strand...). The wrapper has the shape of asio::strand:
// execute() runs the function object through aio::run_nonblocking
// (nonblocking.hpp) on the wrapped executor; query, require and prefer are
// forwarded to it, and the executors require/prefer return are wrapped
// again, so that the real-time contexts survive asio's own conversions
// (any_io_executor, blocking.never, outstanding_work.tracked). A completion
// handler of an async_* operation started in the coroutine runs on the
// coroutine's executor, so each resumption is a step. Reports, defaults and
// the exit summary are those of blocking_sanitizer.hpp; aio's suppressions
// add asio's own reactor calls made inside a step (the speculative
// non-blocking read of an async_read, epoll registration, the timer queue's
// timerfd), category `runtime`: they match on the call stack, so reports
// from an asio program need llvm-symbolizer (found as for any report).
// Without -fsanitize=realtime, nonblocking(ex) returns ex itself: the
// program is the one it would be without the call.
// Tested with Debian 12's standalone asio 1.22 (libasio-dev). With clang,
// asio 1.22 needs -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE for
// asio::awaitable (it looks for the Coroutines TS macro clang no longer sets).
// Throws: what the wrapped executor throws. Thread-safety: as the wrapped
// executor's.
#pragma once
#include "nonblocking.hpp"

#include <asio/execution.hpp>
#include <asio/prefer.hpp>
#include <asio/query.hpp>
#include <asio/require.hpp>
#include <asio/version.hpp>

#include <type_traits>
#include <utility>

namespace aio {

template <class Executor>
class NonblockingExecutor {
public:
  using inner_executor_type = Executor;

  explicit NonblockingExecutor(Executor ex) noexcept : ex_(std::move(ex)) {}

  const Executor& get_inner_executor() const noexcept { return ex_; }

  template <class Property>
    requires asio::can_query<const Executor&, Property>::value
  decltype(auto) query(const Property& p) const
      noexcept(asio::is_nothrow_query<const Executor&, Property>::value) {
    return asio::query(ex_, p);
  }
  template <class Property>
    requires asio::can_require<const Executor&, Property>::value
  auto require(const Property& p) const {
    using Inner = std::decay_t<typename asio::require_result<const Executor&, Property>::type>;
    return NonblockingExecutor<Inner>(asio::require(ex_, p));
  }
  template <class Property>
    requires asio::can_prefer<const Executor&, Property>::value
  auto prefer(const Property& p) const {
    using Inner = std::decay_t<typename asio::prefer_result<const Executor&, Property>::type>;
    return NonblockingExecutor<Inner>(asio::prefer(ex_, p));
  }

  template <class F>
  void execute(F&& f) const {
    submit(Step<std::decay_t<F>>{std::forward<F>(f)});
  }

  friend bool operator==(const NonblockingExecutor& a, const NonblockingExecutor& b) noexcept {
    return a.ex_ == b.ex_;
  }
  friend bool operator!=(const NonblockingExecutor& a, const NonblockingExecutor& b) noexcept {
    return !(a.ex_ == b.ex_);
  }

private:
  // The function object as the wrapped executor will run it. (A struct, not
  // a lambda: it is move-only exactly when F is.)
  template <class F>
  struct Step {
    F f;
    void operator()() { run_nonblocking(std::move(f)); }
  };
  template <class F>
  void submit(F&& f) const {
#if ASIO_VERSION >= 102800
    ex_.execute(std::forward<F>(f)); // the member became the interface in 1.28
#else
    asio::execution::execute(ex_, std::forward<F>(f));
#endif
  }

  Executor ex_;
};

template <class Executor>
auto nonblocking(Executor&& ex) {
#if AIO_BLOCKING_SANITIZER
  return NonblockingExecutor<std::decay_t<Executor>>(std::forward<Executor>(ex));
#else
  return std::decay_t<Executor>(std::forward<Executor>(ex));
#endif
}

} // namespace aio
