// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -isystem %S/Inputs/system
// HTTP clients (flake8-async ASYNC210): libcurl's easy interface blocks; its
// multi interface does not, except its waits with a timeout.
#include "coro-task.h"
#include <curl/curl.h>

test::Task fetch(CURL *easy, CURLM *multi) {
  curl_easy_perform(easy);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'curl_easy_perform' (network-io) in coroutine 'fetch' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use non-blocking sockets driven by the event loop (your library's async socket)
  int running = 0, n = 0;
  curl_multi_perform(multi, &running);
  curl_multi_wait(multi, nullptr, 0, 1000, &n);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'curl_multi_wait' (network-io) in coroutine 'fetch'
  curl_multi_wait(multi, nullptr, 0, 0, &n); // zero timeout: returns at once
  curl_multi_poll(multi, nullptr, 0, 0, &n);
  co_return;
}
