#include "coro-task.h"

namespace config { void load(); } // config.cpp

test::Task serve() {
  config::load();
  co_return;
}
