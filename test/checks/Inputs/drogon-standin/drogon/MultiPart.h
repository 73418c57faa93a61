// STAND-IN, not drogon's code: the declaration shapes of drogon's
// lib/inc/drogon/MultiPart.h (class HttpFile) at commit
// 74fc004c8dc8244fe3b6c56628601053b5a15c37 (drogonframework/drogon), for
// corolint's lit tests. Bodies are left out (drogon's are in
// lib/src/HttpFileImpl.cc, compiled into the library: save* write through an
// std::ofstream on the calling thread).
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace drogon {
class HttpFileImpl;
class HttpFile {
public:
  explicit HttpFile(std::shared_ptr<HttpFileImpl> &&implPtr) noexcept;
  const std::string &getFileName() const noexcept;
  std::string_view getFileExtension() const noexcept;
  const std::string &getItemName() const noexcept;
  void setFileName(const std::string &fileName) noexcept;
  void setFile(const char *data, size_t length) noexcept;
  int save() const noexcept;
  int save(const std::string &path) const noexcept;
  int saveAs(const std::string &fileName) const noexcept;
  std::string_view fileContent() const noexcept { return std::string_view{fileData(), fileLength()}; }
  size_t fileLength() const noexcept;
  const char *fileData() const noexcept;
  std::string getMd5() const noexcept;
};
} // namespace drogon
