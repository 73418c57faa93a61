// For lsp-config.test: one finding of two coro-* checks and one of clangd's
// own default clang-tidy checks (readability-misleading-indentation).
#include "coro-libs.h"
#include <unistd.h>

cppcoro::task<int> fetch();

cppcoro::task<> handler(int n) {
  sleep(1);
  fetch();
  if (n)
    n++;
    n--;
  co_return;
}
