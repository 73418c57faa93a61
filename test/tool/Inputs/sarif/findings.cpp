// Findings of each kind for the SARIF tests: a chain (notes), an insertion
// fix-it and a replacement fix-it. Line numbers are checked by sarif.test.
#include "coro-libs.h"
#include <unistd.h>

cppcoro::task<int> fetch();

void pause_a_bit() { sleep(1); }

cppcoro::task<int> handler() {
  pause_a_bit();
  fetch();
  int a = cppcoro::sync_wait(fetch());
  co_return a;
}
