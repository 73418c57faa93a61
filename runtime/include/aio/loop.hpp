// aio/loop.hpp -- the event loop: one per thread, cooperative multitasking.
//
// What it is for: aio::Loop runs coroutines (aio::Task) the way asyncio's
// event loop runs Python coroutines. Users rarely touch it: aio::run creates
// one, runs the main task and tears it down. Custom awaitables (see
// aio::Awaitable in task.hpp) use aio::call_soon to resume a coroutine.
//
// Shape of one loop iteration:
//   1. fire every timer whose deadline has passed, in (deadline, sequence
//      number) order, so equal deadlines fire in the order they were armed
//      (timers armed in deadline order sit in a FIFO, the others in a heap;
//      see TimerQueue);
//   2. if nothing is ready, wait in epoll for socket readiness, for a
//      worker-thread completion (an eventfd) or for the next timer; under the
//      virtual clock, jump to the next timer instead of waiting;
//   3. resume every coroutine that was ready at the start of the step, in
//      FIFO order. Coroutines made ready meanwhile run in the next iteration,
//      so sleep(0s) lets every other ready task run once (asyncio's rule).
// The ready queue is a ring buffer of (coroutine handle, promise) pairs grown
// geometrically: scheduling never allocates once it has grown, and a handle
// is all a switch needs. (An intrusive list through the promises would save
// the buffer but not the time, and could not hold the handles of custom
// awaitables.) Timers, wait-list entries and I/O waits are nodes embedded in
// the awaiters, i.e. in the suspended coroutine frames: no allocation per
// wait, and no std::function anywhere on the hot paths.
//
// RunOptions (each unset field falls back to the environment):
//   virtual_clock  AIO_CLOCK=virtual   see clock.hpp
//   debug          AIO_DEBUG=1         asyncio's debug mode, see below
//   slow_step      100 ms              threshold of the slow-step warning
// Debug mode: see debug.hpp.
// Blocking sanitizer (built with -fsanitize=realtime, blocking_sanitizer.hpp):
// each resumption in step 3 runs in RealtimeSanitizer's real-time context
// (resume_step); steps 1 and 2, the loop's own waits, stay outside it.
//
// Thread-safety: a Loop belongs to the thread that runs it. The only
// cross-thread entry is Loop::post (used by aio::to_thread's workers), which
// takes a mutex and writes to an eventfd that the loop waits on in epoll.
// Throws: aio::RuntimeError on a nested run, on a deadlock (the main task
// waits but nothing can ever wake it), and when epoll/eventfd fail.
#pragma once
#include "blocking_sanitizer.hpp"
#include "clock.hpp"
#include "debug.hpp"
#include "error.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <source_location>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace aio {

// Designated initializers are the intended use: RunOptions{.debug = true}.
// (Every field has a default member initializer, so clang's
// -Wmissing-designated-field-initializers stays quiet.)
struct RunOptions {
  std::optional<bool> virtual_clock = std::nullopt; // default: AIO_CLOCK=virtual
  std::optional<bool> debug = std::nullopt;         // default: AIO_DEBUG=1
  Duration slow_step = std::chrono::milliseconds(100);
};

class Loop;

