#include "coro-task.h"
#include <board.h>
test::Task spin() {
  sleep(2);
  co_return;
}
