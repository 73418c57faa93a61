// aio/nonblocking.hpp -- the blocking sanitizer for other runtimes: run any
// callable in RealtimeSanitizer's real-time context.
//
// What it is for: aio's loop runs each coroutine step in RTSan's real-time
// context by itself (blocking_sanitizer.hpp). Code on another runtime (asio,
// libcoro, an executor of your own) gets the same reports, with the same
// defaults (aio's suppressions, halt_on_error=false, the exit summary), from
// this header alone; it does not include aio's loop.
// Shape:
//   aio::run_nonblocking(f, args...)
//       calls f(args...) in a real-time context and returns its result; an
//       exception f throws is rethrown, outside the context.
// asio's executors: nonblocking_asio.hpp (aio::nonblocking(ex)).
// Any other executor, in five lines: wherever it resumes a coroutine (or
// runs a task), resume it through run_nonblocking:
//     void run_ready(std::deque<std::coroutine_handle<>>& ready) {
//       while (!ready.empty()) {
//         auto h = ready.front(); ready.pop_front();
//         aio::run_nonblocking([h] { h.resume(); });   // one step, watched
//       }
//     }
// Without -fsanitize=realtime, run_nonblocking is std::invoke.
// Throws: whatever f throws.
// Thread-safety: any thread; the real-time context is the calling thread's.
#pragma once
#include "blocking_sanitizer.hpp"

#include <exception>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

#if AIO_BLOCKING_SANITIZER
// Tells blocking_sanitizer.hpp's defaults to add the rows for other
// runtimes' internals (blocking_sanitizer.def, category runtime).
extern "C" [[gnu::used]] inline int aio_blocking_sanitizer_executor_rows() { return 1; }
#endif

namespace aio {

template <class F, class... Args>
std::invoke_result_t<F, Args...> run_nonblocking(F&& f, Args&&... args) {
#if AIO_BLOCKING_SANITIZER
  using R = std::invoke_result_t<F, Args...>;
  if constexpr (std::is_void_v<R>) {
    auto call = [&] { std::invoke(std::forward<F>(f), std::forward<Args>(args)...); };
    if (std::exception_ptr e = detail::call_in_realtime_context(call)) std::rethrow_exception(e);
  } else if constexpr (std::is_reference_v<R>) {
    std::remove_reference_t<R>* out = nullptr;
    auto call = [&] { out = &std::invoke(std::forward<F>(f), std::forward<Args>(args)...); };
    if (std::exception_ptr e = detail::call_in_realtime_context(call)) std::rethrow_exception(e);
    return static_cast<R>(*out);
  } else {
    std::optional<R> out;
    auto call = [&] { out.emplace(std::invoke(std::forward<F>(f), std::forward<Args>(args)...)); };
    if (std::exception_ptr e = detail::call_in_realtime_context(call)) std::rethrow_exception(e);
    return std::move(*out);
  }
#else
  return std::invoke(std::forward<F>(f), std::forward<Args>(args)...);
#endif
}

} // namespace aio
