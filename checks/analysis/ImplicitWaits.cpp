//===--- ImplicitWaits.cpp - destructors that wait ------------------------===//
//
// Two walks of one body: the first finds the candidate locals (and the
// discarded std::async futures) with the end of their scope; the second
// looks at every use of the candidates and drops those a use settles.
//
//===----------------------------------------------------------------------===//

#include "ImplicitWaits.h"
#include "CalleeNames.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/MapVector.h"

using namespace clang;

namespace corolint {

namespace {

/// Whether \p Call is `std::async` with a policy that starts a thread.
bool launchesThread(const CallExpr &Call, ASTContext &Ctx) {
  const FunctionDecl *FD = Call.getDirectCallee();
  if (!FD || !FD->isInStdNamespace() || !FD->getIdentifier() ||
      FD->getName() != "async")
    return false;
  if (FD->getNumParams() == 0 || Call.getNumArgs() == 0)
    return false;
  const auto *Policy = FD->getParamDecl(0)->getType().getNonReferenceType()->getAs<EnumType>();
  if (!Policy || Policy->getDecl()->getName() != "launch")
    return true; // the default policy, async | deferred: a thread
  const Expr *Arg = Call.getArg(0);
  Expr::EvalResult R;
  if (Arg->isValueDependent() || !Arg->EvaluateAsInt(R, Ctx))
    return false; // unknown policy: prefer silence
  for (const EnumConstantDecl *Enumerator : Policy->getDecl()->enumerators())
    if (Enumerator->getName() == "async")
      return (R.Val.getInt() & Enumerator->getInitVal()) != 0;
  return false;
}

/// The std::async call \p E is, through implicit nodes, if it starts a thread.
const CallExpr *asyncCall(const Expr *E, ASTContext &Ctx) {
  const auto *Call = dyn_cast_or_null<CallExpr>(ignoreWrappers(E));
  return Call && launchesThread(*Call, Ctx) ? Call : nullptr;
}

struct Candidate {
  WaitKind Kind;
  const VarDecl *Var;
  SourceLocation ScopeEnd;
  /// Whether the local owns a thread or an open file for all we know.
  bool Owns = true;
  /// A use settles it: moved from, detached, joined, closed...
  bool Settled = false;
};

/// The kind of wait a local of \p Var's type and initializer does.
std::optional<WaitKind> waitKindOf(const VarDecl &Var, ASTContext &Ctx) {
  if (!Var.hasLocalStorage() || isa<ParmVarDecl>(Var) ||
      Var.getType()->isReferenceType() || Var.getType()->isDependentType())
    return std::nullopt;
  const CXXRecordDecl *Record = Var.getType()->getAsCXXRecordDecl();
  if (!Record || !Record->isInStdNamespace())
    return std::nullopt;
  std::string Name = canonicalRecordName(*Record);
  if (Name == "std::jthread")
    return WaitKind::Join;
  if (Name == "std::basic_ofstream" || Name == "std::basic_fstream")
    return WaitKind::File;
  if (Name == "std::future" && asyncCall(Var.getInit(), Ctx))
    return WaitKind::Task;
  return std::nullopt;
}

/// Whether a local owns a thread or an open file from its initialisation,
/// for a wait its destructor must report: a jthread unless default-
/// constructed; a stream only if it comes from elsewhere (moved in, or
/// returned by a call), since a stream the function opens itself (its
/// constructor with a file name) is reported at that call.
bool ownsInitially(WaitKind Kind, const VarDecl &Var) {
  const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(
      Var.getInit() ? Var.getInit()->IgnoreImplicit() : nullptr);
  switch (Kind) {
  case WaitKind::Task:
    return true;
  case WaitKind::Join:
    return !Construct || Construct->getNumArgs() != 0;
  case WaitKind::File:
    return !Construct || Construct->getConstructor()->isCopyOrMoveConstructor();
  }
  return true;
}

/// Finds the candidates and discarded futures of one body, outside lambdas
/// and local classes, with the statement whose end ends each scope.
class CandidateFinder : public RecursiveASTVisitor<CandidateFinder> {
  using Base = RecursiveASTVisitor<CandidateFinder>;

public:
  explicit CandidateFinder(ASTContext &Ctx) : Ctx(Ctx) {}

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitImplicitCode() const { return false; }

  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  bool TraverseFunctionDecl(FunctionDecl *) { return true; }

#define SCOPE(CLASS)                                                           \
  bool Traverse##CLASS(CLASS *S) {                                             \
    Scopes.push_back(S);                                                       \
    bool Continue = Base::Traverse##CLASS(S);                                  \
    Scopes.pop_back();                                                         \
    return Continue;                                                           \
  }
  SCOPE(CompoundStmt)
  SCOPE(ForStmt)
  SCOPE(CXXForRangeStmt)
  SCOPE(IfStmt)
  SCOPE(WhileStmt)
  SCOPE(SwitchStmt)
  SCOPE(CXXCatchStmt)
#undef SCOPE

