// aio/files.hpp -- aio::read_file / aio::write_file (the aiofiles role).
//
// Shape:
//   std::string text = co_await aio::read_file("in.txt");
//   co_await aio::write_file("out.txt", text);           // truncates
//   co_await aio::write_file("log.txt", line, aio::FileMode::append);
// Regular files are always "ready" to epoll, so, like aiofiles, aio does
// the blocking stdio calls on the aio::to_thread worker pool and resumes
// the task on its loop thread.
// Throws: std::system_error (with errno) when the file cannot be opened,
// read or written; CancelledError (delivered once the worker returns).
// Thread-safety: the helpers are safe to call from any loop; concurrent
// writes to one file are not serialised.
#pragma once
#include "to_thread.hpp"

#include <cerrno>
#include <cstdio>
#include <string>
#include <system_error>

namespace aio {

enum class FileMode { truncate, append };

namespace detail {
// Plain blocking functions: they run on a worker thread.
inline std::string read_file_blocking(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw std::system_error(errno, std::generic_category(), "aio::read_file: " + path);
  std::string out;
  char buf[65536];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  bool bad = std::ferror(f) != 0;
  std::fclose(f);
  if (bad) throw std::system_error(EIO, std::generic_category(), "aio::read_file: " + path);
  return out;
}
inline void write_file_blocking(const std::string& path, const std::string& data, FileMode mode) {
  std::FILE* f = std::fopen(path.c_str(), mode == FileMode::append ? "ab" : "wb");
  if (!f) throw std::system_error(errno, std::generic_category(), "aio::write_file: " + path);
  bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
  ok = (std::fclose(f) == 0) && ok;
  if (!ok) throw std::system_error(EIO, std::generic_category(), "aio::write_file: " + path);
}
} // namespace detail

inline Task<std::string> read_file(std::string path) {
  co_return co_await to_thread(&detail::read_file_blocking, std::move(path));
}

inline Task<void> write_file(std::string path, std::string data, FileMode mode = FileMode::truncate) {
  co_await to_thread(&detail::write_file_blocking, std::move(path), std::move(data), mode);
}

} // namespace aio
