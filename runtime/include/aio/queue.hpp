// aio/queue.hpp -- aio::Queue<T> (asyncio.Queue).
//
// What it is for: hand items from producer tasks to consumer tasks, with
// back-pressure. The async replacement for a mutex+condvar queue.
// Shape:
//   aio::Queue<T> q(maxsize);      // 0 = unbounded
//   co_await q.put(item);          // waits while full
//   T item = co_await q.get();     // waits while empty
//   q.put_nowait(item);            // throws aio::QueueFull
//   T item = q.get_nowait();       // throws aio::QueueEmpty
//   q.task_done(); co_await q.join();
//   q.qsize(), q.empty(), q.full(), q.maxsize()
// Semantics follow asyncio.Queue: FIFO; join() waits until task_done() has
// been called once for every item ever put; task_done() more often than
// items put throws std::logic_error (asyncio: ValueError).
// Waiting getters and putters are served in FIFO order. A put that finds a
// waiting getter hands the item straight to it (the item never sits in the
// queue), and a get that frees a slot moves the first waiting putter's item
// in; so no waiter is woken just to find its item taken.
// Cancellation: a get or put cancelled while waiting throws CancelledError
// and takes or adds nothing. If the item had already been handed over when
// the cancellation came, the operation completes (the item is not lost) and
// CancelledError arrives at the task's next suspension point.
// The awaiters are plain objects: no allocation per put or get beyond the
// std::deque's storage.
// Thread-safety: loop thread only.
#pragma once
#include "event.hpp"

#include <cstddef>
#include <deque>
#include <optional>
#include <stdexcept>
#include <utility>

namespace aio {

template <class T>
class Queue {
public:
  explicit Queue(std::size_t maxsize = 0) : maxsize_(maxsize) { all_done_.set(); }
  Queue(const Queue&) = delete;
  Queue& operator=(const Queue&) = delete;

  std::size_t qsize() const noexcept { return items_.size(); }
  std::size_t maxsize() const noexcept { return maxsize_; }
  bool empty() const noexcept { return items_.empty(); }
  bool full() const noexcept { return maxsize_ > 0 && items_.size() >= maxsize_; }

  void put_nowait(T item) {
    if (full()) throw QueueFull();
    push(std::move(item));
  }
  T get_nowait() {
    if (items_.empty()) throw QueueEmpty();
    return pop();
  }
  void task_done() {
    if (unfinished_ == 0) throw std::logic_error("aio::Queue::task_done() called too many times");
    if (--unfinished_ == 0) all_done_.set();
  }
  [[nodiscard]] Event::Waiter join() noexcept { return all_done_.wait(); }

  class GetAwaiter : public detail::ListNode {
  public:
    explicit GetAwaiter(Queue* q) noexcept : q_(q) {}
    GetAwaiter(const GetAwaiter& o) : ListNode(), q_(o.q_) {}
    ~GetAwaiter() { q_->getters_.remove(this); }
    using aio_awaitable_tag = void;
    bool await_ready() {
      if (q_->items_.empty()) return false;
      slot_.emplace(q_->pop());
      return true;
    }
    template <class P>
    bool await_suspend(std::coroutine_handle<P> h) {
      if (!detail::begin_wait(this, h, h.promise(), &GetAwaiter::cancelled)) return false;
      q_->getters_.push_back(this);
      return true;
    }
    T await_resume() {
      if (!slot_) detail::check_cancel(promise);
      return std::move(*slot_);
    }

  private:
    friend class Queue;
    static void cancelled(detail::WaitNode* n) {
      auto* self = static_cast<GetAwaiter*>(n);
      self->q_->getters_.remove(self);
      Loop::current()->wake(self);
    }
    Queue* q_;
    std::optional<T> slot_;
  };

  class PutAwaiter : public detail::ListNode {
  public:
    PutAwaiter(Queue* q, T item) : q_(q), item_(std::move(item)) {}
    PutAwaiter(const PutAwaiter& o) : ListNode(), q_(o.q_), item_(o.item_) {}
    PutAwaiter(PutAwaiter&& o) noexcept : ListNode(), q_(o.q_), item_(std::move(o.item_)) {}
    ~PutAwaiter() { q_->putters_.remove(this); }
    using aio_awaitable_tag = void;
    bool await_ready() {
      if (q_->full()) return false;
      q_->push(std::move(item_));
      done_ = true;
      return true;
    }
    template <class P>
    bool await_suspend(std::coroutine_handle<P> h) {
      if (!detail::begin_wait(this, h, h.promise(), &PutAwaiter::cancelled)) return false;
      q_->putters_.push_back(this);
      return true;
    }
    void await_resume() {
      if (!done_) detail::check_cancel(promise);
    }

  private:
    friend class Queue;
    static void cancelled(detail::WaitNode* n) {
      auto* self = static_cast<PutAwaiter*>(n);
      self->q_->putters_.remove(self);
      Loop::current()->wake(self);
    }
    Queue* q_;
    T item_;
    bool done_ = false;
  };

  [[nodiscard]] GetAwaiter get() noexcept { return GetAwaiter(this); }
  [[nodiscard]] PutAwaiter put(T item) { return PutAwaiter(this, std::move(item)); }

private:
  void push(T item) {
    ++unfinished_;
    all_done_.clear();
    if (auto* g = static_cast<GetAwaiter*>(getters_.pop_front())) {
      g->slot_.emplace(std::move(item));
      Loop::current()->wake(g);
      return;
    }
    items_.push_back(std::move(item));
  }
  T pop() {
    T item = std::move(items_.front());
    items_.pop_front();
    if (auto* p = static_cast<PutAwaiter*>(putters_.pop_front())) {
      ++unfinished_;
      items_.push_back(std::move(p->item_));
      p->done_ = true;
      Loop::current()->wake(p);
    }
    return item;
  }

  std::size_t maxsize_;
  std::size_t unfinished_ = 0;
  std::deque<T> items_;
  detail::WaitList getters_;
  detail::WaitList putters_;
  Event all_done_;
};

} // namespace aio