  bool VisitVarDecl(VarDecl *Var) {
    if (std::optional<WaitKind> Kind = waitKindOf(*Var, Ctx); Kind && !Scopes.empty()) {
      Candidate C{*Kind, Var, Scopes.back()->getEndLoc()};
      C.Owns = ownsInitially(*Kind, *Var);
      Candidates.insert({Var, C});
    }
    return true;
  }

  // Statements whose value is discarded.
  bool VisitCompoundStmt(CompoundStmt *S) {
    for (const Stmt *Child : S->body())
      discarded(Child);
    return true;
  }
  bool VisitIfStmt(IfStmt *S) {
    discarded(S->getThen());
    discarded(S->getElse());
    return true;
  }
  bool VisitForStmt(ForStmt *S) { return discarded(S->getBody()); }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *S) { return discarded(S->getBody()); }
  bool VisitWhileStmt(WhileStmt *S) { return discarded(S->getBody()); }
  bool VisitDoStmt(DoStmt *S) { return discarded(S->getBody()); }
  bool VisitSwitchCase(SwitchCase *S) { return discarded(S->getSubStmt()); }
  bool VisitLabelStmt(LabelStmt *S) { return discarded(S->getSubStmt()); }

  llvm::MapVector<const VarDecl *, Candidate> Candidates;
  llvm::SmallVector<const CallExpr *, 2> Discarded;

private:
  bool discarded(const Stmt *S) {
    const auto *E = dyn_cast_or_null<Expr>(S);
    if (!E)
      return true;
    E = E->IgnoreParenImpCasts();
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E);
        Cast && Cast->getCastKind() == CK_ToVoid)
      E = Cast->getSubExpr();
    if (const CallExpr *Call = asyncCall(E, Ctx))
      Discarded.push_back(Call);
    return true;
  }

  ASTContext &Ctx;
  llvm::SmallVector<const Stmt *, 8> Scopes;
};

/// Looks at every use of the candidates in a body, lambdas included, and
/// records those that settle them.
class UseFinder : public RecursiveASTVisitor<UseFinder> {
public:
  explicit UseFinder(llvm::MapVector<const VarDecl *, Candidate> &Candidates)
      : Candidates(Candidates) {}

  bool shouldVisitTemplateInstantiations() const { return false; }

  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    Candidate *C = candidate(Call->getImplicitObjectArgument());
    const CXXMethodDecl *Method = Call->getMethodDecl();
    if (!C || !Method || !Method->getIdentifier())
      return true;
    llvm::StringRef Name = Method->getName();
    switch (C->Kind) {
    case WaitKind::Join:
      C->Settled |= Name == "detach" || Name == "join" || Name == "swap";
      break;
    case WaitKind::Task:
      C->Settled |= Name == "get" || Name == "wait" || Name == "share";
      break;
    case WaitKind::File: // open() is a reported call, as the constructor
      C->Settled |= Name == "close" || Name == "swap" || Name == "open";
      break;
    }
    return true;
  }

  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Call) {
    if (Call->getOperator() != OO_Equal || Call->getNumArgs() != 2)
      return true;
    if (Candidate *C = candidate(Call->getArg(0))) {
      C->Owns = true;
      C->Settled |= C->Kind == WaitKind::Task; // a future from elsewhere
    }
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD || !FD->isInStdNamespace() || !FD->getIdentifier() ||
        !llvm::is_contained({"move", "forward", "swap", "exchange"}, FD->getName()))
      return true;
    for (const Expr *Arg : Call->arguments())
      settle(Arg);
    return true;
  }

  bool VisitExplicitCastExpr(ExplicitCastExpr *Cast) {
    if (Cast->getTypeAsWritten()->isRValueReferenceType())
      settle(Cast->getSubExpr());
    return true;
  }

  bool VisitReturnStmt(ReturnStmt *S) { return settle(S->getRetValue()); }
  bool VisitCoreturnStmt(CoreturnStmt *S) { return settle(S->getOperand()); }

  bool VisitUnaryOperator(UnaryOperator *Op) {
    return Op->getOpcode() == UO_AddrOf ? settle(Op->getSubExpr()) : true;
  }

  bool VisitVarDecl(VarDecl *Var) {
    return Var->getType()->isReferenceType() ? settle(Var->getInit()) : true;
  }

