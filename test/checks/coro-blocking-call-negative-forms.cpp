// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Non-blocking forms of catalogued functions: no diagnostic.
#include "coro-task.h"
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <mutex>
#include <poll.h>
#include <semaphore>
#include <sstream>
#include <string>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/wait.h>

using namespace std::chrono_literals;
std::mutex m;
std::condition_variable cv;

test::Task try_forms(std::future<int> &f, std::counting_semaphore<2> &sem) {
  if (m.try_lock())
    m.unlock();
  std::unique_lock deferred(m, std::defer_lock);
  std::unique_lock tried(m, std::try_to_lock);
  m.lock(); // NOLINT(coro-blocking-call): adopted below
  std::lock_guard<std::mutex> adopted(m, std::adopt_lock);
  std::unique_lock<std::mutex> empty;
  std::unique_lock<std::mutex> moved(std::move(tried));
  (void)sem.try_acquire();
  (void)sem.try_acquire_for(0ms);
  co_return;
}

test::Task zero_timeouts(std::future<int> &f, std::shared_future<int> &sf) {
  std::unique_lock lock(m, std::defer_lock);
  cv.wait_for(lock, 0s);
  cv.wait_for(lock, std::chrono::milliseconds(0));
  cv.wait_for(lock, std::chrono::seconds::zero());
  cv.wait_until(lock, std::chrono::steady_clock::time_point{});
  cv.wait_until(lock, std::chrono::steady_clock::time_point::min());
  if (f.wait_for(0s) == std::future_status::ready) {
  }
  (void)sf.wait_for(std::chrono::nanoseconds{});
  pollfd pfd{0, POLLIN, 0};
  poll(&pfd, 1, 0);
  epoll_event ev[1];
  epoll_wait(3, ev, 1, 0);
  co_return;
}

test::Task nonblocking_flags(int fd) {
  char buf[8];
  recv(fd, buf, sizeof buf, MSG_DONTWAIT);
  send(fd, buf, sizeof buf, MSG_DONTWAIT | MSG_NOSIGNAL);
  recvfrom(fd, buf, sizeof buf, MSG_DONTWAIT, nullptr, nullptr);
  int status;
  waitpid(-1, &status, WNOHANG);
  co_return;
}

test::Task memory_streams() {
  std::istringstream in("1 2 3");
  int n;
  in >> n;
  std::string line;
  std::getline(in, line);
  char buf[4];
  in.read(buf, sizeof buf);
  std::ostringstream out;
  out.write(buf, sizeof buf);
  std::cout << "progress\n"; // console output is not catalogued
  std::ifstream unopened;     // no file is opened
  std::filesystem::file_status st;
  (void)std::filesystem::exists(st); // inspects a status already read
  (void)std::filesystem::path("a/b").parent_path();
  co_return;
}
