// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// Network I/O, name resolution and processes called directly by a coroutine.
#include "coro-task.h"
#include <cstdlib>
#include <cstdio>
#include <netdb.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/wait.h>

test::Task network(int fd) {
  sockaddr addr{};
  connect(fd, &addr, sizeof addr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'connect' (network-io) in coroutine 'network' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use non-blocking sockets driven by the event loop (your library's async socket)
  int client = accept(fd, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: blocking call to 'accept' (network-io) in coroutine 'network'
  char buf[32];
  recv(client, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'recv' (network-io) in coroutine 'network'
  recvfrom(client, buf, sizeof buf, 0, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'recvfrom' (network-io) in coroutine 'network'
  send(client, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'send' (network-io) in coroutine 'network'
  sendto(client, buf, sizeof buf, 0, &addr, sizeof addr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sendto' (network-io) in coroutine 'network'
  pollfd pfd{fd, POLLIN, 0};
  poll(&pfd, 1, 100);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'poll' (network-io) in coroutine 'network'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: let the event loop wait for readiness instead of polling from a coroutine
  poll(&pfd, 1, -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'poll' (network-io) in coroutine 'network'
  fd_set set;
  select(fd + 1, &set, nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'select' (network-io) in coroutine 'network'
  epoll_event events[4];
  epoll_wait(fd, events, 4, 1000);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'epoll_wait' (network-io) in coroutine 'network'
  co_return;
}

test::Task dns() {
  addrinfo *res = nullptr;
  getaddrinfo("example.org", "80", nullptr, &res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'getaddrinfo' (dns) in coroutine 'dns'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: resolve names off the event loop thread: use your library's async resolver, or offload to a thread pool and await the result
  gethostbyname("example.org");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'gethostbyname' (dns) in coroutine 'dns'
  co_return;
}

test::Task process() {
  std::system("make");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'system' (process) in coroutine 'process'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: offload to a thread pool and await the result so the event loop keeps running
  FILE *p = popen("ls", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call to 'popen' (process) in coroutine 'process'
  pclose(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pclose' (process) in coroutine 'process'
  int status;
  wait(&status);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'wait' (process) in coroutine 'process'
  waitpid(42, &status, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'waitpid' (process) in coroutine 'process'
  co_return;
}
