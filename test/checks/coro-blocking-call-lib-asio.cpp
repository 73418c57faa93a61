// RUN: %check_coro coro-blocking-call,coro-sync-wait-in-coroutine %s -- -DASIO_HAS_CO_AWAIT
// Standalone asio's synchronous API in an asio::awaitable coroutine, against
// the real headers (libasio-dev, asio 1.22; clang needs ASIO_HAS_CO_AWAIT,
// asio enables co_await for GCC only). asio is a trusted namespace: its
// code is not walked, but its own synchronous operations are reported,
// each by the async-twin rule (the async_ twin in the note, with asio's
// completion token) or by a row of checks/catalogue/asio.def.
#include <asio.hpp>
#include <asio/ssl.hpp>
#include <string>

using asio::ip::tcp;
using asio::ip::udp;

asio::awaitable<void> session(tcp::socket s, tcp::resolver &resolver,
                              tcp::acceptor &acceptor, asio::steady_timer &timer,
                              udp::socket &u, asio::ssl::stream<tcp::socket> &tls,
                              asio::posix::stream_descriptor &pipe) {
  char data[64];
  asio::error_code ec;
  s.read_some(asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket::read_some' (async-twin) in coroutine 'session' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use 'co_await s.async_read_some(..., asio::use_awaitable)'
  s.read_some(asio::buffer(data), ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket::read_some' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use 'co_await s.async_read_some(..., asio::use_awaitable)'
  s.write_some(asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket::write_some' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use 'co_await s.async_write_some(..., asio::use_awaitable)'
  s.receive(asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket::receive' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use 'co_await s.async_receive(..., asio::use_awaitable)'
  s.send(asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket::send' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use 'co_await s.async_send(..., asio::use_awaitable)'
  s.wait(tcp::socket::wait_read);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_socket::wait' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use 'co_await s.async_wait(..., asio::use_awaitable)'
  asio::write(s, asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'asio::write' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await asio::async_write(..., asio::use_awaitable)'
  asio::read(s, asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'asio::read' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await asio::async_read(..., asio::use_awaitable)'
  std::string line;
  asio::read_until(s, asio::dynamic_buffer(line), '\n');
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'asio::read_until' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await asio::async_read_until(..., asio::use_awaitable)'
  auto endpoints = resolver.resolve("example.org", "http");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: blocking call to 'asio::ip::basic_resolver::resolve' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:29: note: use 'co_await resolver.async_resolve(..., asio::use_awaitable)'
  asio::connect(s, endpoints);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'asio::connect' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await asio::async_connect(..., asio::use_awaitable)'
  s.connect(*endpoints.begin());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_socket::connect' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use 'co_await s.async_connect(..., asio::use_awaitable)'
  timer.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'asio::basic_waitable_timer::wait' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use 'co_await timer.async_wait(asio::use_awaitable)'
  tcp::socket peer = acceptor.accept();
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: blocking call to 'asio::basic_socket_acceptor::accept' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:31: note: use 'co_await acceptor.async_accept(asio::use_awaitable)'
  acceptor.accept(peer, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'asio::basic_socket_acceptor::accept' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: use 'co_await acceptor.async_accept(..., asio::use_awaitable)'
  udp::endpoint from;
  u.receive_from(asio::buffer(data), from);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_datagram_socket::receive_from' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use 'co_await u.async_receive_from(..., asio::use_awaitable)'
  u.send_to(asio::buffer(data), from);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_datagram_socket::send_to' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use 'co_await u.async_send_to(..., asio::use_awaitable)'
  tls.handshake(asio::ssl::stream_base::client);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'asio::ssl::stream::handshake' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use 'co_await tls.async_handshake(..., asio::use_awaitable)'
  tls.read_some(asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'asio::ssl::stream::read_some' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use 'co_await tls.async_read_some(..., asio::use_awaitable)'
  tls.shutdown();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'asio::ssl::stream::shutdown' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use 'co_await tls.async_shutdown(asio::use_awaitable)'
  pipe.read_some(asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'asio::posix::basic_stream_descriptor::read_some' (async-twin) in coroutine 'session'
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: use 'co_await pipe.async_read_some(..., asio::use_awaitable)'
  co_return;
}

// Rows of asio.def: blocking calls without an async twin.
asio::awaitable<void> rows(asio::thread_pool &pool, asio::thread &worker,
                           asio::ssl::context &tls) {
  pool.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'asio::thread_pool::join' (wait) in coroutine 'rows' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: await the work instead of blocking on it: make it a coroutine, or offload it with 'co_await asio::co_spawn(pool, ..., asio::use_awaitable)' on an 'asio::thread_pool'
  pool.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'asio::thread_pool::wait' (wait) in coroutine 'rows'
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'asio::thread::join' (wait) in coroutine 'rows'
  tls.load_verify_file("ca.pem");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'asio::ssl::context::load_verify_file' (file-io) in coroutine 'rows' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await asio::co_spawn(pool, ..., asio::use_awaitable)' on an 'asio::thread_pool', or use 'asio::stream_file'/'asio::random_access_file' (io_uring builds)
  tls.use_certificate_file("cert.pem", asio::ssl::context::pem);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'asio::ssl::context::use_certificate_file' (file-io) in coroutine 'rows'
  tls.use_certificate_chain_file("chain.pem");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'asio::ssl::context::use_certificate_chain_file' (file-io) in coroutine 'rows'
  tls.use_private_key_file("key.pem", asio::ssl::context::pem);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'asio::ssl::context::use_private_key_file' (file-io) in coroutine 'rows'
  tls.use_rsa_private_key_file("rsa.pem", asio::ssl::context::pem);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'asio::ssl::context::use_rsa_private_key_file' (file-io) in coroutine 'rows'
  tls.use_tmp_dh_file("dh.pem");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'asio::ssl::context::use_tmp_dh_file' (file-io) in coroutine 'rows'
  co_return;
}

// Nested event loops (coro-sync-wait-in-coroutine): run, run_one, run_for,
// run_until, run_one_for, run_one_until block; poll and poll_one do not
// (lib-asio-negative).
asio::awaitable<void> loops(asio::io_context &ctx) {
  ctx.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'asio::io_context::run' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: this coroutine already runs on an event loop; hand the work to it instead of running a nested loop: 'co_await asio::co_spawn(executor, ..., asio::use_awaitable)'
  ctx.run_one();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'asio::io_context::run_one' called in coroutine 'loops'
  ctx.run_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'asio::io_context::run_for' called in coroutine 'loops'
  ctx.run_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'asio::io_context::run_until' called in coroutine 'loops'
  ctx.run_one_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'asio::io_context::run_one_for' called in coroutine 'loops'
  ctx.run_one_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'asio::io_context::run_one_until' called in coroutine 'loops'
  co_return;
}

// Through a helper of the user's: the chain ends in asio's read_some.
namespace app {
std::size_t read_header(tcp::socket &socket, char *out) {
  return socket.read_some(asio::buffer(out, 16));
}
} // namespace app

asio::awaitable<void> via_helper(tcp::socket &socket) {
  char header[16];
  app::read_header(socket, header);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'app::read_header' in coroutine 'via_helper' reaches blocking call 'asio::basic_stream_socket::read_some' (async-twin) and stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-8]]:17: note: 'app::read_header' calls 'asio::basic_stream_socket::read_some' here
  // CHECK-MESSAGES: :[[@LINE-9]]:17: note: use 'co_await socket.async_read_some(..., asio::use_awaitable)'
  co_return;
}
