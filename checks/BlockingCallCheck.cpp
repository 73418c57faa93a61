//===--- BlockingCallCheck.cpp - coro-blocking-call -----------------------===//

#include "BlockingCallCheck.h"
#include "analysis/Awaiters.h"
#include "analysis/CalleeNames.h"
#include "analysis/ChainNotes.h"
#include "analysis/FunctionMatchers.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace corolint {

// Coroutine runtimes, which lock briefly by design; easylog (yalantinglibs'
// logger), whose default is asynchronous logging, so that a coroutine only
// enqueues; and test frameworks (doctest, Catch2, GoogleTest), whose
// assertions touch files only on a failure path.
static constexpr llvm::StringLiteral DefaultTrustedNamespaces =
    "aio;asio;boost::asio;cppcoro;coro;folly;async_simple;concurrencpp;"
    "stdexec;exec;unifex;easylog;doctest;Catch;testing";

static std::string categoryNames(llvm::ArrayRef<BlockingCategory> Categories) {
  std::vector<llvm::StringRef> Names;
  for (BlockingCategory C : Categories)
    Names.push_back(categoryName(C));
  return llvm::join(Names, ";");
}

BlockingCallCheck::BlockingCallCheck(StringRef Name,
                                     tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Model(Options), Executors(Options),
      Awaitables(Options),
      BlockingFunctions(Options.get("BlockingFunctions", "")),
      AllowedFunctions(Options.get("AllowedFunctions", "")),
      Categories(Options.get("Categories", categoryNames(defaultCategories()))),
      TrustedNamespaces(Options.get("TrustedNamespaces", DefaultTrustedNamespaces)),
      AsyncTwinConventions(
          Options.get("AsyncTwinConventions", DefaultTwinConventions)),
      CatalogueFiles(*this, Name, *Context, Options),
      SummariesDir(Options.get("SummariesDir", "")), TraversalScope(*Context) {
  llvm::SmallVector<BlockingCategory, 8> Enabled;
  for (const std::string &Item : splitList(Categories))
    if (!parseCategory(Item, Enabled))
      configurationDiag("invalid category '%0' in option '%1.Categories'; "
                        "expected any of '%2'",
                        DiagnosticIDs::Error)
          << Item << Name << categoryNames(allCategories());
  std::vector<std::string> InvalidConventions;
  TwinConventions = parseTwinConventions(AsyncTwinConventions, InvalidConventions);
  for (const std::string &Item : InvalidConventions)
    configurationDiag("invalid convention '%0' in option '%1.AsyncTwinConventions'; "
                      "expected a name with one '*' for the function's name, "
                      "such as 'async_*' or '*Async'",
                      DiagnosticIDs::Error)
        << Item << Name;
  if (!llvm::is_contained(Enabled, BlockingCategory::AsyncTwin))
    TwinConventions.clear();
  Catalog = std::make_unique<BlockingCatalog>(
      parseBlockingFunctions(BlockingFunctions), splitList(AllowedFunctions),
      Enabled, CatalogueFiles.blockingEntries(), /*BlockingAnnotations=*/true);
  // A one-pass front end (corolint) collects summaries itself.
  if (!SummariesDir.empty() && !activeSummaryStore()) {
    Loaded = &loadedIndex(SummariesDir);
    for (const std::string &Error : Loaded->Problems.Errors)
      configurationDiag("%0 (option '%1.SummariesDir')", DiagnosticIDs::Error)
          << Error << Name;
  }
}

void BlockingCallCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "BlockingFunctions", BlockingFunctions);
  Options.store(Opts, "AllowedFunctions", AllowedFunctions);
  Options.store(Opts, "Categories", Categories);
  Options.store(Opts, "TrustedNamespaces", TrustedNamespaces);
  Options.store(Opts, "AsyncTwinConventions", AsyncTwinConventions);
  Options.store(Opts, "SummariesDir", SummariesDir);
  CatalogueFiles.store(Options, Opts);
  Model.storeOptions(Options, Opts);
  Executors.storeOptions(Options, Opts);
  Awaitables.storeOptions(Options, Opts);
}

void BlockingCallCheck::registerMatchers(MatchFinder *Finder) {
  // Start from coroutine bodies: no whole-TU walk beyond MatchFinder's own.
  registerFunctionMatchers(*Finder, *this, FunctionScope::Coroutines);
  TraversalScope.registerOn(*Finder);
  if (activeSummaryStore()) // summarise the TU's exported functions once
    Finder->addMatcher(translationUnitDecl().bind("translation-unit"), this);
}

void BlockingCallCheck::registerPPCallbacks(const SourceManager &, Preprocessor *PP,
                                            Preprocessor *) {
  // Summaries are kept per file and configuration (docs/whole-program.md).
  if (activeSummaryStore())
    Configuration = translationUnitConfiguration(*PP);
}

