// Stand-ins for the coroutine libraries that coro-unawaited-task and
// coro-sync-wait-in-coroutine know, written for these tests: the same
// qualified names and shapes (promise types, initial_suspend, operator
// co_await, function objects) as the real libraries, declarations only, a
// few lines each. No library code.
#ifndef COROLINT_TEST_CORO_LIBS_H
#define COROLINT_TEST_CORO_LIBS_H
#include <chrono>
#include <coroutine>
#include <cstddef>
#include <optional>
#include <tuple>

namespace stand_in {
// What every stand-in awaits: an awaiter yielding a T.
template <class T> struct awaiter {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  T await_resume() const;
};
struct lazy_promise_base {
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {}
};
struct eager_promise_base {
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {}
};
template <class T> struct returns { void return_value(T) noexcept; };
template <> struct returns<void> { void return_void() noexcept; };
// Promises by how the task starts, each library's task type as Task.
template <class Task, class T> struct lazy_promise : lazy_promise_base, returns<T> {
  Task get_return_object() noexcept;
};
template <class Task, class T> struct eager_promise : eager_promise_base, returns<T> {
  Task get_return_object() noexcept;
};
// A task type of the user's own that starts as its Initial awaiter says.
template <class Initial> struct own_task {
  struct promise_type : returns<void> {
    own_task get_return_object();
    Initial initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() {}
  };
  awaiter<void> operator co_await();
};
} // namespace stand_in

// cppcoro and libcoro (namespace coro): a lazy task with a member operator
// co_await, and sync_wait.
#define COROLINT_STAND_IN_TASK                                                 \
  template <class T = void> class task {                                       \
  public:                                                                      \
    using promise_type = stand_in::lazy_promise<task, T>;                      \
    stand_in::awaiter<T> operator co_await() const & noexcept;                 \
  };                                                                           \
  template <class A>                                                           \
  auto sync_wait(A &&awaitable)                                                \
      -> decltype(awaitable.operator co_await().await_resume());
namespace coro {
COROLINT_STAND_IN_TASK
} // namespace coro
namespace cppcoro {
COROLINT_STAND_IN_TASK
class async_scope {
public:
  template <class A> void spawn(A &&awaitable);
  stand_in::awaiter<void> join();
};
class static_thread_pool {
public:
  struct schedule_operation {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept;
    void await_resume() noexcept {}
  };
  schedule_operation schedule() noexcept;
};
} // namespace cppcoro

#undef COROLINT_STAND_IN_TASK

// folly: Task is awaited only through its promise's await_transform;
// scheduleOn(...).start() hands it to an executor and returns a SemiFuture,
// which a free operator co_await makes awaitable.
namespace folly {
class Executor;
template <class T> class SemiFuture {};
template <class T> stand_in::awaiter<T> operator co_await(SemiFuture<T> &&);
namespace coro {
template <class T = void> class Task;
template <class T> class TaskWithExecutor {
public:
  SemiFuture<T> start() &&;
  SemiFuture<T> startInlineUnsafe() &&;
};
template <class T> class Task {
public:
  using promise_type = stand_in::lazy_promise<Task, T>;
  TaskWithExecutor<T> scheduleOn(Executor *) &&;
  SemiFuture<T> semi() &&;
};
template <class A> int blockingWait(A &&awaitable);
template <class A> int blockingWait(A &&awaitable, Executor *);
} // namespace coro
} // namespace folly

// async_simple: Lazy (member operator co_await in LazyBase), start, via,
// RescheduleLazy::detach, syncAwait.
namespace async_simple {
class Executor;
namespace coro {
template <class T = void> class Lazy;
template <class T = void> class RescheduleLazy;
namespace detail {
template <class T> class LazyBase {
public:
  using promise_type = stand_in::lazy_promise<Lazy<T>, T>;
  template <class F> void start(F &&) {}
  stand_in::awaiter<T> operator co_await();
};
} // namespace detail
template <class T> class Lazy : public detail::LazyBase<T> {
public:
  RescheduleLazy<T> via(Executor *) &&;
  template <class F> void directlyStart(F &&, Executor *) {}
};
template <class T> class RescheduleLazy : public detail::LazyBase<T> {
public:
  void detach();
};
template <class L> int syncAwait(L &&lazy);
template <class L> int syncAwait(L &&lazy, Executor *);
} // namespace coro
} // namespace async_simple

