#include "shared.h"
test::Task broken_main() {
  child();
  this_does_not_compile;
  co_await parent();
}
