// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -I/usr/include/hiredis
// hiredis' synchronous API (databases.def), against Debian's hiredis.h
// (libhiredis-dev, hiredis 0.14), found as `pkg-config --cflags hiredis`
// says: with -I (COROLINT_C_LIBRARY("redis")). Negative cases (the
// redisAsync* API, redisAppendCommand, the non-blocking connects) are in
// coro-blocking-call-lib-databases-negative.cpp.
#include "coro-task.h"
#include <hiredis.h>
#include <sys/time.h>

test::Task cache() {
  redisContext *c = redisConnect("127.0.0.1", 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'redisConnect' (network-io) in coroutine 'cache' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: offload the command to a thread pool and await the result, or use hiredis' asynchronous API ('redisAsyncConnect', 'redisAsyncCommand') attached to the event loop
  timeval second{1, 0};
  c = redisConnectWithTimeout("127.0.0.1", 6379, second);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'redisConnectWithTimeout' (network-io) in coroutine 'cache'
  c = redisConnectUnix("/run/redis.sock");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'redisConnectUnix' (network-io) in coroutine 'cache'
  c = redisConnectUnixWithTimeout("/run/redis.sock", second);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'redisConnectUnixWithTimeout' (network-io) in coroutine 'cache'
  auto *reply = static_cast<redisReply *>(redisCommand(c, "GET %s", "key"));
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: blocking call to 'redisCommand' (network-io) in coroutine 'cache'
  const char *argv[] = {"GET", "key"};
  redisCommandArgv(c, 2, argv, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'redisCommandArgv' (network-io) in coroutine 'cache'
  redisAppendCommand(c, "PING"); // buffers only
  void *pong = nullptr;
  redisGetReply(c, &pong);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'redisGetReply' (network-io) in coroutine 'cache'
  freeReplyObject(reply);
  co_return;
}

test::Task formatted(redisContext *c, const char *format, va_list ap) {
  redisvCommand(c, format, ap);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'redisvCommand' (network-io) in coroutine 'formatted'
  co_return;
}
