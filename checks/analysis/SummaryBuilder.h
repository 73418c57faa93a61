//===--- SummaryBuilder.h - a TU's summary, from its AST ------*- C++ -*-===//
//
// The AST side of whole-program analysis (docs/whole-program.md). While a
// TU is analysed, SummaryBuilder records for each exported function the TU
// defines (external linkage, not inline, not a template, not a coroutine,
// defined in the main file) its USR and either the chain by which it blocks
// within the TU, or its calls (through in-TU helpers) of functions the TU
// does not define. For each call of an async coroutine that the in-TU
// analysis did not report, it records the same external calls: a *deferred
// call*, resolved later by SummaryIndex.
//
// Thread-safety: one builder per TU and thread.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_SUMMARYBUILDER_H
#define COROLINT_ANALYSIS_SUMMARYBUILDER_H

#include "BlockingAnalysis.h"
#include "SummaryRecords.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"
#include <atomic>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace corolint {

/// The USR of a declaration, or empty if it has none.
std::string usrOf(const clang::Decl &D);

/// Records a TU's summary. Create one per TU, after parsing.
class SummaryBuilder {
public:
  SummaryBuilder(BlockingAnalysis &Analysis, clang::ASTContext &Ctx);

  /// Summarises the exported functions defined in the main file.
  void summariseFunctions();

  /// Records, for the calls \p Body executes that are not in \p Reported,
  /// those that reach functions defined outside this TU. Returns the new
  /// deferred calls with the location of the call in the body (each line
  /// and callee once per TU, as the in-TU reports).
  std::vector<std::pair<clang::SourceLocation, const DeferredCall *>>
  deferCalls(llvm::StringRef Coroutine, llvm::StringRef Library,
             const clang::Stmt &Body,
             const llvm::SmallPtrSetImpl<const clang::Expr *> &Reported,
             std::atomic<uint64_t> &NextId);

  /// The summary so far (main file identity filled in).
  TUSummary take();

private:
  using Reach = std::vector<ExternalCall>;
  const Reach &externalReach(const clang::FunctionDecl &Helper, unsigned Depth);
  Reach reachThrough(const clang::Expr &Call, unsigned Depth);
  SummaryLink link(const clang::Expr &Call, std::string Callee);
  const std::string &absolutePath(clang::FileID FID);

  BlockingAnalysis &Analysis;
  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  TUSummary Result;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<Reach>> Reaches;
  llvm::DenseMap<clang::FileID, std::string> Paths;
  llvm::StringSet<> DeferredKeys;
  std::vector<std::unique_ptr<DeferredCall>> Deferred;
};

} // namespace corolint

#endif
