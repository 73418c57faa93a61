#include "shared.h"
test::Task b_main() { co_await parent(); }
