// A header with a coro-unawaited-task finding and its fix-it, included by
// a.cpp, b.cpp and broken.cpp: the fix is applied once per run.
#include "coro-task.h"
test::Task child();
inline test::Task parent() {
  co_await child();
  co_return;
}
