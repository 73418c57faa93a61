// RUN: %check_coro coro-blocking-call,coro-sync-wait-in-coroutine %s -- -DASIO_HAS_CO_AWAIT
// Standalone asio against the real headers (libasio-dev): the asynchronous
// forms, the members without a twin, io_context::poll and poll_one (they
// run ready handlers without blocking), asio's own coroutine machinery, and
// the synchronous API outside coroutines are silent.
#include <asio.hpp>
#include <string>

using asio::ip::tcp;

asio::awaitable<void> child() { co_return; }

asio::awaitable<void> async_forms(tcp::socket &s, tcp::resolver &resolver,
                                  tcp::acceptor &acceptor, asio::steady_timer &timer,
                                  asio::io_context &ctx) {
  char data[64];
  co_await s.async_read_some(asio::buffer(data), asio::use_awaitable);
  co_await asio::async_write(s, asio::buffer(data), asio::use_awaitable);
  std::string line;
  co_await asio::async_read_until(s, asio::dynamic_buffer(line), '\n', asio::use_awaitable);
  auto endpoints = co_await resolver.async_resolve("example.org", "http", asio::use_awaitable);
  co_await asio::async_connect(s, endpoints, asio::use_awaitable);
  co_await timer.async_wait(asio::use_awaitable);
  tcp::socket peer = co_await acceptor.async_accept(asio::use_awaitable);
  // Members without an async twin do not block.
  timer.expires_after(std::chrono::seconds(1));
  s.set_option(tcp::no_delay(true));
  s.available();
  s.cancel();
  s.close();
  peer.shutdown(tcp::socket::shutdown_both);
  // The executor's machinery.
  co_await asio::post(ctx, asio::use_awaitable);
  asio::co_spawn(ctx, child(), asio::detached);
  co_await asio::co_spawn(ctx.get_executor(), child(), asio::use_awaitable);
  // Running only the ready handlers does not block.
  ctx.poll();
  ctx.poll_one();
  co_return;
}

// Synchronous asio outside a coroutine: a blocking client is fine.
std::size_t sync_client(asio::io_context &ctx, tcp::socket &s) {
  char data[64];
  tcp::resolver resolver(ctx);
  asio::connect(s, resolver.resolve("example.org", "http"));
  std::size_t n = s.read_some(asio::buffer(data));
  ctx.run();
  return n;
}

int main() {
  asio::io_context ctx;
  asio::co_spawn(ctx, child(), asio::detached);
  ctx.run();
}
