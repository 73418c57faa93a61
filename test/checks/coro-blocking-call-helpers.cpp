// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Blocking calls reached through helper functions, reported at the call in
// the coroutine with one note per link of the chain.
#include "coro-task.h"
#include <cstdio>
#include <fstream>
#include <condition_variable> // and std::mutex, std::lock_guard
#include <string>
#include <unistd.h>

static std::string read_all(const char *path) {
  char buf[256];
  FILE *f = fopen(path, "r");
  fread(buf, 1, sizeof buf, f);
  return buf;
}
static std::string load_config() { return read_all("app.conf"); }

test::Task serve() {
  std::string config = load_config();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: call to 'load_config' in coroutine 'serve' reaches blocking call 'fopen' (file-io) and stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :17:43: note: 'load_config' calls 'read_all' here
  // CHECK-MESSAGES: :13:13: note: 'read_all' calls 'fopen' here
  // CHECK-MESSAGES: :13:13: note: offload the file access to a thread pool and await the result
  co_return;
}

// Member functions, constructors and their member initializers are helpers.
struct Logger {
  explicit Logger(const char *path) : file(path) {}
  void flush() { ::fsync(3); }
  std::ofstream file;
};
struct Cache {
  void refresh() { ::usleep(100); }
  std::mutex m;
  std::condition_variable_any ready;
  void locked_get() { std::lock_guard<std::mutex> g(m); }
  void wait_ready() { ready.wait(m); }
};

test::Task members(Cache &cache) {
  Logger log("app.log");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: call to 'Logger::Logger' in coroutine 'members' reaches blocking call 'std::basic_ofstream::basic_ofstream' (file-io)
  // CHECK-MESSAGES: :30:39: note: 'Logger::Logger' calls 'std::basic_ofstream::basic_ofstream' here
  log.flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: call to 'Logger::flush' in coroutine 'members' reaches blocking call 'fsync' (file-io)
  cache.refresh();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: call to 'Cache::refresh' in coroutine 'members' reaches blocking call 'usleep' (sleep)
  cache.locked_get(); // a short critical section: `lock` is off by default
  cache.wait_ready();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: call to 'Cache::wait_ready' in coroutine 'members' reaches blocking call 'std::condition_variable_any::wait' (wait)
  co_return;
}

// A lambda stored in a variable and called later in the coroutine runs on
// its thread: it is a helper too.
test::Task stored_lambda() {
  auto wait_a_bit = [] { sleep(1); };
  wait_a_bit();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'lambda' in coroutine 'stored_lambda' reaches blocking call 'sleep' (sleep)
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: 'lambda' calls 'sleep' here
  co_return;
}

// Recursion terminates; a helper reached twice is reported at each call.
static void recurse(int n) {
  if (n > 0)
    recurse(n - 1);
  else
    sleep(1);
}
test::Task recursion() {
  recurse(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'recurse' in coroutine 'recursion' reaches blocking call 'sleep' (sleep)
  recurse(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'recurse' in coroutine 'recursion' reaches blocking call 'sleep' (sleep)
  co_return;
}
