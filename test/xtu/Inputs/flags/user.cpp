#include "flags.h"
#include "coro-task.h"

test::Task use() {
  lib::load(); // one of its two definitions does not block: not followed
  lib::save(); // both of its definitions block: followed
  co_return;
}
