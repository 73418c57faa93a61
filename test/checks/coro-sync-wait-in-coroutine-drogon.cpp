// RUN: %check_coro coro-sync-wait-in-coroutine %s -- -isystem %S/Inputs/drogon-standin
// drogon::sync_wait (drogon/utils/coroutine.h) in a drogon coroutine: the
// catalogued bridge, with a fix-it, and through a helper. The header is a
// stand-in for drogon at commit 74fc004c (see its top); negative cases are
// in coro-blocking-call-lib-drogon-negative.cpp.
#include <drogon/HttpClient.h>
#include <drogon/utils/coroutine.h>

drogon::Task<int> answer();

drogon::Task<int> bridge() {
  int a = drogon::sync_wait(answer());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking bridge 'drogon::sync_wait' called in coroutine 'bridge' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'co_await' the awaitable instead; it suspends only this coroutine
  // CHECK-FIXES: int a = co_await answer();
  co_return a;
}

drogon::HttpResponsePtr fetch(drogon::HttpClientPtr client, drogon::HttpRequestPtr req) {
  return drogon::sync_wait(client->sendRequestCoro(req));
}

drogon::AsyncTask handler(drogon::HttpClientPtr client, drogon::HttpRequestPtr req) {
  auto resp = fetch(client, req);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: call to 'fetch' in coroutine 'handler' reaches blocking bridge 'drogon::sync_wait', which blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :20:10: note: 'fetch' calls 'drogon::sync_wait' here
  // CHECK-MESSAGES: :20:10: note: make the helper a coroutine and 'co_await' the work instead
  (void)resp;
  co_return;
}
