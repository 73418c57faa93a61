// aio/debug.hpp -- debug mode (asyncio's debug mode): what it reports and
// the helpers that word the reports.
//
// Turned on by AIO_DEBUG=1 in the environment or RunOptions::debug (which
// wins). It prints to stderr, one line per event, prefixed "aio debug: ":
//   * slow step: one resume of a task, up to its next suspension, held the
//     loop longer than RunOptions::slow_step (100 ms by default, asyncio's
//     slow_callback_duration). Measured in real time, also under the
//     virtual clock. Names the coroutine that ran longest within the step
//     (the loop times the stretches between a child starting, a child
//     returning and the step ending, so a blocking helper coroutine is
//     named itself, not its caller) and where it is defined
//     (std::source_location taken in the promise's constructor):
//       aio debug: slow step: coroutine 'count' (defined at blocking.cpp:23)
//       held the loop for 1.000 s in one step (threshold 0.100 s)
//     clang reports the line of the function's signature, GCC the line of
//     its closing brace.
//   * a coroutine (aio::Task) destroyed without ever having been awaited,
//     scheduled or run: "coroutine 'f' (defined at x.cpp:N) was never
//     awaited".
//   * a task whose exception nobody retrieved (no co_await of its handle, no
//     result(), no gather) when its last reference goes: "exception of task
//     'f' (...) was never retrieved: <what()>". Unlike asyncio, which logs
//     this one always, aio only logs it in debug mode. A CancelledError is
//     never reported (asyncio agrees).
//   * a task that did not finish after aio::run's shutdown cancellation.
// Without debug mode the loop does not even read the clock around steps.
// The same wording names the coroutine in the blocking sanitizer's reports
// (blocking_sanitizer.hpp), which never reports debug mode's own output.
// Thread-safety: the reports are single fprintf calls to stderr.
#pragma once
#include "blocking_sanitizer.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <source_location>
#include <string>
#include <string_view>

namespace aio::detail {

// "pkg::count" from "aio::Task<void> pkg::count(int)".
inline std::string coro_name(const std::source_location& loc) {
  std::string_view f = loc.function_name();
  std::size_t paren = f.find('(');
  if (paren != std::string_view::npos) f = f.substr(0, paren);
  std::size_t space = f.rfind(' ');
  if (space != std::string_view::npos) f = f.substr(space + 1);
  return std::string(f);
}
inline std::string coro_desc(const std::source_location& loc) {
  std::string_view file = loc.file_name();
  std::size_t slash = file.rfind('/');
  if (slash != std::string_view::npos) file = file.substr(slash + 1);
  return "'" + coro_name(loc) + "' (defined at " + std::string(file) + ":" +
         std::to_string(loc.line()) + ")";
}

inline bool env_debug() {
  const char* v = std::getenv("AIO_DEBUG");
  return v != nullptr && std::strcmp(v, "1") == 0;
}

inline void debug_print(const std::string& msg) {
  OwnCall own; // aio's output, not the coroutine's
  std::fprintf(stderr, "aio debug: %s\n", msg.c_str());
  std::fflush(stderr);
}

} // namespace aio::detail
