// A header with a finding, included by one.cpp and two.cpp: the SARIF log
// holds it once.
#include "coro-task.h"
#include <unistd.h>
inline test::Task shared_work() {
  sleep(1);
  co_return;
}
