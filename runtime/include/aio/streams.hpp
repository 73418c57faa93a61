// aio/streams.hpp -- async TCP streams (asyncio.open_connection,
// asyncio.start_server, StreamReader/StreamWriter).
//
// Shape:
//   aio::Stream s = co_await aio::open_connection("example.org", 80);
//   co_await s.write("GET / HTTP/1.0\r\n\r\n");  // write + drain
//   std::string line = co_await s.readline();    // up to and including '\n'
//   std::string chunk = co_await s.read(4096);   // 1..n bytes, "" at EOF
//   s.close();
//
//   aio::Server server = co_await aio::start_server(handler, "127.0.0.1", 0);
//   server.port();   // the port actually bound (0 asks for an ephemeral one)
//   server.close();  // stops accepting; running handlers keep going
// handler is any callable taking aio::Stream and returning aio::Task<void>;
// each connection runs it as its own task (as asyncio does).
//
// Differences from asyncio: one Stream object plays both StreamReader and
// StreamWriter; write() is a coroutine that returns once the kernel took
// every byte (asyncio's write() + drain()); read(n) requires n > 0.
// How it works: sockets are non-blocking and registered once with the loop's
// epoll (edge-triggered). An operation tries the system call first and only
// suspends on EAGAIN, until epoll reports readiness. Name resolution
// (getaddrinfo, which blocks) runs on the aio::to_thread pool, the role
// aiodns plays for asyncio; the loop thread never blocks.
// Throws: std::system_error for socket errors (connection refused, reset,
// resolution failure -- the latter with the gai_strerror text);
// CancelledError. Thread-safety: a Stream or Server belongs to the loop it
// was created on and must be closed/destroyed before that loop ends.
#pragma once
#include "task_handle.hpp"
#include "to_thread.hpp"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace aio {

namespace detail {

struct Address {
  sockaddr_storage storage{};
  socklen_t length = 0;
};

// Blocking; runs on a worker thread.
inline std::vector<Address> resolve(const std::string& host, std::uint16_t port, bool passive) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = passive ? AI_PASSIVE : 0;
  addrinfo* res = nullptr;
  std::string service = std::to_string(port);
  int rc = ::getaddrinfo(host.empty() ? nullptr : host.c_str(), service.c_str(), &hints, &res);
  if (rc != 0)
    throw std::system_error(EHOSTUNREACH, std::generic_category(),
                            "aio: cannot resolve " + host + ": " + ::gai_strerror(rc));
  std::vector<Address> out;
  for (addrinfo* ai = res; ai; ai = ai->ai_next) {
    Address a;
    std::memcpy(&a.storage, ai->ai_addr, ai->ai_addrlen);
    a.length = static_cast<socklen_t>(ai->ai_addrlen);
    out.push_back(a);
  }
  ::freeaddrinfo(res);
  return out;
}

[[noreturn]] inline void throw_errno(int err, const char* what) {
  throw std::system_error(err, std::generic_category(), what);
}

// Waits until epoll reports `watch` readable (or writable).
class IoWait : public WaitNode {
public:
  IoWait(IoWatch* w, bool for_write) noexcept : w_(w), write_(for_write) {}
  IoWait(IoWait&& o) noexcept : WaitNode(), w_(o.w_), write_(o.write_) {}
  ~IoWait() { detach(); }
  using aio_awaitable_tag = void;
  bool await_ready() const noexcept { return write_ ? w_->writable : w_->readable; }
  template <class P>
  bool await_suspend(std::coroutine_handle<P> h) {
    if (!begin_wait(this, h, h.promise(), &IoWait::cancelled)) return false;
    (write_ ? w_->writer : w_->reader) = this;
    return true;
  }
  void await_resume() { check_cancel(promise); }

private:
  void detach() noexcept {
    WaitNode*& slot = write_ ? w_->writer : w_->reader;
    if (slot == this) slot = nullptr;
  }
  static void cancelled(WaitNode* n) {
    auto* self = static_cast<IoWait*>(n);
    self->detach();
    Loop::current()->wake(self);
  }
  IoWatch* w_;
  bool write_;
};

