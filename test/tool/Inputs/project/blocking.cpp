#include "coro-task.h"
#include <unistd.h>
test::Task blocking() {
  sleep(1);
  co_return;
}
