// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Destructors that wait at the end of a local's scope in an async coroutine:
// std::jthread (joins), a std::future from std::async that runs the task on a
// thread (waits), an output file stream from elsewhere (flushes and closes).
// Reported at the declaration; a note shows where the destructor runs.
#include "coro-libs.h"
#include "coro-task.h"
#include <fstream>
#include <future>
#include <thread>
#include <utility>

int work();
std::ofstream open_report();

test::Task threads(bool again) {
  std::jthread worker(work);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: destructor of 'worker' joins its thread (wait) at the end of its scope in coroutine 'threads' and stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE+16]]:1: note: 'worker' is destroyed here
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: await the work instead of blocking on it: make it a coroutine, or offload it to a thread pool and await the result
  if (again) {
    std::jthread inner([] { work(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: destructor of 'inner' joins its thread (wait) at the end of its scope in coroutine 'threads'
    // CHECK-MESSAGES: :[[@LINE+3]]:3: note: 'inner' is destroyed here
    co_await test::yield_now();
    inner.request_stop(); // still joins
  }
  // Moved into another local: that one joins. Assigned: it joins.
  std::jthread moved(work);
  std::jthread owner = std::move(moved);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: destructor of 'owner' joins its thread (wait) at the end of its scope in coroutine 'threads'
  std::jthread later;
  later = std::jthread(work);
  // CHECK-MESSAGES: :[[@LINE-2]]:16: warning: destructor of 'later' joins its thread (wait) at the end of its scope in coroutine 'threads'
}

test::Task futures() {
  auto answer = std::async(std::launch::async, work);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: destructor of 'answer' waits for its 'std::async' task (wait) at the end of its scope in coroutine 'futures' and stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE+15]]:1: note: 'answer' is destroyed here
  // The default policy and async|deferred start a thread (libstdc++, libc++, MSVC).
  std::future<int> either = std::async(work);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: destructor of 'either' waits for its 'std::async' task (wait)
  auto both = std::async(std::launch::async | std::launch::deferred, work);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: destructor of 'both' waits for its 'std::async' task (wait)
  // Polling does not settle it: the destructor may still wait.
  (void)answer.wait_for(std::chrono::seconds(0));
  // A discarded future waits at once, at the end of the statement.
  std::async(std::launch::async, work);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the future returned by 'std::async' is discarded, and its destructor waits for the task (wait) in coroutine 'futures' and stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: await the work instead of blocking on it: make it a coroutine, or offload it to a thread pool and await the result
  (void)std::async(std::launch::async, work);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the future returned by 'std::async' is discarded
  co_return;
}

// A stream that comes from elsewhere flushes and closes at the end of the
// scope (one the coroutine opens itself is reported at the opening).
test::Task files(std::fstream &&given) {
  std::ofstream report = open_report();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: destructor of 'report' flushes and closes its file (file-io) at the end of its scope in coroutine 'files' and stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE+8]]:1: note: 'report' is destroyed here
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: offload the file access to a thread pool and await the result
  report << "total\n";
  std::fstream kept(std::move(given));
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: destructor of 'kept' flushes and closes its file (file-io)
  std::ofstream out("out.txt");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking call to 'std::basic_ofstream::basic_ofstream' (file-io) in coroutine 'files'
  co_return;
}

// Settled by a reported call: a joined jthread, a future whose result is
// taken or awaited, a stream closed. Their destructors do not wait again.
test::Task settled(std::ofstream &&given) {
  std::jthread joined(work);
  joined.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'std::jthread::join' (wait) in coroutine 'settled'
  auto taken = std::async(std::launch::async, work);
  int v = taken.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking call to 'std::future::get' (wait) in coroutine 'settled'
  auto waited = std::async(std::launch::async, work);
  waited.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'std::future::wait' (wait) in coroutine 'settled'
  std::ofstream closed = std::move(given);
  closed.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'std::basic_ofstream::close' (file-io) in coroutine 'settled'
  (void)v;
  co_return;
}

// The note speaks the coroutine's library.
aio::Task<> in_aio() {
  std::jthread worker(work);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: destructor of 'worker' joins its thread (wait) at the end of its scope in coroutine 'in_aio'
  // CHECK-MESSAGES: :[[@LINE+3]]:1: note: 'worker' is destroyed here
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: await the work instead of blocking on it: make it a coroutine, or offload it with 'co_await aio::to_thread(...)'
  co_return;
}

// Helpers: a helper whose local joins blocks its caller.
void fan_out() { std::jthread t(work); }
test::Task through_helpers() {
  fan_out();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'fan_out' in coroutine 'through_helpers' reaches blocking call 'std::jthread::~jthread' (wait) and stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-4]]:31: note: 'fan_out' calls 'std::jthread::~jthread' here
  co_return;
}

// A coroutine template reports once, whatever its instantiations.
template <class T> test::Task generic() {
  std::jthread worker(work);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: destructor of 'worker' joins its thread (wait) at the end of its scope in coroutine 'generic'
  co_return;
}
template test::Task generic<int>();
template test::Task generic<long>();
