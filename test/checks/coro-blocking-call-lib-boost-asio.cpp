// RUN: %check_coro coro-blocking-call,coro-sync-wait-in-coroutine %s
// Boost.Asio and Beast (libboost1.81-dev, header-only here) in a
// boost::asio::awaitable coroutine, against the real headers. Their
// synchronous operations are reported by the async-twin rule, the note in
// Boost.Asio's words and with the qualifier the call was written with (the
// alias `net`, `http::`); the rows of checks/catalogue/asio.def give the
// blocking calls without a twin.
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;

net::awaitable<void> asio_ops(tcp::socket &s, tcp::resolver &resolver,
                              tcp::acceptor &acceptor, net::steady_timer &timer,
                              net::ssl::stream<tcp::socket> &tls) {
  char data[64];
  s.read_some(net::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_stream_socket::read_some' (async-twin) in coroutine 'asio_ops' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: use 'co_await s.async_read_some(..., boost::asio::use_awaitable)'
  net::write(s, net::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::write' (async-twin) in coroutine 'asio_ops'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await net::async_write(..., boost::asio::use_awaitable)'
  boost::asio::read(s, boost::asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::read' (async-twin) in coroutine 'asio_ops'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await boost::asio::async_read(..., boost::asio::use_awaitable)'
  std::string line;
  net::read_until(s, net::dynamic_buffer(line), "\r\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::read_until' (async-twin) in coroutine 'asio_ops'
  auto endpoints = resolver.resolve("example.org", "https");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: blocking call to 'boost::asio::ip::basic_resolver::resolve' (async-twin) in coroutine 'asio_ops'
  // CHECK-MESSAGES: :[[@LINE-2]]:29: note: use 'co_await resolver.async_resolve(..., boost::asio::use_awaitable)'
  net::connect(s, endpoints);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::connect' (async-twin) in coroutine 'asio_ops'
  timer.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'boost::asio::basic_waitable_timer::wait' (async-twin) in coroutine 'asio_ops'
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use 'co_await timer.async_wait(boost::asio::use_awaitable)'
  acceptor.accept();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'boost::asio::basic_socket_acceptor::accept' (async-twin) in coroutine 'asio_ops'
  tls.handshake(net::ssl::stream_base::client);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'boost::asio::ssl::stream::handshake' (async-twin) in coroutine 'asio_ops'
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use 'co_await tls.async_handshake(..., boost::asio::use_awaitable)'
  co_return;
}

net::awaitable<void> beast_ops(beast::tcp_stream &stream,
                               websocket::stream<beast::tcp_stream> &ws,
                               beast::ssl_stream<beast::tcp_stream> &https,
                               tcp::resolver::results_type endpoints) {
  beast::flat_buffer buffer;
  http::request<http::string_body> req;
  http::response<http::string_body> res;
  stream.connect(endpoints);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'boost::beast::basic_stream::connect' (async-twin) in coroutine 'beast_ops' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await stream.async_connect(..., boost::asio::use_awaitable)'
  http::write(stream, req);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'boost::beast::http::write' (async-twin) in coroutine 'beast_ops'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await http::async_write(..., boost::asio::use_awaitable)'
  http::read(stream, buffer, res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'boost::beast::http::read' (async-twin) in coroutine 'beast_ops'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await http::async_read(..., boost::asio::use_awaitable)'
  http::response_parser<http::string_body> parser;
  http::read_header(stream, buffer, parser);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'boost::beast::http::read_header' (async-twin) in coroutine 'beast_ops'
  https.handshake(net::ssl::stream_base::client);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'boost::beast::ssl_stream::handshake' (async-twin) in coroutine 'beast_ops'
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use 'co_await https.async_handshake(..., boost::asio::use_awaitable)'
  ws.handshake("example.org", "/");
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'boost::beast::websocket::stream::handshake' (async-twin) in coroutine 'beast_ops'
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use 'co_await ws.async_handshake(..., boost::asio::use_awaitable)'
  ws.accept();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'boost::beast::websocket::stream::accept' (async-twin) in coroutine 'beast_ops'
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use 'co_await ws.async_accept(boost::asio::use_awaitable)'
  ws.read(buffer);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'boost::beast::websocket::stream::read' (async-twin) in coroutine 'beast_ops'
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use 'co_await ws.async_read(..., boost::asio::use_awaitable)'
  ws.write(buffer.data());
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'boost::beast::websocket::stream::write' (async-twin) in coroutine 'beast_ops'
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use 'co_await ws.async_write(..., boost::asio::use_awaitable)'
  ws.ping({});
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'boost::beast::websocket::stream::ping' (async-twin) in coroutine 'beast_ops'
  ws.close(websocket::close_code::normal);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'boost::beast::websocket::stream::close' (async-twin) in coroutine 'beast_ops'
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use 'co_await ws.async_close(..., boost::asio::use_awaitable)'
  co_return;
}

// Rows of asio.def: blocking calls without an async twin.
net::awaitable<void> rows(net::thread_pool &pool, net::ssl::context &tls,
                          beast::file_posix &posix, beast::file_stdio &stdio) {
  pool.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'boost::asio::thread_pool::join' (wait) in coroutine 'rows' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: await the work instead of blocking on it: make it a coroutine, or offload it with 'co_await boost::asio::co_spawn(pool, ..., boost::asio::use_awaitable)' on a 'boost::asio::thread_pool'
  pool.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'boost::asio::thread_pool::wait' (wait) in coroutine 'rows'
  tls.load_verify_file("ca.pem");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'boost::asio::ssl::context::load_verify_file' (file-io) in coroutine 'rows' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await boost::asio::co_spawn(pool, ..., boost::asio::use_awaitable)' on a 'boost::asio::thread_pool', or use 'boost::asio::stream_file'/'boost::asio::random_access_file' (io_uring builds)
  tls.use_certificate_file("cert.pem", net::ssl::context::pem);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'boost::asio::ssl::context::use_certificate_file' (file-io) in coroutine 'rows'
  tls.use_certificate_chain_file("chain.pem");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'boost::asio::ssl::context::use_certificate_chain_file' (file-io) in coroutine 'rows'
  tls.use_private_key_file("key.pem", net::ssl::context::pem);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'boost::asio::ssl::context::use_private_key_file' (file-io) in coroutine 'rows'
  tls.use_rsa_private_key_file("rsa.pem", net::ssl::context::pem);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'boost::asio::ssl::context::use_rsa_private_key_file' (file-io) in coroutine 'rows'
  tls.use_tmp_dh_file("dh.pem");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'boost::asio::ssl::context::use_tmp_dh_file' (file-io) in coroutine 'rows'
  beast::error_code ec;
  http::file_body::value_type body;
  body.open("index.html", beast::file_mode::scan, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'boost::beast::http::basic_file_body::value_type::open' (file-io) in coroutine 'rows'
  char data[64];
  posix.open("a.bin", beast::file_mode::read, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'boost::beast::file_posix::open' (file-io) in coroutine 'rows'
  posix.read(data, sizeof data, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'boost::beast::file_posix::read' (file-io) in coroutine 'rows'
  posix.write(data, sizeof data, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'boost::beast::file_posix::write' (file-io) in coroutine 'rows'
  stdio.open("a.bin", beast::file_mode::read, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'boost::beast::file_stdio::open' (file-io) in coroutine 'rows'
  stdio.read(data, sizeof data, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'boost::beast::file_stdio::read' (file-io) in coroutine 'rows'
  stdio.write(data, sizeof data, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'boost::beast::file_stdio::write' (file-io) in coroutine 'rows'
  co_return;
}

// Nested event loops (coro-sync-wait-in-coroutine).
net::awaitable<void> loops(net::io_context &ctx) {
  ctx.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'boost::asio::io_context::run' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: this coroutine already runs on an event loop; hand the work to it instead of running a nested loop: 'co_await boost::asio::co_spawn(executor, ..., boost::asio::use_awaitable)'
  ctx.run_one();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'boost::asio::io_context::run_one' called in coroutine 'loops'
  ctx.run_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'boost::asio::io_context::run_for' called in coroutine 'loops'
  ctx.run_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'boost::asio::io_context::run_until' called in coroutine 'loops'
  ctx.run_one_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'boost::asio::io_context::run_one_for' called in coroutine 'loops'
  ctx.run_one_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'boost::asio::io_context::run_one_until' called in coroutine 'loops'
  co_return;
}
