#include "coro-task.h"
#include <unistd.h>
test::Task second() {
  usleep(1);
  co_return;
}
