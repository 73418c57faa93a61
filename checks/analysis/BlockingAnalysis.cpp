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
    : Catalog(Catalog), Ctx(Ctx),
      Graph([this](const Expr &Call,
                   const FunctionDecl &Owner) { return classify(Call, Owner); },
            [this](const FunctionDecl &Owner) { return implicitWait(Owner); }),
      Twins(std::move(Twins)) {
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
                                                          Follow How) {
  if (std::optional<BlockingMatch> Match = matchCall(Call))
    return BlockingPath{{{&Call, calledFunction(Call)}}, std::move(*Match)};
  const FunctionDecl *Helper = helperDefinition(Call);
  if (!Helper)
    return std::nullopt;
  if (How == Follow::No)
    return BlockingPath{{{&Call, Helper}}, {nullptr, ""}};
  unsigned Node = Graph.node(*Helper);
  if (!summary(Node).Dist)
    return std::nullopt;
  return chainFrom(CallStep{&Call, Helper}, Node);
}

std::optional<HelperGraph::Call> BlockingAnalysis::classify(const Expr &Call,
                                                            const FunctionDecl &Owner) {
  using Kind = HelperGraph::CallKind;
  llvm::SaveAndRestore<const Stmt *> InScope(Scope, Owner.getBody());
  if (std::optional<BlockingPath> Step = pathThrough(Call, Follow::No)) {
    const CallStep &S = Step->Steps.front();
    if (!Step->Match.Entry)
      return HelperGraph::Call{S.Site, S.Callee, Kind::Helper, 0, std::nullopt};
    return HelperGraph::Call{S.Site, S.Callee, Kind::Blocking, 0,
                             std::move(Step->Match)};
  }
  if (const FunctionDecl *Callee = externalCallee(Call))
    return HelperGraph::Call{&Call, Callee, Kind::External, 0, std::nullopt};
  return std::nullopt;
}

std::optional<HelperGraph::Call> BlockingAnalysis::implicitWait(const FunctionDecl &Owner) {
  std::optional<BlockingPath> Wait = implicitWaitPath(Owner, Catalog, Ctx);
  if (!Wait || Wait->Steps.empty())
    return std::nullopt;
  const CallStep &S = Wait->Steps.front();
  return HelperGraph::Call{S.Site, S.Callee, HelperGraph::CallKind::Blocking, 0,
                           std::move(Wait->Match)};
}

const HelperGraph::Way &BlockingAnalysis::summary(unsigned Node) {
  using Kind = HelperGraph::CallKind;
  Graph.visitBottomUp(Node, HelperGraph::BlockingPass, [&](llvm::ArrayRef<unsigned> SCC) {
    Solutions.resize(Graph.size());
    // Each member's best way out: a blocking call, or a helper of an SCC
    // solved before; then the ways through the other members.
    std::vector<HelperGraph::Way> Best(SCC.size());
    for (unsigned I = 0; I < SCC.size(); ++I) {
      llvm::ArrayRef<HelperGraph::Call> Calls = Graph.calls(SCC[I]);
      for (unsigned C = 0; C < Calls.size(); ++C) {
        unsigned Dist = 0;
        if (Calls[C].Kind == Kind::Blocking)
          Dist = 1;
        else if (Calls[C].Kind == Kind::Helper &&
                 Graph.solved(Calls[C].Target, HelperGraph::BlockingPass) &&
                 Solutions[Calls[C].Target].Way.Dist)
          Dist = Solutions[Calls[C].Target].Way.Dist + 1;
        if (Dist && (!Best[I].Dist || Dist < Best[I].Dist))
          Best[I] = {Dist, C};
      }
    }
    Graph.shortestWithin(SCC, Best);
    // The chains' last two steps, in increasing distance: each member's
    // chosen callee is settled before it.
    std::vector<unsigned> Order;
    for (unsigned I = 0; I < SCC.size(); ++I)
      if (Best[I].Dist)
        Order.push_back(I);
    llvm::sort(Order, [&](unsigned A, unsigned B) { return Best[A].Dist < Best[B].Dist; });
    for (unsigned I : Order) {
      Solution &S = Solutions[SCC[I]];
      S.Way = Best[I];
      const HelperGraph::Call &C = Graph.calls(SCC[I])[S.Way.Call];
      if (C.Kind == Kind::Blocking) {
        S.Last = SCC[I];
        S.PreLast = NoNode;
      } else {
        const Solution &Next = Solutions[C.Target];
        S.Last = Next.Last;
        S.PreLast = Next.PreLast == NoNode ? SCC[I] : Next.PreLast;
      }
    }
  });
  Solutions.resize(Graph.size());
  return Solutions[Node].Way;
}

BlockingPath BlockingAnalysis::chainFrom(std::optional<CallStep> Prefix,
                                         unsigned Node) {
  const Solution &From = Solutions[Node];
  BlockingPath Path;
  if (Prefix)
    Path.Steps.push_back(*Prefix);
  uint64_t Total = Path.Steps.size() + From.Way.Dist;
  bool Whole = Total <= KeptHeadSteps + KeptTailSteps;
  auto Chosen = [&](unsigned N) -> const HelperGraph::Call & {
    return Graph.calls(N)[Solutions[N].Way.Call];
  };
  for (unsigned N = Node; Path.Steps.size() < (Whole ? Total : KeptHeadSteps);) {
    const HelperGraph::Call &C = Chosen(N);
    Path.Steps.push_back({C.Site, C.Callee});
    if (C.Kind == HelperGraph::CallKind::Blocking) {
      Path.Match = *C.Match;
      break;
    }
    N = C.Target;
  }
  if (!Whole) {
    const HelperGraph::Call &Into = Chosen(From.PreLast), &Blocking = Chosen(From.Last);
    Path.Steps.push_back({Into.Site, Into.Callee});
    Path.Steps.push_back({Blocking.Site, Blocking.Callee});
    Path.Match = *Blocking.Match;
    Path.Elided = Total - Path.Steps.size();
  }
  return Path;
}

const BlockingPath *BlockingAnalysis::blockingPathOf(const FunctionDecl &FD) {
  auto [It, Inserted] = Paths.try_emplace(&FD, nullptr);
  if (Inserted) {
    unsigned Node = Graph.node(FD);
    if (summary(Node).Dist)
      It->second = std::make_unique<BlockingPath>(chainFrom(std::nullopt, Node));
  }
  return It->second.get();
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
        if (std::optional<BlockingPath> Path = pathThrough(Call))
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
          if (std::optional<BlockingPath> Path = pathThrough(*Call)) {
            Report(Point, *Path);
            return;
          }
      });
}

} // namespace corolint
