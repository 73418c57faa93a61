// RUN: %check_coro coro-unawaited-task %s -- -I%S/Inputs
// GNU statement expressions: a statement inside one that is not its last is
// discarded like any other; a statement expression that is itself
// discarded discards its last statement's value.
#include "coro-libs.h"

void prepare();
cppcoro::task<int> fetch();

cppcoro::task<> inside_awaited() {
  co_await ({
    fetch();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task 'cppcoro::task' returned by 'fetch' is discarded in coroutine 'inside_awaited'; the coroutine never runs [coro-unawaited-task]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'co_await' it, hand it to a start, detach or spawn function, or cast it to 'void' to drop it on purpose
    // CHECK-FIXES: co_await fetch();
    std::suspend_always();
  });
}

cppcoro::task<> whole_discarded() {
  ({
    prepare();
    fetch();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task 'cppcoro::task' returned by 'fetch' is discarded in coroutine 'whole_discarded'; the coroutine never runs [coro-unawaited-task]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'co_await' it
    // CHECK-FIXES: co_await fetch();
  });
  co_return;
}
