#include "shared.h"
test::Task a_main() {
  child();
  co_await parent();
}
