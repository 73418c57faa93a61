// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -DASIO_HAS_CO_AWAIT
// A descriptor call does not block when the same function made the
// descriptor non-blocking before it, directly or through a helper of this
// file, or handles its would-block result; against the real system
// headers and asio. Each coroutine shows one form of evidence.
#include "coro-task.h"
#include <asio.hpp>
#include <cerrno>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

test::Task created_nonblocking(const sockaddr *addr, socklen_t len) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  connect(fd, addr, len);
  co_return;
}

test::Task accepted_nonblocking() {
  int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  // SOCK_NONBLOCK makes the new socket non-blocking (accept4 itself does
  // not block: the listener is non-blocking too).
  int client = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
  char buf[16];
  recv(client, buf, sizeof buf, 0);
  send(client, buf, sizeof buf, 0);
  co_return;
}

test::Task opened_nonblocking() {
  // Opening is file I/O of its own, reported without the NOLINT.
  int fd = open("/dev/ttyS0", O_RDWR | O_NONBLOCK); // NOLINT(coro-blocking-call)
  char buf[16];
  read(fd, buf, sizeof buf);
  co_return;
}

test::Task switched_with_fcntl(int fd, int listener) {
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  char buf[16];
  write(fd, buf, sizeof buf);
  fcntl(listener, F_SETFL, O_NONBLOCK);
  accept(listener, nullptr, nullptr);
  co_return;
}

test::Task switched_with_ioctl(int fd) {
  int on = 1;
  ioctl(fd, FIONBIO, &on);
  char buf[16];
  send(fd, buf, sizeof buf, 0);
  co_return;
}

// Through a helper given the descriptor.
static void set_nonblocking(int fd) {
  int flags = fcntl(fd, F_GETFL, 0);
  fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

test::Task through_helper(int fd, const sockaddr *addr, socklen_t len) {
  set_nonblocking(fd);
  connect(fd, addr, len);
  co_return;
}

// The false alarm: a wrapper whose setNonblock() switches its
// member, and a getter that returns it.
class Socket {
public:
  void setNonblock() { fcntl(fd_, F_SETFL, fcntl(fd_, F_GETFL) | O_NONBLOCK); }
  int fd() const { return fd_; }
  test::Task dial(const sockaddr *addr, socklen_t len) {
    setNonblock();
    ::connect(fd_, addr, len);
    co_return;
  }

private:
  int fd_ = -1;
};

test::Task through_member(Socket sock, const sockaddr *addr, socklen_t len) {
  sock.setNonblock();
  connect(sock.fd(), addr, len);
  co_return;
}

// The would-block result is handled.
test::Task handles_errno(int fd, const sockaddr *addr, socklen_t len) {
  if (connect(fd, addr, len) < 0 && errno != EINPROGRESS)
    co_return;
  char buf[16];
  ssize_t n = recv(fd, buf, sizeof buf, 0);
  if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
    co_return;
  n = read(fd, buf, sizeof buf);
  switch (errno) {
  case EAGAIN:
    break;
  default:
    break;
  }
  co_return;
}

// asio: non_blocking(true), directly or through a helper, and an error code
// compared with would_block.
static void make_nonblocking(asio::ip::tcp::socket &s) { s.non_blocking(true); }

asio::awaitable<void> asio_nonblocking(asio::ip::tcp::socket &a, asio::ip::tcp::socket &b,
                                       asio::ip::tcp::socket &c) {
  char data[16];
  asio::error_code ec;
  a.non_blocking(true);
  a.read_some(asio::buffer(data), ec);
  asio::write(a, asio::buffer(data), ec);
  make_nonblocking(b);
  b.write_some(asio::buffer(data), ec);
  c.read_some(asio::buffer(data), ec);
  if (ec == asio::error::would_block)
    co_return;
  co_return;
}
