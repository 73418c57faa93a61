// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Every sleep in the catalogue, called directly by an async coroutine.
#include "coro-task.h"
#include <chrono>
#include <thread>
#include <time.h>
#include <unistd.h>

using namespace std::chrono_literals;

test::Task count() {
  std::this_thread::sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'count' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use your executor's async timer; it suspends only this coroutine
  std::this_thread::sleep_until(std::chrono::steady_clock::now() + 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'count'
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'count'
  ::usleep(1000);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'usleep' (sleep) in coroutine 'count'
  timespec ts{0, 1000};
  nanosleep(&ts, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'nanosleep' (sleep) in coroutine 'count'
  clock_nanosleep(CLOCK_MONOTONIC, 0, &ts, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'clock_nanosleep' (sleep) in coroutine 'count'
  co_return;
}

// Inside co_await, co_yield and co_return operands too.
test::Task operands() {
  co_await (sleep(1), test::yield_now());
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call to 'sleep' (sleep) in coroutine 'operands'
  co_return;
}

struct Player {
  test::Task move();
};
test::Task Player::move() {
  std::this_thread::sleep_for(5s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'Player::move'
  co_return;
}

void caller() {
  auto lambda = []() -> test::Task {
    sleep(1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' (sleep) in coroutine lambda
    co_return;
  };
  (void)lambda;
}
