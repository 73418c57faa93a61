#include "coro-task.h"
#include <unistd.h>
test::Task c_main() {
  sleep(3);
  co_return;
}