// A non-blocking socket registered with the current loop.
struct Socket {
  explicit Socket(int fd) : loop(Loop::current()) {
    watch.fd = fd;
    loop->watch(&watch);
  }
  Socket(const Socket&) = delete;
  ~Socket() { close(); }
  void close() noexcept {
    if (watch.fd < 0) return;
    OwnCall own; // closing a non-blocking socket does not wait
    if (Loop::current() == loop) loop->unwatch(&watch);
    ::close(watch.fd);
    watch.fd = -1;
  }
  Loop* loop;
  IoWatch watch;
};

inline int new_socket(int family) {
  OwnCall own;
  int fd = ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) throw_errno(errno, "aio: socket");
  return fd;
}

// Starts a non-blocking connect: 0, EINPROGRESS or an errno.
inline int start_connect(int fd, const Address& a) {
  OwnCall own;
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&a.storage), a.length) == 0) return 0;
  return errno;
}
// Non-blocking accept: a new socket, or -1 with errno set.
inline int try_accept(int listen_fd) {
  OwnCall own;
  return ::accept4(listen_fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
}
inline int socket_error(int fd) {
  int err = 0;
  socklen_t len = sizeof err;
  OwnCall own;
  ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
  return err;
}

} // namespace detail

class Stream {
public:
  Stream() = default;
  explicit Stream(int fd) : Stream(std::make_unique<detail::Socket>(fd)) {}
  explicit Stream(std::unique_ptr<detail::Socket> sock) : sock_(std::move(sock)) {
    int one = 1;
    detail::OwnCall own;
    ::setsockopt(sock_->watch.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  }
  Stream(Stream&&) noexcept = default;
  Stream& operator=(Stream&&) noexcept = default;

  bool is_open() const noexcept { return sock_ && sock_->watch.fd >= 0; }
  bool at_eof() const noexcept { return eof_ && buf_.empty(); }

  // Up to n bytes (at least one); "" once the peer has closed.
  Task<std::string> read(std::size_t n = 65536) {
    if (buf_.empty() && !eof_) co_await fill();
    std::string out = buf_.substr(0, n);
    buf_.erase(0, out.size());
    co_return out;
  }
  // Through the next '\n' (included); at EOF, whatever is left.
  Task<std::string> readline() {
    std::size_t scanned = 0;
    for (;;) {
      std::size_t nl = buf_.find('\n', scanned);
      if (nl != std::string::npos) {
        std::string line = buf_.substr(0, nl + 1);
        buf_.erase(0, nl + 1);
        co_return line;
      }
      if (eof_) {
        std::string rest = std::move(buf_);
        buf_.clear();
        co_return rest;
      }
      scanned = buf_.size();
      co_await fill();
    }
  }
  // Returns when every byte has been handed to the kernel.
  Task<void> write(std::string data) {
    std::size_t off = 0;
    while (off < data.size()) {
      long n = send_some(std::string_view(data).substr(off));
      if (n > 0) {
        off += static_cast<std::size_t>(n);
      } else {
        sock_->watch.writable = false;
        co_await detail::IoWait(&sock_->watch, true);
      }
    }
  }
  void close() noexcept {
    if (sock_) sock_->close();
  }

private:
  // Non-blocking send; 0 on EAGAIN, throws on error.
  long send_some(std::string_view d) {
    ssize_t n;
    {
      detail::OwnCall own; // MSG_NOSIGNAL on a non-blocking socket
      n = ::send(sock_->watch.fd, d.data(), d.size(), MSG_NOSIGNAL);
    }
    if (n >= 0) return n;
    if (errno == EAGAIN || errno == EWOULDBLOCK) return 0;
    detail::throw_errno(errno, "aio::Stream::write");
  }
  // Non-blocking recv into buf_; false on EAGAIN.
  bool recv_some() {
    char tmp[65536];
    ssize_t n;
    {
      detail::OwnCall own; // a non-blocking socket
      n = ::recv(sock_->watch.fd, tmp, sizeof tmp, 0);
    }
    if (n > 0) {
      buf_.append(tmp, static_cast<std::size_t>(n));
      return true;
    }
    if (n == 0) {
      eof_ = true;
      return true;
    }
    if (errno == EAGAIN || errno == EWOULDBLOCK) return false;
    if (errno == ECONNRESET) {
      eof_ = true;
      return true;
    }
    detail::throw_errno(errno, "aio::Stream::read");
  }
  Task<void> fill() {
    if (!is_open()) throw RuntimeError("aio::Stream: read on a closed stream");
    while (!recv_some()) {
      sock_->watch.readable = false;
      co_await detail::IoWait(&sock_->watch, false);
    }
  }

  std::unique_ptr<detail::Socket> sock_;
  std::string buf_;
  bool eof_ = false;
};

inline Task<Stream> open_connection(std::string host, std::uint16_t port) {
  std::vector<detail::Address> addrs = co_await to_thread(&detail::resolve, host, port, false);
  int last_error = ECONNREFUSED;
  for (const auto& a : addrs) {
    auto sock = std::make_unique<detail::Socket>(detail::new_socket(a.storage.ss_family));
    int err = detail::start_connect(sock->watch.fd, a);
    if (err == EINPROGRESS) {
      co_await detail::IoWait(&sock->watch, true);
      err = detail::socket_error(sock->watch.fd);
    }
    if (err == 0) co_return Stream(std::move(sock));
    last_error = err;
  }
  detail::throw_errno(last_error, ("aio::open_connection " + host).c_str());
}

class Server {
public:
  using Handler = std::function<Task<void>(Stream)>;
  Server() = default;
  Server(Server&&) noexcept = default;
  Server& operator=(Server&&) noexcept = default;
  ~Server() { close(); }

