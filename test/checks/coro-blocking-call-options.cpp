// Options: BlockingFunctions, AllowedFunctions, Categories, TrustedNamespaces.
// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// RUN: env CHECK_PREFIX=CHECK-EXTRA %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.BlockingFunctions: 'legacy::query=use legacy::query_async instead; ::legacy::Db::fetch', coro-blocking-call.AllowedFunctions: 'usleep;app::warm_cache'}}" \
// RUN:   -- -I%S/Inputs
// RUN: env CHECK_PREFIX=CHECK-SLEEP %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.Categories: 'sleep'}}" -- -I%S/Inputs
// RUN: env CHECK_PREFIX=CHECK-TRUST %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.TrustedNamespaces: 'app'}}" -- -I%S/Inputs
#include "coro-task.h"
#include <condition_variable>
#include <mutex>
#include <unistd.h>

namespace legacy {
int query(const char *sql) { return sql != nullptr; }
struct Db {
  int fetch() { return 0; }
};
} // namespace legacy
namespace app {
inline void warm_cache() { ::sleep(1); }
} // namespace app
std::mutex m;
std::condition_variable cv;

test::Task handler(legacy::Db &db) {
  legacy::query("select 1");
  // CHECK-EXTRA: :[[@LINE-1]]:3: warning: blocking call to 'legacy::query' (custom) in coroutine 'handler' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-EXTRA: :[[@LINE-2]]:3: note: use legacy::query_async instead
  db.fetch();
  // CHECK-EXTRA: :[[@LINE-1]]:6: warning: blocking call to 'legacy::Db::fetch' (custom) in coroutine 'handler'
  // CHECK-EXTRA: :[[@LINE-2]]:6: note: listed in BlockingFunctions; offload it to a thread pool and await the result, or use an async equivalent
  usleep(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'usleep' (sleep) in coroutine 'handler'
  // CHECK-SLEEP: :[[@LINE-2]]:3: warning: blocking call to 'usleep' (sleep) in coroutine 'handler'
  // CHECK-TRUST: :[[@LINE-3]]:3: warning: blocking call to 'usleep' (sleep) in coroutine 'handler'
  std::unique_lock lock(m); // lock: not reported by default
  cv.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait' (wait) in coroutine 'handler'
  // CHECK-EXTRA: :[[@LINE-2]]:6: warning: blocking call to 'std::condition_variable::wait' (wait) in coroutine 'handler'
  // CHECK-TRUST: :[[@LINE-3]]:6: warning: blocking call to 'std::condition_variable::wait' (wait) in coroutine 'handler'
  app::warm_cache();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'app::warm_cache' in coroutine 'handler' reaches blocking call 'sleep' (sleep)
  // CHECK-SLEEP: :[[@LINE-2]]:3: warning: call to 'app::warm_cache' in coroutine 'handler' reaches blocking call 'sleep' (sleep)
  co_return;
}
