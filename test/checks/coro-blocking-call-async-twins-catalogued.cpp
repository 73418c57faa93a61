// RUN: %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.CatalogueFiles: '%S/Inputs/catalogues/twin-row.yaml'}}" \
// RUN:   -- -I%S/Inputs
// A catalogued function that has an asynchronous twin is judged by its
// rows alone: in its blocking form the row reports it (one finding, the
// row's note, not the twin's), and in its non-blocking form it is silent;
// the async-twin rule does not report it by its name.
#include "coro-task.h"

namespace kv {
class Store {
public:
  int get(const char *key, int timeout_ms);
  test::Task get_async(const char *key);
};
} // namespace kv

test::Task lookups(kv::Store &store) {
  store.get("a", 0);       // the row's non-blocking form: silent
  store.get("b", 500);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'kv::Store::get' (network-io) in coroutine 'lookups' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: {{.*}}
  // CHECK-MESSAGES-NOT: :[[@LINE-2]]:{{.*}}async-twin
  co_return;
}

// A COROLINT_NOT_BLOCKING row (checks/catalogue/tmc.def): TooManyCooks'
// semaphore::release beside co_release, which wakes waiters without waiting
// (a stand-in with the shape of include/tmc/semaphore.hpp; TooManyCooks is
// not packaged by Debian). The same shape in another namespace is reported.
namespace tmc {
class semaphore {
public:
  void release(unsigned long count = 1) noexcept;
  test::Task co_release() noexcept;
};
} // namespace tmc
namespace other {
class semaphore {
public:
  void release(unsigned long count = 1) noexcept;
  test::Task co_release() noexcept;
};
} // namespace other

test::Task wakes(tmc::semaphore &sem, other::semaphore &mine) {
  sem.release();          // not blocking: silent
  mine.release();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'other::semaphore::release' (async-twin) in coroutine 'wakes' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: use 'co_await mine.co_release()'
  co_return;
}
