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
#include <atomic>
#include <cstdio>
#include <fcntl.h>
#include <shared_mutex>
#include <sys/file.h>
#include <sys/select.h>
#include <unistd.h>

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
  std::cout << "progress\n"; // console output is off by default
  std::printf("progress\n");
  std::fprintf(stderr, "progress\n");
  std::fflush(stdout);
  std::ifstream unopened;     // no file is opened
  std::filesystem::file_status st;
  (void)std::filesystem::exists(st); // inspects a status already read
  (void)std::filesystem::path("a/b").parent_path();
  co_return;
}

// Timed lock attempts with a zero timeout, try_* forms, WNOHANG for waitid.
std::timed_mutex tm;
std::shared_timed_mutex stm;
test::Task zero_timed_locks(siginfo_t *info) {
  if (tm.try_lock_for(0s))
    tm.unlock();
  (void)stm.try_lock_shared_until(std::chrono::steady_clock::time_point::min());
  if (tm.try_lock())
    tm.unlock();
  waitid(P_ALL, 0, info, WEXITED | WNOHANG);
  co_return;
}

// File locks that do not wait: LOCK_NB, F_TLOCK, F_SETLK and other commands.
test::Task nonblocking_file_locks(int fd, struct flock *region) {
  flock(fd, LOCK_EX | LOCK_NB);
  flock(fd, LOCK_UN);
  lockf(fd, F_TLOCK, 0);
  lockf(fd, F_ULOCK, 0);
  fcntl(fd, F_SETLK, region);
  fcntl(fd, F_GETFL);
  co_return;
}

// select/pselect/ppoll whose timeout points to a local initialised to zero and
// used nowhere else: they return at once.
test::Task zero_timeout_pointers(int fd, fd_set *set) {
  timeval none{};
  select(fd + 1, set, nullptr, nullptr, &none);
  timespec zero = {0, 0};
  pselect(fd + 1, set, nullptr, nullptr, &zero, nullptr);
  timespec also_zero{};
  pollfd pfd{fd, POLLIN, 0};
  ppoll(&pfd, 1, &also_zero, nullptr);
  co_return;
}

// Writes to a memory stream, or to a FILE* that is the console, are not
// file-io (console output is its own category, off by default).
test::Task console_is_not_file_io(std::ostringstream &text) {
  text << "ok" << 1;
  std::fputs("ok\n", stdout);
  std::fwrite("ok", 1, 2, stderr);
  co_return;
}
