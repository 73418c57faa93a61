#include "coro-task.h"
#include <unistd.h>
test::Task tick() {
  sleep(1);
  co_return;
}
