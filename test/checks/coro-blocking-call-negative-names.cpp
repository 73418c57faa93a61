// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Same-named functions of other classes and namespaces: no diagnostic.
#include "coro-task.h"
#include <memory>
#include <optional>

namespace mylib {
int read(int fd, char *buf, int n) { return fd + n + (buf != nullptr); }
void sleep(int) {}
} // namespace mylib
struct Timer {
  void sleep(int) {}
  void lock() {}
  void wait() {}
};
struct Connection {
  int recv() { return 0; }
  void join() {}
};
// A global function of the user's own named like a POSIX one.
int system(const char *, int) { return 0; }

test::Task same_names(std::unique_ptr<int> p, std::weak_ptr<int> w,
                      std::shared_ptr<int> s, std::optional<int> o) {
  int *raw = p.get();
  auto strong = w.lock();
  s.get();
  (void)o.value();
  char buf[4];
  mylib::read(0, buf, 4);
  mylib::sleep(1);
  Timer t;
  t.sleep(1);
  t.lock();
  t.wait();
  Connection c;
  c.recv();
  c.join();
  system("x", 1);
  (void)raw;
  (void)strong;
  co_return;
}
