// aio/lock.hpp -- aio::Lock (asyncio.Lock).
//
// What it is for: mutual exclusion between tasks across co_awaits. The
// async replacement for std::mutex, whose lock() would block the loop
// thread (and deadlock it, if the holder is another task on that thread).
// Shape:
//   co_await lock.acquire(); ... lock.release();
//   { auto guard = co_await lock.scoped(); ... }   // released at scope end
//   lock.locked()
// Fairness: strictly FIFO. release() hands the lock directly to the
// longest-waiting task, so a task that keeps re-acquiring cannot barge
// ahead of waiters (asyncio >= 3.10 behaves the same, except that it wakes
// the next waiter instead of handing over).
// Throws: release() of an unlocked lock throws RuntimeError (as asyncio);
// acquire() throws CancelledError if the waiting task is cancelled -- if the
// lock had already been handed to it, it passes the lock on first.
// Thread-safety: loop thread only; a Lock is not a cross-thread mutex.
#pragma once
#include "task.hpp"

#include <utility>

namespace aio {

namespace detail {
// FIFO token handoff shared by Lock and Semaphore.
class TokenPool {
public:
  explicit TokenPool(std::size_t tokens) : tokens_(tokens) {}
  TokenPool(const TokenPool&) = delete;

  class Acquire : public ListNode {
  public:
    explicit Acquire(TokenPool* pool) noexcept : pool_(pool) {}
    Acquire(const Acquire& o) noexcept : ListNode(), pool_(o.pool_) {}
    ~Acquire() { pool_->waiters_.remove(this); }
    using aio_awaitable_tag = void;
    bool await_ready() noexcept {
      if (pool_->tokens_ > 0 && pool_->waiters_.empty()) {
        --pool_->tokens_;
        return true;
      }
      return false;
    }
    template <class P>
    bool await_suspend(std::coroutine_handle<P> h) {
      if (!begin_wait(this, h, h.promise(), &Acquire::cancelled)) return false;
      pool_->waiters_.push_back(this);
      return true;
    }
    void await_resume() {
      if (cancel_pending(promise)) {
        if (granted_) pool_->release();
        check_cancel(promise);
      }
    }

  private:
    friend class TokenPool;
    static void cancelled(WaitNode* n) {
      auto* self = static_cast<Acquire*>(n);
      self->pool_->waiters_.remove(self);
      Loop::current()->wake(self);
    }
    TokenPool* pool_;
    bool granted_ = false;
  };

  void release() {
    if (auto* n = static_cast<Acquire*>(waiters_.pop_front())) {
      n->granted_ = true;
      Loop::current()->wake(n);
    } else {
      ++tokens_;
    }
  }
  std::size_t tokens() const noexcept { return tokens_; }
  bool has_waiters() const noexcept { return !waiters_.empty(); }

private:
  std::size_t tokens_;
  WaitList waiters_;
};

template <class Owner>
class [[nodiscard]] Guard {
public:
  explicit Guard(Owner* o) noexcept : owner_(o) {}
  Guard(Guard&& g) noexcept : owner_(std::exchange(g.owner_, nullptr)) {}
  Guard& operator=(Guard&&) = delete;
  ~Guard() {
    if (owner_) owner_->release();
  }
private:
  Owner* owner_;
};

template <class Owner>
class ScopedAcquire : public TokenPool::Acquire {
public:
  ScopedAcquire(Owner* o, TokenPool* p) noexcept : Acquire(p), owner_(o) {}
  Guard<Owner> await_resume() {
    Acquire::await_resume();
    return Guard<Owner>(owner_);
  }
private:
  Owner* owner_;
};
} // namespace detail

class Lock {
public:
  Lock() = default;
  Lock(const Lock&) = delete;
  Lock& operator=(const Lock&) = delete;

  [[nodiscard]] detail::TokenPool::Acquire acquire() noexcept { return detail::TokenPool::Acquire(&pool_); }
  [[nodiscard]] detail::ScopedAcquire<Lock> scoped() noexcept { return {this, &pool_}; }
  void release() {
    if (!locked()) throw RuntimeError("aio::Lock::release: lock is not acquired");
    pool_.release();
  }
  bool locked() const noexcept { return pool_.tokens() == 0; }

private:
  detail::TokenPool pool_{1};
};

} // namespace aio
