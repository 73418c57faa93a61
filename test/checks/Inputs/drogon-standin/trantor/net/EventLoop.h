// STAND-IN, not trantor's code: the declaration shape of trantor::EventLoop
// (trantor/net/EventLoop.h, the submodule of drogon at commit
// 74fc004c8dc8244fe3b6c56628601053b5a15c37), for corolint's lit tests of
// drogon's rows. Only what the tests name is declared.
#pragma once
#include <functional>

namespace trantor {
class EventLoop {
public:
  bool isInLoopThread() const;
  void queueInLoop(const std::function<void()> &cb);
  void runInLoop(const std::function<void()> &cb);
  static EventLoop *getEventLoopOfCurrentThread();
};
} // namespace trantor
