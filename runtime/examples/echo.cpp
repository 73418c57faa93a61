// echo -- a TCP echo server and its client on loopback, after the TCP echo
// example of the asyncio streams documentation (the aiohttp role in the
// walkthrough). The server listens on 127.0.0.1 on an ephemeral port; the
// client connects, sends each message as a line and prints the echo.
#include "cli.hpp"

#include <aio/aio.hpp>

#include <cstdio>
#include <string>
#include <vector>

static const char* const kUsage =
    "usage: aio-echo [--help] [MESSAGE...]\n"
    "Starts an echo server on 127.0.0.1 (ephemeral port), sends each MESSAGE\n"
    "(default: \"Hello World!\") through a client connection and prints the replies.\n";

static std::string chomp(std::string s) {
  if (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

aio::Task<void> handle_echo(aio::Stream stream, aio::Event& finished) {
  for (;;) {
    std::string line = co_await stream.readline();
    if (line.empty()) break;
    std::printf("server: received '%s'\n", chomp(line).c_str());
    co_await stream.write(line);
  }
  std::printf("server: client closed the connection\n");
  stream.close();
  finished.set();
}

aio::Task<void> client(std::uint16_t port, const std::vector<std::string>& messages) {
  aio::Stream stream = co_await aio::open_connection("127.0.0.1", port);
  for (const std::string& message : messages) {
    std::printf("client: send '%s'\n", message.c_str());
    co_await stream.write(message + "\n");
    std::string reply = co_await stream.readline();
    std::printf("client: received '%s'\n", chomp(reply).c_str());
  }
  std::printf("client: close the connection\n");
  stream.close();
}

aio::Task<void> async_main(std::vector<std::string> messages) {
  aio::Event finished;
  aio::Server server = co_await aio::start_server(
      [&finished](aio::Stream s) { return handle_echo(std::move(s), finished); }, "127.0.0.1", 0);
  std::printf("server: serving on 127.0.0.1:%u\n", static_cast<unsigned>(server.port()));
  co_await client(server.port(), messages);
  co_await finished.wait();
  server.close();
  std::printf("server: closed\n");
}

int main(int argc, char** argv) {
  std::vector<std::string> messages;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (cli::is_help(arg)) cli::help(kUsage);
    else if (arg.size() > 1 && arg[0] == '-') cli::fail(kUsage, "unknown argument: " + arg);
    else messages.push_back(arg);
  }
  if (messages.empty()) messages.push_back("Hello World!");
  aio::run(async_main(messages));
}
