// RUN: %check_coro coro-blocking-call %s --config="{CheckOptions: {coro-blocking-call.Categories: 'sleep;file-io;network-io;wait;lock'}}" -- -isystem %S/Inputs/drogon-standin
// The notes speak drogon's words: the coroutine returns drogon::Task or
// drogon::AsyncTask (LibraryNotes.cpp). The header is a stand-in for
// drogon at commit 74fc004c (see its top); each API the notes name is
// declared there as in drogon's own headers.
#include <condition_variable>
#include <cstdio>
#include <drogon/utils/coroutine.h>
#include <future>
#include <mutex>
#include <sys/socket.h>
#include <thread>

std::mutex m;
std::condition_variable cv;

drogon::Task<> handler(std::future<int> f, int fd) {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'handler' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await drogon::sleepCoro(loop, ...)'; it suspends only this coroutine
  FILE *file = std::fopen("a.txt", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: blocking call to 'fopen' (file-io) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:16: note: offload the file access with 'co_await drogon::queueInLoopCoro(loop, ...)' on an event loop kept for blocking work
  char buf[16];
  recv(fd, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'recv' (network-io) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use non-blocking sockets driven by the event loop ('co_await client->sendRequestCoro(req)' on a 'drogon::HttpClient', or a 'drogon::WebSocketClient')
  m.lock();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::mutex::lock' (lock) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use 'drogon::Mutex' ('co_await mutex.scoped_lock()'), or keep the critical section out of the coroutine
  m.unlock();
  std::unique_lock lock(m, std::defer_lock);
  cv.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait' (wait) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use your library's async event or condition variable and 'co_await' it
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::future::get' (wait) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: await the work instead of blocking on it: make it a coroutine, or offload it with 'co_await drogon::queueInLoopCoro(loop, ...)' on an event loop kept for blocking work
  (void)file;
  co_return;
}

drogon::AsyncTask fireAndForget() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'fireAndForget'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await drogon::sleepCoro(loop, ...)'; it suspends only this coroutine
  co_return;
}
