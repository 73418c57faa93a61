// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// The notes speak boost::cobalt's words: the coroutine returns boost::cobalt::task.
#include "coro-notes-libs.h"
#include <condition_variable>
#include <cstdio>
#include <future>
#include <mutex>
#include <thread>

std::mutex m;
std::condition_variable cv;

boost::cobalt::task<> handler(std::future<int> f) {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'handler' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use a 'boost::asio::steady_timer' ('co_await timer.async_wait(boost::cobalt::use_op)'); it suspends only this coroutine
  FILE *file = std::fopen("a.txt", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: blocking call to 'fopen' (file-io) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:16: note: offload the file access with a 'boost::cobalt::thread' (an event loop on its own thread) and 'co_await' it, or use 'boost::asio::stream_file' with 'boost::cobalt::use_op'
  std::unique_lock lock(m, std::defer_lock);
  cv.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait' (wait) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use a 'boost::cobalt::channel' ('co_await channel.read()')
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::future::get' (wait) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: await the work instead of blocking on it: make it a coroutine, or offload it with a 'boost::cobalt::thread' (an event loop on its own thread) and 'co_await' it
  (void)file;
  co_return;
}
