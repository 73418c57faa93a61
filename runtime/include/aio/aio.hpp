// aio/aio.hpp -- the whole aio runtime in one include.
//
// aio is a small C++20 coroutine runtime that follows Python's asyncio: one
// event loop per thread, cooperative multitasking, asyncio's names in
// snake_case. See docs/runtime.md for the asyncio mapping table, the thread
// model, debug mode and the virtual clock; each header below opens with the
// contract of the concept it holds.
#pragma once
#include "error.hpp"      // RuntimeError, CancelledError, TimeoutError, QueueFull/Empty
#include "clock.hpp"      // now(), virtual clock, blocking_sleep
#include "debug.hpp"      // debug mode (AIO_DEBUG=1)
#include "loop.hpp"       // Loop, RunOptions, call_soon
#include "task.hpp"       // Task<T>, Awaitable
#include "run.hpp"        // run
#include "sleep.hpp"      // sleep
#include "task_handle.hpp" // create_task, TaskHandle<T>
#include "gather.hpp"     // gather
#include "wait_for.hpp"   // wait_for
#include "event.hpp"      // Event
#include "lock.hpp"       // Lock
#include "semaphore.hpp"  // Semaphore
#include "queue.hpp"      // Queue<T>
#include "to_thread.hpp"  // to_thread
#include "files.hpp"      // read_file, write_file
#include "streams.hpp"    // open_connection, start_server, Stream, Server
