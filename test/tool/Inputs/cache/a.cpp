#include "shared.h"
test::Task a_main() {
  sleep(1);
  child();
  sleep(2); // NOLINT(coro-blocking-call)
  co_return;
}