namespace detail {

struct PromiseBase;
struct TaskCore;

// A suspended task's registration in whatever it waits on (a timer, a
// queue's getters, a lock's waiters...). on_cancel unregisters it and, as a
// rule, makes the coroutine ready so that it can observe CancelledError.
struct WaitNode {
  std::coroutine_handle<> handle{};
  PromiseBase* promise = nullptr;
  void (*on_cancel)(WaitNode*) = nullptr;
};

// An intrusive doubly linked FIFO of wait nodes, for wait lists.
struct ListNode : WaitNode {
  ListNode* prev = nullptr;
  ListNode* next = nullptr;
  bool linked = false;
};
class WaitList {
public:
  bool empty() const { return head_ == nullptr; }
  ListNode* front() const { return head_; }
  void push_back(ListNode* n) {
    n->prev = tail_;
    n->next = nullptr;
    if (tail_) tail_->next = n; else head_ = n;
    tail_ = n;
    n->linked = true;
  }
  void remove(ListNode* n) {
    if (!n->linked) return;
    if (n->prev) n->prev->next = n->next; else head_ = n->next;
    if (n->next) n->next->prev = n->prev; else tail_ = n->prev;
    n->prev = n->next = nullptr;
    n->linked = false;
  }
  ListNode* pop_front() {
    ListNode* n = head_;
    if (n) remove(n);
    return n;
  }
private:
  ListNode* head_ = nullptr;
  ListNode* tail_ = nullptr;
};

struct TimerNode {
  TimePoint when{};
  std::uint64_t seq = 0;
  void (*fire)(TimerNode*) = nullptr;
  std::uint32_t index = npos; // position in the heap, npos when not armed
  static constexpr std::uint32_t npos = 0xffffffffu;
  bool armed() const { return index != npos; }
};

// Notified when a TaskCore finishes (gather, wait_for, awaiting a handle).
struct DoneWatcher {
  void (*on_done)(DoneWatcher*) = nullptr;
  DoneWatcher* prev = nullptr;
  DoneWatcher* next = nullptr;
  TaskCore* core = nullptr;
};

inline Loop*& current_loop() {
  thread_local Loop* loop = nullptr;
  return loop;
}

// Notified when a child task finishes (gather): cheaper than one watcher
// node per child.
struct DoneGroup {
  void (*child_done)(DoneGroup*, TaskCore*) = nullptr;
};

// The state of one spawned task (asyncio.Task). It is the base of every
// aio::Task promise, so spawning a task allocates nothing beyond its
// coroutine frame; in a nested (awaited, not spawned) coroutine these
// fields are simply unused. A spawned task knows what it waits on, who
// waits for it, and is reference counted by the loop (while running) and
// by handles (TaskHandle, gather, wait_for); the last reference destroys
// the frame.
struct TaskCore {
  std::coroutine_handle<> coro{}; // the frame, once spawned
  WaitNode* waiting = nullptr;    // current registration while suspended
  DoneWatcher* watchers = nullptr;
  DoneGroup* group = nullptr;
  TaskCore* live_prev = nullptr;
  TaskCore* live_next = nullptr;
  int refs = 0;
  bool done = false;
  bool cancel_pending = false; // cancel requested, not yet delivered
  bool exception_retrieved = false;
  bool started = false; // (PromiseBase's; here it packs into the padding)

