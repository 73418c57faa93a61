//===--- CrossTU.h - whole-program findings of a corolint run -*- C++ -*-===//
//
// After every translation unit of a run is analysed, CrossTU merges their
// summaries (the SummaryStore the checks filled) with those of --summaries,
// writes each of this run's into --export-summaries, solves the cross-TU
// fixpoint (Summaries.h), and turns the checks' deferred-call remarks into
// findings, or drops those whose call does not block
// (docs/whole-program.md).
//
// Errors and notes are returned as lines, without the "corolint: " prefix.
// Thread-safety: one thread.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_CROSSTU_H
#define COROLINT_TOOL_CROSSTU_H

#include "analysis/Summaries.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/DenseMap.h"
#include <string>
#include <vector>

namespace corolint {

class CrossTU {
public:
  CrossTU(SummaryStore &Store, std::string ImportDir, std::string ExportDir)
      : Store(Store), ImportDir(std::move(ImportDir)), ExportDir(std::move(ExportDir)) {}

  struct Problems {
    std::vector<std::string> Notes, Errors;
  };
  /// Merges, exports and solves; call once, after the last translation unit.
  Problems resolve();

  /// Replaces the deferred-call remarks among \p Errors by their findings.
  void resolveRemarks(std::vector<clang::tidy::ClangTidyError> &Errors,
                      const clang::tidy::ClangTidyContext &Context) const;

private:
  SummaryStore &Store;
  std::string ImportDir, ExportDir;
  SummaryIndex Index;
  llvm::DenseMap<uint64_t, const DeferredCall *> DeferredById;
};

} // namespace corolint

#endif
