// Every place include/corolint/annotations.h says its macros go, for
// coro-blocking-call-annotations-header.test: it must compile without a
// warning with GCC and Clang, in C++ (and the C part in C).
#include "corolint/annotations.h"

int query(int db, const char *sql) COROLINT_BLOCKING;
void pause_ms(int ms) COROLINT_BLOCKING;
void log_line(const char *text) COROLINT_NONBLOCKING;

#ifdef __cplusplus
struct Queue {
  Queue() COROLINT_NONBLOCKING;
  explicit Queue(const char *path) COROLINT_BLOCKING;
  virtual ~Queue() COROLINT_NONBLOCKING;
  void push(int job) noexcept COROLINT_NONBLOCKING;
  virtual int wait_pop() COROLINT_BLOCKING = 0;
  virtual int try_pop() const COROLINT_NONBLOCKING;
  int size() const & COROLINT_NONBLOCKING { return 0; }
  static Queue &open(const char *name) COROLINT_BLOCKING;
  Queue &operator<<(int job) COROLINT_NONBLOCKING;
  template <class T> T drain(T limit) COROLINT_BLOCKING;
};
struct FileQueue final : Queue {
  int wait_pop() COROLINT_BLOCKING override;
  int try_pop() const COROLINT_NONBLOCKING final;
};
template <class T> T Queue::drain(T limit) { return limit; }
void Queue::push(int) noexcept {}
int FileQueue::wait_pop() { return 1; }
int FileQueue::try_pop() const { return 0; }
#endif

int query(int db, const char *sql) { return db + (sql ? 1 : 0); }
void log_line(const char *text) COROLINT_NONBLOCKING { (void)text; }

int main(void) { return query(0, 0); }
