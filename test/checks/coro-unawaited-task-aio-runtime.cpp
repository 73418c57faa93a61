// RUN: %check_coro coro-unawaited-task %s -- -I%aio_include
// This project's runtime, with its real headers: its Task is lazy (its
// initial awaiter is not std::suspend_always but never ready), create_task
// hands a task to the loop, sleep is an awaiter.
#include <aio/aio.hpp>

using namespace std::chrono_literals;

aio::Task<int> answer() { co_return 42; }

aio::Task<int> async_main() {
  answer();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'aio::Task' returned by 'answer' is discarded in coroutine 'async_main'; the coroutine never runs [coro-unawaited-task]
  // CHECK-FIXES: co_await answer();
  aio::sleep(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaitable '{{.*}}' returned by 'aio::sleep' is discarded in coroutine 'async_main'; the suspension or switch it stands for never happens
  // CHECK-FIXES: co_await aio::sleep(10ms);
  aio::gather(answer(), answer());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'aio::Task' returned by 'aio::gather' is discarded in coroutine 'async_main'; the coroutine never runs
  // CHECK-FIXES: co_await aio::gather(answer(), answer());
  aio::create_task(answer()); // detached on purpose: keeps running
  auto handle = aio::create_task(answer());
  co_await aio::sleep(0s);
  co_return co_await answer() + co_await std::move(handle);
}

int main() { return aio::run(async_main()) == 84 ? 0 : 1; }
