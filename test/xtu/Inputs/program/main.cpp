#include "app.h"
#include "coro-task.h"

test::Task serve() {
  std::string c = config::load();
  co_return;
}

test::Task ping_loop() {
  cycle::ping(3);
  co_return;
}

test::Task through_inline_helper() {
  std::string c = util::cached_config();
  co_return;
}

test::Task deep_chain() {
  deep::l1();
  co_return;
}

test::Task not_reported(shapes::Shape &s) {
  s.draw();                // virtual: not followed
  cycle::even(4);          // a cycle that never blocks
  util::fast(2);           // inline, does not block
  config::load(); // NOLINT(coro-blocking-call)
  // NOLINTNEXTLINE(coro-blocking-call)
  deep::l1();
  co_return;
}