void BlockingCallCheck::onEndOfTranslationUnit() {
  if (Builder)
    if (SummaryStore *Store = activeSummaryStore())
      Store->add(Builder->take(Store->RecordInputs));
  Builder.reset();
  Analysis.reset();
  Seen.clear();
  Reported.clear();
}

void BlockingCallCheck::check(const MatchFinder::MatchResult &Result) {
  const FunctionDecl *Coroutine = nullptr;
  if (!Result.Nodes.getNodeAs<TranslationUnitDecl>("translation-unit")) {
    Coroutine = matchedFunction(Result, Seen);
    if (!Coroutine || Model.classify(*Coroutine) != CoroutineKind::Async)
      return;
  }
  if (!Analysis)
    Analysis = std::make_unique<BlockingAnalysis>(
        *Catalog, *Result.Context, splitList(TrustedNamespaces),
        TwinConventions.empty()
            ? nullptr
            : std::make_unique<AsyncTwinFinder>(TwinConventions, Awaitables,
                                                *Result.Context));
  llvm::SmallPtrSet<const Expr *, 8> ReportedCalls;
  if (Coroutine) {
    const auto *Body = CoroutineModel::coroutineBody(*Coroutine);
    llvm::SmallPtrSet<const Expr *, 8> Tolerated;
    Analysis->forEachBlockingCall(
        *Body->getBody(),
        [&](const BlockingPath &Path) {
          ReportedCalls.insert(Path.Steps.front().Site);
          report(Path, *Coroutine, *Result.SourceManager);
        },
        &Executors, [&](const Expr &Call) { Tolerated.insert(&Call); });
    // Destructors that wait; on a blocking-tolerant executor (at the
    // declaration) they may.
    forEachImplicitWait(*Body->getBody(), *Catalog, *Result.Context,
                        [&](const ImplicitWait &Wait) {
                          if (!Tolerated.contains(Wait.Site) &&
                              !Tolerated.contains(Wait.Site->IgnoreImplicit()) &&
                              !Tolerated.contains(ignoreWrappers(Wait.Site)))
                            reportImplicitWait(Wait, *Coroutine, *Result.SourceManager);
                        });
    reportBlockingSuspensions(Result, *Coroutine);
  }
  if (activeSummaryStore() || Loaded)
    summarise(Result, Coroutine, ReportedCalls);
}

void BlockingCallCheck::reportBlockingSuspensions(
    const MatchFinder::MatchResult &Result, const FunctionDecl &Coroutine) {
  // Blocking awaiters: a suspension point whose awaiter (or promise member)
  // reaches a blocking call, reported at the keyword; notes name the awaiter
  // member and the chain down to the blocking call.
  const SourceManager &SM = *Result.SourceManager;
  Analysis->forEachBlockingSuspension(
      *CoroutineModel::coroutineBody(Coroutine)->getBody(),
      [&](const Stmt &Point, const BlockingPath &Path) {
        SourceLocation Loc = SM.getExpansionLoc(suspensionKeywordLoc(Point));
        // Once per place and awaiter member, whatever the instantiations.
        std::string Key =
            (llvm::Twine("suspension:") + llvm::Twine(Loc.getRawEncoding()) +
             ":" + BlockingAnalysis::displayName(*Path.Steps.front().Callee))
                .str();
        if (!Reported.insert(Key).second)
          return;
        unsigned Kind = isa<CoawaitExpr>(Point) ? 0 : isa<CoyieldExpr>(Point) ? 1 : 2;
        diag(Loc, "%select{awaiting '%1'|yielding '%1'|'co_return'}0 in %2 "
                  "reaches blocking call '%3' (%4) and stalls every coroutine "
                  "on its event loop")
            << Kind << operandTypeName(Point, *Result.Context)
            << CoroutineModel::describe(Coroutine) << Path.Match.CalleeName
            << categoryName(Path.Match.Entry->Category);
        noteChain(Path, Coroutine, SM, Loc);
      });
}

/// The location of \p File at \p Offset, loading the file if needed; invalid
/// if it cannot be read.
static SourceLocation locationIn(SourceManager &SM, StringRef File,
                                 uint64_t Offset) {
  if (File.empty())
    return {};
  OptionalFileEntryRef Ref = SM.getFileManager().getOptionalFileRef(File);
  if (!Ref)
    return {};
  FileID FID = SM.getOrCreateFileID(*Ref, SrcMgr::C_User);
  std::optional<llvm::MemoryBufferRef> Buffer = SM.getBufferOrNone(FID);
  if (!Buffer || Offset > Buffer->getBufferSize())
    return {};
  return SM.getComposedLoc(FID, Offset);
}