  PromiseBase* promise() noexcept;
  bool cancel();
  void add_watcher(DoneWatcher* w) {
    w->core = this;
    w->prev = nullptr;
    w->next = watchers;
    if (watchers) watchers->prev = w;
    watchers = w;
  }
  void remove_watcher(DoneWatcher* w) {
    if (w->core != this) return;
    if (w->prev) w->prev->next = w->next; else watchers = w->next;
    if (w->next) w->next->prev = w->prev;
    w->prev = w->next = nullptr;
    w->core = nullptr;
  }
  bool failed() noexcept;
  bool was_cancelled() noexcept;
  void add_ref() { ++refs; }
  void release();
  void finish(); // called from the root coroutine's final suspend
};

// What every aio::Task promise has. `where` is the coroutine function's
// source location, used by the debug warnings; `root` is the spawned task
// this coroutine currently runs in (itself, for the task's outermost one);
// `parent` is the coroutine awaiting this one, resumed through its `coro`
// handle when this one finishes (a promise pointer rather than a handle, so
// that debug mode can tell which coroutine runs, at no cost in frame size).
struct PromiseBase : TaskCore {
  PromiseBase* parent = nullptr;
  TaskCore* root = nullptr;
  std::exception_ptr exception{};
  std::source_location where{};
};

inline PromiseBase* TaskCore::promise() noexcept { return static_cast<PromiseBase*>(this); }
inline bool TaskCore::failed() noexcept { return promise()->exception != nullptr; }
inline bool TaskCore::was_cancelled() noexcept {
  if (!promise()->exception) return false;
  try {
    std::rethrow_exception(promise()->exception);
  } catch (const CancelledError&) {
    return true;
  } catch (...) {
    return false;
  }
}

struct ReadyItem {
  std::coroutine_handle<> handle;
  PromiseBase* promise;
};

// FIFO ring buffer, power-of-two capacity.
class ReadyQueue {
public:
  bool empty() const { return head_ == tail_; }
  std::size_t size() const { return tail_ - head_; }
  void push(ReadyItem it) {
    if (tail_ - head_ == buf_.size()) grow();
    buf_[tail_++ & (buf_.size() - 1)] = it;
  }
  ReadyItem pop() { return buf_[head_++ & (buf_.size() - 1)]; }
private:
  void grow() {
    std::vector<ReadyItem> bigger(buf_.empty() ? 256 : buf_.size() * 2);
    std::size_t n = size();
    for (std::size_t i = 0; i < n; ++i) bigger[i] = buf_[(head_ + i) & (buf_.size() - 1)];
    buf_.swap(bigger);
    head_ = 0;
    tail_ = n;
  }
  std::vector<ReadyItem> buf_;
  std::size_t head_ = 0;
  std::size_t tail_ = 0;
};

// Binary min-heap of timer nodes; each node knows its index, so removal of
// a cancelled timer is O(log n) and nothing dangles.
class TimerHeap {
public:
  static bool less(const TimerNode* a, const TimerNode* b) {
    return a->when < b->when || (a->when == b->when && a->seq < b->seq);
  }
  bool empty() const { return heap_.empty(); }
  std::size_t size() const { return heap_.size(); }
  TimerNode* top() const { return heap_.front(); }
  void push(TimerNode* n) {
    if (heap_.size() >= 0x7fffffffu) throw RuntimeError("aio: too many timers");
    n->index = static_cast<std::uint32_t>(heap_.size());
    heap_.push_back(n);
    up(n->index);
  }
  void remove(TimerNode* n) {
    std::size_t i = n->index;
    if (n->index == TimerNode::npos) return;
    n->index = TimerNode::npos;
    TimerNode* last = heap_.back();
    heap_.pop_back();
    if (i == heap_.size()) return;
    heap_[i] = last;
    last->index = static_cast<std::uint32_t>(i);
    down(i);
    up(last->index);
  }
  TimerNode* pop() {
    TimerNode* n = heap_.front();
    remove(n);
    return n;
  }
private:
  void up(std::size_t i) {
    TimerNode* n = heap_[i];
    while (i > 0) {
      std::size_t parent = (i - 1) / 2;
      if (!less(n, heap_[parent])) break;
      heap_[i] = heap_[parent];
      heap_[i]->index = static_cast<std::uint32_t>(i);
      i = parent;
    }
    heap_[i] = n;
    n->index = static_cast<std::uint32_t>(i);
  }
  void down(std::size_t i) {
    TimerNode* n = heap_[i];
    std::size_t size = heap_.size();
    for (;;) {
      std::size_t child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && less(heap_[child + 1], heap_[child])) ++child;
      if (!less(heap_[child], n)) break;
      heap_[i] = heap_[child];
      heap_[i]->index = static_cast<std::uint32_t>(i);
      i = child;
    }
    heap_[i] = n;
    n->index = static_cast<std::uint32_t>(i);
  }
  std::vector<TimerNode*> heap_;
};

