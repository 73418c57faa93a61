// aio/clock.hpp -- the loop's clock: aio::now(), and the virtual clock.
//
// Shape:
//   aio::TimePoint / aio::Duration   steady-clock time point / nanoseconds
//   aio::now()                       the running loop's clock; outside a loop,
//                                    this thread's clock (same mode rules)
//   aio::blocking_sleep(d)           std::this_thread::sleep_for for the
//                                    synchronous comparison programs, which
//                                    honours the virtual clock
// Units: any std::chrono duration is accepted and converted to nanoseconds.
//
// The virtual clock (AIO_CLOCK=virtual in the environment, or
// RunOptions::virtual_clock) follows trio's MockClock with autojump_threshold
// 0: virtual time starts at 0 and only moves when the loop has nothing ready
// to run and no worker-thread job outstanding; it then jumps straight to the
// next timer's deadline. Twelve simulated hours take milliseconds and every
// elapsed time is exact. One departure from MockClock: a step in which the
// loop's thread *waits* (wall time minus its CPU time) for longer than the
// slow-step threshold (RunOptions::slow_step, 100 ms by default) advances
// virtual time by that wait, rounded to the millisecond, so that blocking
// code (a std::this_thread::sleep_for inside a coroutine) shows its true
// cost: the `blocking` sample reports 3.00 s, not 0. Computation is never
// charged, so correct code stays exact even when slow (sanitizers, -O0),
// and neither is time the thread spent preempted on a loaded machine: a
// step is charged only if its thread blocked in the kernel meanwhile (a
// voluntary context switch, getrusage(2)).
//
// The virtual time lives per thread: a loop starts from the thread's current
// virtual time and hands its final time back, so a program can read
// aio::now() before and after aio::run() and get exact elapsed times.
// Throws: nothing. Thread-safety: per thread; no sharing.
#pragma once
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <sys/resource.h>
#include <thread>

namespace aio {

using Duration = std::chrono::nanoseconds;
using TimePoint = std::chrono::time_point<std::chrono::steady_clock, Duration>;

namespace detail {

/// CPU time consumed by the calling thread (CLOCK_THREAD_CPUTIME_ID).
inline std::chrono::nanoseconds thread_cpu_time() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec);
}

// How many times this thread gave up the CPU of its own accord (blocked in
// the kernel: a sleep, a read, a lock). Preemption by other processes does
// not count, so a batch in which it did not grow never waited, however
// late a loaded machine ran it (getrusage(2), RUSAGE_THREAD, Linux).
inline long thread_voluntary_switches() {
  rusage ru{};
  getrusage(RUSAGE_THREAD, &ru);
  return ru.ru_nvcsw;
}

inline bool env_is(const char* name, const char* value) {
  const char* v = std::getenv(name);
  return v != nullptr && std::strcmp(v, value) == 0;
}
inline bool env_virtual_clock() { return env_is("AIO_CLOCK", "virtual"); }

// The thread's clock, used outside any loop. A loop copies it in and out.
struct ThreadClock {
  bool virtual_mode = env_virtual_clock();
  TimePoint virtual_now{};
};
inline ThreadClock& thread_clock() {
  thread_local ThreadClock clock;
  return clock;
}
inline TimePoint real_now() {
  return std::chrono::time_point_cast<Duration>(std::chrono::steady_clock::now());
}

} // namespace detail

// Defined in loop.hpp (included at the end of this header).
TimePoint now();

// Sleeps the calling *thread*. Never call it inside a coroutine: that blocks
// the event loop (it is what coro-blocking-call flags). Under the virtual
// clock it advances this thread's virtual time instead of sleeping.
template <class Rep, class Period>
void blocking_sleep(std::chrono::duration<Rep, Period> d) {
  auto& clock = detail::thread_clock();
  if (clock.virtual_mode)
    clock.virtual_now += std::chrono::duration_cast<Duration>(d);
  else
    std::this_thread::sleep_for(d);
}

} // namespace aio

#include "loop.hpp"
