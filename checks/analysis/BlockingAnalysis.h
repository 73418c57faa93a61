//===--- BlockingAnalysis.h - blocking calls, direct or via helpers -*- C++ -*-===//
//
// The engine shared by the coro-* checks. Given the body of a coroutine, it
// finds each catalogued blocking call the body executes (see ExecutedCode.h),
// either directly or through *helpers*: functions the body calls whose
// definition is in the translation unit, outside system headers and outside
// TrustedNamespaces, and which are not coroutines (a coroutine called from a
// coroutine runs as its own coroutine and is checked on its own), not
// virtual, not annotated non-blocking (Annotations.h), and not catalogued
// themselves (a row in any category, enabled or not: the library's inline
// body is its business). A helper also blocks when, having no blocking call
// of its own, a destructor waits at the end of a local's scope
// (ImplicitWaits.h). The same helpers serve the code a suspension point runs
// implicitly (the awaiter's members, operator co_await, the promise's
// await_transform, yield_value and return_value; see Awaiters.h).
//
// A call is blocking when the catalogue lists it or, failing that, when its
// callee has an asynchronous twin (AsyncTwins.h; given a finder), unless
// the function that makes it shows that its descriptor or asio object does
// not block (NonBlockingDescriptors.h). Both apply to calls into
// TrustedNamespaces: trust means a library is not walked as helpers, not
// that its synchronous API is silent.
//
// How it is computed. pathThrough(Call) decides what one call is: a
// catalogued blocking call (a path of one step), or a call of a helper
// (helperDefinition, followable), whose own path it then appends. Helpers
// form a call graph (HelperGraph.h), classified by the same pathThrough:
// a helper blocks when a blocking call is reachable from it, however deep.
// This is solved bottom-up over the graph's strongly connected components,
// once per helper (summary()), so it is linear in the calls and the same
// whatever the order of definitions or of queries. A helper's chain is its
// *shortest* way to a blocking call, ties going to the call first in
// source order (so `f() { g(); sleep(1); }` with g blocking two calls down
// shows f -> sleep); depth is no limit to what is found. A path keeps only
// what the notes show (ChainShape.h): its first MaxShownLinks steps and its
// last two, with the number of steps between them.
//
// Given an ExecutorModel (Executors.h), the walk skips the calls that run
// after the coroutine has switched itself to a blocking-tolerant executor
// (`co_await concurrencpp::resume_on(background_executor)`) and before it
// switches again. Helpers are summarised without it: a helper's own
// switches do not move its caller.
//
// Thread-safety: one instance per translation unit and thread.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_BLOCKINGANALYSIS_H
#define COROLINT_ANALYSIS_BLOCKINGANALYSIS_H

#include "BlockingCatalog.h"
#include "AsyncTwins.h"
#include "ChainShape.h"
#include "Executors.h"
#include "HelperGraph.h"
#include "NonBlockingDescriptors.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"
#include <memory>
#include <optional>

namespace corolint {

/// One call on a path: the call expression and the function it calls.
struct CallStep {
  const clang::Expr *Site;
  const clang::FunctionDecl *Callee;
};

/// How a body reaches a blocking call. Steps.front() is the call in the
/// analysed body; Steps.back() is the catalogued blocking call. A direct
/// blocking call has one step. A long path keeps its first KeptHeadSteps
/// steps and its last KeptTailSteps (ChainShape.h); Elided counts the steps
/// left out between them.
struct BlockingPath {
  llvm::SmallVector<CallStep, 4> Steps;
  BlockingMatch Match;
  uint64_t Elided = 0;
};

class BlockingAnalysis {
public:
  BlockingAnalysis(const BlockingCatalog &Catalog, clang::ASTContext &Ctx,
                   llvm::ArrayRef<std::string> TrustedNamespaces,
                   std::unique_ptr<AsyncTwinFinder> Twins = nullptr);

