// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Thread synchronisation called directly by an async coroutine.
#include "coro-task.h"
#include <barrier>
#include <chrono>
#include <condition_variable>
#include <future>
#include <latch>
#include <mutex>
#include <pthread.h>
#include <semaphore.h>
#include <semaphore>
#include <shared_mutex>
#include <thread>

using namespace std::chrono_literals;
std::mutex m;
std::shared_mutex sm;
std::recursive_mutex rm;
std::condition_variable cv;

test::Task mutexes() {
  m.lock();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::mutex::lock' (sync) in coroutine 'mutexes' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use an async lock such as 'aio::Lock' ('co_await lock.acquire()'), or keep the critical section out of the coroutine
  sm.lock();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::shared_mutex::lock' (sync) in coroutine 'mutexes'
  sm.lock_shared();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::shared_mutex::lock_shared' (sync) in coroutine 'mutexes'
  rm.lock();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::recursive_mutex::lock' (sync) in coroutine 'mutexes'
  {
    std::lock_guard<std::mutex> guard(m);
    // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: blocking call to 'std::lock_guard::lock_guard' (sync) in coroutine 'mutexes'
    std::unique_lock lock(m);
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: blocking call to 'std::unique_lock::unique_lock' (sync) in coroutine 'mutexes'
    std::scoped_lock both(m, rm);
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: blocking call to 'std::scoped_lock::scoped_lock' (sync) in coroutine 'mutexes'
  }
  pthread_mutex_t pm = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&pm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pthread_mutex_lock' (sync) in coroutine 'mutexes'
  co_return;
}

test::Task waiting(std::future<int> f, std::shared_future<int> sf, std::thread t) {
  std::unique_lock lock(m, std::defer_lock);
  cv.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait' (sync) in coroutine 'waiting'
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use an async event such as 'aio::Event' ('co_await event.wait()')
  cv.wait_for(lock, 10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait_for' (sync) in coroutine 'waiting'
  cv.wait_until(lock, std::chrono::steady_clock::now() + 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait_until' (sync) in coroutine 'waiting'
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::future::wait' (sync) in coroutine 'waiting'
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::future::get' (sync) in coroutine 'waiting'
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: await the work instead: 'co_await aio::to_thread(...)' delivers its result without blocking the thread
  sf.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::shared_future::get' (sync) in coroutine 'waiting'
  sf.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::shared_future::wait' (sync) in coroutine 'waiting'
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::thread::join' (sync) in coroutine 'waiting'
  co_return;
}

test::Task rendezvous(std::counting_semaphore<4> &sem, std::binary_semaphore &bin,
                      std::latch &latch, std::barrier<> &barrier, sem_t *psem,
                      pthread_t thread) {
  sem.acquire();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::counting_semaphore::acquire' (sync) in coroutine 'rendezvous'
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use an async semaphore such as 'aio::Semaphore' ('co_await sem.acquire()')
  bin.acquire();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::counting_semaphore::acquire' (sync) in coroutine 'rendezvous'
  latch.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'std::latch::wait' (sync) in coroutine 'rendezvous'
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use an async event ('aio::Event') or 'co_await aio::gather(...)'
  barrier.arrive_and_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'std::barrier::arrive_and_wait' (sync) in coroutine 'rendezvous'
  sem_wait(psem);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sem_wait' (sync) in coroutine 'rendezvous'
  pthread_join(thread, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pthread_join' (sync) in coroutine 'rendezvous'
  co_return;
}
