// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Code handed to an executor (submit, post, enqueue, schedule, std::async,
// std::thread, to_thread) runs there, not in the coroutine: neither lambdas
// nor named functions passed on are walked. No diagnostic.
#include "coro-executors.h"
#include "coro-task.h"
#include <deque>
#include <functional>
#include <future>
#include <thread>
#include <unistd.h>

void blocking_work() { sleep(1); }
std::deque<std::future<void>> kept;
struct BlockingJob {
  void operator()() const { sleep(2); }
};

// A pool of the project's own, defined here (so followed as a helper): it
// stores the callable and runs it on its threads.
namespace mine {
struct Pool {
  std::deque<std::function<void()>> queue;
  template <class F> void submit(F &&callable) { queue.emplace_back(callable); }
  template <class F> void schedule(F &&callable) { queue.emplace_back(callable); }
};
} // namespace mine

concurrencpp::result<void> handed_off(concurrencpp::runtime &rt, user::Pool &pool,
                                      mine::Pool &own) {
  auto cpu = rt.thread_pool_executor();
  co_await cpu->submit([] { sleep(1); });
  co_await cpu->submit(blocking_work);
  co_await cpu->submit(&blocking_work);
  co_await cpu->submit(BlockingJob{});
  cpu->post([] { sleep(1); });
  cpu->enqueue(blocking_work);
  pool.submit([] { sleep(1); });
  pool.schedule(blocking_work);
  own.submit([] { sleep(1); });
  own.submit(blocking_work);
  own.schedule(BlockingJob{});
  auto fut = std::async(std::launch::async, blocking_work);
  auto fut2 = std::async(std::launch::async, [] { sleep(1); });
  kept.push_back(std::move(fut)); // kept elsewhere: the destructors do not wait here
  kept.push_back(std::move(fut2));
  std::thread worker(blocking_work);
  std::thread worker2(BlockingJob{});
  worker.detach();
  worker2.detach();
  co_await test::to_thread(blocking_work);
  co_await test::to_thread([] { sleep(1); });
}
