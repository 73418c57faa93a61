// RUN: %check_coro coro-unawaited-task %s -- -I%S/Inputs
// Awaitables that are awaited, kept, passed on, handed off or dropped on
// purpose, and values that are not awaitables: all silent.
#include "coro-libs.h"
#include "coro-task.h"
#include <utility>

using namespace std::chrono_literals;

cppcoro::task<int> fetch();
folly::coro::Task<int> lookup();
async_simple::coro::Lazy<int> compute();
asio::awaitable<void> serve();
boost::asio::awaitable<void> accept();
aio::Task<int> answer();
concurrencpp::result<int> submit();
void consume(cppcoro::task<int>);
cppcoro::task<int> &cached();
cppcoro::task<int> wrap(cppcoro::task<int>);
int plain_value();

cppcoro::task<int> awaited() {
  co_await fetch();
  int v = co_await fetch();
  co_await aio::sleep(1s);
  // The result of co_await itself is not the task.
  co_await wrap(fetch());
  co_return v;
}

cppcoro::task<int> kept() {
  auto t = fetch();             // stored
  cppcoro::task<int> u{fetch()}; // stored
  consume(fetch());             // passed on
  co_await wrap(fetch());
  co_return co_await std::move(t) + co_await std::move(u);
}

cppcoro::task<int> returned() { return fetch(); }

void dropped_on_purpose(bool flag) {
  (void)fetch();
  (void)(flag ? fetch() : fetch());
  (void)(fetch(), 0);
  static_cast<void>(answer());
  (void)(lookup());
}

// Hand-offs: the defaults of HandOffFunctions.
cppcoro::async_scope scope;
asio::io_context ctx;
boost::asio::io_context bctx;
async_simple::Executor *executor;
folly::Executor *folly_executor;
aio::Task<> hand_offs() {
  scope.spawn(fetch());                                      // cppcoro::async_scope::spawn
  asio::co_spawn(ctx, serve(), asio::detached);              // asio::co_spawn
  asio::co_spawn(ctx, serve(), asio::use_awaitable);         // returns an awaitable
  boost::asio::co_spawn(bctx, accept(), boost::asio::use_awaitable);
  compute().start([](auto &&) {});                           // Lazy::start
  compute().directlyStart([](auto &&) {}, executor);         // Lazy::directlyStart
  std::move(compute()).via(executor).detach();               // RescheduleLazy::detach
  std::move(compute()).via(executor).start([](auto &&) {});  // RescheduleLazy::start
  std::move(lookup()).scheduleOn(folly_executor).start();    // TaskWithExecutor::start
  std::move(lookup()).scheduleOn(folly_executor).startInlineUnsafe();
  aio::create_task(answer());                                // aio::create_task
  co_return;
}

// Not awaitables: plain values, references to tasks kept elsewhere,
// generators, and fire-and-forget coroutine types that cannot be awaited.
struct FireAndForget {
  struct promise_type {
    FireAndForget get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
FireAndForget log_later() { co_return; }
test::Generator<int> numbers() { co_yield 1; }
struct Widget {
  int await_ready(); // not an awaiter: no await_suspend or await_resume
};
Widget make_widget();

aio::Task<> not_awaitables() {
  plain_value();
  cached();
  log_later();
  numbers();
  make_widget();
  co_return;
}

// Unevaluated and dependent code.
template <class T> aio::Task<> dependent(T t) {
  t.run();
  co_return;
}
void unevaluated() {
  (void)sizeof(fetch());
  using T = decltype(fetch());
}
