//===--- ClangdInternals.h - clangd functions corolint links -*- C++ -*-===//
//
// The clangd functions the corolint command calls, declared here since
// Debian ships clangd's static libraries (libclang-<N>-dev:
// libclangDaemon.a, libclangdSupport.a) but not its headers. They are the
// same in clangd 19 and 22: nm on both libraries gives the same mangled
// names, and the types below are LLVM's own.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_CLANGDINTERNALS_H
#define COROLINT_TOOL_CLANGDINTERNALS_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang::clangd {

// clang-tools-extra/clangd/GlobalCompilationDatabase.h; defined in
// SystemIncludeExtractor.cpp (libclangDaemon.a). clangd's --query-driver:
// null for no globs; the StringRef is the file the command compiles.
using SystemIncludeExtractorFn =
    llvm::unique_function<void(tooling::CompileCommand &, llvm::StringRef) const>;
SystemIncludeExtractorFn
getSystemIncludeExtractor(llvm::ArrayRef<std::string> QueryDriverGlobs);

// clang-tools-extra/clangd/support/Logger.h: Logger::Level, the first
// argument of detail::logImpl(Logger::Level, const char *Fmt,
// const llvm::formatv_object_base &) (support/Logger.cpp, libclangdSupport.a),
// through which vlog, log and elog print. Its indicator string is "DVIE" in
// both versions.
enum class LogLevel : unsigned char { Debug, Verbose, Info, Error };

} // namespace clang::clangd

// The mangled name of clang::clangd::detail::logImpl, which corolint's link
// renames with -Wl,--wrap (tool/CMakeLists.txt).
#define COROLINT_CLANGD_LOGIMPL                                                 \
  "_ZN5clang6clangd6detail7logImplENS0_6Logger5LevelEPKcRKN4llvm19formatv_"    \
  "object_baseE"

#endif
