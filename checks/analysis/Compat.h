//===--- Compat.h - the LLVM 19 / LLVM 22 API differences -----------------===//
//
// corolint builds against LLVM 19 (the default) or LLVM 22, chosen at
// configure time with -DCOROLINT_LLVM_VERSION. The few clang and clang-tidy
// APIs that differ between the two are bridged here, each behind one
// LLVM_VERSION_MAJOR test, so that the checks and the front ends are written
// once. Header only, no state; safe from any thread.
//
// Differences bridged without a version test (kept here as a list):
//  - RecursiveASTVisitor::TraverseTypeLoc(TypeLoc) gained a second argument,
//    `bool TraverseQualifier = true`, in 22: overrides declare
//    `TraverseTypeLoc(TypeLoc, bool = true)`, which both versions call.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_COMPAT_H
#define COROLINT_ANALYSIS_COMPAT_H

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyModule.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <string>
#include <vector>

// 22 moved ClangTidyModuleRegistry into ClangTidyModule.h and deprecated the
// old header (it #warns, and goes in 24).
#if LLVM_VERSION_MAJOR < 22
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

namespace corolint::compat {

/// The checks that Options enables, with the static analyzer's alpha checkers
/// and (22) clang-tidy's experimental custom checks left off.
inline std::vector<std::string>
enabledCheckNames(const clang::tidy::ClangTidyOptions &Options) {
#if LLVM_VERSION_MAJOR >= 22
  return clang::tidy::getCheckNames(Options, /*AllowEnablingAnalyzerAlphaCheckers=*/false,
                                    /*ExperimentalCustomChecks=*/false);
#else
  return clang::tidy::getCheckNames(Options, /*AllowEnablingAnalyzerAlphaCheckers=*/false);
#endif
}

/// A file system that serves each Remapped.first as the file
/// Remapped.second of \p External, under the latter's name (diagnostics
/// name the real file). 19 takes the external file system by reference,
/// 22 by IntrusiveRefCntPtr.
inline std::unique_ptr<llvm::vfs::RedirectingFileSystem>
remapFiles(llvm::ArrayRef<std::pair<std::string, std::string>> Remapped,
           llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> External) {
#if LLVM_VERSION_MAJOR >= 22
  return llvm::vfs::RedirectingFileSystem::create(Remapped, /*UseExternalNames=*/true,
                                                  std::move(External));
#else
  return llvm::vfs::RedirectingFileSystem::create(Remapped, /*UseExternalNames=*/true,
                                                  *External);
#endif
}

} // namespace corolint::compat

#endif // COROLINT_ANALYSIS_COMPAT_H