// All timers: a FIFO for the common case plus the heap for the rest.
// A timer whose deadline is not earlier than the newest FIFO entry's (every
// timer armed with the same delay, as in "a million tasks sleep 1 s", or any
// monotonic stream) is appended to the FIFO: O(1) to arm, fire and disarm
// (disarming leaves a tombstone that the front skips). Others go to the
// heap. The earliest timer is the smaller of the two fronts by (deadline,
// sequence number), so the firing order is exactly the heap-only order.
class TimerQueue {
public:
  bool empty() const { return heap_.empty() && fifo_live_ == 0; }
  void push(TimerNode* n) {
    if (fifo_head_ == fifo_.size()) {
      fifo_.clear();
      fifo_head_ = 0;
    }
    if ((fifo_.empty() || n->when >= fifo_.back().when) && fifo_.size() < kFifoBit) {
      n->index = kFifoBit | static_cast<std::uint32_t>(fifo_.size());
      fifo_.push_back({n->when, n});
      ++fifo_live_;
    } else {
      heap_.push(n);
    }
  }
  void remove(TimerNode* n) {
    if (!n->armed()) return;
    if (n->index & kFifoBit) {
      fifo_[n->index & ~kFifoBit].node = nullptr;
      n->index = TimerNode::npos;
      --fifo_live_;
    } else {
      heap_.remove(n);
    }
  }
  TimerNode* top() {
    while (fifo_head_ < fifo_.size() && fifo_[fifo_head_].node == nullptr) ++fifo_head_;
    if (fifo_head_ > 4096 && fifo_head_ > fifo_.size() / 2) compact();
    TimerNode* f = fifo_head_ < fifo_.size() ? fifo_[fifo_head_].node : nullptr;
    if (heap_.empty()) return f;
    TimerNode* h = heap_.top();
    return (f == nullptr || TimerHeap::less(h, f)) ? h : f;
  }
  TimerNode* pop() {
    TimerNode* n = top();
    remove(n);
    return n;
  }

private:
  static constexpr std::uint32_t kFifoBit = 0x80000000u;
  struct Entry {
    TimePoint when; // kept for the append test: the node may be gone
    TimerNode* node; // nullptr once disarmed
  };
  // Drops the consumed prefix and renumbers the live entries.
  void compact() {
    fifo_.erase(fifo_.begin(), fifo_.begin() + static_cast<std::ptrdiff_t>(fifo_head_));
    fifo_head_ = 0;
    for (std::size_t i = 0; i < fifo_.size(); ++i)
      if (fifo_[i].node) fifo_[i].node->index = kFifoBit | static_cast<std::uint32_t>(i);
  }
  TimerHeap heap_;
  std::vector<Entry> fifo_;
  std::size_t fifo_head_ = 0;
  std::size_t fifo_live_ = 0;
};

// Socket readiness, edge-triggered: `readable`/`writable` latch an event
// until the owner sees EAGAIN and clears them; a waiting reader or writer is
// woken by the event.
struct IoWatch {
  int fd = -1;
  bool readable = false;
  bool writable = false;
  WaitNode* reader = nullptr;
  WaitNode* writer = nullptr;
};

// The loop's door for other threads (to_thread's workers): a mutex-guarded
// list of tasks to wake plus the eventfd the loop waits on in epoll. Shared
// (std::shared_ptr) between the loop and every outstanding job, so that a
// worker can finish writing to the eventfd even if the loop it has just woken
// finishes and is destroyed meanwhile.
struct Inbox {
  Inbox() : evfd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {}
  Inbox(const Inbox&) = delete;
  ~Inbox() {
    if (evfd >= 0) ::close(evfd);
  }
  void post(WaitNode* node) {
    {
      std::lock_guard<std::mutex> lock(mu);
      items.push_back(node);
    }
    std::uint64_t one = 1;
    ssize_t r = ::write(evfd, &one, sizeof one);
    (void)r;
  }
  std::vector<WaitNode*> take() {
    std::uint64_t v;
    ssize_t r = ::read(evfd, &v, sizeof v);
    (void)r;
    std::vector<WaitNode*> out;
    std::lock_guard<std::mutex> lock(mu);
    out.swap(items);
    return out;
  }
  int evfd;
  std::mutex mu;
  std::vector<WaitNode*> items;
};

} // namespace detail

