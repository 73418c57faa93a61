#include "coro-task.h"
#include "pool.h"
test::Task serve() {
  pool::fan_out();
  pool::enqueue(1);
  pool::drain();
  co_return;
}
