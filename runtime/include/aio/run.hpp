// aio/run.hpp -- aio::run(task, options) (asyncio.run).
//
// Shape: T aio::run(aio::Task<T> main, aio::RunOptions options = {});
// Creates a loop on the calling thread, runs `main` to completion and
// returns its value or rethrows its exception. Before returning it cancels
// every task still running (create_task'ed and not finished) and lets them
// unwind, as asyncio.run does; the loop is then closed.
// Options: see loop.hpp (virtual clock, debug mode, slow-step threshold).
// Throws: RuntimeError("aio::run() cannot be called from a running event
// loop") when a loop already runs on this thread -- i.e. when called from
// inside a coroutine; co_await the task there instead. RuntimeError on a
// deadlock (the main task waits on something nothing can ever trigger).
// Thread-safety: one loop per thread; several threads may each run one.
#pragma once
#include "task.hpp"

namespace aio {

template <class T>
T run(Task<T> main, RunOptions options = {}) {
  if (Loop::current() != nullptr)
    throw RuntimeError(
        "aio::run() cannot be called from a running event loop; co_await the task "
        "instead (asyncio: asyncio.run() cannot be called from a running event loop)");
  if (!main.valid()) throw RuntimeError("aio::run: the task is empty (moved from?)");
  Loop loop(options);
  auto h = main.release();
  detail::TaskCore* core = loop.spawn(h, &h.promise());
  core->add_ref();
  struct Release {
    Loop& loop;
    detail::TaskCore* core;
    ~Release() {
      core->exception_retrieved = true;
      loop.shutdown();
      core->release();
    }
  } release{loop, core};
  loop.run_until_done(core);
  return h.promise().take();
}

} // namespace aio