class Loop {
public:
  explicit Loop(const RunOptions& options = {}) {
    if (detail::current_loop() != nullptr)
      throw RuntimeError("aio: a loop already runs on this thread");
    auto& tc = detail::thread_clock();
    virtual_ = options.virtual_clock.value_or(tc.virtual_mode);
    debug_ = options.debug.value_or(detail::env_debug());
    slow_step_ = options.slow_step;
    vnow_ = tc.virtual_now;
    epfd_ = ::epoll_create1(EPOLL_CLOEXEC);
    inbox_ = std::make_shared<detail::Inbox>();
    if (epfd_ < 0 || inbox_->evfd < 0) {
      if (epfd_ >= 0) ::close(epfd_);
      throw RuntimeError("aio: cannot create epoll/eventfd");
    }
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.ptr = nullptr;
    ::epoll_ctl(epfd_, EPOLL_CTL_ADD, inbox_->evfd, &ev);
    detail::current_loop() = this;
  }
  Loop(const Loop&) = delete;
  Loop& operator=(const Loop&) = delete;
  ~Loop() {
    detail::thread_clock().virtual_now = vnow_;
    detail::current_loop() = nullptr;
    ::close(epfd_);
  }

  static Loop* current() { return detail::current_loop(); }

  bool debug() const { return debug_; }
  bool virtual_clock() const { return virtual_; }
  TimePoint now() const { return virtual_ ? vnow_ : detail::real_now(); }

  // Makes a suspended coroutine ready. Loop thread only.
  void schedule(std::coroutine_handle<> h, detail::PromiseBase* p = nullptr) {
    ready_.push({h, p});
  }
  // Makes the task behind `node` ready and clears its wait registration.
  void wake(detail::WaitNode* node);

  // Cross-thread wake-ups: on the loop thread, call expect_post() and hand
  // inbox() to the other thread, which calls inbox->post(node) exactly once
  // to make `node`'s task ready on this loop.
  void expect_post() { ++outstanding_; }
  std::shared_ptr<detail::Inbox> inbox() const { return inbox_; }

  void add_timer(detail::TimerNode* t) {
    t->seq = timer_seq_++;
    timers_.push(t);
  }
  void remove_timer(detail::TimerNode* t) { timers_.remove(t); }

  void watch(detail::IoWatch* w) {
    detail::OwnCall own; // registering never blocks
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
    ev.data.ptr = w;
    if (::epoll_ctl(epfd_, EPOLL_CTL_ADD, w->fd, &ev) != 0)
      throw std::system_error(errno, std::generic_category(), "aio: epoll_ctl");
    ++io_watches_;
  }
  void unwatch(detail::IoWatch* w) {
    detail::OwnCall own;
    ::epoll_ctl(epfd_, EPOLL_CTL_DEL, w->fd, nullptr);
    --io_watches_;
  }

  // Task bookkeeping (used by create_task, gather, run).
  detail::TaskCore* spawn(std::coroutine_handle<> coro, detail::PromiseBase* p) {
    detail::TaskCore* core = p;
    core->coro = coro;
    core->refs = 1;
    p->root = core;
    p->started = true;
    core->live_next = live_;
    if (live_) live_->live_prev = core;
    live_ = core;
    ++live_count_;
    schedule(coro, p);
    return core;
  }
  void unlink_live(detail::TaskCore* core) {
    if (core->live_prev) core->live_prev->live_next = core->live_next;
    else live_ = core->live_next;
    if (core->live_next) core->live_next->live_prev = core->live_prev;
    core->live_prev = core->live_next = nullptr;
    --live_count_;
  }

  // Runs until `main` is done.
  void run_until_done(detail::TaskCore* main) {
    while (!main->done) {
      if (!step())
        throw RuntimeError(
            "aio::run: deadlock: the main task waits for something that can never "
            "happen (no task ready, no timer, no I/O, no worker job)");
    }
  }

