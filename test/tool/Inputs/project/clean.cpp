#include "coro-task.h"
test::Task clean() { co_return; }
