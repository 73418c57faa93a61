// RUN: %check_coro coro-sync-wait-in-coroutine %s -- -I%S/Inputs
// Sender bridges are function objects; they return an optional, so the
// note explains the await instead of a fix-it.
#include "coro-libs.h"

unifex::just_sender<int> unifex_work();
stdexec::just_sender stdexec_work();

aio::Task<> senders() {
  auto a = unifex::sync_wait(unifex_work());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking bridge 'unifex::sync_wait' called in coroutine 'senders' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: 'co_await' the sender instead (from a coroutine type that awaits senders); it yields the value itself, not an optional
  // CHECK-FIXES: auto a = unifex::sync_wait(unifex_work());
  auto b = stdexec::sync_wait(stdexec_work());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking bridge 'stdexec::sync_wait' called in coroutine 'senders' blocks the thread
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: 'co_await' the sender instead
  auto c = std::this_thread::sync_wait(stdexec_work());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking bridge 'std::this_thread::sync_wait' called in coroutine 'senders' blocks the thread
  using namespace unifex;
  sync_wait(unifex_work());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'unifex::sync_wait' called in coroutine 'senders'
  (void)a, (void)b, (void)c;
  co_return;
}