  /// Calls \p Report for each blocking call \p Body executes, directly or
  /// through helpers, in source order. With \p Executors, calls made on a
  /// blocking-tolerant executor are skipped, and passed to \p Tolerated.
  void forEachBlockingCall(const clang::Stmt &Body,
                           llvm::function_ref<void(const BlockingPath &)> Report,
                           const ExecutorModel *Executors = nullptr,
                           llvm::function_ref<void(const clang::Expr &)> Tolerated = nullptr);

  // --- Awaiters: the code a suspension point runs (see Awaiters.h) ---

  /// Calls \p Report for each suspension point of \p Body (co_await,
  /// co_yield, co_return, as walked by ExecutedCode.h) whose implicit calls
  /// (await_transform, operator co_await, await_ready, await_suspend,
  /// await_resume, yield_value, return_value) reach a blocking call, directly
  /// or through helpers, in source order. Path.Steps.front() is the implicit
  /// call and names the awaiter member; each point reports its first path.
  /// Members defined in system headers or in TrustedNamespaces are library
  /// code and are not followed, as for any helper.
  void forEachBlockingSuspension(
      const clang::Stmt &Body,
      llvm::function_ref<void(const clang::Stmt &Point, const BlockingPath &)> Report);

  /// The name diagnostics use for a function: its qualified name, or
  /// "lambda" for a lambda's call operator.
  static std::string displayName(const clang::FunctionDecl &FD);

  /// For whole-program analysis (SummaryBuilder.h): the blocking path of
  /// \p FD's body, if any; the definition of the helper \p Call calls, if
  /// it would be followed; the function \p Call calls if it would be
  /// followed as a helper but has no definition in this TU (null
  /// otherwise); and the helpers' call graph, whose calls of other TUs'
  /// functions SummaryBuilder solves for.
  const BlockingPath *blockingPathOf(const clang::FunctionDecl &FD);
  const clang::FunctionDecl *helperDefinition(const clang::Expr &Call) const;
  const clang::FunctionDecl *externalCallee(const clang::Expr &Call) const;
  HelperGraph &graph() { return Graph; }

private:
  bool followable(const clang::FunctionDecl &FD) const;
  /// Follow::No: the call graph's view of a call (classify()): a helper's
  /// call ends the path, at a step whose Match has no Entry.
  enum class Follow { Helpers, No };
  std::optional<BlockingPath> pathThrough(const clang::Expr &Call,
                                          Follow How = Follow::Helpers);
  /// The graph's view of a call made in the body of \p Owner.
  std::optional<HelperGraph::Call> classify(const clang::Expr &Call,
                                            const clang::FunctionDecl &Owner);
  /// The graph's extra call of \p Owner: a destructor that waits at the end
  /// of a local's scope (ImplicitWaits.h), if any.
  std::optional<HelperGraph::Call> implicitWait(const clang::FunctionDecl &Owner);
  /// The catalogue's match for \p Call, else the async-twin rule's, unless
  /// the body being walked (Scope) shows the call does not block.
  std::optional<BlockingMatch> matchCall(const clang::Expr &Call);
  /// Solves \p Node's helpers bottom-up; its way to a blocking call.
  const HelperGraph::Way &summary(unsigned Node);
  /// \p Prefix (if any) and then the chain from \p Node, kept as ChainShape.h says.
  BlockingPath chainFrom(std::optional<CallStep> Prefix, unsigned Node);

  const BlockingCatalog &Catalog;
  clang::ASTContext &Ctx;
  llvm::StringSet<> Trusted;
  HelperGraph Graph;
  /// Per node, once solved: its shortest way to a blocking call (Dist 0:
  /// none), and the nodes whose chosen calls are the chain's last two steps
  /// (Last makes the blocking call; PreLast, if the chain has more than one
  /// step, calls Last).
  struct Solution {
    HelperGraph::Way Way;
    unsigned Last = 0, PreLast = NoNode;
  };
  static constexpr unsigned NoNode = ~0u;
  std::vector<Solution> Solutions;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<BlockingPath>> Paths;
  std::unique_ptr<AsyncTwinFinder> Twins;
  NonBlockingDescriptors NonBlocking{Ctx};
  /// The function body whose calls are being matched (for NonBlocking).
  const clang::Stmt *Scope = nullptr;
};

} // namespace corolint

#endif
