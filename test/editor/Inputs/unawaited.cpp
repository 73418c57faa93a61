// A task dropped in a coroutine (coro-unawaited-task) whose quick fix inserts
// co_await. Opened by the Neovim test.
#include <aio/aio.hpp>

aio::Task<int> answer() { co_return 42; }

aio::Task<void> caller() {
  answer();
  co_return;
}