  // asyncio.run's epilogue: cancel every task still alive and let them
  // unwind; whatever still cannot finish is destroyed in place.
  void shutdown() {
    std::vector<detail::TaskCore*> alive;
    for (auto* c = live_; c; c = c->live_next) alive.push_back(c);
    for (auto* c : alive) c->add_ref();
    for (auto* c : alive) c->cancel();
    for (int guard = 0; live_count_ > 0 && guard < 1000000; ++guard)
      if (!step()) break;
    for (auto* c : alive) {
      c->exception_retrieved = true; // their CancelledError is expected
      if (!c->done) {
        // It would not unwind (it waits on something that never comes, or
        // ignores cancellation). Its frame may be referenced from other
        // frames' wait lists, so it is deliberately leaked, not destroyed.
        if (debug_) detail::debug_print("task " + detail::coro_desc(c->promise()->where) +
                                        " did not finish after cancellation; leaked");
        unlink_live(c);
        c->done = true;
        c->refs = 1 << 30;
      }
    }
    for (auto* c : alive) c->release();
    // Drain ready items of already-finished frames.
    while (!ready_.empty()) ready_.pop();
  }

private:
  // One iteration. Returns false when nothing can ever become ready.
  bool step() {
    fire_timers();
    if (ready_.empty()) {
      if (timers_.empty() && io_watches_ == 0 && outstanding_ == 0) return false;
      wait_events();
      fire_timers();
    } else if (io_watches_ > 0 || outstanding_ > 0) {
      poll(0);
    }
    std::size_t n = ready_.size();
    // Virtual clock: time the batch, so that waiting inside it can be charged.
    std::chrono::steady_clock::time_point wall0{};
    std::chrono::nanoseconds cpu0{};
    std::chrono::nanoseconds reports0{};
    long switches0 = 0;
    if (virtual_) {
      wall0 = std::chrono::steady_clock::now();
      cpu0 = detail::thread_cpu_time();
      reports0 = detail::sanitizer_reporting();
      switches0 = detail::thread_voluntary_switches();
    }
    if (debug_) {
      while (n--) {
        detail::ReadyItem it = ready_.pop();
        auto t0 = std::chrono::steady_clock::now();
        auto r0 = detail::sanitizer_reporting();
        dbg_running_ = it.promise;
        dbg_segment_start_ = t0;
        dbg_worst_ = it.promise;
        dbg_worst_time_ = {};
        resume_step(it);
        debug_switch(nullptr);
        // (the blocking sanitizer's reports are not the step's time)
        auto took = std::chrono::steady_clock::now() - t0 - (detail::sanitizer_reporting() - r0);
        if (took > slow_step_ && dbg_worst_ != nullptr) report_slow(dbg_worst_, took);
      }
    } else {
      while (n--) resume_step(ready_.pop());
    }
    if (virtual_) charge_blocking(wall0, cpu0, reports0, switches0);
    return true;
  }

