#ifdef COROLINT_TEST_BROKEN_BUILD
#error "a flag of the compile command breaks this file"
#endif
#include "coro-task.h"
#include <unistd.h>
test::Task flagged() {
  sleep(1);
  co_return;
}
