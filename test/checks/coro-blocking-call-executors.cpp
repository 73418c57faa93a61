// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// A coroutine that moves itself to a blocking-tolerant executor may block
// until it moves again (BlockingTolerantExecutors, default: concurrencpp's
// background and thread executors).
#include "coro-executors.h"
#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

// concurrencpp's own example: both pools are thread_pool_executors; the
// parameter's name says which one is the background executor.
concurrencpp::result<void>
replace_chars_in_file(std::shared_ptr<concurrencpp::thread_pool_executor> background_executor,
                      std::shared_ptr<concurrencpp::thread_pool_executor> threadpool_executor,
                      const std::string file_path, char from, char to) {
  co_await concurrencpp::resume_on(background_executor);
  // we're running on the background executor now. we can safely block.
  std::vector<char> file_content;
  {
    std::ifstream input;
    input.open(file_path, std::ios::binary);
  }
  co_await concurrencpp::resume_on(threadpool_executor);
  for (auto &c : file_content)
    if (c == from)
      c = to;
  co_await concurrencpp::resume_on(background_executor);
  std::ofstream output;
  output.open(file_path, std::ios::binary);
}

// Before the switch, and after switching back to the cpu pool, blocking is
// reported again.
concurrencpp::result<void> around(concurrencpp::runtime &rt) {
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'around' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
  co_await concurrencpp::resume_on(rt.background_executor());
  sleep(2);
  co_await concurrencpp::resume_on(rt.thread_pool_executor());
  sleep(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'around'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
  co_await concurrencpp::resume_on(*rt.thread_executor());
  sleep(4);
  auto manual = rt.make_manual_executor();
  co_await concurrencpp::resume_on(manual);
  sleep(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'around'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
}

// The accessor is followed through a local variable and a copy.
concurrencpp::result<void> through_local(concurrencpp::runtime &rt) {
  auto bg = rt.background_executor();
  auto copy = bg;
  co_await concurrencpp::resume_on(copy);
  FILE *f = fopen("data.txt", "r");
  fclose(f);
}

// Unlisted executors: a thread pool's schedule(), libcoro's pool,
// async_simple's dispatch. Blocking there stalls the pool's other work.
coro::thread_pool pool;
cppcoro::static_thread_pool static_pool;
concurrencpp::result<void> unlisted(async_simple::Executor *ex) {
  co_await pool.schedule();
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'unlisted'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
  co_await static_pool.schedule();
  sleep(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'unlisted'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
  co_await async_simple::coro::dispatch(ex);
  sleep(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'unlisted'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
}

// Control flow is followed conservatively: a switch inside an `if` counts
// to the end of its block only; a switch in a larger expression does not
// count; a loop that also switches to an unlisted executor comes back to
// its first statement from there.
concurrencpp::result<void> flow(concurrencpp::runtime &rt, bool slow) {
  if (slow) {
    co_await concurrencpp::resume_on(rt.background_executor());
    sleep(1);
  }
  sleep(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'flow'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
  if (slow)
    co_await concurrencpp::resume_on(rt.background_executor());
  sleep(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'flow'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
  co_await concurrencpp::resume_on(rt.background_executor());
  for (int i = 0; i < 3; ++i) {
    sleep(4);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' (sleep) in coroutine 'flow'
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: {{.*}}
    co_await concurrencpp::resume_on(rt.thread_pool_executor());
  }
  for (int i = 0; i < 3; ++i) {
    co_await concurrencpp::resume_on(rt.background_executor());
    sleep(5);
    co_await concurrencpp::resume_on(rt.thread_pool_executor());
  }
  // An unlisted switch in a branch ends the earlier switch.
  co_await concurrencpp::resume_on(rt.background_executor());
  if (slow)
    co_await concurrencpp::resume_on(rt.thread_pool_executor());
  sleep(6);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'flow'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
}

// stdexec: schedule(sch) does not move an exec::task (it comes back);
// reschedule_coroutine_on(sch) does, but a static_thread_pool is not listed.
concurrencpp::result<void> senders(exec::static_thread_pool &workers) {
  co_await stdexec::schedule(workers.get_scheduler());
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'senders'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
  co_await exec::reschedule_coroutine_on(workers.get_scheduler());
  sleep(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'senders'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}
}
