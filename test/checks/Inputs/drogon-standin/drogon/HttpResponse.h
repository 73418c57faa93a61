// STAND-IN, not drogon's code: the declaration shapes of drogon's
// lib/inc/drogon/HttpResponse.h (and of the HttpRequest and HttpTypes
// declarations it uses) at commit 74fc004c8dc8244fe3b6c56628601053b5a15c37
// (drogonframework/drogon), for corolint's lit tests. Bodies are left out.
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace drogon {
enum ContentType { CT_NONE = 0, CT_APPLICATION_OCTET_STREAM, CT_CUSTOM };
enum HttpStatusCode { k200OK = 200, k404NotFound = 404 };
enum class ReqResult { Ok = 0, BadResponse, NetworkFailure, Timeout };
class HttpRequest;
using HttpRequestPtr = std::shared_ptr<HttpRequest>;
class HttpRequest {
public:
  static HttpRequestPtr newHttpRequest();
  virtual void setPath(const std::string &path) = 0;
};
class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;
class HttpResponse {
public:
  static HttpResponsePtr newHttpResponse();
  static HttpResponsePtr newNotFoundResponse(const HttpRequestPtr &req = HttpRequestPtr());
  static HttpResponsePtr newFileResponse(const std::string &fullPath,
                                         const std::string &attachmentFileName = "",
                                         ContentType type = CT_NONE,
                                         const std::string &typeString = "",
                                         const HttpRequestPtr &req = HttpRequestPtr());
  static HttpResponsePtr newFileResponse(const std::string &fullPath, size_t offset,
                                         size_t length, bool setContentRange = true,
                                         const std::string &attachmentFileName = "",
                                         ContentType type = CT_NONE,
                                         const std::string &typeString = "",
                                         const HttpRequestPtr &req = HttpRequestPtr());
  static HttpResponsePtr newFileResponse(const unsigned char *pBuffer, size_t bufferLength,
                                         const std::string &attachmentFileName = "",
                                         ContentType type = CT_NONE,
                                         const std::string &typeString = "");
  static HttpResponsePtr newStreamResponse(
      const std::function<std::size_t(char *, std::size_t)> &callback,
      const std::string &attachmentFileName = "", ContentType type = CT_NONE,
      const std::string &typeString = "", const HttpRequestPtr &req = HttpRequestPtr());
  virtual void setBody(const std::string &body) = 0;
};
} // namespace drogon
