// aio/error.hpp -- the exceptions aio throws.
//
// Shape: plain exception classes, all derived from aio::Error (itself a
// std::runtime_error), named after their asyncio counterparts:
//   RuntimeError    misuse of the loop, e.g. a nested aio::run
//                   (asyncio: RuntimeError)
//   CancelledError  delivered at a task's suspension point when the task is
//                   cancelled (asyncio.CancelledError)
//   TimeoutError    aio::wait_for ran out of time (asyncio.TimeoutError)
//   QueueFull       Queue::put_nowait on a full queue (asyncio.QueueFull)
//   QueueEmpty      Queue::get_nowait on an empty queue (asyncio.QueueEmpty)
// Departure from asyncio: CancelledError derives from aio::Error like the
// rest (in Python it derives from BaseException so that `except Exception`
// does not swallow it). Catch CancelledError first, or rethrow it, if you
// must catch aio::Error around an await.
// Thread-safety: none needed; these are values.
#pragma once
#include <stdexcept>
#include <string>

namespace aio {

struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct RuntimeError : Error {
  using Error::Error;
};
struct CancelledError : Error {
  CancelledError() : Error("task was cancelled") {}
};
struct TimeoutError : Error {
  TimeoutError() : Error("operation timed out") {}
};
struct QueueFull : Error {
  QueueFull() : Error("queue is full") {}
};
struct QueueEmpty : Error {
  QueueEmpty() : Error("queue is empty") {}
};

} // namespace aio
