#include "util.h"
#include "coro-task.h"

test::Task tool1_main() {
  util::load(); // blocks in tool1 only: ambiguous, not followed
  util::save(); // blocks in both definitions: followed
  co_return;
}
