// A coroutine of a library the notes know: a cross-TU finding's alternative
// is worded in that library's terms (async_simple's here), as an in-TU one.
#include "app.h"
#include "coro-libs.h"

async_simple::coro::Lazy<> handler() {
  std::string c = config::load();
  co_return;
}
