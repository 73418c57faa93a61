#include "util.h"
#include "coro-task.h"

test::Task tool2_main() {
  util::load();
  util::save();
  co_return;
}
