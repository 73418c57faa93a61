#include "coro-task.h"
#include <chrono>
#include <string>
#include <thread>
#include <vector>
test::Task tick(std::vector<std::string> Pins) {
  using namespace std::chrono_literals;
  std::this_thread::sleep_for(1s);
  co_return;
}
