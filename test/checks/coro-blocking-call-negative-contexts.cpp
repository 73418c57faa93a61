// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Blocking calls outside what an async coroutine executes: no diagnostic.
#include "coro-task.h"
#include <chrono>
#include <future>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;
std::mutex m;

// Plain functions may block.
void plain() {
  sleep(1);
  std::lock_guard<std::mutex> g(m);
}

// A synchronous generator runs when its caller iterates it: the default rule
// (yield_value and no co_await) classifies it as a generator.
test::Generator<int> numbers() {
  std::this_thread::sleep_for(1ms);
  co_yield 1;
}

// Nested lambdas that run elsewhere: a thread, std::async, an offload. The
// future is kept elsewhere, so its destructor does not wait here.
std::future<void> kept;
test::Task offloads() {
  std::thread worker([] { sleep(1); });
  auto fut = std::async(std::launch::async, [] { std::this_thread::sleep_for(1s); });
  kept = std::move(fut);
  co_await test::to_thread([] { m.lock(); });
  auto deferred = [] { sleep(3); }; // created, never called here
  (void)deferred;
  worker.detach();
  co_return;
}

// A local class's member functions run wherever they are called.
test::Task local_class() {
  struct Blocking {
    void run() { sleep(1); }
  };
  (void)sizeof(Blocking);
  co_return;
}

// Unevaluated operands never run.
test::Task unevaluated() {
  (void)sizeof(sleep(1));
  using T = decltype(sleep(1));
  T value = 0;
  (void)value;
  (void)noexcept(usleep(1));
  (void)alignof(decltype(sleep(1)));
  static_assert(sizeof(sleep(0)) == sizeof(unsigned));
  (void)requires { sleep(1); };
  (void)typeid(sleep(1));
  co_return;
}

// A coroutine lambda invoked in place is its own coroutine; a blocking call
// in it is reported there (once), not also in the enclosing coroutine. Here
// it is an offload: the lambda body is handed to to_thread.
test::Task nested_coroutine_lambda() {
  co_await test::to_thread([]() -> test::Task { co_return; }());
  co_return;
}

// Calls through function pointers and virtual functions are not followed.
struct Base {
  virtual void work() { sleep(1); }
  virtual ~Base() = default;
};
test::Task indirect_calls(Base &b, void (*fp)()) {
  b.work();
  fp();
  co_return;
}
