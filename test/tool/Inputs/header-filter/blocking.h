// A blocking coroutine in a header, reported only when the header filter
// lets it through (header-filter.test).
#include "coro-task.h"
#include <unistd.h>

inline test::Task in_header() {
  sleep(1);
  co_return;
}
