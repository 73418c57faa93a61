// RUN: %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.TrustedNamespaces: 'vendor', coro-blocking-call.BlockingFunctions: 'vendor::legacy_query'}}" \
// RUN:   -- -I%S/Inputs
// Trust is not silence: TrustedNamespaces means a library's code is not
// walked as helpers, not that its own synchronous API is exempt. A call into
// the trusted namespace `vendor` is still matched against the catalogue
// (here a BlockingFunctions entry) and the async-twin rule; only the body
// of `vendor::helper`, which sleeps, is not followed.
#include "coro-task.h"
#include <unistd.h>

namespace vendor {
int legacy_query(const char *sql);
struct Client {
  int get(const char *key);
  test::Task getAsync(const char *key);
};
inline void helper() { sleep(1); }
} // namespace vendor

test::Task handler(vendor::Client &client) {
  vendor::legacy_query("select 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'vendor::legacy_query' (custom) in coroutine 'handler' stalls every coroutine on its event loop [coro-blocking-call]
  client.get("k");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'vendor::Client::get' (async-twin) in coroutine 'handler' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await client.getAsync(...)'
  vendor::helper(); // trusted: not followed
  co_return;
}
