// Source for coro-blocking-call-catalogue-files-relative.test, copied into a
// project whose .clang-tidy names the catalogue by a relative path.
#include "inhouse.h"
test::Task f(legacy::Db &db) {
  db.query("select 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'legacy::Db::query' (network-io) in coroutine 'f' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use non-blocking sockets driven by the event loop (your library's async socket)
  co_return;
}
