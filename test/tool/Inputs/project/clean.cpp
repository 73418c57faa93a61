#include "coro.h"
test::Task clean() { co_return; }
