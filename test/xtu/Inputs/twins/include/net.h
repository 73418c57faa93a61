// The frame reader of a small asio program, declared without asio: its
// callers see only this declaration; net.cpp defines it.
#pragma once
#include <cstddef>
namespace net {
std::size_t read_frame(char *out);
}
