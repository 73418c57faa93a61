#include "net.h"
#include <asio.hpp>

asio::awaitable<void> serve() {
  char frame[16];
  net::read_frame(frame);
  co_return;
}