void BlockingCallCheck::summarise(
    const MatchFinder::MatchResult &Result, const FunctionDecl *Coroutine,
    const llvm::SmallPtrSetImpl<const Expr *> &ReportedCalls) {
  if (!Builder)
    Builder = std::make_unique<SummaryBuilder>(*Analysis, *Result.Context,
                                               Configuration);
  if (!Coroutine) { // the translation unit
    Builder->summariseFunctions();
    return;
  }
  static std::atomic<uint64_t> LocalIds{1};
  SummaryStore *Store = activeSummaryStore();
  auto Deferred = Builder->deferCalls(
      CoroutineModel::describe(*Coroutine),
      CoroutineModel::typeName(Coroutine->getReturnType()),
      *CoroutineModel::coroutineBody(*Coroutine)->getBody(), ReportedCalls,
      Store ? Store->NextId : LocalIds);
  for (const auto &[Loc, Call] : Deferred) {
    if (Store) { // the front end resolves it once every TU is summarised
      diag(Loc, (DeferredRemarkPrefix + "%0").str(), DiagnosticIDs::Remark)
          << std::to_string(Call->Id);
      continue;
    }
    std::optional<ResolvedChain> Chain = Loaded->Index.resolve(*Call);
    if (!Chain)
      continue;
    std::vector<ChainMessage> Messages = renderChain(*Chain);
    diag(Loc, "%0") << Messages.front().Text;
    for (size_t I = 1; I < Messages.size(); ++I)
      diag(locationIn(*Result.SourceManager, Messages[I].File, Messages[I].Offset),
           "%0", DiagnosticIDs::Note)
          << Messages[I].Text;
  }
}

void BlockingCallCheck::report(const BlockingPath &Path,
                               const FunctionDecl &Coroutine,
                               const SourceManager &SM) {
  const CallStep &First = Path.Steps.front();
  SourceLocation Loc = callLocation(*First.Site, SM);
  // Once per source line and callee, whatever the number of instantiations
  // or macro expansions that put the call there.
  std::string Key = (llvm::Twine(SM.getFileID(Loc).getHashValue()) + ":" +
                     llvm::Twine(SM.getExpansionLineNumber(Loc)) + ":" +
                     BlockingAnalysis::displayName(*First.Callee))
                        .str();
  if (!Reported.insert(Key).second)
    return;

  llvm::StringRef Category = categoryName(Path.Match.Entry->Category);
  if (Path.Steps.size() == 1) {
    diag(Loc, "blocking call to '%0' (%1) in %2 stalls every coroutine on its "
              "event loop")
        << Path.Match.CalleeName << Category << CoroutineModel::describe(Coroutine);
  } else {
    diag(Loc, "call to '%0' in %1 reaches blocking call '%2' (%3) and stalls "
              "every coroutine on its event loop")
        << BlockingAnalysis::displayName(*First.Callee)
        << CoroutineModel::describe(Coroutine) << Path.Match.CalleeName << Category;
  }
  noteChain(Path, Coroutine, SM, Loc);
}

void BlockingCallCheck::reportImplicitWait(const ImplicitWait &Wait,
                                           const FunctionDecl &Coroutine,
                                           const SourceManager &SM) {
  SourceLocation Loc = SM.getExpansionLoc(Wait.Var ? Wait.Var->getLocation()
                                                   : Wait.Site->getBeginLoc());
  // Once per place, whatever the number of instantiations.
  std::string Key =
      (llvm::Twine("destructor:") + llvm::Twine(Loc.getRawEncoding())).str();
  if (!Reported.insert(Key).second)
    return;
  llvm::StringRef Category = categoryName(Wait.Match.Entry->Category);
  if (Wait.Var) {
    diag(Loc, "destructor of '%0' %select{joins its thread|waits for its "
              "'std::async' task|flushes and closes its file}1 (%2) at the "
              "end of its scope in %3 and stalls every coroutine on its event "
              "loop")
        << Wait.Var->getName() << static_cast<unsigned>(Wait.Kind) << Category
        << CoroutineModel::describe(Coroutine);
    diag(SM.getExpansionLoc(Wait.ScopeEnd), "'%0' is destroyed here",
         DiagnosticIDs::Note)
        << Wait.Var->getName();
  } else {
    diag(Loc, "the future returned by 'std::async' is discarded, and its "
              "destructor waits for the task (%0) in %1 and stalls every "
              "coroutine on its event loop")
        << Category << CoroutineModel::describe(Coroutine);
  }
  const LibraryNotes &Library =
      libraryNotesFor(CoroutineModel::typeName(Coroutine.getReturnType()));
  diag(Loc, "%0", DiagnosticIDs::Note) << noteText(*Wait.Match.Entry, Library);
}

void BlockingCallCheck::noteChain(const BlockingPath &Path,
                                  const FunctionDecl &Coroutine,
                                  const SourceManager &SM, SourceLocation Loc) {
  noteCallChain(*this, Path, SM);
  // ...then the alternative, in the words of the coroutine's own library, at
  // the blocking call (or at the warning when the chain has one link).
  const LibraryNotes &Library =
      libraryNotesFor(CoroutineModel::typeName(Coroutine.getReturnType()));
  diag(Path.Steps.size() == 1 ? Loc : callLocation(*Path.Steps.back().Site, SM),
       "%0", DiagnosticIDs::Note)
      << noteText(Path.Match, Library);
}

} // namespace corolint
