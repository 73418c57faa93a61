//===--- SummaryBuilder.h - a TU's summary, from its AST ------*- C++ -*-===//
//
// The AST side of whole-program analysis (docs/whole-program.md). While a
// TU is analysed, SummaryBuilder records for each exported function the TU
// defines (external linkage, not inline, not a template, not a coroutine,
// defined in the main file) its USR and either the chain by which it blocks
// within the TU (BlockingAnalysis), or its calls (through in-TU helpers) of
// functions the TU does not define. For each call of an async coroutine that
// the in-TU analysis did not report, it records the same external calls: a
// *deferred call*, resolved later by SummaryIndex.
//
// The external calls a helper reaches are solved as its blocking is: over
// the helpers' call graph (HelperGraph.h), bottom-up by strongly connected
// component, once per helper, with no depth limit; each external function
// is reached by its shortest chain, ties going to the call first in source
// order, kept as ChainShape.h says.
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
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace corolint {

/// The USR of a declaration, or empty if it has none.
std::string usrOf(const clang::Decl &D);

/// What, besides its main file, decides a TU's code, as a hash
/// (TUSummary::Configuration): the target triple, the language options, the
/// predefined macros (which hold -D, -U and -include) and the header search
/// options. Two compile commands of one file that differ in any of these
/// are two TUs. Call it once the preprocessor is set up (a check's
/// registerPPCallbacks).
std::string translationUnitConfiguration(const clang::Preprocessor &PP);

/// Records a TU's summary. Create one per TU, after parsing.
class SummaryBuilder {
public:
  SummaryBuilder(BlockingAnalysis &Analysis, clang::ASTContext &Ctx,
                 std::string Configuration);

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

  /// The summary so far (main file identity and files filled in); with
  /// \p RecordInputs, also the files of its include closure (Inputs): each
  /// file the SourceManager entered, hashed as the compiler read it.
  TUSummary take(bool RecordInputs = false);

private:
  static constexpr unsigned None = ~0u;
  /// An external function a helper reaches: its USR's number, the way
  /// (HelperGraph::Way), and the nodes whose chosen calls are the chain's
  /// last two steps (as BlockingAnalysis's).
  struct Target {
    unsigned USR;
    HelperGraph::Way Way;
    unsigned Last, PreLast;
  };
  /// The external functions \p Node reaches, solved bottom-up.
  const std::vector<Target> &reach(unsigned Node);
  const Target &targetOf(unsigned Node, unsigned USR) const {
    return Reaches[Node][Index[Node].find(USR)->second];
  }
  /// The call of \p Node's target \p T, after \p Prefix if any.
  ExternalCall chainTo(std::optional<CallStep> Prefix, unsigned Node, const Target &T);
  unsigned usrNumber(const clang::FunctionDecl &Callee);
  SummaryLink link(const clang::Expr &Call, std::string Callee);
  const std::string &absolutePath(clang::FileID FID);

  BlockingAnalysis &Analysis;
  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  TUSummary Result;
  std::vector<std::vector<Target>> Reaches; ///< by node
  std::vector<llvm::DenseMap<unsigned, unsigned>> Index; ///< USR -> position
  llvm::StringMap<unsigned> USRNumbers;
  std::vector<std::string> USRs;
  llvm::DenseMap<const clang::FunctionDecl *, unsigned> CalleeUSRs;
  llvm::DenseMap<clang::FileID, std::string> Paths;
  llvm::DenseSet<clang::FileID> LinkedFiles;
  llvm::StringSet<> DeferredKeys;
  std::vector<std::unique_ptr<DeferredCall>> Deferred;
};

} // namespace corolint

#endif
