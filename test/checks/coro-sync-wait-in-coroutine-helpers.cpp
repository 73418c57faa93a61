// RUN: %check_coro coro-sync-wait-in-coroutine %s -- -I%S/Inputs
// A bridge reached through helper functions defined in the translation
// unit: reported at the call in the coroutine, with the chain in notes.
#include "coro-libs.h"

cppcoro::task<int> fetch();
concurrencpp::result<int> submit();
asio::io_context ctx;

int fetch_now() { return cppcoro::sync_wait(fetch()); }
int fetch_twice() { return fetch_now() + fetch_now(); }
int wait_result() { return submit().get(); }
struct Pump {
  void drain() { ctx.run(); }
};

cppcoro::task<int> handler(Pump &pump) {
  int v = fetch_twice();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: call to 'fetch_twice' in coroutine 'handler' reaches blocking bridge 'cppcoro::sync_wait', which blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :11:28: note: 'fetch_twice' calls 'fetch_now' here
  // CHECK-MESSAGES: :10:26: note: 'fetch_now' calls 'cppcoro::sync_wait' here
  // CHECK-MESSAGES: :10:26: note: make the helper a coroutine and 'co_await' the work instead
  v += wait_result();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: call to 'wait_result' in coroutine 'handler' reaches blocking bridge 'concurrencpp::result::get'
  // CHECK-MESSAGES: :12:37: note: 'wait_result' calls 'concurrencpp::result::get' here
  // CHECK-MESSAGES: :12:37: note: make the helper a coroutine and 'co_await' the work instead
  pump.drain();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: call to 'Pump::drain' in coroutine 'handler' reaches blocking bridge 'asio::io_context::run'
  // CHECK-MESSAGES: :14:22: note: 'Pump::drain' calls 'asio::io_context::run' here
  // CHECK-MESSAGES: :14:22: note: this coroutine already runs on an event loop; hand the work to it (e.g. 'asio::co_spawn') and 'co_await' it instead of running a nested loop
  co_return v;
}

// Not followed: helpers in the bridges' own libraries, coroutines (checked
// on their own), virtual functions, and helpers called outside coroutines.
namespace cppcoro {
inline int library_helper() { return sync_wait(fetch()); }
} // namespace cppcoro
struct Base {
  virtual int get() { return fetch_now(); }
};
cppcoro::task<int> quiet(Base &b) {
  int v = cppcoro::library_helper();
  v += b.get();
  co_return v;
}
int main() { return fetch_twice(); }
