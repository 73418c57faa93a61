#include "net.h"
#include <asio.hpp>

static asio::io_context context;
static asio::ip::tcp::socket socket_(context);

std::size_t net::read_frame(char *out) { return socket_.read_some(asio::buffer(out, 16)); }
