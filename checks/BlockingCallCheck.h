//===--- BlockingCallCheck.h - coro-blocking-call --------------*- C++ -*-===//
//
// Finds calls that block the thread (sleep, file, network and DNS I/O,
// processes, waits for other threads; mutex locks and console output on
// request) executed by an async coroutine, directly or through helper
// functions, and destructors that wait at the end of a local's scope
// (ImplicitWaits.h). While such a call runs, no other coroutine on the same
// event loop can make progress. Annotations (Annotations.h) beat the
// catalogue. The note names the alternative in the words of the
// coroutine's library (LibraryNotes.h).
//
// Options (`;`-separated lists):
//   BlockingFunctions  extra functions, `qualified::name[=alternative text]`
//   CatalogueFiles     YAML files of extra entries (CatalogueFile.h; global
//                      option, shared with coro-sync-wait-in-coroutine)
//   AllowedFunctions   functions never reported nor followed as helpers
//   Categories         categories to report (default: all but lock and
//                      console; `sync` is a deprecated alias of wait;lock)
//   TrustedNamespaces  namespaces whose functions are not followed as helpers
//                      (their calls are still matched: catalogue, twins)
//   AsyncTwinConventions  name patterns of asynchronous twins (AsyncTwins.h);
//                      empty: the async-twin rule is off
//   GeneratorTypes, AsyncTypes  see CoroutineModel.h (global options)
//   LazyTaskTypes, EagerTaskTypes, FutureTypes  see Awaitables.h (global
//                      options): which twins return an awaitable
//   BlockingTolerantExecutors   see Executors.h (global option): calls after
//                      a switch to one of them are not reported
//   SummariesDir       summaries of other TUs (docs/whole-program.md)
//
// For the user-facing documentation, see docs/checks/coro-blocking-call.md.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_BLOCKINGCALLCHECK_H
#define COROLINT_CHECKS_BLOCKINGCALLCHECK_H

#include "analysis/AsyncTwins.h"
#include "analysis/Awaitables.h"
#include "analysis/BlockingAnalysis.h"
#include "analysis/BlockingCatalog.h"
#include "analysis/CatalogueFile.h"
#include "analysis/CoroutineModel.h"
#include "analysis/ImplicitWaits.h"
#include "analysis/Summaries.h"
#include "analysis/TraversalScope.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"
#include <memory>

namespace corolint {

class BlockingCallCheck : public clang::tidy::ClangTidyCheck {
public:
  BlockingCallCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void onEndOfTranslationUnit() override;
  void registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;

private:
  void report(const BlockingPath &Path, const clang::FunctionDecl &Coroutine,
              const clang::SourceManager &SM);
  /// Reports each suspension point of \p Coroutine whose awaiter (or
  /// promise member) reaches a blocking call.
  void reportBlockingSuspensions(
      const clang::ast_matchers::MatchFinder::MatchResult &Result,
      const clang::FunctionDecl &Coroutine);
  /// The notes after a warning at \p Loc: one per further link of
  /// \p Path's chain, then the alternative in the coroutine's library.
  void noteChain(const BlockingPath &Path, const clang::FunctionDecl &Coroutine,
                 const clang::SourceManager &SM, clang::SourceLocation Loc);
  /// Reports a destructor that waits at the end of a local's scope, or a
  /// discarded std::async future (ImplicitWaits.h).
  void reportImplicitWait(const ImplicitWait &Wait, const clang::FunctionDecl &Coroutine,
                          const clang::SourceManager &SM);

  const CoroutineModel Model;
  const ExecutorModel Executors;
  const AwaitableModel Awaitables;
  const std::string BlockingFunctions, AllowedFunctions, Categories,
      TrustedNamespaces, AsyncTwinConventions;
  /// The async-twin rule's conventions; empty when the rule is off (no
  /// conventions, or category async-twin not reported).
  std::vector<TwinConvention> TwinConventions;
  const CatalogueFilesOption CatalogueFiles;
  std::unique_ptr<BlockingCatalog> Catalog;
  /// Per translation unit: the analysis, the coroutines seen (a lambda is
  /// matched both as a function and as a lambda expression) and the lines
  /// reported (a template reports once per line, not per instantiation).
  std::unique_ptr<BlockingAnalysis> Analysis;
  llvm::DenseSet<const clang::FunctionDecl *> Seen;
  llvm::StringSet<> Reported;

  // Whole-program analysis (analysis/Summaries.h): calls of functions defined
  // in other TUs, deferred to the front end's store or resolved against the
  // summaries of SummariesDir.
  void summarise(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                 const clang::FunctionDecl *Coroutine,
                 const llvm::SmallPtrSetImpl<const clang::Expr *> &ReportedCalls);
  const std::string SummariesDir;
  const LoadedIndex *Loaded = nullptr;
  std::unique_ptr<SummaryBuilder> Builder;
  std::string Configuration; ///< translationUnitConfiguration() of the TU
  /// Narrows MatchFinder's walk to code outside system headers.
  SystemHeaderScope TraversalScope;
};

} // namespace corolint

#endif
