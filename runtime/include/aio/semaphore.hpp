// aio/semaphore.hpp -- aio::Semaphore (asyncio.Semaphore).
//
// What it is for: limit how many tasks use a resource at once (e.g. at most
// 10 concurrent connections). The async replacement for
// std::counting_semaphore, whose acquire() would block the loop thread.
// Shape:
//   aio::Semaphore sem(3);
//   co_await sem.acquire(); ... sem.release();
//   { auto guard = co_await sem.scoped(); ... }
//   sem.value(), sem.locked()
// Fairness: FIFO handoff, as aio::Lock. Unlike asyncio.BoundedSemaphore,
// release() above the initial value is not checked (asyncio.Semaphore
// does not check either).
// Throws: acquire() throws CancelledError if the waiting task is cancelled.
// Thread-safety: loop thread only.
#pragma once
#include "lock.hpp"

namespace aio {

class Semaphore {
public:
  explicit Semaphore(std::size_t value = 1) : pool_(value) {}
  Semaphore(const Semaphore&) = delete;
  Semaphore& operator=(const Semaphore&) = delete;

  [[nodiscard]] detail::TokenPool::Acquire acquire() noexcept { return detail::TokenPool::Acquire(&pool_); }
  [[nodiscard]] detail::ScopedAcquire<Semaphore> scoped() noexcept { return {this, &pool_}; }
  void release() { pool_.release(); }
  std::size_t value() const noexcept { return pool_.tokens(); }
  bool locked() const noexcept { return pool_.tokens() == 0; }

private:
  detail::TokenPool pool_;
};

} // namespace aio
