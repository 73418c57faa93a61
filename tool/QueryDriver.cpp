//===--- QueryDriver.cpp - a compiler's own target and system includes ----===//

#include "QueryDriver.h"
#include "llvm/Config/llvm-config.h"
#include <string>

#if COROLINT_HAVE_CLANGD_QUERY_DRIVER
#include "ClangdInternals.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <mutex>

// clangd's logImpl, renamed by --wrap: its errors (a compiler that fails,
// prints no search list or names an unknown target) are corolint's
// warnings, lowercased as corolint's messages are; the rest is dropped.
void wrapLogImpl(clang::clangd::LogLevel Level, const char *Fmt,
                 const llvm::formatv_object_base &Message)
    asm("__wrap_" COROLINT_CLANGD_LOGIMPL);

void wrapLogImpl(clang::clangd::LogLevel Level, const char *,
                 const llvm::formatv_object_base &Message) {
  if (Level < clang::clangd::LogLevel::Error)
    return;
  std::string Text = llvm::StringRef(Message.str()).rtrim().str();
  if (!Text.empty())
    Text[0] = llvm::toLower(Text[0]);
  static std::mutex Mu; // the query runs on the translation units' threads too
  std::lock_guard<std::mutex> Lock(Mu);
  llvm::WithColor::warning(llvm::errs(), "corolint") << Text << "\n";
}
#endif

namespace corolint {

llvm::Expected<DriverQuery> queryDriver(llvm::ArrayRef<std::string> Globs) {
  if (Globs.empty())
    return DriverQuery();
#if COROLINT_HAVE_CLANGD_QUERY_DRIVER
  return DriverQuery(clang::clangd::getSystemIncludeExtractor(Globs));
#else
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      "--query-driver: this corolint was built without clangd's libraries "
      "(libclangDaemon.a, libclangdSupport.a of libclang-" +
          std::to_string(LLVM_VERSION_MAJOR) + "-dev)");
#endif
}

} // namespace corolint
