//===--- FixExporter.h - --export-fixes, for review bots ------*- C++ -*-===//
//
// FixExporter writes the fixes of a run as clang-tidy's --export-fixes
// does: one YAML document (clang::tooling::TranslationUnitDiagnostics,
// written by clang-tidy's own exportReplacements), which
// clang-apply-replacements applies and review bots (clang-tidy-review,
// reviewdog, Phabricator's arcanist) read.
//
// Which diagnostics: every reported warning whose own fix is not empty
// (the fix --fix would apply; not the fixes of its notes), each once per
// run (the reporter drops the diagnostics of a header seen by several
// translation units, Reporter.h), in report order. The document's
// MainSourceFile is empty, as in run-clang-tidy's merged file: it covers
// every translation unit of the run. The files of the fixes are named by
// their real absolute path (Paths.h: realPath, as --fix names them), so
// that the document applies from any directory.
//
// Errors: a failed write is an Error, "cannot write '<path>': <reason>";
// the file is written whole or not at all (AtomicFile.h).
// Thread-safety: one thread.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_FIXEXPORTER_H
#define COROLINT_TOOL_FIXEXPORTER_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/Error.h"
#include <vector>

namespace corolint {

class FixExporter {
public:
  /// Keeps those of the reported diagnostics \p Reported that have fixes.
  void add(llvm::ArrayRef<clang::tidy::ClangTidyError> Reported);
  /// Writes the document to \p Path.
  llvm::Error write(llvm::StringRef Path) const;

private:
  std::vector<clang::tidy::ClangTidyError> WithFixes;
};

} // namespace corolint

#endif
