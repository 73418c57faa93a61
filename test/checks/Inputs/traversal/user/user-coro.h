// A project header, included with -I by coro-blocking-call-system-headers.cpp.
#ifndef COROLINT_TEST_USER_CORO_H
#define COROLINT_TEST_USER_CORO_H
#include "coro-task.h"
#include <unistd.h>
namespace app {
inline test::Task pause() { ::sleep(1); co_return; }
} // namespace app
#endif
