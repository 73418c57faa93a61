// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// The notes speak libcoro's words: the coroutine returns coro::task.
#include "coro-notes-libs.h"
#include <condition_variable>
#include <cstdio>
#include <future>
#include <mutex>
#include <thread>

std::mutex m;
std::condition_variable cv;

coro::task<> handler(std::future<int> f) {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'handler' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await scheduler->yield_for(...)' on a 'coro::io_scheduler'; it suspends only this coroutine
  FILE *file = std::fopen("a.txt", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: blocking call to 'fopen' (file-io) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:16: note: offload the file access with 'co_await pool.schedule()' on a 'coro::thread_pool'
  std::unique_lock lock(m, std::defer_lock);
  cv.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait' (wait) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use 'coro::event' ('co_await event')
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::future::get' (wait) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: await the work instead of blocking on it: make it a coroutine, or offload it with 'co_await pool.schedule()' on a 'coro::thread_pool'
  (void)file;
  co_return;
}
