//===--- SyncWaitInCoroutineCheck.h - coro-sync-wait-in-coroutine -*- C++ -*-===//
//
// Finds a blocking bridge from asynchronous to synchronous code (sync_wait,
// blockingWait, syncAwait, aio::run, result.get(), io_context.run()) called
// by an async coroutine, directly or through helper functions (followed by
// the engine's BlockingAnalysis over a catalogue of the bridges alone).
// The bridge blocks the thread until the awaited work completes, but that
// thread is the one that should drive the work: the coroutine deadlocks, or
// at best stalls its event loop.
//
// The built-in catalogue is the COROLINT_BRIDGE rows of checks/catalogue/; the fix-it replaces a
// bridge that takes the awaitable as its only argument with
// `co_await <operand>`. Member forms get a note instead. A member bridge on
// completed work is silent: on a variable an earlier `co_await` of the
// coroutine names (`co_await qCoro(future).waitForFinished();
// future.results();`), or in the branch of an `if`/`?:` that tested the
// variable's isFinished() or isResultReadyAt().
//
// Unlisted bridges: a call of a function that is not catalogued but has a
// bridge-like unqualified name (the table of names in the .cpp, plus the
// BridgeNames option), is not a coroutine, does not return an awaitable, and
// takes an awaitable argument (AwaitableModel) is reported too, worded as a
// function that looks like a bridge.
//
// Options:
//   SyncWaitFunctions  extra bridges, `;`-separated qualified names
//                      (functions, members, or function objects)
//   BridgeNames        extra bridge-like names, `;`-separated unqualified
//                      function names (default: empty; the built-in names
//                      always apply)
//   CatalogueFiles     YAML files whose `Bridges` entries are extra bridges
//                      (CatalogueFile.h); global option, shared with
//                      coro-blocking-call
//   GeneratorTypes, AsyncTypes (CoroutineModel.h), LazyTaskTypes,
//   EagerTaskTypes (Awaitables.h): global options
//
// For the user-facing documentation, see
// docs/checks/coro-sync-wait-in-coroutine.md.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_SYNCWAITINCOROUTINECHECK_H
#define COROLINT_CHECKS_SYNCWAITINCOROUTINECHECK_H

#include "analysis/Awaitables.h"
#include "analysis/BlockingAnalysis.h"
#include "analysis/CatalogueFile.h"
#include "analysis/CoroutineModel.h"
#include "analysis/TraversalScope.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

namespace corolint {

class SyncWaitInCoroutineCheck : public clang::tidy::ClangTidyCheck {
public:
  SyncWaitInCoroutineCheck(llvm::StringRef Name,
                           clang::tidy::ClangTidyContext *Context);
  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void onEndOfTranslationUnit() override;

  /// The built-in catalogue, for documentation.
  static llvm::ArrayRef<SyncBridge> builtinBridges();
  /// The built-in bridge-like names of unlisted bridges, for documentation.
  static llvm::ArrayRef<llvm::StringLiteral> builtinBridgeNames();

private:
  void checkCall(const clang::Expr &Call, const clang::FunctionDecl &Coroutine,
                 const clang::Stmt &Body, clang::ASTContext &Ctx);
  /// For an uncatalogued call with a bridge-like name: the argument that
  /// makes it look like a bridge (the first awaitable one), or null.
  const clang::Expr *unlistedBridgeArgument(const clang::Expr &Call,
                                            const clang::FunctionDecl &Callee,
                                            std::string &Name) const;
  void reportChain(const BlockingPath &Path, const clang::FunctionDecl &Coroutine,
                   const clang::SourceManager &SM);

  const CoroutineModel Model;
  const AwaitableModel Awaitables;
  const std::string SyncWaitFunctionsOption, BridgeNamesOption;
  const CatalogueFilesOption CatalogueFiles;
  llvm::StringSet<> BridgeLikeNames; ///< built-in names plus BridgeNames
  llvm::StringMap<const SyncBridge *> Bridges;
  std::vector<std::unique_ptr<SyncBridge>> UserBridges;
  llvm::StringSet<> UserNames;
  /// The bridges as a catalogue for the engine's helper analysis, and the
  /// libraries it does not follow calls into.
  std::unique_ptr<BlockingCatalog> HelperCatalog;
  std::vector<std::string> TrustedLibraries;
  std::unique_ptr<BlockingAnalysis> Analysis; ///< per translation unit
  /// Per translation unit: coroutines seen and places reported.
  llvm::DenseSet<const clang::FunctionDecl *> Seen;
  llvm::DenseSet<clang::SourceLocation::UIntTy> Reported;
  /// Narrows MatchFinder's walk to code outside system headers.
  SystemHeaderScope TraversalScope;
};

} // namespace corolint

#endif
