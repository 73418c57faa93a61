// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Locals whose destructor does not wait here: detached, moved from, owning nothing,
// deferred; streams never opened or only read; futures kept in members or
// containers, or returned. (Joined, got and closed locals are in the
// positive file: their join, get and close are reported calls.) Nothing
// outside coroutines.
#include "coro-executors.h"
#include "coro-libs.h"
#include "coro-task.h"
#include <fstream>
#include <future>
#include <thread>
#include <utility>
#include <vector>

int work();
void keep(std::jthread &&t);
void inspect(std::jthread &t);

test::Task threads() {
  std::jthread detached(work);
  detached.detach();
  std::jthread none;                // owns no thread
  std::jthread given(work);
  keep(std::move(given));           // moved from
  std::jthread swapped(work);
  std::jthread other;
  swapped.swap(other);
  std::jthread captured(work);
  auto later = [t = std::move(captured)]() mutable { t.detach(); };
  std::jthread aliased(work);
  std::jthread &alias = aliased;    // a reference may settle it anywhere
  alias.detach();
  std::jthread pointed(work);
  std::jthread *where = &pointed;
  where->detach();
  (void)later;
  co_return;
}

// Returned from the coroutine: the caller owns them.
aio::Task<std::jthread> returned() {
  std::jthread mine(work);
  co_return mine;
}
aio::Task<std::future<int>> returned_future() {
  auto answer = std::async(std::launch::async, work);
  co_return std::move(answer);
}
aio::Task<std::future<int>> returned_temporary() {
  co_return std::async(std::launch::async, work);
}

struct Service {
  std::future<int> pending;
  std::vector<std::future<int>> all;
  test::Task start() {
    pending = std::async(std::launch::async, work);  // a member: not waited here
    all.push_back(std::async(std::launch::async, work));
    co_return;
  }
};

test::Task futures() {
  auto deferred = std::async(std::launch::deferred, work);
  auto shared = std::async(std::launch::async, work).share();
  auto shared2 = std::async(std::launch::async, work);
  auto s2 = shared2.share();
  auto moved = std::async(std::launch::async, work);
  std::future<int> elsewhere = std::move(moved);
  std::vector<std::future<int>> kept;
  kept.push_back(std::move(elsewhere));
  std::launch policy = std::launch::async;
  auto unknown = std::async(policy, work);  // not a constant: prefer silence
  (void)deferred;
  (void)shared;
  (void)unknown;
  (void)s2;
  co_return;
}

test::Task files() {
  std::ofstream never;              // never opened
  std::ifstream input;              // input streams do not flush
  (void)never;
  (void)input;
  co_return;
}

// On a blocking-tolerant executor the destructors may wait.
concurrencpp::result<void> background(concurrencpp::runtime &rt) {
  co_await concurrencpp::resume_on(rt.background_executor());
  std::jthread worker(work);
  auto answer = std::async(std::launch::async, work);
}

// Not a coroutine.
void plain() {
  std::jthread worker(work);
  std::async(std::launch::async, work);
}
