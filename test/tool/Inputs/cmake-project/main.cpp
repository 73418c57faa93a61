#include <coroutine>
#include <unistd.h>
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
Task tick() {
  sleep(1);
  co_return;
}
int main() { tick(); }
