// runner.cpp -- the aio runtime's behaviour tests, in one program.
//
// Usage: aio-runtime-tests [SUBSTRING...]   runs the tests whose names
// contain a SUBSTRING (all by default). lit compiles it once per
// configuration (clang, gcc, each plain and with ASan+UBSan; the to_thread
// tests also under TSan). Timing-sensitive tests run on the virtual clock,
// so nothing here depends on the machine's speed.
#include "harness.hpp"

#include <aio/aio.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace std::chrono_literals;

namespace {

const aio::RunOptions kVirtual{.virtual_clock = true, .debug = false};

struct Boom : std::runtime_error {
  Boom() : std::runtime_error("boom") {}
};

// Counts live instances: proves RAII cleanup ran.
struct Guard {
  int* counter;
  explicit Guard(int* c) : counter(c) { ++*counter; }
  Guard(const Guard&) = delete;
  ~Guard() { --*counter; }
};

// ---- Task basics and exception propagation -------------------------------

aio::Task<int> answer() { co_return 42; }
aio::Task<int> add_one(int x) { co_return x + 1; }
aio::Task<int> nested() {
  int a = co_await answer();
  co_return co_await add_one(a);
}

AIO_TEST(task_returns_values) {
  CHECK_EQ(aio::run(nested()), 43);
  std::unique_ptr<int> p = aio::run([]() -> aio::Task<std::unique_ptr<int>> {
    co_return std::make_unique<int>(7);
  }());
  CHECK_EQ(*p, 7);
}

aio::Task<int> throws_after_sleep() {
  co_await aio::sleep(1ms);
  throw Boom();
}
aio::Task<int> catches() {
  try {
    co_await throws_after_sleep();
  } catch (const Boom&) {
    co_return 1;
  }
  co_return 0;
}

AIO_TEST(exception_propagates_to_awaiter) {
  CHECK_EQ(aio::run(catches(), kVirtual), 1);
  CHECK_THROWS(aio::run(throws_after_sleep(), kVirtual), Boom);
}

AIO_TEST(exception_propagates_through_handle) {
  aio::run([]() -> aio::Task<void> {
    auto h = aio::create_task(throws_after_sleep());
    bool caught = false;
    try {
      co_await h;
    } catch (const Boom&) {
      caught = true;
    }
    CHECK(caught);
    CHECK(h.done());
    CHECK(!h.cancelled());
  }(), kVirtual);
}

AIO_TEST(task_is_lazy) {
  bool ran = false;
  auto body = [](bool* r) -> aio::Task<void> {
    *r = true;
    co_return;
  };
  {
    aio::Task<void> t = body(&ran);
    CHECK(!ran);
    aio::run(std::move(t));
  }
  CHECK(ran);
}

// ---- sleep, virtual clock ---------------------------------------------------

AIO_TEST(virtual_clock_is_exact) {
  aio::run([]() -> aio::Task<void> {
    aio::TimePoint t0 = aio::now();
    co_await aio::sleep(12h);
    CHECK(aio::now() - t0 == 12h);
    co_await aio::sleep(std::chrono::duration<double>(0.25));
    CHECK(aio::now() - t0 == 12h + 250ms);
  }(), kVirtual);
}

AIO_TEST(sleep_zero_yields_to_ready_tasks) {
  std::vector<int> order;
  auto worker = [](std::vector<int>* o, int id) -> aio::Task<void> {
    for (int i = 0; i < 3; ++i) {
      o->push_back(id * 10 + i);
      co_await aio::sleep(0s);
    }
  };
  aio::run(aio::gather(worker(&order, 1), worker(&order, 2)), kVirtual);
  std::vector<int> expected{10, 20, 11, 21, 12, 22};
  CHECK(order == expected);
}

AIO_TEST(timers_fire_in_deadline_order) {
  std::vector<int> order;
  auto sleeper = [](std::vector<int>* o, int ms) -> aio::Task<void> {
    co_await aio::sleep(std::chrono::milliseconds(ms));
    o->push_back(ms);
  };
  aio::run(aio::gather(sleeper(&order, 30), sleeper(&order, 10), sleeper(&order, 20),
                       sleeper(&order, 10)),
           kVirtual);
  std::vector<int> expected{10, 10, 20, 30};
  CHECK(order == expected);
}

AIO_TEST(timers_equal_deadlines_fire_in_arming_order) {
  // Timers live in a FIFO (non-decreasing deadlines) and a heap (the rest);
  // the order must be (deadline, arming order) across both.
  std::vector<int> order;
  auto sleeper = [](std::vector<int>* o, int id, int ms) -> aio::Task<void> {
    co_await aio::sleep(std::chrono::milliseconds(ms));
    o->push_back(id);
  };
  aio::run([](std::vector<int>* o, auto sleeper) -> aio::Task<void> {
    std::vector<aio::TaskHandle<void>> hs;
    hs.push_back(aio::create_task(sleeper(o, 1, 20)));  // FIFO
    hs.push_back(aio::create_task(sleeper(o, 2, 30)));  // FIFO
    hs.push_back(aio::create_task(sleeper(o, 3, 20)));  // heap (20 < 30)
    hs.push_back(aio::create_task(sleeper(o, 4, 30)));  // FIFO
    hs.push_back(aio::create_task(sleeper(o, 5, 25)));  // heap, cancelled below
    hs.push_back(aio::create_task(sleeper(o, 6, 40)));  // FIFO, cancelled below
    hs.push_back(aio::create_task(sleeper(o, 7, 10)));  // heap
    co_await aio::sleep(0s); // all armed now
    co_await aio::sleep(0s);
    hs[4].cancel();
    hs[5].cancel();
    for (int i = 0; i < 7; ++i) {
      try {
        co_await hs[static_cast<std::size_t>(i)];
      } catch (const aio::CancelledError&) {
        o->push_back(-(i + 1));
      }
    }
  }(&order, sleeper), kVirtual);
  std::vector<int> expected{7, 1, 3, 2, 4, -5, -6};
  CHECK(order == expected);
}

AIO_TEST(real_clock_sleep_waits) {
  // Only a lower bound: wall-clock upper bounds would make the test flaky.
  aio::TimePoint t0 = aio::now();
  aio::run([]() -> aio::Task<void> { co_await aio::sleep(20ms); }(), aio::RunOptions{.virtual_clock = false, .debug = false});
  CHECK(aio::now() - t0 >= 20ms);
}

// ---- gather -------------------------------------------------------------------

aio::Task<int> value_after(int v, std::chrono::milliseconds d) {
  co_await aio::sleep(d);
  co_return v;
}

AIO_TEST(gather_tuple_and_vector) {
  aio::run([]() -> aio::Task<void> {
    auto [a, b, c] = co_await aio::gather(value_after(1, 30ms), value_after(2, 10ms),
                                          []() -> aio::Task<void> { co_return; }());
    CHECK_EQ(a, 1);
    CHECK_EQ(b, 2);
    (void)c;
    std::vector<aio::Task<int>> tasks;
    for (int i = 0; i < 5; ++i) tasks.push_back(value_after(i, std::chrono::milliseconds(50 - i)));
    aio::TimePoint t0 = aio::now();
    std::vector<int> v = co_await aio::gather(std::move(tasks));
    CHECK(aio::now() - t0 == 50ms); // concurrent, not 240 ms
    CHECK((v == std::vector<int>{0, 1, 2, 3, 4}));
  }(), kVirtual);
}

aio::Task<int> sleeps_with_guard(int* live, int* finished, std::chrono::milliseconds d) {
  Guard g(live);
  co_await aio::sleep(d);
  ++*finished;
  co_return 0;
}

AIO_TEST(gather_first_exception_cancels_siblings) {
  int live = 0, finished = 0;
  aio::run([](int* live, int* finished) -> aio::Task<void> {
    aio::TimePoint t0 = aio::now();
    bool caught = false;
    try {
      co_await aio::gather(sleeps_with_guard(live, finished, 1000ms), throws_after_sleep(),
                           sleeps_with_guard(live, finished, 2000ms));
    } catch (const Boom&) {
      caught = true;
    }
    CHECK(caught);
    CHECK_EQ(*live, 0);      // siblings were cancelled and unwound before gather threw
    CHECK_EQ(*finished, 0);  // ... and never reached the end of their sleep
    CHECK(aio::now() - t0 == 1ms);
  }(&live, &finished), kVirtual);
}

AIO_TEST(many_timers_with_cancellations) {
  // Exercises FIFO compaction and heap removal at scale.
  aio::run([]() -> aio::Task<void> {
    std::vector<aio::TaskHandle<int>> hs;
    for (int i = 0; i < 20000; ++i)
      hs.push_back(aio::create_task(value_after(i, std::chrono::milliseconds(i % 3 == 0 ? 5000 - i / 10 : i))));
    co_await aio::sleep(0s);
    co_await aio::sleep(0s);
    for (std::size_t i = 0; i < hs.size(); i += 2) hs[i].cancel();
    long sum = 0, cancelled = 0;
    for (std::size_t i = 0; i < hs.size(); ++i) {
      try {
        sum += co_await hs[i];
      } catch (const aio::CancelledError&) {
        ++cancelled;
      }
    }
    CHECK_EQ(cancelled, 10000L);
    CHECK_EQ(sum, 100000000L); // the odd i: 1 + 3 + ... + 19999 = 10000^2
  }(), kVirtual);
}

// ---- create_task, cancellation ----------------------------------------------

AIO_TEST(gather_handles) {
  aio::run([]() -> aio::Task<void> {
    std::vector<aio::TaskHandle<int>> hs;
    for (int i = 0; i < 3; ++i) hs.push_back(aio::create_task(value_after(i, std::chrono::milliseconds(30 - i))));
    std::vector<int> v = co_await aio::gather(std::move(hs));
    CHECK((v == std::vector<int>{0, 1, 2}));
  }(), kVirtual);
}

AIO_TEST(gather_cancelled_cancels_children) {
  int live = 0, finished = 0;
  aio::run([](int* live, int* finished) -> aio::Task<void> {
    auto g = aio::create_task(aio::gather(sleeps_with_guard(live, finished, 1h),
                                          sleeps_with_guard(live, finished, 2h)));
    co_await aio::sleep(1s);
    CHECK_EQ(*live, 2);
    g.cancel();
    CHECK_THROWS(co_await g, aio::CancelledError);
    co_await aio::sleep(0s); // the children unwind in the next iteration
    CHECK_EQ(*live, 0);
    CHECK_EQ(*finished, 0);
  }(&live, &finished), kVirtual);
}

AIO_TEST(create_task_runs_without_await) {
  int counter = 0;
  aio::run([](int* c) -> aio::Task<void> {
    {
      auto h = aio::create_task([](int* c) -> aio::Task<void> {
        co_await aio::sleep(10ms);
        ++*c;
      }(c));
      // The handle is dropped here: the task is detached and keeps running.
    }
    co_await aio::sleep(20ms);
    CHECK_EQ(*c, 1);
  }(&counter), kVirtual);
  CHECK_EQ(counter, 1);
}

AIO_TEST(cancel_delivers_cancelled_error_and_runs_raii) {
  int live = 0, finished = 0;
  aio::run([](int* live, int* finished) -> aio::Task<void> {
    aio::TimePoint t0 = aio::now();
    auto h = aio::create_task(sleeps_with_guard(live, finished, 1h));
    co_await aio::sleep(1s);
    CHECK_EQ(*live, 1);
    CHECK(h.cancel());
    bool caught = false;
    try {
      co_await h;
    } catch (const aio::CancelledError&) {
      caught = true;
    }
    CHECK(caught);
    CHECK(h.cancelled());
    CHECK_EQ(*live, 0);
    CHECK_EQ(*finished, 0);
    CHECK(!h.cancel()); // already done
    CHECK(aio::now() - t0 == 1s); // the 1 h timer was disarmed, not waited for
  }(&live, &finished), kVirtual);
}

AIO_TEST(cancel_before_start_never_runs_body) {
  bool ran = false;
  aio::run([](bool* ran) -> aio::Task<void> {
    auto h = aio::create_task([](bool* r) -> aio::Task<void> {
      *r = true;
      co_return;
    }(ran));
    h.cancel();
    CHECK_THROWS(co_await h, aio::CancelledError);
  }(&ran), kVirtual);
  CHECK(!ran);
}

AIO_TEST(cancelled_task_may_catch_and_continue) {
  aio::run([]() -> aio::Task<void> {
    auto h = aio::create_task([]() -> aio::Task<int> {
      bool cancelled = false;
      try {
        co_await aio::sleep(1h);
      } catch (const aio::CancelledError&) {
        cancelled = true;
      }
      if (!cancelled) co_return 0;
      co_await aio::sleep(1s); // cleanup that itself awaits
      co_return 7;
    }());
    co_await aio::sleep(0s);
    h.cancel();
    CHECK_EQ(co_await h, 7);
  }(), kVirtual);
}

AIO_TEST(cancelling_awaiter_cancels_awaited_task) {
  int live = 0, finished = 0;
  aio::run([](int* live, int* finished) -> aio::Task<void> {
    auto inner = aio::create_task(sleeps_with_guard(live, finished, 1h));
    auto outer = aio::create_task([](aio::TaskHandle<int>* in) -> aio::Task<void> {
      co_await *in;
    }(&inner));
    co_await aio::sleep(1s);
    outer.cancel();
    CHECK_THROWS(co_await outer, aio::CancelledError);
    CHECK_THROWS(co_await inner, aio::CancelledError);
    CHECK_EQ(*live, 0);
  }(&live, &finished), kVirtual);
}

AIO_TEST(run_cancels_leftover_tasks) {
  int live = 0, finished = 0;
  aio::run([](int* live, int* finished) -> aio::Task<void> {
    auto h = aio::create_task(sleeps_with_guard(live, finished, 1h));
    co_await aio::sleep(1s);
    CHECK_EQ(*live, 1);
  }(&live, &finished), kVirtual);
  CHECK_EQ(live, 0);
  CHECK_EQ(finished, 0);
}

// ---- wait_for -------------------------------------------------------------------

AIO_TEST(wait_for_timeout_cancels_inner) {
  int live = 0, finished = 0;
  aio::run([](int* live, int* finished) -> aio::Task<void> {
    aio::TimePoint t0 = aio::now();
    CHECK_THROWS(co_await aio::wait_for(sleeps_with_guard(live, finished, 10s), 2s),
                 aio::TimeoutError);
    CHECK(aio::now() - t0 == 2s);
    CHECK_EQ(*live, 0);
    CHECK_EQ(*finished, 0);
    // In time: the value comes back, the timer is disarmed.
    int v = co_await aio::wait_for(value_after(5, 100ms), 1s);
    CHECK_EQ(v, 5);
    CHECK(aio::now() - t0 == 2100ms);
    // Exceptions of the inner task propagate.
    CHECK_THROWS(co_await aio::wait_for(throws_after_sleep(), 1s), Boom);
  }(&live, &finished), kVirtual);
}

AIO_TEST(wait_for_returns_value_if_inner_finishes_anyway) {
  aio::run([]() -> aio::Task<void> {
    int v = co_await aio::wait_for([]() -> aio::Task<int> {
      bool cancelled = false;
      try {
        co_await aio::sleep(1h);
      } catch (const aio::CancelledError&) {
        cancelled = true;
      }
      co_return cancelled ? 99 : 0; // swallowed the cancellation: asyncio 3.12 returns this
    }(), 1s);
    CHECK_EQ(v, 99);
  }(), kVirtual);
}

AIO_TEST(wait_for_outer_cancel_cancels_inner) {
  int live = 0, finished = 0;
  aio::run([](int* live, int* finished) -> aio::Task<void> {
    auto outer = aio::create_task([](int* live, int* finished) -> aio::Task<int> {
      co_return co_await aio::wait_for(sleeps_with_guard(live, finished, 1h), 2h);
    }(live, finished));
    co_await aio::sleep(1s);
    outer.cancel();
    CHECK_THROWS(co_await outer, aio::CancelledError);
    co_await aio::sleep(0s); // let the inner task unwind
    CHECK_EQ(*live, 0);
  }(&live, &finished), kVirtual);
}

AIO_TEST(wait_for_any_awaitable) {
  aio::run([]() -> aio::Task<void> {
    aio::Event ev;
    CHECK_THROWS(co_await aio::wait_for(ev.wait(), 50ms), aio::TimeoutError);
    auto setter = aio::create_task([](aio::Event* e) -> aio::Task<void> {
      co_await aio::sleep(10ms);
      e->set();
    }(&ev));
    co_await aio::wait_for(ev.wait(), 50ms);
    CHECK(ev.is_set());
    co_await setter;
  }(), kVirtual);
}

// ---- Queue ------------------------------------------------------------------------

AIO_TEST(queue_nowait_and_sizes) {
  aio::run([]() -> aio::Task<void> {
    aio::Queue<int> q(2);
    CHECK(q.empty());
    CHECK_EQ(q.maxsize(), 2u);
    q.put_nowait(1);
    q.put_nowait(2);
    CHECK(q.full());
    CHECK_EQ(q.qsize(), 2u);
    CHECK_THROWS(q.put_nowait(3), aio::QueueFull);
    CHECK_EQ(q.get_nowait(), 1);
    CHECK_EQ(q.get_nowait(), 2);
    CHECK_THROWS(q.get_nowait(), aio::QueueEmpty);
    q.task_done();
    q.task_done();
    CHECK_THROWS(q.task_done(), std::logic_error);
    aio::Queue<int> unbounded;
    for (int i = 0; i < 1000; ++i) unbounded.put_nowait(i);
    CHECK(!unbounded.full());
    co_return;
  }(), kVirtual);
}

AIO_TEST(queue_bounded_put_waits) {
  aio::run([]() -> aio::Task<void> {
    aio::Queue<int> q(1);
    std::vector<std::string> log;
    aio::TimePoint t0 = aio::now();
    auto producer = aio::create_task([](aio::Queue<int>* q, std::vector<std::string>* log,
                                        aio::TimePoint t0) -> aio::Task<void> {
      for (int i = 0; i < 3; ++i) {
        co_await q->put(i);
        log->push_back("put " + std::to_string(i) + " at " + std::to_string((aio::now() - t0) / 1s));
      }
    }(&q, &log, t0));
    co_await aio::sleep(5s);
    CHECK_EQ(log.size(), 1u); // the second put waits: the queue is full
    CHECK_EQ(co_await q.get(), 0);
    co_await aio::sleep(5s);
    CHECK_EQ(co_await q.get(), 1);
    CHECK_EQ(co_await q.get(), 2);
    co_await producer;
    std::vector<std::string> expected{"put 0 at 0", "put 1 at 5", "put 2 at 10"};
    CHECK(log == expected);
  }(), kVirtual);
}

AIO_TEST(queue_get_waits_and_fifo_getters) {
  aio::run([]() -> aio::Task<void> {
    aio::Queue<std::string> q;
    std::vector<std::string> got;
    auto getter = [](aio::Queue<std::string>* q, std::vector<std::string>* got, int id) -> aio::Task<void> {
      std::string s = co_await q->get();
      got->push_back(std::to_string(id) + ":" + s);
    };
    auto g1 = aio::create_task(getter(&q, &got, 1));
    auto g2 = aio::create_task(getter(&q, &got, 2));
    co_await aio::sleep(1s);
    CHECK(got.empty());
    co_await q.put("a");
    co_await q.put("b");
    co_await g1;
    co_await g2;
    CHECK((got == std::vector<std::string>{"1:a", "2:b"}));
  }(), kVirtual);
}

AIO_TEST(queue_join_waits_for_task_done) {
  aio::run([]() -> aio::Task<void> {
    aio::Queue<int> q;
    int processed = 0;
    auto consumer = aio::create_task([](aio::Queue<int>* q, int* processed) -> aio::Task<void> {
      for (;;) {
        int item = co_await q->get();
        co_await aio::sleep(std::chrono::seconds(item));
        ++*processed;
        q->task_done();
      }
    }(&q, &processed));
    for (int i = 1; i <= 3; ++i) co_await q.put(i);
    aio::TimePoint t0 = aio::now();
    co_await q.join();
    CHECK_EQ(processed, 3);
    CHECK(aio::now() - t0 == 6s);
    consumer.cancel();
    CHECK_THROWS(co_await consumer, aio::CancelledError);
  }(), kVirtual);
}

AIO_TEST(queue_move_only_items) {
  aio::run([]() -> aio::Task<void> {
    aio::Queue<std::unique_ptr<int>> q(1);
    co_await q.put(std::make_unique<int>(1));
    auto putter = aio::create_task([](aio::Queue<std::unique_ptr<int>>* q) -> aio::Task<void> {
      auto item = std::make_unique<int>(2);
      co_await q->put(std::move(item)); // waits: the queue is full
    }(&q));
    co_await aio::sleep(1s);
    CHECK_EQ(*co_await q.get(), 1);
    CHECK_EQ(*co_await q.get(), 2);
    co_await putter;
  }(), kVirtual);
}

AIO_TEST(queue_cancelled_getter_takes_nothing) {
  aio::run([]() -> aio::Task<void> {
    aio::Queue<int> q;
    auto g = aio::create_task([](aio::Queue<int>* q) -> aio::Task<int> { co_return co_await q->get(); }(&q));
    co_await aio::sleep(1s);
    g.cancel();
    CHECK_THROWS(co_await g, aio::CancelledError);
    q.put_nowait(5);
    CHECK_EQ(q.qsize(), 1u);
    CHECK_EQ(co_await q.get(), 5);
  }(), kVirtual);
}

// ---- Event, Lock, Semaphore --------------------------------------------------------

AIO_TEST(event_wakes_all_waiters) {
  aio::run([]() -> aio::Task<void> {
    aio::Event ev;
    int woken = 0;
    auto waiter = [](aio::Event* e, int* w) -> aio::Task<void> {
      co_await e->wait();
      ++*w;
    };
    std::vector<aio::TaskHandle<void>> hs;
    for (int i = 0; i < 3; ++i) hs.push_back(aio::create_task(waiter(&ev, &woken)));
    co_await aio::sleep(1s);
    CHECK_EQ(woken, 0);
    ev.set();
    co_await aio::gather(std::move(hs));
    CHECK_EQ(woken, 3);
    co_await ev.wait(); // set: does not suspend
    ev.clear();
    CHECK(!ev.is_set());
  }(), kVirtual);
}

AIO_TEST(lock_is_fair_fifo) {
  aio::run([]() -> aio::Task<void> {
    aio::Lock lock;
    std::vector<int> order;
    auto worker = [](aio::Lock* l, std::vector<int>* o, int id) -> aio::Task<void> {
      for (int round = 0; round < 3; ++round) {
        auto guard = co_await l->scoped();
        o->push_back(id);
        co_await aio::sleep(1ms);
      }
    };
    co_await aio::gather(worker(&lock, &order, 1), worker(&lock, &order, 2), worker(&lock, &order, 3));
    // FIFO handoff: no worker re-acquires ahead of one already waiting.
    std::vector<int> expected{1, 2, 3, 1, 2, 3, 1, 2, 3};
    CHECK(order == expected);
    CHECK(!lock.locked());
    CHECK_THROWS(lock.release(), aio::RuntimeError);
    co_await lock.acquire();
    CHECK(lock.locked());
    lock.release();
  }(), kVirtual);
}

AIO_TEST(lock_cancelled_waiter_passes_lock_on) {
  aio::run([]() -> aio::Task<void> {
    aio::Lock lock;
    co_await lock.acquire();
    auto w1 = aio::create_task([](aio::Lock* l) -> aio::Task<void> {
      auto g = co_await l->scoped();
    }(&lock));
    auto w2 = aio::create_task([](aio::Lock* l) -> aio::Task<void> {
      auto g = co_await l->scoped();
    }(&lock));
    co_await aio::sleep(1s);
    w1.cancel();
    lock.release();
    CHECK_THROWS(co_await w1, aio::CancelledError);
    co_await w2; // got the lock although w1 was ahead of it
    CHECK(!lock.locked());
  }(), kVirtual);
}

AIO_TEST(semaphore_limits_concurrency) {
  aio::run([]() -> aio::Task<void> {
    aio::Semaphore sem(2);
    int inside = 0, peak = 0;
    auto worker = [](aio::Semaphore* s, int* inside, int* peak) -> aio::Task<void> {
      auto g = co_await s->scoped();
      *peak = std::max(*peak, ++*inside);
      co_await aio::sleep(1s);
      --*inside;
    };
    std::vector<aio::Task<void>> ws;
    for (int i = 0; i < 6; ++i) ws.push_back(worker(&sem, &inside, &peak));
    aio::TimePoint t0 = aio::now();
    co_await aio::gather(std::move(ws));
    CHECK_EQ(peak, 2);
    CHECK(aio::now() - t0 == 3s);
    CHECK_EQ(sem.value(), 2u);
  }(), kVirtual);
}

AIO_TEST(semaphore_and_event_waits_are_cancellable) {
  aio::run([]() -> aio::Task<void> {
    aio::Semaphore sem(0);
    aio::Event ev;
    auto a = aio::create_task([](aio::Semaphore* s) -> aio::Task<void> { co_await s->acquire(); }(&sem));
    auto b = aio::create_task([](aio::Event* e) -> aio::Task<void> { co_await e->wait(); }(&ev));
    co_await aio::sleep(1s);
    a.cancel();
    b.cancel();
    CHECK_THROWS(co_await a, aio::CancelledError);
    CHECK_THROWS(co_await b, aio::CancelledError);
    sem.release();
    CHECK_EQ(sem.value(), 1u); // the cancelled waiter did not take it
    ev.set();
  }(), kVirtual);
}

// ---- to_thread ------------------------------------------------------------------------

int slow_square(int x) {
  std::this_thread::sleep_for(5ms); // a blocking call: fine on a worker thread
  return x * x;
}
int fails(int) { throw Boom(); }

AIO_TEST(to_thread_result_and_thread) {
  aio::run([]() -> aio::Task<void> {
    std::thread::id loop_thread = std::this_thread::get_id();
    std::thread::id worker;
    int v = co_await aio::to_thread(slow_square, 7);
    CHECK_EQ(v, 49);
    co_await aio::to_thread([&worker] { worker = std::this_thread::get_id(); });
    CHECK(worker != loop_thread);
    CHECK(std::this_thread::get_id() == loop_thread); // resumed on the loop thread
  }());
}

AIO_TEST(to_thread_exception_propagates) {
  aio::run([]() -> aio::Task<void> {
    CHECK_THROWS(co_await aio::to_thread(fails, 1), Boom);
  }());
}

AIO_TEST(to_thread_concurrent_jobs_and_loop_keeps_running) {
  aio::run([]() -> aio::Task<void> {
    std::atomic<int> inside{0};
    std::atomic<int> peak{0};
    int ticks = 0;
    auto job = [&inside, &peak] {
      int now = ++inside;
      int p = peak.load();
      while (now > p && !peak.compare_exchange_weak(p, now)) {
      }
      std::this_thread::sleep_for(30ms);
      --inside;
      return 1;
    };
    auto ticker = aio::create_task([](int* t) -> aio::Task<void> {
      for (;;) {
        ++*t;
        co_await aio::sleep(1ms);
      }
    }(&ticks));
    std::vector<aio::Task<int>> jobs;
    for (int i = 0; i < 4; ++i) jobs.push_back(aio::to_thread(job));
    std::vector<int> r = co_await aio::gather(std::move(jobs));
    CHECK_EQ(r.size(), 4u);
    CHECK(peak.load() >= 2); // the pool ran them concurrently
    CHECK(ticks > 1);        // the loop was not blocked meanwhile
    ticker.cancel();
  }());
}

AIO_TEST(to_thread_with_virtual_clock) {
  aio::run([]() -> aio::Task<void> {
    // A timer must not jump ahead of an outstanding worker job.
    auto h = aio::create_task(value_after(1, 1h));
    int v = co_await aio::to_thread(slow_square, 3);
    CHECK_EQ(v, 9);
    CHECK(!h.done());
    CHECK_EQ(co_await h, 1);
  }(), kVirtual);
}

AIO_TEST(to_thread_cancel_waits_for_job) {
  aio::run([]() -> aio::Task<void> {
    std::atomic<bool> job_done{false};
    auto h = aio::create_task([](std::atomic<bool>* d) -> aio::Task<void> {
      co_await aio::to_thread([d] {
        std::this_thread::sleep_for(20ms);
        d->store(true);
      });
    }(&job_done));
    co_await aio::sleep(1ms);
    h.cancel();
    CHECK_THROWS(co_await h, aio::CancelledError);
    CHECK(job_done.load()); // delivered only once the job returned
  }());
}

// ---- files and streams ----------------------------------------------------------------

AIO_TEST(files_roundtrip) {
  std::string path = "/tmp/aio-runtime-test-" + std::to_string(::getpid()) + ".txt";
  aio::run([](std::string path) -> aio::Task<void> {
    co_await aio::write_file(path, "hello\n");
    co_await aio::write_file(path, "world\n", aio::FileMode::append);
    std::string s = co_await aio::read_file(path);
    CHECK_EQ(s, std::string("hello\nworld\n"));
    CHECK_THROWS(co_await aio::read_file(path + ".missing"), std::system_error);
  }(path));
  ::unlink(path.c_str());
}

aio::Task<void> echo_lines(aio::Stream s) {
  for (;;) {
    std::string line = co_await s.readline();
    if (line.empty()) break;
    co_await s.write(line);
  }
}

AIO_TEST(streams_echo_roundtrip) {
  aio::run([]() -> aio::Task<void> {
    aio::Server server = co_await aio::start_server(echo_lines, "127.0.0.1", 0);
    CHECK(server.port() != 0);
    aio::Stream c = co_await aio::open_connection("127.0.0.1", server.port());
    std::string big(200000, 'x'); // larger than the socket buffers
    co_await c.write("one\n" + big + "\n");
    CHECK_EQ(co_await c.readline(), std::string("one\n"));
    CHECK_EQ((co_await c.readline()).size(), big.size() + 1);
    c.close();
    server.close();
    // Nothing listens there any more.
    std::uint16_t port = server.port();
    CHECK_THROWS(co_await aio::open_connection("127.0.0.1", port), std::system_error);
  }());
}

AIO_TEST(streams_read_and_eof) {
  aio::run([]() -> aio::Task<void> {
    aio::Server server = co_await aio::start_server(
        [](aio::Stream s) -> aio::Task<void> {
          co_await s.write("abcdef\nlast line without newline");
          s.close();
        },
        "127.0.0.1", 0);
    aio::Stream c = co_await aio::open_connection("localhost", server.port());
    CHECK_EQ(co_await c.read(3), std::string("abc"));
    CHECK_EQ(co_await c.readline(), std::string("def\n"));
    CHECK_EQ(co_await c.readline(), std::string("last line without newline"));
    CHECK_EQ(co_await c.read(), std::string(""));
    CHECK(c.at_eof());
    c.close();
    server.close();
  }());
}

// ---- misuse ---------------------------------------------------------------------------

AIO_TEST(nested_run_throws_runtime_error) {
  aio::run([]() -> aio::Task<void> {
    bool caught = false;
    try {
      aio::run(answer()); // NOLINT(coro-sync-wait-in-coroutine): the misuse under test
    } catch (const aio::RuntimeError& e) {
      caught = std::string(e.what()).find("cannot be called from a running event loop") !=
               std::string::npos;
    }
    CHECK(caught);
    co_return;
  }());
}

AIO_TEST(deadlock_is_reported) {
  CHECK_THROWS(aio::run([]() -> aio::Task<void> {
    aio::Event never;
    co_await never.wait();
  }(), kVirtual), aio::RuntimeError);
}

AIO_TEST(loops_on_several_threads) {
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([&ok, i] {
      if (aio::run(value_after(i, 10ms), kVirtual) == i) ++ok;
    });
  for (auto& t : threads) t.join();
  CHECK_EQ(ok.load(), 4);
}

// ---- scale ------------------------------------------------------------------------------

aio::Task<long> deep(int n) {
  if (n == 0) co_return 0;
  co_return 1 + co_await deep(n - 1);
}

AIO_TEST(million_deep_await_chain) {
  // Symmetric transfer: constant stack for a million nested co_awaits.
  CHECK_EQ(aio::run(deep(1000000)), 1000000L);
}

AIO_TEST(hundred_thousand_concurrent_tasks) {
  long total = aio::run([]() -> aio::Task<long> {
    std::vector<aio::Task<int>> tasks;
    tasks.reserve(100000);
    for (int i = 0; i < 100000; ++i) tasks.push_back(value_after(1, std::chrono::milliseconds(i % 100)));
    aio::TimePoint t0 = aio::now();
    std::vector<int> r = co_await aio::gather(std::move(tasks));
    CHECK(aio::now() - t0 == 99ms);
    long sum = 0;
    for (int x : r) sum += x;
    co_return sum;
  }(), kVirtual);
  CHECK_EQ(total, 100000L);
}

} // namespace

int main(int argc, char** argv) { return harness::run_all(argc, argv); }
