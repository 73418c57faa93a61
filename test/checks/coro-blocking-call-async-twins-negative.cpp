// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// RUN: %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.AllowedFunctions: 'db::Client::query'}}" \
// RUN:   -- -I%S/Inputs -DALLOWED
// The async-twin rule stays silent without a twin, with a twin that is not
// an asynchronous operation, on the callback form of an async API, on a
// call that is itself asynchronous, outside async coroutines, under NOLINT,
// and for a function listed in AllowedFunctions.
#include "coro-task.h"
#include <functional>
#include <future>

namespace db {
class Client {
public:
  int query(const char *sql);
  test::Task queryAsync(const char *sql);
  void ping();
  test::Task ping_async();
};
// Same-named functions with no twin: another class, another namespace.
class Other {
public:
  int query(const char *sql);
  void ping();
};
} // namespace db
namespace files {
int load(int id);
}
namespace db {
test::Task loadAsync(int id); // not in files::load's namespace
}

// Twins that are not asynchronous operations.
struct NotAsync {
  int compute();
  std::future<int> computeAsync(); // a future cannot be awaited
  void read();
  void readAsync(std::function<void()> done); // a callback, returns void
  int size();
  int sizeAsync();                  // returns a plain value
  void store(int v);
  template <class T> void async_store(T &&value); // returns void
  int put(int v);
  template <class T> int async_put(T &&value); // T is no completion token
  void notify();
  template <class Handler> void async_notify(Handler &&handler); // callback, void
  void get();

private:
  test::Task getAsync(); // private beside a public get()
};

// The callback form of an async API, and a function that calls back.
struct Http {
  int sendRequest(const char *url);
  void sendRequest(const char *url, std::function<void(int)> callback);
  test::Task sendRequestCoro(const char *url);
};
namespace rt {
void spawn(void (*entry)());
test::Task co_spawn(void (*entry)());
} // namespace rt

// A call that is already asynchronous.
struct Loader {
  test::Task refresh();
  test::Task refreshAsync();
};

void entry();

test::Task silent(db::Client &client, db::Other &other, NotAsync n, Http http,
                  Loader loader) {
#ifdef ALLOWED
  client.query("listed in AllowedFunctions");
#endif
  other.query("no twin");
  other.ping();
  files::load(1);
  n.compute();
  n.read();
  n.size();
  n.store(1);
  n.put(1);
  n.notify();
  n.get();
  http.sendRequest("/", [](int) {});
  rt::spawn(entry);
  co_await loader.refresh();
  client.ping(); // NOLINT(coro-blocking-call): measured, the server is local
  co_return;
}

// Not an async coroutine: a plain function, and a synchronous generator.
int plain(db::Client &client) { return client.query("select 1"); }

test::Generator<int> numbers(db::Client &client) {
  co_yield client.query("select 1");
}
