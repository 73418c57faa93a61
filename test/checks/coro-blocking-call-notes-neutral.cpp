// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// A coroutine of a library the table does not know (myapp::Task) gets
// library-neutral notes.
#include "coro-libs.h"
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <mutex>
#include <netdb.h>
#include <thread>

namespace myapp {
struct Task {
  struct promise_type : stand_in::lazy_promise_base, stand_in::returns<void> {
    Task get_return_object() noexcept;
  };
};
} // namespace myapp

std::mutex m;
std::condition_variable cv;

myapp::Task handler(std::future<int> f) {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'handler' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use your executor's async timer; it suspends only this coroutine
  FILE *file = std::fopen("a.txt", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: blocking call to 'fopen' (file-io) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:16: note: offload the file access to a thread pool and await the result
  std::unique_lock lock(m, std::defer_lock);
  cv.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait' (wait) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use your library's async event or condition variable and 'co_await' it
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::future::get' (wait) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: await the work instead of blocking on it: make it a coroutine, or offload it to a thread pool and await the result
  gethostbyname("example.org");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'gethostbyname' (dns) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: resolve names off the event loop thread: use your library's async resolver, or offload to a thread pool and await the result
  std::system("true");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'system' (process) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: offload to a thread pool and await the result so the event loop keeps running
  (void)file;
  co_return;
}
