#include "coro-task.h"
#include <unistd.h>
test::Task broken() {
  sleep(1);
  this_does_not_compile;
  co_return;
}
