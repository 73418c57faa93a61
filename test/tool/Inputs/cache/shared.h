// The header a.cpp and b.cpp include and c.cpp does not: cache.test edits it
// and expects only a.cpp and b.cpp to be analysed again.
#include "coro-task.h"
#include <unistd.h>
test::Task child();
