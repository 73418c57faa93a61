// RUN: %check_coro coro-blocking-call,coro-sync-wait-in-coroutine %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.BlockingFunctions: 'quick_send;store::remember'}}" \
// RUN:   -- -I%S/Inputs -I%src_root/include
// Functions declared COROLINT_NONBLOCKING are trusted: neither reported nor
// followed as helpers, even when BlockingFunctions or a catalogue row names
// them, and by neither check.
#include "annotated-lib.h"
#include "coro-task.h"
#include <unistd.h>

// A helper the user vouches for: its sleep is not followed.
void backoff() COROLINT_NONBLOCKING;
void backoff() { usleep(10); }
// Named in BlockingFunctions, declared non-blocking.
void quick_send(int fd) COROLINT_NONBLOCKING;
// A redeclaration of a catalogued C function: the user's word wins.
extern "C" unsigned int sleep(unsigned int seconds) COROLINT_NONBLOCKING;

// An override that declares itself non-blocking, against its interface.
struct Local : store::Cache {
  int lookup(int key) COROLINT_NONBLOCKING override { return key; }
};

// Bridge-like functions and helpers the user vouches for.
namespace app {
template <class A> void sync_wait(A &&awaitable) COROLINT_NONBLOCKING;
void kick() COROLINT_NONBLOCKING;
void kick() { sync_wait(test::yield_now()); }
} // namespace app

test::Task trusted(store::Cache &cache, Local &local) {
  backoff();
  quick_send(3);
  sleep(1);
  store::remember(1, 2);
  cache.peek(1);
  local.lookup(2);
  app::sync_wait(test::yield_now());
  app::kick();
  co_return;
}
