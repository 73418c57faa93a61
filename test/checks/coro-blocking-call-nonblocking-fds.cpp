// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -DASIO_HAS_CO_AWAIT
// Descriptor calls that still block, against the real system headers and
// asio: no evidence of non-blocking mode, evidence about another
// descriptor, a switch back to blocking mode, a switch after the call, a
// new descriptor in the variable, and a would-block test about another
// call. (The silent forms: coro-blocking-call-nonblocking-fds-negative.cpp.)
#include "coro-task.h"
#include <asio.hpp>
#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

test::Task blocking(const sockaddr *addr, socklen_t len) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  connect(fd, addr, len);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'connect' (network-io) in coroutine 'blocking' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use non-blocking sockets driven by the event loop (your library's async socket)
  co_return;
}

test::Task other_descriptor(int a, int b) {
  fcntl(a, F_SETFL, fcntl(a, F_GETFL) | O_NONBLOCK);
  char buf[16];
  recv(b, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'recv' (network-io) in coroutine 'other_descriptor'
  co_return;
}

test::Task cleared(int fd) {
  int flags = fcntl(fd, F_GETFL);
  fcntl(fd, F_SETFL, flags | O_NONBLOCK);
  fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  char buf[16];
  read(fd, buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'read' (file-io) in coroutine 'cleared'
  fcntl(fd, F_SETFL, O_NONBLOCK);
  fcntl(fd, F_SETFL, 0);
  write(fd, buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'write' (file-io) in coroutine 'cleared'
  co_return;
}

test::Task switched_after(int fd, const sockaddr *addr, socklen_t len) {
  connect(fd, addr, len);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'connect' (network-io) in coroutine 'switched_after'
  fcntl(fd, F_SETFL, O_NONBLOCK);
  co_return;
}

test::Task reassigned(int listener) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  fd = accept(listener, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'accept' (network-io) in coroutine 'reassigned'
  char buf[16];
  recv(fd, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'recv' (network-io) in coroutine 'reassigned'
  co_return;
}

// The helper makes one member non-blocking; the call uses another.
class Socket {
public:
  void setNonblock() { fcntl(fd_, F_SETFL, fcntl(fd_, F_GETFL) | O_NONBLOCK); }
  int fd() const { return fd_; }
  int control() const { return control_; }

private:
  int fd_ = -1, control_ = -1;
};

test::Task other_member(Socket sock, const sockaddr *addr, socklen_t len) {
  sock.setNonblock();
  connect(sock.control(), addr, len);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'connect' (network-io) in coroutine 'other_member'
  co_return;
}

// The errno test is about the last descriptor call before it (recv), not
// the read before that.
test::Task errno_for_another(int file, int sock) {
  char buf[16];
  read(file, buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'read' (file-io) in coroutine 'errno_for_another'
  ssize_t n = recv(sock, buf, sizeof buf, 0);
  if (n < 0 && errno == EAGAIN)
    co_return;
  co_return;
}

// asio: non_blocking(true) on another socket, switched off again, and an
// error code tested for something else than would_block.
asio::awaitable<void> asio_blocking(asio::ip::tcp::socket &a, asio::ip::tcp::socket &b) {
  char data[16];
  asio::error_code ec;
  a.non_blocking(true);
  b.read_some(asio::buffer(data), ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket::read_some' (async-twin) in coroutine 'asio_blocking'
  a.non_blocking(false);
  a.read_some(asio::buffer(data), ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket::read_some' (async-twin) in coroutine 'asio_blocking'
  b.write_some(asio::buffer(data), ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket::write_some' (async-twin) in coroutine 'asio_blocking'
  if (ec == asio::error::eof)
    co_return;
  co_return;
}
