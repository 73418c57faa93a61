// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Waiting for another thread, process or event (category `wait`, on by
// default), called directly by an async coroutine. test::Task belongs to no
// known library: the notes use neutral wording.
#include "coro-task.h"
#include <atomic>
#include <barrier>
#include <chrono>
#include <condition_variable>
#include <fcntl.h>
#include <future>
#include <latch>
#include <mqueue.h>
#include <mutex>
#include <pthread.h>
#include <semaphore.h>
#include <semaphore>
#include <shared_mutex>
#include <signal.h>
#include <sys/file.h>
#include <thread>
#include <threads.h>
#include <unistd.h>

using namespace std::chrono_literals;
std::mutex m;
std::condition_variable cv;

test::Task waiting(std::future<int> f, std::shared_future<int> sf, std::thread t) {
  std::unique_lock lock(m, std::defer_lock);
  cv.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait' (wait) in coroutine 'waiting' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use your library's async event or condition variable and 'co_await' it
  cv.wait_for(lock, 10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait_for' (wait) in coroutine 'waiting'
  cv.wait_until(lock, std::chrono::steady_clock::now() + 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait_until' (wait) in coroutine 'waiting'
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::future::wait' (wait) in coroutine 'waiting'
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::future::get' (wait) in coroutine 'waiting'
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: await the work instead of blocking on it: make it a coroutine, or offload it to a thread pool and await the result
  sf.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::shared_future::get' (wait) in coroutine 'waiting'
  sf.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::shared_future::wait' (wait) in coroutine 'waiting'
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::thread::join' (wait) in coroutine 'waiting'
  co_return;
}

test::Task rendezvous(std::counting_semaphore<4> &sem, std::binary_semaphore &bin,
                      std::latch &latch, std::barrier<> &barrier, sem_t *psem,
                      pthread_t thread) {
  sem.acquire();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::counting_semaphore::acquire' (wait) in coroutine 'rendezvous'
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use your library's async semaphore and 'co_await' it
  bin.acquire();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::counting_semaphore::acquire' (wait) in coroutine 'rendezvous'
  (void)sem.try_acquire_for(5ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call to 'std::counting_semaphore::try_acquire_for' (wait) in coroutine 'rendezvous'
  latch.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'std::latch::wait' (wait) in coroutine 'rendezvous'
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use your library's async event, or await the tasks together (when_all)
  barrier.arrive_and_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'std::barrier::arrive_and_wait' (wait) in coroutine 'rendezvous'
  sem_wait(psem);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sem_wait' (wait) in coroutine 'rendezvous'
  pthread_join(thread, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pthread_join' (wait) in coroutine 'rendezvous'
  co_return;
}

test::Task atomics(std::atomic<int> &a, std::atomic_flag &flag) {
  a.wait(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::atomic::wait' (wait) in coroutine 'atomics'
  flag.wait(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'std::atomic_flag::wait' (wait) in coroutine 'atomics'
  std::atomic_wait(&a, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::atomic_wait' (wait) in coroutine 'atomics'
  std::atomic_wait_explicit(&a, 0, std::memory_order_acquire);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::atomic_wait_explicit' (wait) in coroutine 'atomics'
  co_return;
}

// Timed lock attempts wait for another thread to unlock; a zero timeout
// (coro-blocking-call-negative-forms.cpp) does not.
std::timed_mutex tm;
std::shared_timed_mutex stm;
test::Task timed_locks(pthread_mutex_t *pm, const timespec *deadline) {
  if (tm.try_lock_for(10ms))
    tm.unlock();
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: blocking call to 'std::timed_mutex::try_lock_for' (wait) in coroutine 'timed_locks'
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: use your library's async mutex, or keep the critical section out of the coroutine
  (void)stm.try_lock_shared_until(std::chrono::steady_clock::now() + 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call to 'std::shared_timed_mutex::try_lock_shared_until' (wait) in coroutine 'timed_locks'
  std::unique_lock held(tm, std::defer_lock);
  (void)held.try_lock_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: blocking call to 'std::unique_lock::try_lock_for' (wait) in coroutine 'timed_locks'
  pthread_mutex_timedlock(pm, deadline);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pthread_mutex_timedlock' (wait) in coroutine 'timed_locks'
  co_return;
}

// C11 <threads.h>, POSIX message queues and signals.
test::Task c11_and_posix(cnd_t *cnd, mtx_t *mtx, thrd_t thr, mqd_t mq, sigset_t *set) {
  cnd_wait(cnd, mtx);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'cnd_wait' (wait) in coroutine 'c11_and_posix'
  thrd_join(thr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'thrd_join' (wait) in coroutine 'c11_and_posix'
  mtx_timedlock(mtx, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'mtx_timedlock' (wait) in coroutine 'c11_and_posix'
  char msg[64];
  mq_receive(mq, msg, sizeof msg, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'mq_receive' (wait) in coroutine 'c11_and_posix'
  int sig;
  sigwait(set, &sig);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sigwait' (wait) in coroutine 'c11_and_posix'
  co_return;
}

// File locks wait for the process that holds them, unless LOCK_NB, F_TLOCK
// or F_SETLK ask them not to (coro-blocking-call-negative-forms.cpp).
test::Task file_locks(int fd, struct flock *region) {
  flock(fd, LOCK_EX);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'flock' (wait) in coroutine 'file_locks'
  lockf(fd, F_LOCK, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'lockf' (wait) in coroutine 'file_locks'
  fcntl(fd, F_SETLKW, region);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'fcntl' (wait) in coroutine 'file_locks'
  co_return;
}

// Plain mutex acquisition is `lock`, off by default: a short critical
// section is silent (coro-blocking-call-lock.cpp reports it on request).
test::Task short_critical_section(int &counter) {
  {
    std::lock_guard<std::mutex> guard(m);
    ++counter;
  }
  m.lock();
  ++counter;
  m.unlock();
  co_return;
}