// unifex, stdexec and std::this_thread: sync_wait is a function object.
namespace unifex {
template <class T> struct just_sender {};
namespace _sync_wait_cpo {
inline constexpr struct _fn {
  template <class S> std::optional<int> operator()(S &&sender) const;
} sync_wait{};
} // namespace _sync_wait_cpo
using _sync_wait_cpo::sync_wait;
} // namespace unifex
namespace stdexec {
struct just_sender {};
struct sync_wait_t {
  template <class S> std::optional<std::tuple<int>> operator()(S &&sender) const;
};
inline constexpr sync_wait_t sync_wait{};
} // namespace stdexec
namespace std::this_thread {
inline constexpr stdexec::sync_wait_t sync_wait{};
} // namespace std::this_thread

// concurrencpp: result<T> is a coroutine return type through a
// std::coroutine_traits specialisation; its coroutines start eagerly.
namespace concurrencpp {
namespace details {
// The blocking and awaiting members result and shared_result share.
template <class T> struct result_api {
  T get();
  void wait();
  template <class D> int wait_for(D duration);
  template <class P> int wait_until(P time_point);
  stand_in::awaiter<T> operator co_await();
};
} // namespace details
template <class T> class shared_result : public details::result_api<T> {};
template <class T> class result : public details::result_api<T> {
public:
  shared_result<T> share();
};
} // namespace concurrencpp
template <class T, class... Args>
struct std::coroutine_traits<concurrencpp::result<T>, Args...> {
  using promise_type = stand_in::eager_promise<concurrencpp::result<T>, T>;
};

// asio and boost::asio: awaitable through a coroutine_traits specialisation
// (lazy, awaited through its frame's await_transform); co_spawn; io_context.
#define COROLINT_STAND_IN_ASIO                                                 \
  class io_context {                                                           \
  public:                                                                      \
    std::size_t run();                                                         \
    std::size_t run_one();                                                     \
    template <class D> std::size_t run_for(D duration);                       \
    template <class P> std::size_t run_until(P time_point);                   \
    void stop();                                                               \
  };                                                                           \
  template <class T = void> class awaitable {};                                \
  struct detached_t {};                                                        \
  inline constexpr detached_t detached;                                        \
  struct use_awaitable_t {};                                                   \
  inline constexpr use_awaitable_t use_awaitable;                              \
  template <class T> void co_spawn(io_context &, awaitable<T>, detached_t);    \
  template <class T>                                                           \
  awaitable<T> co_spawn(io_context &, awaitable<T>, use_awaitable_t);
namespace asio {
COROLINT_STAND_IN_ASIO
} // namespace asio
namespace boost::asio {
COROLINT_STAND_IN_ASIO
} // namespace boost::asio
#undef COROLINT_STAND_IN_ASIO
template <class T, class... Args>
struct std::coroutine_traits<asio::awaitable<T>, Args...> {
  using promise_type = stand_in::lazy_promise<asio::awaitable<T>, T>;
};
template <class T, class... Args>
struct std::coroutine_traits<boost::asio::awaitable<T>, Args...> {
  using promise_type = stand_in::lazy_promise<boost::asio::awaitable<T>, T>;
};

// aio (this project's runtime): a lazy Task whose initial awaiter is not
// std::suspend_always; create_task returns an awaitable handle; run; sleep.
namespace aio {
template <class T = void> class Task;
namespace detail {
struct PromiseCommon {
  struct InitialAwaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    void await_resume() const {}
  };
  InitialAwaiter initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {}
};
template <class T> struct Promise : PromiseCommon, stand_in::returns<T> {
  Task<T> get_return_object() noexcept;
};
struct SleepAwaiter {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept;
  void await_resume() noexcept {}
};
} // namespace detail
template <class T> class Task {
public:
  using promise_type = detail::Promise<T>;
  stand_in::awaiter<T> operator co_await() &&;
};
template <class T = void> class TaskHandle {
public:
  stand_in::awaiter<T> operator co_await();
};
template <class T> TaskHandle<T> create_task(Task<T> task);
struct RunOptions {};
template <class T> T run(Task<T> main, RunOptions options = {});
template <class Rep, class Period>
detail::SleepAwaiter sleep(std::chrono::duration<Rep, Period>) noexcept;
} // namespace aio
#endif
