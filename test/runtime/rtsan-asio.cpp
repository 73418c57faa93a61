// The blocking sanitizer on asio (Debian's libasio-dev): a coroutine spawned
// on aio::nonblocking(io.get_executor()) runs each resumption in
// RealtimeSanitizer's real-time context. Its std::this_thread::sleep_for and
// its synchronous read are reported; the awaited async_* operations (a timer,
// a write, a read), asio's reactor calls behind them and the service set-up
// are not. Without -fsanitize=realtime (g++-12, clang++-19, clang++-22) the
// adaptor compiles to nothing: same output, nothing on stderr.
// (asio 1.22 needs ASIO_HAS_CO_AWAIT/ASIO_HAS_STD_COROUTINE with clang.)
// REQUIRES: rtsan
// RUN: %clangxx_rtsan %aio_cxx_flags -Wfunction-effects -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE -O1 -g -fsanitize=realtime %s -o %t
// RUN: %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT --match-full-lines --implicit-check-not={{.}} < %t.out
// RUN: FileCheck %s < %t.err
// RUN: %gxx %aio_cxx_flags -O1 %s -o %t.gcc
// RUN: %t.gcc 2> %t.gcc.err | FileCheck %s --check-prefix=OUT --match-full-lines --implicit-check-not={{.}}
// RUN: count 0 < %t.gcc.err
// RUN: %clangxx %aio_cxx_flags -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE -O1 %s -o %t.clang19
// RUN: %t.clang19 2> %t.clang19.err | FileCheck %s --check-prefix=OUT --match-full-lines --implicit-check-not={{.}}
// RUN: count 0 < %t.clang19.err
// RUN: %clangxx_rtsan %aio_cxx_flags -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE -O1 %s -o %t.plain
// RUN: %t.plain 2> %t.plain.err | FileCheck %s --check-prefix=OUT --match-full-lines --implicit-check-not={{.}}
// RUN: count 0 < %t.plain.err
#include <aio/nonblocking_asio.hpp>

#include <asio.hpp>

#include <chrono>
#include <cstdio>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

asio::awaitable<void> session(int in_fd, int out_fd) {
  auto ex = co_await asio::this_coro::executor;
  asio::steady_timer timer(ex, 1ms);
  co_await timer.async_wait(asio::use_awaitable);
  asio::posix::stream_descriptor in(ex, in_fd), out(ex, out_fd);
  co_await asio::async_write(out, asio::buffer("ab", 2), asio::use_awaitable);
  char c = 0;
  co_await asio::async_read(in, asio::buffer(&c, 1), asio::use_awaitable);
  std::printf("async read '%c'\n", c);
  std::this_thread::sleep_for(1ms); // blocks the io_context's thread
  std::size_t n = in.read_some(asio::buffer(&c, 1)); // a synchronous read
  std::printf("sync read %zu '%c'\n", n, c);
  (void)in.release();
  (void)out.release();
}

int main() {
  int p[2];
  if (::pipe(p) != 0) return 1;
  asio::io_context io;
  asio::co_spawn(aio::nonblocking(io.get_executor()), session(p[0], p[1]), asio::detached);
  io.run();
  std::this_thread::sleep_for(1ms); // outside the io_context's steps: not reported
  std::printf("done\n");
}

// OUT:      async read 'a'
// OUT-NEXT: sync read 1 'b'
// OUT-NEXT: done

// CHECK:      Intercepted call to real-time unsafe function `nanosleep` in real-time context!
// CHECK-NEXT: aio sanitizer: blocking call to 'nanosleep' in a step run through aio::run_nonblocking
// CHECK-NEXT: #0 {{.*}} in nanosleep
// CHECK-NEXT: #1 {{.*}} in {{.*}}std::this_thread::sleep_for
// CHECK-NEXT: #2 {{.*}} in session(int, int) (.resume) {{.*}}rtsan-asio.cpp:[[#@LINE-25]]:3
// CHECK:      Intercepted call to real-time unsafe function `read` in real-time context!
// CHECK-NEXT: aio sanitizer: blocking call to 'read' in a step run through aio::run_nonblocking
// CHECK:      in {{.*}}basic_stream_descriptor{{.*}}::read_some
// CHECK-NEXT: in session(int, int) (.resume) {{.*}}rtsan-asio.cpp:[[#@LINE-28]]:
// CHECK:      aio sanitizer: 2 blocking calls reported
// CHECK-NEXT: aio sanitizer:   1 x nanosleep in a step run through aio::run_nonblocking
// CHECK-NEXT: aio sanitizer:   1 x read in a step run through aio::run_nonblocking
// CHECK-NOT:  {{.}}
