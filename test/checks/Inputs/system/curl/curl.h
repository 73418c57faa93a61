// Stand-in for libcurl's header, written for the tests: the declarations
// coro-blocking-call catalogues, found through -isystem like the real one.
#ifndef COROLINT_TEST_CURL_H
#define COROLINT_TEST_CURL_H
typedef void CURL;
typedef void CURLM;
typedef int CURLcode;
typedef int CURLMcode;
struct curl_waitfd;
extern "C" {
CURLcode curl_easy_perform(CURL *curl);
CURLMcode curl_multi_perform(CURLM *multi, int *running);
CURLMcode curl_multi_wait(CURLM *multi, curl_waitfd *extra, unsigned n, int timeout_ms, int *numfds);
CURLMcode curl_multi_poll(CURLM *multi, curl_waitfd *extra, unsigned n, int timeout_ms, int *numfds);
}
#endif
