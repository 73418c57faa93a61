// aio/to_thread.hpp -- aio::to_thread(f, args...) (asyncio.to_thread).
//
// What it is for: the sanctioned way to call blocking code (file I/O, a
// blocking library, CPU-heavy work, name resolution) from a coroutine:
//     std::string s = co_await aio::to_thread(read_config, path);
// f(args...) runs on a worker thread of a process-wide pool; the awaiting
// task suspends, the loop keeps running other tasks, and when f returns the
// task resumes *on its own loop thread* (the worker posts the completion
// through an eventfd the loop waits on in epoll) with f's value, or with f's
// exception rethrown.
// Shape: Task<R> to_thread(F f, Args... args), R = std::invoke_result_t.
// f and args are moved into the task (they are copied by value, as in
// std::thread: pass std::ref to share).
// The pool: max(4, hardware_concurrency) threads, started on first use,
// joined at exit. Like asyncio's default executor it is shared by all loops.
// Cancellation: a running f cannot be interrupted (asyncio cannot either).
// Unlike asyncio, which abandons the thread and raises at once, aio delivers
// the CancelledError when f returns; f's result is then discarded. This
// keeps f's result and arguments alive exactly as long as f needs them.
// Throws: whatever f throws; CancelledError; RuntimeError outside a loop.
// Thread-safety: f runs on another thread -- it must not touch loop-owned
// objects (queues, events, tasks). Everything else is the caller's data.
#pragma once
#include "task.hpp"

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace aio {

namespace detail {

struct Job {
  void (*run)(Job*) = nullptr;
  Job* next = nullptr;
};

class ThreadPool {
public:
  static ThreadPool& instance() {
    static ThreadPool pool;
    return pool;
  }
  // Called from a coroutine step (await_suspend): the hand-off takes a
  // mutex, signals a condition variable and, the first time, starts the
  // workers; none of it is the coroutine's blocking.
  void submit(Job* job) {
    OwnCall own;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (threads_.empty()) start();
      job->next = nullptr;
      if (tail_) tail_->next = job; else head_ = job;
      tail_ = job;
    }
    cv_.notify_one();
  }
  ~ThreadPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    for (auto& t : threads_) t.join();
  }

private:
  ThreadPool() = default;
  void start() {
    unsigned n = std::max(4u, std::thread::hardware_concurrency());
    for (unsigned i = 0; i < n; ++i) threads_.emplace_back([this] { work(); });
  }
  void work() {
    for (;;) {
      Job* job;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [this] { return stop_ || head_ != nullptr; });
        if (head_ == nullptr) return;
        job = head_;
        head_ = job->next;
        if (!head_) tail_ = nullptr;
      }
      job->run(job);
    }
  }
  std::mutex mu_;
  std::condition_variable cv_;
  Job* head_ = nullptr;
  Job* tail_ = nullptr;
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

template <class R>
struct ResultSlot {
  std::optional<R> value;
  R take() { return std::move(*value); }
  template <class F>
  void fill(F& f) { value.emplace(f()); }
};
template <>
struct ResultSlot<void> {
  void take() {}
  template <class F>
  void fill(F& f) { f(); }
};

template <class F>
class ThreadCall : public WaitNode, public Job {
public:
  using R = std::invoke_result_t<F&>;
  explicit ThreadCall(F f) : f_(std::move(f)) {}
  ThreadCall(ThreadCall&& o) : WaitNode(), Job(), f_(std::move(o.f_)) {}
  using aio_awaitable_tag = void;

  bool await_ready() const noexcept { return false; }
  template <class P>
  bool await_suspend(std::coroutine_handle<P> h) {
    loop_ = Loop::current();
    if (!begin_wait(this, h, h.promise(), &ThreadCall::cancelled)) return false;
    run = &ThreadCall::execute;
    inbox_ = loop_->inbox();
    loop_->expect_post();
    ThreadPool::instance().submit(this);
    return true;
  }
  R await_resume() {
    if (error_) std::rethrow_exception(error_); // f's own failure wins
    check_cancel(WaitNode::promise);
    return result_.take();
  }

private:
  static void execute(Job* j) {
    auto* self = static_cast<ThreadCall*>(j);
    try {
      self->result_.fill(self->f_);
    } catch (...) {
      self->error_ = std::current_exception();
    }
    // Once posted, the loop may resume the task, destroy this frame and even
    // finish: keep our own reference to the inbox and touch nothing else.
    std::shared_ptr<Inbox> inbox = std::move(self->inbox_);
    inbox->post(self);
  }
  // The job cannot be recalled: keep waiting; the completion wakes us and
  // await_resume delivers the CancelledError.
  static void cancelled(WaitNode*) {}

  F f_;
  Loop* loop_ = nullptr;
  std::shared_ptr<Inbox> inbox_;
  ResultSlot<R> result_;
  std::exception_ptr error_;
};

} // namespace detail

template <class F, class... Args>
Task<std::invoke_result_t<std::decay_t<F>&, std::decay_t<Args>&...>> to_thread(F f, Args... args) {
  auto call = [&f, &args...]() -> decltype(auto) { return std::invoke(f, args...); };
  co_return co_await detail::ThreadCall<decltype(call)>(call);
}

} // namespace aio