private:
  Candidate *candidate(const Expr *E) {
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(ignoreWrappers(E));
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    auto It = Var ? Candidates.find(Var) : Candidates.end();
    return It == Candidates.end() ? nullptr : &It->second;
  }
  bool settle(const Expr *E) {
    if (Candidate *C = candidate(E))
      C->Settled = true;
    return true;
  }

  llvm::MapVector<const VarDecl *, Candidate> &Candidates;
};

/// The destructor's catalogue name: "std::jthread::~jthread".
std::string destructorName(const CXXRecordDecl &Record) {
  return canonicalRecordName(Record) + "::~" + Record.getNameAsString();
}

const CXXDestructorDecl *destructorOf(QualType T) {
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  return Record ? Record->getDestructor() : nullptr;
}

/// The wait, if the catalogue enables the destructor's row.
std::optional<ImplicitWait> makeWait(WaitKind Kind, const VarDecl *Var,
                                     const Expr &Site, QualType Type,
                                     SourceLocation ScopeEnd,
                                     const BlockingCatalog &Catalog) {
  const CXXDestructorDecl *Destructor = destructorOf(Type);
  if (!Destructor)
    return std::nullopt;
  std::string Name = destructorName(*Destructor->getParent());
  const BlockingEntry *Entry = Catalog.entryNamed(Name);
  if (!Entry)
    return std::nullopt;
  return ImplicitWait{Kind, Var, &Site, Destructor, ScopeEnd,
                      BlockingMatch{Entry, std::move(Name)}};
}

} // namespace

void forEachImplicitWait(const Stmt &Body, const BlockingCatalog &Catalog,
                         ASTContext &Ctx,
                         llvm::function_ref<void(const ImplicitWait &)> Report) {
  CandidateFinder Finder(Ctx);
  Finder.TraverseStmt(const_cast<Stmt *>(&Body));
  if (Finder.Candidates.empty() && Finder.Discarded.empty())
    return;
  UseFinder(Finder.Candidates).TraverseStmt(const_cast<Stmt *>(&Body));

  llvm::SmallVector<ImplicitWait, 4> Waits;
  for (const auto &[Var, C] : Finder.Candidates)
    if (C.Owns && !C.Settled && Var->getInit())
      if (auto Wait = makeWait(C.Kind, Var, *Var->getInit(), Var->getType(),
                               C.ScopeEnd, Catalog))
        Waits.push_back(std::move(*Wait));
  for (const CallExpr *Call : Finder.Discarded)
    if (auto Wait = makeWait(WaitKind::Task, nullptr, *Call, Call->getType(), {},
                             Catalog))
      Waits.push_back(std::move(*Wait));
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::sort(Waits, [&](const ImplicitWait &A, const ImplicitWait &B) {
    return SM.isBeforeInTranslationUnit(A.Site->getBeginLoc(), B.Site->getBeginLoc());
  });
  for (const ImplicitWait &Wait : Waits)
    Report(Wait);
}

std::optional<BlockingPath> implicitWaitPath(const FunctionDecl &FD,
                                             const BlockingCatalog &Catalog,
                                             ASTContext &Ctx) {
  const Stmt *Body = FD.getBody();
  if (!Body)
    return std::nullopt;
  std::optional<BlockingPath> First;
  forEachImplicitWait(*Body, Catalog, Ctx, [&](const ImplicitWait &Wait) {
    if (!First)
      First = BlockingPath{{{Wait.Site, Wait.Destructor}}, Wait.Match};
  });
  return First;
}

} // namespace corolint
