// STAND-IN, not drogon's code: the declaration shapes of drogon's
// lib/inc/drogon/HttpClient.h at commit
// 74fc004c8dc8244fe3b6c56628601053b5a15c37 (drogonframework/drogon), for
// corolint's lit tests: the two callback overloads of sendRequest, the
// synchronous one (which waits on a future), and sendRequestCoro. Bodies are
// left out.
#pragma once
#include <drogon/HttpResponse.h>
#include <drogon/utils/coroutine.h>
#include <functional>
#include <memory>
#include <utility>

namespace drogon {
class HttpClient;
using HttpClientPtr = std::shared_ptr<HttpClient>;
using HttpReqCallback = std::function<void(ReqResult, const HttpResponsePtr &)>;
namespace internal {
struct HttpRespAwaiter : public CallbackAwaiter<HttpResponsePtr> {
  HttpRespAwaiter(HttpClient *client, HttpRequestPtr req, double timeout);
  void await_suspend(std::coroutine_handle<> handle);
};
} // namespace internal

/// Asynchronous http client
class HttpClient {
public:
  virtual void sendRequest(const HttpRequestPtr &req, const HttpReqCallback &callback,
                           double timeout = 0) = 0;
  virtual void sendRequest(const HttpRequestPtr &req, HttpReqCallback &&callback,
                           double timeout = 0) = 0;
  std::pair<ReqResult, HttpResponsePtr> sendRequest(const HttpRequestPtr &req,
                                                    double timeout = 0);
  internal::HttpRespAwaiter sendRequestCoro(HttpRequestPtr req, double timeout = 0);
  static HttpClientPtr newHttpClient(const std::string &hostString,
                                     trantor::EventLoop *loop = nullptr,
                                     bool useOldTLS = false, bool validateCert = true);
  virtual trantor::EventLoop *getLoop() = 0;
  virtual ~HttpClient() {}
};
} // namespace drogon
