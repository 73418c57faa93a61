// RUN: %check_coro coro-sync-wait-in-coroutine %s -- -I%S/Inputs
// Bridges where they belong (plain functions, main, threads, synchronous
// generators), awaits, and same-named functions of other libraries: silent.
#include "coro-libs.h"
#include "coro-task.h"
#include <thread>

cppcoro::task<int> fetch();
aio::Task<> main_task();
concurrencpp::result<int> submit();
stdexec::just_sender stdexec_work();

int main() {
  aio::run(main_task());
  int v = cppcoro::sync_wait(fetch());
  asio::io_context ctx;
  ctx.run();
  v += submit().get();
  (void)stdexec::sync_wait(stdexec_work());
  return v;
}

// The bridge runs on another thread, or in a lambda that is not invoked
// here: not on the coroutine's thread.
aio::Task<> offload() {
  std::thread worker([] { aio::run(main_task()); });
  auto later = [] { return cppcoro::sync_wait(fetch()); };
  co_await test::to_thread([] { return cppcoro::sync_wait(fetch()); });
  worker.join();
  (void)later;
}

// A synchronous generator runs on its consumer's thread: it may block.
test::Generator<int> numbers() {
  co_yield cppcoro::sync_wait(fetch());
}

// The right way: await.
cppcoro::task<int> awaits() {
  int v = co_await fetch();
  v += co_await submit();
  co_return v;
}

// Same names in other namespaces, members of other classes, unevaluated
// operands.
namespace mine {
int sync_wait(int);
struct io_context {
  void run();
};
int run(int);
} // namespace mine
struct Runner {
  void run();
  int get();
};
aio::Task<> lookalikes() {
  mine::sync_wait(1);
  mine::io_context ctx;
  ctx.run();
  mine::run(2);
  Runner r;
  r.run();
  r.get();
  using T = decltype(cppcoro::sync_wait(fetch()));
  (void)sizeof(aio::run(main_task()), 0);
  co_return;
}
