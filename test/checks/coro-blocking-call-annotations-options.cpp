// RUN: %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.Categories: 'sleep;wait'}}" \
// RUN:   -- -I%S/Inputs -I%src_root/include
// RUN: %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.AllowedFunctions: 'store::fetch;store::Connection::roundtrip'}}" \
// RUN:   -- -I%S/Inputs -I%src_root/include
// Annotated functions are category `custom`: Categories without it turns
// them off; AllowedFunctions allows them one by one.
#include "annotated-lib.h"
#include "coro-task.h"
#include <unistd.h>

test::Task options(store::Connection &conn) {
  store::fetch(1);
  conn.roundtrip();
  usleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'usleep' (sleep) in coroutine 'options'
  co_return;
}
