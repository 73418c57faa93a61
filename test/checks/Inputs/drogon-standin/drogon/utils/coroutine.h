// STAND-IN, not drogon's code: the declaration shapes (namespaces, classes,
// signatures, return types) of drogon's lib/inc/drogon/utils/coroutine.h at
// commit 74fc004c8dc8244fe3b6c56628601053b5a15c37 (drogonframework/drogon,
// v1.9.13+), for corolint's lit tests. drogon is not packaged by Debian;
// the bodies are left out or reduced to what a declaration needs.
#pragma once
#include <chrono>
#include <coroutine>
#include <exception>
#include <functional>
#include <mutex>
#include <trantor/net/EventLoop.h>

namespace drogon {

template <typename T = void> struct [[nodiscard]] Task {
  struct promise_type {
    Task<T> get_return_object();
    std::suspend_always initial_suspend() noexcept;
    std::suspend_always final_suspend() noexcept;
    void return_value(const T &value);
    void unhandled_exception();
  };
  bool await_ready() const noexcept;
  void await_suspend(std::coroutine_handle<> handle);
  T await_resume();
};

template <> struct [[nodiscard]] Task<void> {
  struct promise_type {
    Task<> get_return_object();
    std::suspend_always initial_suspend() noexcept;
    std::suspend_always final_suspend() noexcept;
    void return_void() noexcept;
    void unhandled_exception();
  };
  bool await_ready() const noexcept;
  void await_suspend(std::coroutine_handle<> handle);
  void await_resume();
};

/// Fires and forgets: starts at once (initial_suspend is suspend_never).
struct AsyncTask {
  struct promise_type {
    AsyncTask get_return_object() noexcept;
    std::suspend_never initial_suspend() const noexcept;
    std::suspend_never final_suspend() const noexcept;
    void return_void() noexcept;
    void unhandled_exception();
  };
};

template <typename T = void> struct CallbackAwaiter {
  bool await_ready() noexcept;
  const T &await_resume() const noexcept(false);
};
template <> struct CallbackAwaiter<void> {
  bool await_ready() noexcept;
  void await_resume() noexcept(false);
};

// "An ok implementation of sync_await. This allows one to call coroutines
// and wait for the result from a function."
template <typename Await> auto sync_wait(Await &&await) {
  return await.await_resume();
}

namespace internal {
struct [[nodiscard]] TimerAwaiter : CallbackAwaiter<void> {
  TimerAwaiter(trantor::EventLoop *loop, const std::chrono::duration<double> &delay);
  TimerAwaiter(trantor::EventLoop *loop, double delay);
  void await_suspend(std::coroutine_handle<> handle);
};
struct [[nodiscard]] LoopAwaiter : CallbackAwaiter<void> {
  LoopAwaiter(trantor::EventLoop *workLoop, std::function<void()> &&taskFunc,
              trantor::EventLoop *resumeLoop = nullptr);
  void await_suspend(std::coroutine_handle<> handle);
};
template <typename... Tasks> struct WhenAllAwaiter : CallbackAwaiter<void> {
  WhenAllAwaiter(Tasks... tasks);
  void await_suspend(std::coroutine_handle<> handle);
};
} // namespace internal

inline internal::TimerAwaiter sleepCoro(trantor::EventLoop *loop,
                                        const std::chrono::duration<double> &delay) noexcept {
  return {loop, delay};
}
inline internal::TimerAwaiter sleepCoro(trantor::EventLoop *loop, double delay) noexcept {
  return {loop, delay};
}
inline internal::LoopAwaiter queueInLoopCoro(trantor::EventLoop *workLoop,
                                             std::function<void()> taskFunc,
                                             trantor::EventLoop *resumeLoop = nullptr) {
  return {workLoop, std::move(taskFunc), resumeLoop};
}

class Mutex final {
  class CoroMutexAwaiter {
  public:
    bool await_ready() noexcept;
    bool await_suspend(std::coroutine_handle<> handle) noexcept;
    void await_resume() noexcept;
  };
  class ScopedCoroMutexAwaiter : public CoroMutexAwaiter {
  public:
    std::unique_lock<Mutex> await_resume() noexcept;
  };

public:
  bool try_lock() noexcept;
  [[nodiscard]] ScopedCoroMutexAwaiter scoped_lock(
      trantor::EventLoop *loop = trantor::EventLoop::getEventLoopOfCurrentThread()) noexcept;
  [[nodiscard]] CoroMutexAwaiter lock(
      trantor::EventLoop *loop = trantor::EventLoop::getEventLoopOfCurrentThread()) noexcept;
  void unlock() noexcept;
};

template <typename... Tasks> internal::WhenAllAwaiter<Tasks...> when_all(Tasks... tasks) {
  return internal::WhenAllAwaiter<Tasks...>(std::move(tasks)...);
}

} // namespace drogon
