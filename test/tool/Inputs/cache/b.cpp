#include "shared.h"
void pause_a_bit() { usleep(10); }
test::Task b_main() {
  pause_a_bit();
  co_return;
}
