// A library header, included with -isystem by
// coro-blocking-call-system-headers*.cpp: its coroutine is analysed only with
// SystemHeaders on, and its macro defines coroutines in the user's file.
#ifndef COROLINT_TEST_SYS_CORO_H
#define COROLINT_TEST_SYS_CORO_H
#include "coro-task.h"
#include <unistd.h>
namespace sys {
inline test::Task nap() { ::sleep(1); co_return; }
} // namespace sys
#define SYS_DEFINE_TASK(name) test::Task name()
#endif
