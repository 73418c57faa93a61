// Stand-ins for the coroutine types of the libraries whose notes
// coro-blocking-call words (LibraryNotes.h) and that coro-libs.h lacks:
// seastar::future, exec::task (stdexec), unifex::task, boost::cobalt::task.
// Written for these tests: the qualified names and a promise type, nothing
// else. No library code.
#ifndef COROLINT_TEST_CORO_NOTES_LIBS_H
#define COROLINT_TEST_CORO_NOTES_LIBS_H
#include "coro-libs.h"

#define COROLINT_STAND_IN_LAZY_TASK(name)                                      \
  template <class T = void> class name {                                       \
  public:                                                                      \
    using promise_type = stand_in::lazy_promise<name, T>;                      \
    stand_in::awaiter<T> operator co_await() const & noexcept;                 \
  };
namespace seastar {
COROLINT_STAND_IN_LAZY_TASK(future)
} // namespace seastar
namespace exec {
COROLINT_STAND_IN_LAZY_TASK(task)
} // namespace exec
namespace unifex {
COROLINT_STAND_IN_LAZY_TASK(task)
} // namespace unifex
namespace boost::cobalt {
COROLINT_STAND_IN_LAZY_TASK(task)
} // namespace boost::cobalt
#undef COROLINT_STAND_IN_LAZY_TASK
#endif
