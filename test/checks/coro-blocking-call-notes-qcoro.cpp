// The notes speak QCoro's words: the coroutines return QCoro's types (real
// headers, qcoro-qt6-dev), every kind of note (LibraryNotes.h's Advice),
// every category on. Where QCoro has no such tool (async file I/O, mutex,
// semaphore, joining several tasks), the note falls back to neutral wording
// for it. A QCoro::AsyncGenerator is async even without a co_await in its
// body (AsyncTypes' default).
// RUN: %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.Categories: 'sleep;file-io;network-io;dns;process;wait;lock;console;custom', coro-blocking-call.BlockingFunctions: 'legacy::query'}}" \
// RUN:   -- %qt_flags
#include <QCoroAsyncGenerator>
#include <QCoroTask>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <future>
#include <latch>
#include <mutex>
#include <netdb.h>
#include <poll.h>
#include <semaphore>
#include <sys/socket.h>
#include <thread>

namespace legacy {
int query(const char *sql);
}
std::mutex m;
std::condition_variable cv;

QCoro::Task<> every_kind(std::future<int> f, std::ifstream &in, std::latch &latch,
                         std::counting_semaphore<2> &sem, int fd) {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'every_kind' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await QCoro::sleepFor(...)'; it suspends only this coroutine
  std::fopen("a.txt", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'fopen' (file-io) in coroutine 'every_kind' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  std::getchar();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'getchar' (file-io) in coroutine 'every_kind' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: read standard input off the event loop thread with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  char buf[4];
  in.read(buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_istream::read' (file-io) in coroutine 'every_kind' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: offload the stream access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  recv(fd, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'recv' (network-io) in coroutine 'every_kind' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use non-blocking sockets driven by the event loop (a 'QTcpSocket' awaited with 'qCoro(socket)')
  pollfd pfd{fd, POLLIN, 0};
  poll(&pfd, 1, 10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'poll' (network-io) in coroutine 'every_kind' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: let the event loop wait for readiness instead of polling from a coroutine
  gethostbyname("example.org");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'gethostbyname' (dns) in coroutine 'every_kind' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: resolve names off the event loop thread: 'co_await qCoro(socket).connectToHost(host, port)' does, or offload with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  std::system("true");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'system' (process) in coroutine 'every_kind' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: offload with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture) so the event loop keeps running
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::future::get' (wait) in coroutine 'every_kind' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: await the work instead of blocking on it: make it a coroutine, or offload it with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  m.lock();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::mutex::lock' (lock) in coroutine 'every_kind' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use your library's async mutex, or keep the critical section out of the coroutine
  m.unlock();
  std::unique_lock lock(m, std::defer_lock);
  cv.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait' (wait) in coroutine 'every_kind' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use a signal ('co_await qCoro(object, &Class::signal)')
  sem.acquire();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::counting_semaphore::acquire' (wait) in coroutine 'every_kind' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use your library's async semaphore and 'co_await' it
  latch.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'std::latch::wait' (wait) in coroutine 'every_kind' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use a signal ('co_await qCoro(object, &Class::signal)'), or await the tasks together (when_all)
  std::printf("x\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'printf' (console) in coroutine 'every_kind' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: console output blocks while the terminal or pipe is slow; offload it with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture), or log asynchronously
  legacy::query("select 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'legacy::query' (custom) in coroutine 'every_kind' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: listed in BlockingFunctions; offload it with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture) or use an async equivalent
  co_return;
}

QCoro::AsyncGenerator<int> ticks() {
  for (int i = 0;; ++i) {
    std::this_thread::sleep_for(std::chrono::seconds(1));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'ticks' stalls every coroutine on its event loop [coro-blocking-call]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use 'co_await QCoro::sleepFor(...)'; it suspends only this coroutine
    co_yield i;
  }
}
