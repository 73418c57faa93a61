// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// The async-twin rule (VSTHRD103 for C++) on user classes and namespaces:
// a call of `f` in an async coroutine is reported when the class (with its
// bases) or namespace of `f` also declares an asynchronous twin under one of
// the default conventions (async_*, *Async, *_async, *Coro, co_*). The note
// names the twin as the call was written; test::Task is no known library,
// so the wording is neutral.
#include "coro-task.h"
#include <cstddef>
#include <utility>

namespace db {
struct Row {};
class Client {
public:
  Row query(const char *sql);
  test::Task queryAsync(const char *sql); // *Async
  void ping();
  test::Task ping_async();                // *_async
  void flush();
  test::Task co_flush();                  // co_*
  Row fetch(int id);
  test::Task fetchCoro(int id);           // *Coro (drogon)
  void close();
  test::Task async_close();               // async_*
};
Row load(int id);
test::Task loadAsync(int id); // a free function's twin, in its namespace
} // namespace db

// The twin is declared in a base class.
struct Channel {
  test::Task sendAsync(const char *data);
};
struct Pipe : Channel {
  void send(const char *data);
};

// The twin is a coroutine defined here.
struct Cache {
  void refill();
  test::Task refillAsync() { co_return; }
};

// An asio-style initiating function: a completion token by forwarding
// reference, here a template parameter named like asio's.
struct Stream {
  std::size_t read_some(char *buffer);
  template <class ReadToken> auto async_read_some(char *buffer, ReadToken &&token);
};

// A twin template returning an awaitable that depends on its parameter.
namespace kv {
template <class T> struct Lazy {
  struct promise_type {
    Lazy get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(T) {}
    void unhandled_exception() {}
  };
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  T await_resume() const noexcept { return {}; }
};
struct Store {
  template <class T> T get(const char *key);
  template <class T> Lazy<T> getAsync(const char *key);
};
} // namespace kv

test::Task handler(db::Client &client, db::Client *remote, Pipe pipe, Cache cache,
                   Stream stream, kv::Store store) {
  client.query("select 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'db::Client::query' (async-twin) in coroutine 'handler' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await client.queryAsync(...)'
  remote->ping();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'db::Client::ping' (async-twin) in coroutine 'handler' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: use 'co_await remote->ping_async()'
  client.flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'db::Client::flush' (async-twin) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await client.co_flush()'
  client.fetch(42);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'db::Client::fetch' (async-twin) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await client.fetchCoro(...)'
  client.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'db::Client::close' (async-twin) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await client.async_close()'
  db::load(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'db::load' (async-twin) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await db::loadAsync(...)'
  pipe.send("x");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'Pipe::send' (async-twin) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: use 'co_await pipe.sendAsync(...)'
  cache.refill();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'Cache::refill' (async-twin) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use 'co_await cache.refillAsync()'
  char buffer[16];
  stream.read_some(buffer);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'Stream::read_some' (async-twin) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await stream.async_read_some(..., token)' with a completion token that your coroutine can 'co_await'
  store.get<int>("k");
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'kv::Store::get' (async-twin) in coroutine 'handler'
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use 'co_await store.getAsync(...)'
  co_return;
}

// Through a helper: the chain ends at the call that has a twin.
db::Row lookup(db::Client &c, int id) { return c.fetch(id); }

test::Task chained(db::Client &client) {
  lookup(client, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'lookup' in coroutine 'chained' reaches blocking call 'db::Client::fetch' (async-twin) and stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-5]]:50: note: 'lookup' calls 'db::Client::fetch' here
  // CHECK-MESSAGES: :[[@LINE-6]]:50: note: use 'co_await c.fetchCoro(...)'
  co_return;
}

// In a member of the class, the twin is named without a receiver.
struct Session : db::Client {
  test::Task run() {
    query("select 2");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'db::Client::query' (async-twin) in coroutine 'Session::run'
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use 'co_await queryAsync(...)'
    co_return;
  }
};

// Lambdas are coroutines too.
auto lambda = [](db::Client &c) -> test::Task {
  c.ping();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'db::Client::ping' (async-twin) in coroutine lambda
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use 'co_await c.ping_async()'
  co_return;
};
