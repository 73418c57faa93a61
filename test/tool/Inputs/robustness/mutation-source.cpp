// The file robustness-script.test mutates (its fake front ends accept anything).
#include <coroutine>

struct Task {
  struct promise_type;
};

Task work(int n) {
  int total = 0;
  for (int i = 0; i < n; ++i)
    total += i;
  co_return;
}
