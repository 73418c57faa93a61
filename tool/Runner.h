//===--- Runner.h - analyse the translation units of a run ----*- C++ -*-===//
//
// Runner analyses each file with clang-tidy's own engine (runClangTidy), in
// parallel, each translation unit isolated from the others (Isolation.h: a
// crash or a stack overflow is that file's, reported as Crashed), and hands
// the results back in input order, each as soon as it and every file before
// it are done, so that output is deterministic whatever -j is.
//
// Each translation unit gets its own options provider and its own physical
// file system, whose working directory the tooling library sets to the
// compile command's directory (the real file system would chdir the whole
// process under the other threads). A file whose name holds a backslash is
// mapped back to itself under the name clang's tooling turns it into
// (getAbsolutePath passes it through sys::path::native, which on POSIX
// replaces '\' by '/'); diagnostics keep its real name.
//
// Thread-safety: run() is called by one thread; Done and Progress are
// called one at a time, from the worker threads.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_RUNNER_H
#define COROLINT_TOOL_RUNNER_H

#include "Configuration.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <memory>
#include <string>
#include <vector>

namespace corolint {

/// The result of one translation unit.
struct FileResult {
  std::string File; ///< absolute
  std::unique_ptr<clang::tidy::ClangTidyContext> Context;
  llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> FS;
  std::vector<clang::tidy::ClangTidyError> Errors;
  bool Crashed = false; ///< Errors is then empty or incomplete
  bool Cached = false;  ///< Errors replayed from the result cache
};

class ResultCache;

class Runner {
public:
  /// With \p Cache, a file whose entry is valid is replayed from it
  /// (ResultCache.h) instead of analysed, and each file analysed is stored.
  Runner(const OptionsFactory &Options, const clang::tooling::CompilationDatabase &DB,
         ResultCache *Cache = nullptr)
      : Options(Options), DB(DB), Cache(Cache) {}

  /// Analyses \p Files on \p Threads threads (0: one per core). Done gets
  /// each result, in the order of \p Files; Progress, after each file, how
  /// many are finished and the index of the one just finished.
  void run(llvm::ArrayRef<std::string> Files, unsigned Threads,
           llvm::function_ref<void(FileResult &&)> Done,
           llvm::function_ref<void(size_t Finished, size_t Index)> Progress);

private:
  void analyse(FileResult &R);

  const OptionsFactory &Options;
  const clang::tooling::CompilationDatabase &DB;
  ResultCache *Cache;
};

} // namespace corolint

#endif
