// RUN: %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {BlockingTolerantExecutors: 'app::BlockingPool;app::Services::io;io_scheduler;asio::thread_pool;coro::thread_pool;async_simple::executors::SimpleExecutor;exec::static_thread_pool::get_scheduler'}}" \
// RUN:   -- -I%S/Inputs
// BlockingTolerantExecutors is a global option: a user's own executor type,
// a data member, a variable name, an asio pool, a libcoro pool, an
// async_simple executor and a stdexec scheduler accessor are listed; the
// defaults (concurrencpp's background and thread executors) are not.
#include "coro-executors.h"
#include <unistd.h>

namespace app {
class BlockingPool : public concurrencpp::executor {};
struct Services {
  std::shared_ptr<concurrencpp::thread_pool_executor> io;
  std::shared_ptr<concurrencpp::thread_pool_executor> cpu;
};
} // namespace app

concurrencpp::result<void> own(std::shared_ptr<app::BlockingPool> pool,
                               app::Services &services,
                               concurrencpp::runtime &rt) {
  co_await concurrencpp::resume_on(pool);
  sleep(1);
  co_await concurrencpp::resume_on(services.cpu);
  sleep(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'own' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
  co_await concurrencpp::resume_on(services.io);
  sleep(3);
  // The default is replaced: the background executor is not listed now.
  co_await concurrencpp::resume_on(rt.background_executor());
  sleep(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'own'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
  co_await concurrencpp::resume_on(rt.thread_executor());
  sleep(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'own'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
}

// A variable named in the list.
concurrencpp::result<void> named(concurrencpp::runtime &rt) {
  auto io_scheduler = rt.thread_pool_executor();
  co_await concurrencpp::resume_on(io_scheduler);
  sleep(1);
}

// libcoro and async_simple, listed.
coro::thread_pool pool;
concurrencpp::result<void> others(async_simple::executors::SimpleExecutor *simple,
                                  async_simple::Executor *unknown) {
  co_await pool.schedule();
  sleep(1);
  co_await async_simple::coro::dispatch(unknown);
  sleep(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'others'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
  co_await async_simple::coro::dispatch(simple);
  sleep(3);
}

// stdexec: reschedule_coroutine_on moves the task; schedule does not.
concurrencpp::result<void> senders(exec::static_thread_pool &workers) {
  co_await stdexec::schedule(workers.get_scheduler());
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'senders'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
  co_await exec::reschedule_coroutine_on(workers.get_scheduler());
  sleep(2);
}

// asio: post(pool, use_awaitable) comes back to the coroutine's executor;
// a completion token bound to the pool moves the coroutine there until its
// next suspension point.
asio::thread_pool blocking_pool;
asio::awaitable<void> hops() {
  co_await asio::post(blocking_pool.get_executor(), asio::use_awaitable);
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'hops'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
  co_await asio::dispatch(asio::bind_executor(blocking_pool.get_executor(), asio::use_awaitable));
  sleep(2);
  co_await asio::post(asio::use_awaitable);
  sleep(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'hops'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
  co_await asio::post(asio::bind_executor(blocking_pool.get_executor(), asio::use_awaitable));
  for (int i = 0; i < 2; ++i) {
    sleep(4);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' (sleep) in coroutine 'hops'
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: {{.*}}
    co_await asio::post(asio::use_awaitable);
  }
}
