// The code a baseline is written for (baseline.test): two findings.
#include "coro-libs.h"
#include <unistd.h>

cppcoro::task<int> handler() {
  sleep(1);
  usleep(10);
  co_return 0;
}
