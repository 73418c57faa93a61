//===--- Configuration.h - clang-tidy options for a corolint run -*- C++ -*-===//
//
// The clang-tidy configuration every translation unit of a run starts from:
// clang-tidy's defaults, the .clang-tidy files next to the sources (or
// --config / --config-file instead), and the command line's overrides
// (--checks, --header-filter, compiler arguments). Options providers are
// made per translation unit: they cache per directory and are not
// thread-safe. An OptionsFactory is built once, then only read.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_CONFIGURATION_H
#define COROLINT_TOOL_CONFIGURATION_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <memory>
#include <optional>

namespace corolint {

struct OptionsFactory {
  clang::tidy::ClangTidyGlobalOptions Global;
  clang::tidy::ClangTidyOptions Defaults = clang::tidy::ClangTidyOptions::getDefaults();
  clang::tidy::ClangTidyOptions Overrides;
  std::optional<clang::tidy::ClangTidyOptions> Explicit; ///< --config(-file)

  /// A provider reading .clang-tidy files through \p FS (default: the real
  /// file system).
  std::unique_ptr<clang::tidy::ClangTidyOptionsProvider>
  make(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS = nullptr) const;
};

/// Reads --config (\p Inline) or --config-file (\p File), at most one of
/// them, into \p Factory.Explicit. The error says what is wrong.
llvm::Error parseExplicitConfig(llvm::StringRef Inline, llvm::StringRef File,
                                OptionsFactory &Factory);

} // namespace corolint

#endif
