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