  // One coroutine step: the resumption of `it` up to its next suspension.
  // Under the blocking sanitizer it runs in RTSan's real-time context and
  // names its coroutine for the reports.
  static void resume_step(detail::ReadyItem it) {
#if AIO_BLOCKING_SANITIZER
    detail::sanitizer_note_running(it.promise ? &it.promise->where
                                              : &detail::sanitizer_unknown_coroutine);
    auto resume = [h = it.handle] { h.resume(); };
    std::exception_ptr e = detail::call_in_realtime_context(resume);
    detail::sanitizer_note_running(nullptr);
    if (e) std::rethrow_exception(e);
#else
    it.handle.resume();
#endif
  }

public:
  // Debug mode: the running coroutine changes (a child starts or returns to
  // its parent). Each stretch is timed, so that a slow step names the
  // coroutine that ran longest in it, not merely the one that was resumed.
  void debug_switch(detail::PromiseBase* next) {
    auto now = std::chrono::steady_clock::now();
    auto len = now - dbg_segment_start_;
    if (len > dbg_worst_time_ && dbg_running_ != nullptr) {
      dbg_worst_time_ = len;
      dbg_worst_ = dbg_running_;
    }
    dbg_running_ = next;
    dbg_segment_start_ = now;
  }

private:
  // Virtual clock: a batch of resumes that spent longer than the slow-step
  // threshold *waiting* (wall time minus this thread's CPU time: a
  // std::this_thread::sleep_for, a blocking read) advances virtual time by
  // that waiting, to the millisecond. Computing is never charged, so correct
  // code keeps exact elapsed times even when slow (sanitizers, -O0), and
  // a batch whose thread never blocked in the kernel (no voluntary context
  // switch) was only preempted, on a loaded machine: not charged either.
  // The blocking sanitizer's own reports (symbolising a stack waits for
  // llvm-symbolizer) are not the step's: their wall time is left out.
  void charge_blocking(std::chrono::steady_clock::time_point wall0,
                       std::chrono::nanoseconds cpu0, std::chrono::nanoseconds reports0,
                       long switches0) {
    auto wall = std::chrono::steady_clock::now() - wall0 - (detail::sanitizer_reporting() - reports0);
    if (wall <= slow_step_) return;
    if (detail::thread_voluntary_switches() == switches0) return;
    auto waited = wall - (detail::thread_cpu_time() - cpu0);
    if (waited > slow_step_) vnow_ += std::chrono::round<std::chrono::milliseconds>(waited);
  }

  void report_slow(detail::PromiseBase* p, std::chrono::steady_clock::duration took) {
    char buf[160];
    std::snprintf(buf, sizeof buf, " held the loop for %.3f s in one step (threshold %.3f s)",
                  std::chrono::duration<double>(took).count(),
                  std::chrono::duration<double>(slow_step_).count());
    detail::debug_print("slow step: coroutine " + detail::coro_desc(p->where) + buf);
  }

  void fire_timers() {
    if (timers_.empty()) return;
    TimePoint t = now();
    while (!timers_.empty() && timers_.top()->when <= t) {
      detail::TimerNode* n = timers_.pop();
      n->fire(n);
    }
  }

  void wait_events() {
    if (virtual_) {
      if (outstanding_ > 0 || timers_.empty()) {
        poll(-1);
        return;
      }
      if (io_watches_ > 0 && poll(0) > 0) return;
      if (timers_.top()->when > vnow_) vnow_ = timers_.top()->when;
      return;
    }
    int timeout = -1;
    if (!timers_.empty()) {
      auto d = timers_.top()->when - detail::real_now();
      if (d <= Duration::zero()) timeout = 0;
      else timeout = static_cast<int>(std::min<long long>(
          std::chrono::ceil<std::chrono::milliseconds>(d).count(), 1 << 30));
    }
    poll(timeout);
  }

  int poll(int timeout_ms) {
    epoll_event events[64];
    int n = ::epoll_wait(epfd_, events, 64, timeout_ms);
    if (n < 0) {
      if (errno == EINTR) return 0;
      throw std::system_error(errno, std::generic_category(), "aio: epoll_wait");
    }
    for (int i = 0; i < n; ++i) {
      auto* w = static_cast<detail::IoWatch*>(events[i].data.ptr);
      if (w == nullptr) {
        drain_posted();
        continue;
      }
      std::uint32_t e = events[i].events;
      if (e & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) {
        w->readable = true;
        if (auto* r = w->reader) {
          w->reader = nullptr;
          wake(r);
        }
      }
      if (e & (EPOLLOUT | EPOLLHUP | EPOLLERR)) {
        w->writable = true;
        if (auto* wr = w->writer) {
          w->writer = nullptr;
          wake(wr);
        }
      }
    }
    return n;
  }

  void drain_posted() {
    for (auto* node : inbox_->take()) {
      --outstanding_;
      wake(node);
    }
  }

