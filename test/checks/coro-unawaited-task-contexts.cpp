// RUN: %check_coro coro-unawaited-task %s -- -I%S/Inputs
// Each statement belongs to its innermost function: a lambda is its own
// function, and a coroutine lambda its own coroutine. Only statements in
// async coroutines get the co_await fix-it.
#include "coro-libs.h"
#include "coro-task.h"
#include <functional>

aio::Task<int> answer();

void plain() {
  answer();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'aio::Task' returned by 'answer' is discarded in function 'plain'; the coroutine never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: store it, hand it to a start, detach or spawn function, or cast it to 'void' to drop it on purpose
  // CHECK-FIXES: answer();
}

struct Service {
  void stop() {
    answer();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task 'aio::Task' returned by 'answer' is discarded in function 'Service::stop'
  }
};

aio::Task<> outer() {
  // A plain lambda inside a coroutine is not the coroutine: no fix-it.
  auto callback = [] {
    answer();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task 'aio::Task' returned by 'answer' is discarded in lambda; the coroutine never runs
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: store it, hand it to a start, detach or spawn function, or cast it to 'void' to drop it on purpose
    // CHECK-FIXES: answer();
  };
  callback();
  co_return;
}

void spawner() {
  // A coroutine lambda inside a plain function is a coroutine: fix-it.
  auto body = []() -> aio::Task<> {
    answer();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task 'aio::Task' returned by 'answer' is discarded in coroutine lambda; the coroutine never runs
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'co_await' it, hand it to a start, detach or spawn function, or cast it to 'void' to drop it on purpose
    // CHECK-FIXES: co_await answer();
    co_return;
  };
  (void)body;
  // A coroutine lambda invoked and dropped never runs either.
  []() -> aio::Task<> { co_return; }();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'aio::Task' returned by 'lambda' is discarded in function 'spawner'; the coroutine never runs
}

// A synchronous generator cannot co_await: reported without a fix-it.
test::Generator<int> numbers() {
  answer();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'aio::Task' returned by 'answer' is discarded in coroutine 'numbers'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: store it, hand it to a start, detach or spawn function, or cast it to 'void' to drop it on purpose
  // CHECK-FIXES: answer();
  co_yield 1;
}

// Macros: reported at the expansion; no fix-it inside the macro.
#define FIRE(task) task
#define FIRE_ANSWER() answer()
aio::Task<> macros() {
  FIRE(answer());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'aio::Task' returned by 'answer' is discarded in coroutine 'macros'
  // CHECK-FIXES: FIRE(answer());
  FIRE_ANSWER();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'aio::Task' returned by 'answer' is discarded in coroutine 'macros'
  // CHECK-FIXES: FIRE_ANSWER();
  co_return;
}

// Templates: once per line, whatever the number of instantiations.
template <class T> aio::Task<T> produce();
template <class T> aio::Task<T> consume() {
  produce<T>();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'aio::Task' returned by 'produce' is discarded in coroutine 'consume'; the coroutine never runs
  // CHECK-FIXES: co_await produce<T>();
  co_return T{};
}
template <class T> void drain() {
  answer();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'aio::Task' returned by 'answer' is discarded in function 'drain'
}
aio::Task<> instantiate() {
  co_await consume<int>();
  co_await consume<long>();
  drain<int>();
  drain<char>();
}

// Generic lambdas and members of class templates: checked in their
// instantiations, once per line.
template <class T> struct Holder {
  aio::Task<T> get() {
    answer();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task 'aio::Task' returned by 'answer' is discarded in coroutine 'Holder::get'; the coroutine never runs
    // CHECK-FIXES: co_await answer();
    co_return T{};
  }
};
template struct Holder<int>;
template struct Holder<long>;
void generic() {
  auto each = [](auto) -> aio::Task<> {
    answer();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task 'aio::Task' returned by 'answer' is discarded in coroutine lambda; the coroutine never runs
    // CHECK-FIXES: co_await answer();
    co_return;
  };
  (void)each(1);
  (void)each(2.0);
}

// Calls through a function pointer or a std::function: the type decides.
void indirect(aio::Task<int> (*make)(), std::function<aio::Task<int>()> make_again) {
  make();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'aio::Task' is discarded in function 'indirect'; the coroutine never runs
  make_again();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task 'aio::Task' returned by 'std::function::operator()' is discarded in function 'indirect'; the coroutine never runs
}
