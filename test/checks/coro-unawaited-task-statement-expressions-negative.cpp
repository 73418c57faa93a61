// RUN: %check_coro coro-unawaited-task %s -- -I%S/Inputs
// GNU statement expressions: the last statement's value is the value of the
// statement expression, not discarded. Awaited, stored or returned with it,
// it is silent. From clang's test thread-safety-coro.cpp:
// `co_await ({ ...; std::suspend_always(); })`.
#include "coro-libs.h"

void prepare();
cppcoro::task<int> fetch();

cppcoro::task<int> awaited() {
  co_await ({
    prepare();
    std::suspend_always();
  });
  int v = co_await ({
    prepare();
    fetch();
  });
  auto t = ({
    prepare();
    fetch();
  });
  co_return v + co_await std::move(t);
}

cppcoro::task<int> returned() {
  return ({
    prepare();
    fetch();
  });
}
