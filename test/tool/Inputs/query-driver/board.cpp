#include "coro-task.h"
#include <board.h>
#include <stddef.h>
test::Task blink() {
  sleep(1);
  co_return;
}
