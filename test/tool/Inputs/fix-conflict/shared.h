// A header whose fix differs with the file that includes it: a.cpp defines
// PARENTHESISED, and the fix of the sync_wait call then wraps its argument
// in parentheses. The two fixes overlap: a conflict.
#include "coro-libs.h"
cppcoro::task<int> fetch();
inline cppcoro::task<int> shared(bool flag) {
  int v = cppcoro::sync_wait(
#ifdef PARENTHESISED
      flag ? fetch() : fetch()
#else
      fetch()
#endif
  );
  co_return v;
}
