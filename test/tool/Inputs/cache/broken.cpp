#include "coro-task.h"
#include <unistd.h>
test::Task broken() {
  sleep(1);
  undeclared();
  co_return;
}
