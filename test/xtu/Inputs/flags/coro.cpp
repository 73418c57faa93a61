#include "flags.h"
#include "coro-task.h"

// Listed twice: with -DSLOW this coroutine calls lib::slow, which blocks.
test::Task work() {
#ifdef SLOW
  lib::slow();
#else
  lib::fast();
#endif
  co_return;
}
