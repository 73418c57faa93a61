// Plain mutex acquisition (category `lock`) is off by default: a short
// critical section with a synchronous mutex is accepted practice, and a lock
// held across a co_await is cppcoreguidelines-no-suspend-with-lock's. The
// Categories option turns it on; `sync`, the category before the split, is a
// deprecated alias of `wait;lock`.
// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// RUN: env CHECK_PREFIX=CHECK-LOCK %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.Categories: 'lock'}}" -- -I%S/Inputs
// RUN: env CHECK_PREFIX=CHECK-SYNC %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.Categories: 'sync'}}" -- -I%S/Inputs
#include "coro-task.h"
#include <condition_variable>
#include <mutex>
#include <pthread.h>
#include <shared_mutex>
#include <threads.h>

std::mutex m;
std::shared_mutex sm;
std::recursive_mutex rm;
std::condition_variable cv;

test::Task mutexes(pthread_mutex_t *pm, pthread_spinlock_t *spin, mtx_t *cm) {
  m.lock();
  // CHECK-LOCK: :[[@LINE-1]]:5: warning: blocking call to 'std::mutex::lock' (lock) in coroutine 'mutexes' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-LOCK: :[[@LINE-2]]:5: note: use your library's async mutex, or keep the critical section out of the coroutine
  // CHECK-SYNC: :[[@LINE-3]]:5: warning: blocking call to 'std::mutex::lock' (lock) in coroutine 'mutexes'
  sm.lock_shared();
  // CHECK-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'std::shared_mutex::lock_shared' (lock) in coroutine 'mutexes'
  // CHECK-SYNC: :[[@LINE-2]]:6: warning: blocking call to 'std::shared_mutex::lock_shared' (lock) in coroutine 'mutexes'
  rm.lock();
  // CHECK-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'std::recursive_mutex::lock' (lock) in coroutine 'mutexes'
  // CHECK-SYNC: :[[@LINE-2]]:6: warning: blocking call to 'std::recursive_mutex::lock' (lock) in coroutine 'mutexes'
  {
    std::lock_guard<std::mutex> guard(m);
    // CHECK-LOCK: :[[@LINE-1]]:33: warning: blocking call to 'std::lock_guard::lock_guard' (lock) in coroutine 'mutexes'
    // CHECK-SYNC: :[[@LINE-2]]:33: warning: blocking call to 'std::lock_guard::lock_guard' (lock) in coroutine 'mutexes'
    std::unique_lock lock(m);
    // CHECK-LOCK: :[[@LINE-1]]:22: warning: blocking call to 'std::unique_lock::unique_lock' (lock) in coroutine 'mutexes'
    // CHECK-SYNC: :[[@LINE-2]]:22: warning: blocking call to 'std::unique_lock::unique_lock' (lock) in coroutine 'mutexes'
    std::scoped_lock both(m, rm);
    // CHECK-LOCK: :[[@LINE-1]]:22: warning: blocking call to 'std::scoped_lock::scoped_lock' (lock) in coroutine 'mutexes'
    // CHECK-SYNC: :[[@LINE-2]]:22: warning: blocking call to 'std::scoped_lock::scoped_lock' (lock) in coroutine 'mutexes'
    std::shared_lock reader(sm);
    // CHECK-LOCK: :[[@LINE-1]]:22: warning: blocking call to 'std::shared_lock::shared_lock' (lock) in coroutine 'mutexes'
    // CHECK-SYNC: :[[@LINE-2]]:22: warning: blocking call to 'std::shared_lock::shared_lock' (lock) in coroutine 'mutexes'
    std::lock(m, rm);
    // CHECK-LOCK: :[[@LINE-1]]:5: warning: blocking call to 'std::lock' (lock) in coroutine 'mutexes'
    // CHECK-SYNC: :[[@LINE-2]]:5: warning: blocking call to 'std::lock' (lock) in coroutine 'mutexes'
  }
  pthread_mutex_lock(pm);
  // CHECK-LOCK: :[[@LINE-1]]:3: warning: blocking call to 'pthread_mutex_lock' (lock) in coroutine 'mutexes'
  // CHECK-SYNC: :[[@LINE-2]]:3: warning: blocking call to 'pthread_mutex_lock' (lock) in coroutine 'mutexes'
  pthread_spin_lock(spin);
  // CHECK-LOCK: :[[@LINE-1]]:3: warning: blocking call to 'pthread_spin_lock' (lock) in coroutine 'mutexes'
  // CHECK-SYNC: :[[@LINE-2]]:3: warning: blocking call to 'pthread_spin_lock' (lock) in coroutine 'mutexes'
  mtx_lock(cm);
  // CHECK-LOCK: :[[@LINE-1]]:3: warning: blocking call to 'mtx_lock' (lock) in coroutine 'mutexes'
  // CHECK-SYNC: :[[@LINE-2]]:3: warning: blocking call to 'mtx_lock' (lock) in coroutine 'mutexes'
  co_return;
}

// Waiting stays reported by default, and by `sync`.
test::Task waits() {
  std::unique_lock lock(m, std::defer_lock);
  cv.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait' (wait) in coroutine 'waits'
  // CHECK-SYNC: :[[@LINE-2]]:6: warning: blocking call to 'std::condition_variable::wait' (wait) in coroutine 'waits'
  co_return;
}
