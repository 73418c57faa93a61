#include "coro-task.h"
#include "lib.h"
test::Task serve() {
  lib::slow();
  co_return;
}
