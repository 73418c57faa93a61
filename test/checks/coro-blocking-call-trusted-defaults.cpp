// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// The default TrustedNamespaces beyond the coroutine runtimes: easylog
// (asynchronous by default: a coroutine only enqueues) and the test
// frameworks doctest, Catch2 and GoogleTest (files only on a failed
// assertion) are not followed as helpers. The same body in a namespace of
// the user's is followed and reported.
#include "coro-task.h"
#include <cstdio>

namespace easylog {
inline void write_record(const char *msg) {
  FILE *f = std::fopen("app.log", "a");
  std::fputs(msg, f);
}
} // namespace easylog
namespace doctest::detail {
inline bool isDebuggerActive() { return std::fopen("/proc/self/status", "r"); }
} // namespace doctest::detail
namespace Catch {
inline bool isDebuggerActive() { return std::fopen("/proc/self/status", "r"); }
} // namespace Catch
namespace testing::internal {
inline void LogToFile(const char *msg) { std::fputs(msg, std::fopen("gtest.log", "a")); }
} // namespace testing::internal
namespace mylog {
inline void write_record(const char *msg) {
  FILE *f = std::fopen("app.log", "a");
  std::fputs(msg, f);
}
} // namespace mylog

test::Task trusted_by_default() {
  easylog::write_record("hello");
  doctest::detail::isDebuggerActive();
  Catch::isDebuggerActive();
  testing::internal::LogToFile("x");
  co_return;
}

test::Task followed() {
  mylog::write_record("hello");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'mylog::write_record' in coroutine 'followed' reaches blocking call 'fopen' (file-io) and stalls every coroutine on its event loop [coro-blocking-call]
  co_return;
}
