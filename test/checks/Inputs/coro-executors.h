// Stand-ins for the executors, switch points and futures of the coroutine
// libraries, written for the coro-blocking-call executor tests and the
// coro-unawaited-task future tests: the same qualified names and shapes as
// the real libraries (accessors returning std::shared_ptr, function
// objects, free operator co_await), declarations only. No library code.
#ifndef COROLINT_TEST_CORO_EXECUTORS_H
#define COROLINT_TEST_CORO_EXECUTORS_H
#include "coro-libs.h"
#include <memory>

// concurrencpp: the cpu pool and the background pool share a type, and the
// runtime hands both out as std::shared_ptr; resume_on switches.
namespace concurrencpp {
class executor {
public:
  template <class F> result<int> submit(F &&) { return {}; }
  template <class F> void post(F &&) {}
  template <class F> void enqueue(F &&) {}
};
class thread_pool_executor : public executor {};
class thread_executor : public executor {};
class manual_executor : public executor {};
class runtime {
public:
  std::shared_ptr<concurrencpp::thread_pool_executor> thread_pool_executor() const noexcept;
  std::shared_ptr<concurrencpp::thread_pool_executor> background_executor() const noexcept;
  std::shared_ptr<concurrencpp::thread_executor> thread_executor() const noexcept;
  std::shared_ptr<manual_executor> make_manual_executor();
};
template <class E> stand_in::awaiter<void> resume_on(std::shared_ptr<E> executor);
template <class E> stand_in::awaiter<void> resume_on(E &executor);
} // namespace concurrencpp

// libcoro: a thread pool whose schedule() moves the coroutine onto it.
namespace coro {
class thread_pool {
public:
  stand_in::awaiter<void> schedule();
};
} // namespace coro

// async_simple: dispatch(executor) moves a Lazy to another executor;
// Future is a handle to work already running, awaitable through a free
// operator co_await.
namespace async_simple {
class Executor {};
namespace executors {
class SimpleExecutor : public Executor {};
} // namespace executors
namespace coro {
stand_in::awaiter<void> dispatch(Executor *executor);
} // namespace coro
template <class T> class Future {
public:
  T get();
};
template <class T> stand_in::awaiter<T> operator co_await(Future<T> &&);
} // namespace async_simple

// folly: Future, a SemiFuture with an executor attached.
namespace folly {
template <class T> class Future {};
template <class T> stand_in::awaiter<T> operator co_await(Future<T> &&);
template <class T> SemiFuture<T> makeSemiFuture(T value);
template <class T> Future<T> makeFuture(T value);
} // namespace folly

// stdexec: schedule(sch) is a sender that an exec::task comes back from;
// reschedule_coroutine_on(sch) moves the task.
namespace stdexec {
struct scheduler {};
struct schedule_t {
  stand_in::awaiter<void> operator()(scheduler) const;
};
inline constexpr schedule_t schedule{};
} // namespace stdexec
namespace exec {
struct static_thread_pool {
  stdexec::scheduler get_scheduler();
};
namespace __task {
struct __reschedule_coroutine_on {
  stand_in::awaiter<void> operator()(stdexec::scheduler) const;
};
} // namespace __task
inline constexpr __task::__reschedule_coroutine_on reschedule_coroutine_on{};
} // namespace exec

// asio: post/dispatch with a completion token; bind_executor binds the
// token to the executor the coroutine resumes on.
namespace asio {
class thread_pool {
public:
  struct executor_type {};
  executor_type get_executor();
};
template <class E, class T> struct executor_binder {};
template <class E, class T> executor_binder<E, T> bind_executor(E executor, T token);
template <class T> stand_in::awaiter<void> post(T token);
template <class E, class T> stand_in::awaiter<void> post(E executor, T token);
template <class T> stand_in::awaiter<void> dispatch(T token);
template <class E, class T> stand_in::awaiter<void> dispatch(E executor, T token);
} // namespace asio

// std::async, std::thread and a user's pool, which run callables elsewhere.
namespace user {
struct Pool {
  template <class F> void submit(F &&) {}
  template <class F> void schedule(F &&) {}
};
} // namespace user
#endif
