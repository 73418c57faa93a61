// A function of your own that blocks (a synchronous database query, say) is
// declared [[clang::blocking]]: RealtimeSanitizer then reports every call to
// it made in a coroutine step, like an intercepted libc call, and aio names
// the coroutine. (corolint's static analogue: its BlockingFunctions option.)
// REQUIRES: rtsan
// RUN: %clangxx_rtsan %aio_cxx_flags -O1 -g -fsanitize=realtime %s -o %t
// RUN: %t 2>&1 >/dev/null | FileCheck %s
#include <aio/aio.hpp>

#include <cstdio>

int query(int key) [[clang::blocking]];
int query(int key) { return key + 1; } // stands for a round trip to a server

aio::Task<int> lookup() { co_return query(41); }

int main() {
  int outside = query(0); // not in a coroutine step: not reported
  std::printf("%d %d\n", outside, aio::run(lookup()));
}

// CHECK:      ERROR: RealtimeSanitizer: blocking-call
// CHECK-NEXT: Call to blocking function `query(int)` in real-time context!
// CHECK-NEXT: aio sanitizer: blocking call to 'query(int)' in coroutine 'lookup' (defined at rtsan-blocking-attribute.cpp:[[#@LINE-9]])
// CHECK-NEXT: #0 {{.*}} in query(int) {{.*}}rtsan-blocking-attribute.cpp:[[#@LINE-12]]
// CHECK-NEXT: #1 {{.*}} in lookup() (.resume) {{.*}}rtsan-blocking-attribute.cpp:[[#@LINE-11]]
// CHECK:      aio sanitizer: 1 blocking call reported
// CHECK-NEXT: aio sanitizer:   1 x query(int) in coroutine 'lookup' (defined at rtsan-blocking-attribute.cpp:[[#@LINE-13]])
// CHECK-NOT:  {{.}}