  detail::ReadyQueue ready_;
  detail::PromiseBase* dbg_running_ = nullptr;
  detail::PromiseBase* dbg_worst_ = nullptr;
  std::chrono::steady_clock::time_point dbg_segment_start_{};
  std::chrono::steady_clock::duration dbg_worst_time_{};
  detail::TimerQueue timers_;
  std::uint64_t timer_seq_ = 0;
  bool virtual_ = false;
  bool debug_ = false;
  Duration slow_step_{};
  TimePoint vnow_{};
  int epfd_ = -1;
  std::shared_ptr<detail::Inbox> inbox_;
  std::size_t io_watches_ = 0;
  std::size_t outstanding_ = 0;
  detail::TaskCore* live_ = nullptr;
  std::size_t live_count_ = 0;
};

namespace detail {

// Tells the loop which coroutine runs from now on: in debug mode for the
// slow-step report, under the blocking sanitizer for its reports.
inline void note_switch(PromiseBase* next) {
  sanitizer_note_running(next ? &next->where : nullptr); // no-op without it
  Loop* l = current_loop();
  if (l != nullptr && l->debug()) l->debug_switch(next);
}

inline bool debug_enabled() {
  Loop* l = current_loop();
  return l ? l->debug() : env_debug();
}

// Called by an awaiter's await_suspend. Returns false (do not suspend) when
// a cancellation is pending: await_resume then throws CancelledError.
inline bool begin_wait(WaitNode* node, std::coroutine_handle<> h, PromiseBase& p,
                       void (*on_cancel)(WaitNode*)) {
  node->handle = h;
  node->promise = &p;
  node->on_cancel = on_cancel;
  if (p.root) {
    if (p.root->cancel_pending) return false;
    p.root->waiting = node;
  }
  return true;
}

// Throws CancelledError if a cancellation is pending for p's task.
inline void check_cancel(PromiseBase* p) {
  if (p && p->root && p->root->cancel_pending) {
    p->root->cancel_pending = false;
    throw CancelledError();
  }
}
inline bool cancel_pending(PromiseBase* p) {
  return p && p->root && p->root->cancel_pending;
}

inline bool TaskCore::cancel() {
  if (done) return false;
  cancel_pending = true;
  if (WaitNode* n = waiting) {
    waiting = nullptr;
    if (n->on_cancel) n->on_cancel(n);
  }
  return true;
}

inline void TaskCore::release() {
  if (--refs > 0) return;
  // A cancelled task's CancelledError is not worth a report (asyncio agrees).
  if (promise()->exception && !exception_retrieved && debug_enabled() && !was_cancelled()) {
    std::string what = "unknown exception";
    try {
      std::rethrow_exception(promise()->exception);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    debug_print("exception of task " + coro_desc(promise()->where) +
                " was never retrieved: " + what);
  }
  coro.destroy(); // destroys *this too
}

inline void TaskCore::finish() {
  done = true;
  waiting = nullptr;
  current_loop()->unlink_live(this);
  if (DoneGroup* g = group) {
    group = nullptr;
    g->child_done(g, this);
  }
  while (DoneWatcher* w = watchers) {
    remove_watcher(w);
    w->on_done(w);
  }
  release();
}

} // namespace detail

inline void Loop::wake(detail::WaitNode* node) {
  if (node->promise && node->promise->root && node->promise->root->waiting == node)
    node->promise->root->waiting = nullptr;
  schedule(node->handle, node->promise);
}

inline TimePoint now() {
  if (Loop* l = Loop::current()) return l->now();
  auto& tc = detail::thread_clock();
  return tc.virtual_mode ? tc.virtual_now : detail::real_now();
}

// Resumes `h` from the running loop soon (asyncio's loop.call_soon); for
// custom awaitables. Loop thread only.
inline void call_soon(std::coroutine_handle<> h) {
  Loop* l = Loop::current();
  if (!l) throw RuntimeError("aio::call_soon: no running loop on this thread");
  l->schedule(h);
}

} // namespace aio
