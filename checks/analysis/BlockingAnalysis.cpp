//===--- BlockingAnalysis.cpp - blocking calls, direct or via helpers -----===//

#include "BlockingAnalysis.h"
#include "Annotations.h"
#include "Awaiters.h"
#include "CalleeNames.h"
#include "ExecutedCode.h"
#include "ImplicitWaits.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/Support/SaveAndRestore.h"

using namespace clang;

namespace corolint {

BlockingAnalysis::BlockingAnalysis(const BlockingCatalog &Catalog,
                                   ASTContext &Ctx,
                                   llvm::ArrayRef<std::string> TrustedNamespaces,
                                   std::unique_ptr<AsyncTwinFinder> Twins)
    : Catalog(Catalog), Ctx(Ctx), Twins(std::move(Twins)) {
  for (const std::string &NS : TrustedNamespaces)
    Trusted.insert(NS);
}

std::string BlockingAnalysis::displayName(const FunctionDecl &FD) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&FD);
      Method && Method->getParent()->isLambda())
    return "lambda";
  return canonicalFunctionName(FD);
}

/// Whether \p D is declared inside a trusted namespace (or one nested in it).
static bool inTrustedNamespace(const Decl &D, const llvm::StringSet<> &Trusted) {
  for (const DeclContext *DC = D.getDeclContext(); DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC);
        NS && !NS->isAnonymousNamespace() &&
        Trusted.contains(NS->getQualifiedNameAsString()))
      return true;
  return false;
}

/// Not virtual (unless final), not in a system header, a trusted namespace
/// or AllowedFunctions, not annotated non-blocking (Annotations.h), and not
/// catalogued (its rows say when it blocks).
bool BlockingAnalysis::followable(const FunctionDecl &FD) const {
  if (annotationOf(FD) == Annotation::NonBlocking)
    return false;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&FD))
    if (Method->isVirtual() && !Method->hasAttr<FinalAttr>() &&
        !Method->getParent()->hasAttr<FinalAttr>())
      return false;
  if (Ctx.getSourceManager().isInSystemHeader(FD.getLocation()))
    return false;
  if (inTrustedNamespace(FD, Trusted))
    return false;
  std::string Name = canonicalFunctionName(FD);
  return !Catalog.isAllowed(Name) && !Catalog.isCatalogued(Name);
}

const FunctionDecl *BlockingAnalysis::helperDefinition(const Expr &Call) const {
  const FunctionDecl *Callee = calledFunction(Call);
  const FunctionDecl *Def = nullptr;
  if (!Callee || !Callee->hasBody(Def) || !Def)
    return nullptr;
  if (isa<CoroutineBodyStmt>(Def->getBody()))
    return nullptr;
  return followable(*Def) ? Def : nullptr;
}

const FunctionDecl *BlockingAnalysis::externalCallee(const Expr &Call) const {
  const FunctionDecl *Callee = calledFunction(Call);
  if (!Callee || Callee->hasBody() || Callee->isDeleted() ||
      Callee->getBuiltinID())
    return nullptr;
  return followable(*Callee) ? Callee : nullptr;
}

// --- Matching one call: the catalogue, the async-twin rule (AsyncTwins.h),
// non-blocking descriptors (NonBlockingDescriptors.h). Whatever the callee's
// namespace: TrustedNamespaces only stops the helper walk below.
std::optional<BlockingMatch> BlockingAnalysis::matchCall(const Expr &Call) {
  std::optional<BlockingMatch> Match = Catalog.match(Call, Ctx);
  // A catalogue row wins: one finding per call. A catalogued callee in its
  // non-blocking form (drogon's findBy(criteria, onRows, onError), Qt's
  // waitForReadyRead(0)) is not judged again by its name: its rows say when
  // it blocks.
  if (!Match && Twins) {
    Match = Twins->match(Call);
    if (Match && (Catalog.isAllowed(Match->CalleeName) ||
                  Catalog.isCatalogued(Match->CalleeName)))
      Match.reset();
  }
  if (Match && Scope && NonBlocking.exempts(Call, *Match, *Scope))
    return std::nullopt;
  return Match;
}

std::optional<BlockingPath> BlockingAnalysis::pathThrough(const Expr &Call,
                                                          unsigned Depth) {
  if (std::optional<BlockingMatch> Match = matchCall(Call))
    return BlockingPath{{{&Call, calledFunction(Call)}}, std::move(*Match)};
  if (Depth >= MaxHelperDepth)
    return std::nullopt;
  const FunctionDecl *Helper = helperDefinition(Call);
  if (!Helper)
    return std::nullopt;
  const BlockingPath *Inner = summary(*Helper, Depth + 1);
  if (!Inner)
    return std::nullopt;
  BlockingPath Path{{{&Call, Helper}}, Inner->Match};
  Path.Steps.append(Inner->Steps.begin(), Inner->Steps.end());
  return Path;
}

const BlockingPath *BlockingAnalysis::summary(const FunctionDecl &FD,
                                              unsigned Depth) {
  auto [It, Inserted] = Summaries.try_emplace(&FD, nullptr);
  if (!Inserted)
    return It->second.get();
  llvm::SaveAndRestore<const Stmt *> InScope(Scope, FD.getBody());
  std::unique_ptr<BlockingPath> Found;
  auto Consider = [&](const Expr &Call) {
    if (Found)
      return;
    if (std::optional<BlockingPath> Path = pathThrough(Call, Depth))
      Found = std::make_unique<BlockingPath>(std::move(*Path));
  };
  // A constructor also executes its member and base initializers.
  forEachExecutedCallIn(FD, Consider);
  // Destructors that wait at the end of a local's scope (ImplicitWaits.h).
  if (!Found)
    if (std::optional<BlockingPath> Wait = implicitWaitPath(FD, Catalog, Ctx))
      Found = std::make_unique<BlockingPath>(std::move(*Wait));
  // Re-find: the map may have grown while summarising callees.
  std::unique_ptr<BlockingPath> &Slot = Summaries[&FD];
  Slot = std::move(Found);
  return Slot.get();
}

void BlockingAnalysis::forEachBlockingCall(
    const Stmt &Body, llvm::function_ref<void(const BlockingPath &)> Report,
    const ExecutorModel *Executors,
    llvm::function_ref<void(const Expr &)> Tolerated) {
  llvm::SaveAndRestore<const Stmt *> InScope(Scope, &Body);
  std::optional<ToleranceTracker> Tracker;
  if (Executors)
    Tracker.emplace(*Executors, Body, Ctx.getSourceManager());
  forEachExecutedCall(
      Body,
      [&](const Expr &Call) {
        if (Tracker && Tracker->tolerates(Call)) {
          if (Tolerated)
            Tolerated(Call);
          return;
        }
        if (std::optional<BlockingPath> Path = pathThrough(Call, 0))
          Report(*Path);
      },
      [&](const Stmt &Suspension) {
        if (Tracker)
          Tracker->suspended(Suspension);
      });
}

// --- Awaiters -------------------------------------------------------------

void BlockingAnalysis::forEachBlockingSuspension(
    const Stmt &Body,
    llvm::function_ref<void(const Stmt &, const BlockingPath &)> Report) {
  llvm::SaveAndRestore<const Stmt *> InScope(Scope, &Body);
  forEachExecutedCall(
      Body, [](const Expr &) {},
      [&](const Stmt &Point) {
        for (const Expr *Call : suspensionCalls(Point))
          if (std::optional<BlockingPath> Path = pathThrough(*Call, 0)) {
            Report(Point, *Path);
            return;
          }
      });
}

} // namespace corolint