  std::uint16_t port() const noexcept { return impl_ ? impl_->port : 0; }
  bool is_serving() const noexcept { return impl_ && impl_->sock.watch.fd >= 0; }
  // Stops accepting. Connections already accepted keep running.
  void close() noexcept {
    if (!impl_) return;
    acceptor_.cancel();
    impl_->sock.close();
  }

private:
  struct Impl {
    explicit Impl(int fd, Handler h) : sock(fd), handler(std::move(h)) {}
    detail::Socket sock;
    Handler handler;
    std::uint16_t port = 0;
  };
  static Task<void> accept_loop(std::shared_ptr<Impl> impl) {
    for (;;) {
      int fd = detail::try_accept(impl->sock.watch.fd);
      if (fd >= 0) {
        detail::spawn_detached(impl->handler(Stream(fd)));
        continue;
      }
      if (errno == EAGAIN || errno == EWOULDBLOCK) {
        impl->sock.watch.readable = false;
        co_await detail::IoWait(&impl->sock.watch, false);
        continue;
      }
      if (errno == EINTR || errno == ECONNABORTED) continue;
      detail::throw_errno(errno, "aio::Server: accept");
    }
  }
  template <class H>
  friend Task<Server> start_server(H handler, std::string host, std::uint16_t port);

  std::shared_ptr<Impl> impl_;
  TaskHandle<void> acceptor_;
};

namespace detail {
// Binds and listens (neither blocks); returns the listening socket.
inline int listen_on(const Address& a, std::uint16_t& bound_port) {
  OwnCall own;
  int fd = new_socket(a.storage.ss_family);
  int one = 1;
  ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (::bind(fd, reinterpret_cast<const sockaddr*>(&a.storage), a.length) != 0 ||
      ::listen(fd, SOMAXCONN) != 0) {
    int err = errno;
    ::close(fd);
    throw_errno(err, "aio::start_server: bind/listen");
  }
  sockaddr_storage ss{};
  socklen_t len = sizeof ss;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len);
  bound_port = ntohs(ss.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&ss)->sin6_port
                                              : reinterpret_cast<sockaddr_in*>(&ss)->sin_port);
  return fd;
}
} // namespace detail

template <class H>
Task<Server> start_server(H handler, std::string host, std::uint16_t port) {
  std::vector<detail::Address> addrs = co_await to_thread(&detail::resolve, host, port, true);
  if (addrs.empty()) detail::throw_errno(EADDRNOTAVAIL, "aio::start_server");
  std::uint16_t bound = 0;
  int fd = detail::listen_on(addrs.front(), bound);
  Server s;
  s.impl_ = std::make_shared<Server::Impl>(fd, Server::Handler(std::move(handler)));
  s.impl_->port = bound;
  s.acceptor_ = create_task(Server::accept_loop(s.impl_));
  co_return s;
}

} // namespace aio
