#include "shared.h"
test::Task a_main() {
  co_await child();
  co_await parent();
}
