// RUN: %check_coro coro-blocking-call,coro-sync-wait-in-coroutine %s
// Boost.Asio and Beast against the real headers (libboost1.81-dev): the
// asynchronous forms, the members without a twin, io_context::poll and
// poll_one, the stackful boost::asio::spawn (it takes the function to run:
// its twin co_spawn does not make it blocking), and the synchronous API
// outside coroutines are silent.
#include <boost/asio.hpp>
#include <boost/asio/spawn.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;

net::awaitable<void> async_forms(beast::tcp_stream &stream,
                                 websocket::stream<beast::tcp_stream> &ws,
                                 tcp::resolver::results_type endpoints,
                                 net::io_context &ctx) {
  beast::flat_buffer buffer;
  http::request<http::string_body> req;
  http::response<http::string_body> res;
  stream.expires_after(std::chrono::seconds(30));
  co_await stream.async_connect(endpoints, net::use_awaitable);
  co_await http::async_write(stream, req, net::use_awaitable);
  co_await http::async_read(stream, buffer, res, net::use_awaitable);
  ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
  ws.binary(true);
  ws.read_message_max(1 << 20);
  beast::get_lowest_layer(ws).expires_never();
  co_await ws.async_handshake("example.org", "/", net::use_awaitable);
  co_await ws.async_read(buffer, net::use_awaitable);
  co_await ws.async_write(buffer.data(), net::use_awaitable);
  co_await ws.async_close(websocket::close_code::normal, net::use_awaitable);
  stream.close();
  ctx.poll();
  ctx.poll_one();
  net::spawn(ctx, [](net::yield_context) {});
  co_return;
}

// A synchronous Beast client outside a coroutine.
http::response<http::string_body> fetch(net::io_context &ctx) {
  tcp::resolver resolver(ctx);
  beast::tcp_stream stream(ctx);
  stream.connect(resolver.resolve("example.org", "80"));
  http::request<http::string_body> req{http::verb::get, "/", 11};
  http::write(stream, req);
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(stream, buffer, res);
  return res;
}
