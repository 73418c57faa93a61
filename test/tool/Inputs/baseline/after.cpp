// before.cpp, edited (baseline.test): a line inserted above the baselined
// sleep(1), which moves from line 6 to line 9; usleep(10) removed; a new
// finding, sleep(2).
#include "coro-libs.h"
#include <unistd.h>

cppcoro::task<int> handler() {
  int tries = 1;
  sleep(1);
  sleep(2);
  co_return tries;
}
