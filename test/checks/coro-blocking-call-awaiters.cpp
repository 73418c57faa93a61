// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Blocking awaiters: a co_await, co_yield or co_return whose awaiter (or
// promise member) executes a blocking call is reported at its keyword, with
// notes from the awaiter member down to the blocking call.
#include "coro-task.h"
#include <chrono>
#include <cstdio>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

// Positives: each awaiter member that can block.
struct Throttle {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const { std::this_thread::sleep_for(10ms); }
  void await_resume() const noexcept {}
};
struct SlowReady {
  bool await_ready() const { ::usleep(100); return true; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};
struct ReadsOnResume {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  int await_resume() const {
    char buf[8];
    return static_cast<int>(::read(0, buf, sizeof buf));
  }
};

test::Task members() {
  co_await Throttle{};
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaiting 'Throttle' in coroutine 'members' reaches blocking call 'std::this_thread::sleep_for' (sleep) and stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :16:55: note: 'Throttle::await_suspend' calls 'std::this_thread::sleep_for' here
  // CHECK-MESSAGES: :16:55: note: use your executor's async timer; it suspends only this coroutine
  co_await SlowReady{};
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaiting 'SlowReady' in coroutine 'members' reaches blocking call 'usleep' (sleep)
  // CHECK-MESSAGES: :20:30: note: 'SlowReady::await_ready' calls 'usleep' here
  ReadsOnResume r;
  int n = co_await r;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: awaiting 'ReadsOnResume' in coroutine 'members' reaches blocking call 'read' (file-io)
  // CHECK-MESSAGES: :29:29: note: 'ReadsOnResume::await_resume' calls 'read' here
  (void)n;
}

// Through a helper called from await_suspend.
static void backoff() { std::this_thread::sleep_for(5ms); }
struct Retry {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const { backoff(); }
  void await_resume() const noexcept {}
};

// A member operator co_await, and a free one, that block themselves or
// return an awaiter that blocks.
struct Lock {
  Throttle operator co_await() const { return {}; }
};
struct Config {};
test::Task operator co_await(Config) {
  return {};
}
struct File {};
SlowReady operator co_await(File) {
  std::FILE *f = std::fopen("x", "r");
  (void)f;
  return {};
}

test::Task through() {
  co_await Retry{};
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaiting 'Retry' in coroutine 'through' reaches blocking call 'std::this_thread::sleep_for' (sleep)
  // CHECK-MESSAGES: :52:55: note: 'Retry::await_suspend' calls 'backoff' here
  // CHECK-MESSAGES: :49:25: note: 'backoff' calls 'std::this_thread::sleep_for' here
  co_await Lock{};
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaiting 'Lock' in coroutine 'through' reaches blocking call 'std::this_thread::sleep_for' (sleep)
  // CHECK-MESSAGES: :16:55: note: 'Throttle::await_suspend' calls 'std::this_thread::sleep_for' here
  co_await File{};
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaiting 'File' in coroutine 'through' reaches blocking call 'fopen' (file-io)
  // CHECK-MESSAGES: :67:18: note: 'operator co_await' calls 'fopen' here
  co_await Config{};
}

// The promise's await_transform, yield_value and return_value.
struct Tick {};
struct Logged {
  struct promise_type {
    Logged get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    template <class A> A &&await_transform(A &&a) { return static_cast<A &&>(a); }
    Throttle await_transform(Tick) { return {}; }
    void return_value(int v) { std::printf("%d\n", v); ::fsync(1); }
    void unhandled_exception() {}
  };
};
struct Stream {
  struct promise_type {
    Stream get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(int) { ::sleep(1); return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

Logged transformed() {
  co_await Tick{};
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaiting 'Tick' in coroutine 'transformed' reaches blocking call 'std::this_thread::sleep_for' (sleep)
  // CHECK-MESSAGES: :16:55: note: 'Throttle::await_suspend' calls 'std::this_thread::sleep_for' here
  co_await test::yield_now();
  co_return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_return' in coroutine 'transformed' reaches blocking call 'fsync' (file-io)
  // CHECK-MESSAGES: :95:56: note: 'Logged::promise_type::return_value' calls 'fsync' here
}

// An async generator (it awaits and yields): each co_yield blocks.
Stream numbers() {
  co_await test::yield_now();
  co_yield 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: yielding 'int' in coroutine 'numbers' reaches blocking call 'sleep' (sleep)
  // CHECK-MESSAGES: :104:44: note: 'Stream::promise_type::yield_value' calls 'sleep' here
}

// Awaiter templates: reported once per co_await, however many
// instantiations reach it.
template <class T> struct Delay {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const { ::usleep(sizeof(T)); }
  T await_resume() const noexcept { return T{}; }
};
template <class T> test::Task wait_for_value() {
  T v = co_await Delay<T>{};
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: awaiting 'Delay<int>' in coroutine 'wait_for_value' reaches blocking call 'usleep' (sleep)
  // CHECK-MESSAGES: :132:55: note: 'Delay::await_suspend' calls 'usleep' here
  (void)v;
}
test::Task instantiate() {
  co_await wait_for_value<int>();
  co_await wait_for_value<long>();
}

// NOLINT at the co_await line suppresses the finding.
test::Task suppressed() {
  co_await Throttle{}; // NOLINT(coro-blocking-call)
  // NOLINTNEXTLINE(coro-blocking-call)
  co_await Retry{};
}
