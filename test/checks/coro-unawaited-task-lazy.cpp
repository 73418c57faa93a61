// RUN: %check_coro coro-unawaited-task %s -- -I%S/Inputs
// A lazy task of each library, dropped in an async coroutine: the coroutine
// never runs. The fix-it awaits it.
#include "coro-libs.h"

cppcoro::task<int> fetch();
coro::task<> save();
folly::coro::Task<int> lookup();
async_simple::coro::Lazy<int> compute();
asio::awaitable<void> serve();
boost::asio::awaitable<int> accept();
aio::Task<int> answer();

struct Client {
  cppcoro::task<> send(int);
};

cppcoro::task<> handler(Client &client, bool flag) {
  fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'cppcoro::task' returned by 'fetch' is discarded in coroutine 'handler'; the coroutine never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'co_await' it, hand it to a start, detach or spawn function, or cast it to 'void' to drop it on purpose
  // CHECK-FIXES: co_await fetch();
  save();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'coro::task' returned by 'save' is discarded in coroutine 'handler'; the coroutine never runs
  // CHECK-FIXES: co_await save();
  lookup();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'folly::coro::Task' returned by 'lookup' is discarded in coroutine 'handler'; the coroutine never runs
  // CHECK-FIXES: co_await lookup();
  compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'async_simple::coro::Lazy' returned by 'compute' is discarded in coroutine 'handler'; the coroutine never runs
  // CHECK-FIXES: co_await compute();
  serve();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'asio::awaitable' returned by 'serve' is discarded in coroutine 'handler'; the coroutine never runs
  // CHECK-FIXES: co_await serve();
  accept();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'boost::asio::awaitable' returned by 'accept' is discarded in coroutine 'handler'; the coroutine never runs
  // CHECK-FIXES: co_await accept();
  answer();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'aio::Task' returned by 'answer' is discarded in coroutine 'handler'; the coroutine never runs
  // CHECK-FIXES: co_await answer();
  client.send(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'cppcoro::task' returned by 'Client::send' is discarded in coroutine 'handler'; the coroutine never runs
  // CHECK-FIXES: co_await client.send(1);
  (fetch());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'cppcoro::task' returned by 'fetch' is discarded
  // CHECK-FIXES: co_await (fetch());
  flag ? fetch() : fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: lazy task 'cppcoro::task' returned by 'fetch' is discarded
  // CHECK-MESSAGES: :[[@LINE-2]]:20: warning: lazy task 'cppcoro::task' returned by 'fetch' is discarded
  // CHECK-FIXES: flag ? co_await fetch() : co_await fetch();
  save(), fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'coro::task' returned by 'save' is discarded
  // CHECK-MESSAGES: :[[@LINE-2]]:11: warning: lazy task 'cppcoro::task' returned by 'fetch' is discarded
  // CHECK-FIXES: co_await save(), co_await fetch();
  fetch(); fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'cppcoro::task' returned by 'fetch' is discarded
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: lazy task 'cppcoro::task' returned by 'fetch' is discarded
  // CHECK-FIXES: co_await fetch(); co_await fetch();
  co_return;
}

// Statements in every position: branches, loops, cases, labels.
aio::Task<> positions(bool flag, int n) {
  if (flag)
    answer();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task 'aio::Task' returned by 'answer' is discarded in coroutine 'positions'
  // CHECK-FIXES: co_await answer();
  else
    fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task 'cppcoro::task' returned by 'fetch' is discarded in coroutine 'positions'
  for (int i = 0; i < n; ++i)
    answer();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task 'aio::Task' returned by 'answer' is discarded in coroutine 'positions'
  while (flag)
    save();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task 'coro::task' returned by 'save' is discarded in coroutine 'positions'
  switch (n) {
  case 1:
    lookup();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task 'folly::coro::Task' returned by 'lookup' is discarded in coroutine 'positions'
    break;
  default:
    compute();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task 'async_simple::coro::Lazy' returned by 'compute' is discarded in coroutine 'positions'
  }
  {
    serve();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task 'asio::awaitable' returned by 'serve' is discarded in coroutine 'positions'
  }
  co_return;
}

// A task type of the user's own, lazy because its initial awaiter's
// await_ready() returns false.
struct NotReady {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};
using Job = stand_in::own_task<NotReady>;
Job step() { co_return; }
Job run_steps() {
  step();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'stand_in::own_task' returned by 'step' is discarded in coroutine 'run_steps'; the coroutine never runs
  // CHECK-FIXES: co_await step();
  co_return;
}
