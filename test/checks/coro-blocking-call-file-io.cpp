// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// File and standard-input I/O called directly by an async coroutine.
#include "coro-task.h"
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

test::Task c_stdio() {
  FILE *f = fopen("data.txt", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call to 'fopen' (file-io) in coroutine 'c_stdio' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: offload the file access to a thread pool and await the result
  char buf[64];
  fread(buf, 1, sizeof buf, f);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'fread' (file-io) in coroutine 'c_stdio'
  fwrite(buf, 1, sizeof buf, f);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'fwrite' (file-io) in coroutine 'c_stdio'
  fgets(buf, sizeof buf, f);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'fgets' (file-io) in coroutine 'c_stdio'
  int n;
  fscanf(f, "%d", &n);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'fscanf' (file-io) in coroutine 'c_stdio'
  char *line = nullptr;
  size_t cap = 0;
  getline(&line, &cap, f);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'getline' (file-io) in coroutine 'c_stdio'
  co_return;
}

test::Task posix() {
  int fd = open("data.bin", O_RDONLY);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'open' (file-io) in coroutine 'posix'
  char buf[16];
  read(fd, buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'read' (file-io) in coroutine 'posix'
  write(fd, buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'write' (file-io) in coroutine 'posix'
  pread(fd, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pread' (file-io) in coroutine 'posix'
  pwrite(fd, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pwrite' (file-io) in coroutine 'posix'
  fsync(fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' (file-io) in coroutine 'posix'
  co_return;
}

test::Task streams() {
  std::ifstream in("in.txt");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking call to 'std::basic_ifstream::basic_ifstream' (file-io) in coroutine 'streams'
  std::ofstream out("out.txt");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking call to 'std::basic_ofstream::basic_ofstream' (file-io) in coroutine 'streams'
  std::fstream both("both.txt");
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: blocking call to 'std::basic_fstream::basic_fstream' (file-io) in coroutine 'streams'
  std::ifstream later;
  later.open("later.txt");
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'std::basic_ifstream::open' (file-io) in coroutine 'streams'
  char buf[8];
  in.read(buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_istream::read' (file-io) in coroutine 'streams'
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: offload the stream access to a thread pool and await the result
  out.write(buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::basic_ostream::write' (file-io) in coroutine 'streams'
  std::string s;
  std::getline(in, s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::getline' (file-io) in coroutine 'streams'
  std::getline(std::cin, s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::getline' (file-io) in coroutine 'streams'
  std::cin >> s;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::operator>>' (file-io) in coroutine 'streams'
  int n;
  std::cin >> n;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::basic_istream::operator>>' (file-io) in coroutine 'streams'
  in >> n;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::basic_istream::operator>>' (file-io) in coroutine 'streams'
  co_return;
}

namespace fs = std::filesystem;
test::Task filesystem() {
  fs::path p = "dir";
  bool e = fs::exists(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'std::filesystem::exists' (file-io) in coroutine 'filesystem'
  auto size = fs::file_size(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call to 'std::filesystem::file_size' (file-io) in coroutine 'filesystem'
  fs::create_directories(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::create_directories' (file-io) in coroutine 'filesystem'
  fs::remove_all(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::remove_all' (file-io) in coroutine 'filesystem'
  for (const auto &entry : fs::directory_iterator(p))
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: blocking call to 'std::filesystem::directory_iterator::directory_iterator' (file-io) in coroutine 'filesystem'
    (void)entry;
  (void)e;
  (void)size;
  co_return;
}
