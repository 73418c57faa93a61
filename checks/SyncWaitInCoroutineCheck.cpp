//===--- SyncWaitInCoroutineCheck.cpp - coro-sync-wait-in-coroutine -------===//
//
// The built-in bridges are rows of checks/catalogue/ (COROLINT_BRIDGE). To
// add a bridge, add a row there; users add theirs with the
// SyncWaitFunctions option. The second table
// lists the names that make an uncatalogued function look like a bridge;
// users add theirs with the BridgeNames option.
//
//===----------------------------------------------------------------------===//

#include "SyncWaitInCoroutineCheck.h"
#include "analysis/Annotations.h"
#include "analysis/ChainNotes.h"
#include "analysis/CalleeNames.h"
#include "analysis/ExecutedCode.h"
#include "analysis/FunctionMatchers.h"
#include "analysis/LibraryNotes.h"
#include "analysis/NameLists.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"
#include <set>

using namespace clang;
using namespace clang::ast_matchers;

namespace corolint {

namespace {
using F = BridgeForm;
// The built-in rows: checks/catalogue/, one table per ecosystem.
const SyncBridge Builtin[] = {
#define COROLINT_BRIDGE_ALT(NAME, FORM, ALTERNATIVE) {NAME, F::FORM, ALTERNATIVE},
#include "catalogue/Catalogue.def"
};

// Unqualified names of functions that look like a bridge when they take an
// awaitable (any namespace, member functions included).
const llvm::StringLiteral BuiltinBridgeNames[] = {
    "sync_wait",
    "syncAwait",
    "blockingWait",
    "blocking_wait",
    "block_on",
    "run_sync",
    "wait_sync",
};

llvm::StringRef noteFor(BridgeForm Form) {
  switch (Form) {
  case F::Awaitable:
    return "'co_await' the awaitable instead; it suspends only this coroutine";
  case F::Sender:
    return "'co_await' the sender instead (from a coroutine type that awaits "
           "senders); it yields the value itself, not an optional";
  case F::Member:
    return "'co_await' the result instead of blocking on it";
  case F::EventLoop:
    return "this coroutine already runs on an event loop; hand the work to it "
           "(e.g. 'asio::co_spawn') and 'co_await' it instead of running a "
           "nested loop";
  }
  return "";
}
/// The note under a direct bridge call: without a fix-it, an awaitable or
/// event-loop bridge is told the coroutine's own library's way to await
/// (LibraryNotes.h); otherwise the form's note.
std::string bridgeNote(BridgeForm Form, bool HasFix, const FunctionDecl &Coroutine) {
  const LibraryNotes &Lib =
      libraryNotesFor(CoroutineModel::typeName(Coroutine.getReturnType()));
  if (!HasFix && !Lib.Await.empty()) {
    if (Form == F::Awaitable)
      return (Lib.Await + " instead; it suspends only this coroutine").str();
    if (Form == F::EventLoop)
      return ("this coroutine already runs on an event loop; hand the work to "
              "it instead of running a nested loop: " + Lib.Await).str();
  }
  return noteFor(Form).str();
}
} // namespace

llvm::ArrayRef<SyncBridge> SyncWaitInCoroutineCheck::builtinBridges() {
  return Builtin;
}

llvm::ArrayRef<llvm::StringLiteral> SyncWaitInCoroutineCheck::builtinBridgeNames() {
  return BuiltinBridgeNames;
}

SyncWaitInCoroutineCheck::SyncWaitInCoroutineCheck(StringRef Name,
                                                   tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Model(Options), Awaitables(Options),
      SyncWaitFunctionsOption(Options.get("SyncWaitFunctions", "")),
      BridgeNamesOption(Options.get("BridgeNames", "")),
      CatalogueFiles(*this, Name, *Context, Options), TraversalScope(*Context) {
  for (llvm::StringRef BridgeName : BuiltinBridgeNames)
    BridgeLikeNames.insert(BridgeName);
  for (const std::string &Item : splitList(BridgeNamesOption)) {
    if (isQualifiedName(Item) && !llvm::StringRef(Item).contains("::"))
      BridgeLikeNames.insert(Item);
    else
      configurationDiag("invalid name '%0' in option '%1.BridgeNames'; "
                        "expected an unqualified function name such as "
                        "'block_on'",
                        DiagnosticIDs::Error)
          << Item << Name;
  }
  for (const SyncBridge &Bridge : Builtin)
    Bridges[Bridge.Name] = &Bridge;
  for (const SyncBridge *Bridge : CatalogueFiles.bridges()) // after the rows
    Bridges.try_emplace(Bridge->Name, Bridge);
  // The form of a user bridge is decided at the call: a member call gets a
  // note, a function call with an awaitable argument a fix-it.
  UserNames = parseNameList(*this, Name, "SyncWaitFunctions", SyncWaitFunctionsOption);
  for (const auto &Entry : UserNames) {
    UserBridges.push_back(
        std::make_unique<SyncBridge>(SyncBridge{Entry.getKey(), F::Awaitable}));
    Bridges[Entry.getKey()] = UserBridges.back().get();
  }
  Awaitables.reportConflicts(*this);
  // Helpers that reach a bridge: the engine's analysis over a catalogue of
  // the bridges alone. It does not follow calls into the bridges' libraries.
  std::vector<UserBlockingFunction> Entries;
  for (const auto &Entry : Bridges)
    Entries.push_back({Entry.getKey().str(), ""});
  std::set<std::string> Libraries; // top-level namespaces of the built-ins
  for (const SyncBridge &Bridge : Builtin)
    Libraries.insert(Bridge.Name.split("::").first.str());
  HelperCatalog = std::make_unique<BlockingCatalog>(
      Entries, std::vector<std::string>{}, std::vector{BlockingCategory::Custom});
  TrustedLibraries.assign(Libraries.begin(), Libraries.end());
}

void SyncWaitInCoroutineCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "SyncWaitFunctions", SyncWaitFunctionsOption);
  Options.store(Opts, "BridgeNames", BridgeNamesOption);
  CatalogueFiles.store(Options, Opts);
  Model.storeOptions(Options, Opts);
  Awaitables.storeOptions(Options, Opts);
}

void SyncWaitInCoroutineCheck::registerMatchers(MatchFinder *Finder) {
  registerFunctionMatchers(*Finder, *this, FunctionScope::Coroutines);
  TraversalScope.registerOn(*Finder);
}

void SyncWaitInCoroutineCheck::onEndOfTranslationUnit() {
  Analysis.reset();
  Seen.clear();
  Reported.clear();
}

void SyncWaitInCoroutineCheck::check(const MatchFinder::MatchResult &Result) {
  const FunctionDecl *Coroutine = matchedFunction(Result, Seen);
  if (!Coroutine || Model.classify(*Coroutine) != CoroutineKind::Async)
    return;
  const CoroutineBodyStmt *Body = CoroutineModel::coroutineBody(*Coroutine);
  forEachExecutedCall(*Body->getBody(), [&](const Expr &Call) {
    checkCall(Call, *Coroutine, *Body->getBody(), *Result.Context);
  });
  if (!Analysis)
    Analysis = std::make_unique<BlockingAnalysis>(*HelperCatalog, *Result.Context,
                                                  TrustedLibraries);
  Analysis->forEachBlockingCall(*Body->getBody(), [&](const BlockingPath &Path) {
    if (Path.Steps.size() > 1) // direct calls are checkCall's
      reportChain(Path, *Coroutine, *Result.SourceManager);
  });
}

/// Where a call is reported: the member name for member calls, else the
/// start of the expression; in macro expansions, the expansion site.
void SyncWaitInCoroutineCheck::reportChain(const BlockingPath &Path,
                                           const FunctionDecl &Coroutine,
                                           const SourceManager &SM) {
  SourceLocation Loc = callLocation(*Path.Steps.front().Site, SM);
  if (!Reported.insert(Loc.getRawEncoding()).second)
    return;
  diag(Loc, "call to '%0' in %1 reaches blocking bridge '%2', which blocks the "
            "thread that should drive the awaited work; the coroutine "
            "deadlocks or stalls its event loop")
      << BlockingAnalysis::displayName(*Path.Steps.front().Callee)
      << CoroutineModel::describe(Coroutine) << Path.Match.CalleeName;
  noteCallChain(*this, Path, SM);
  auto It = Bridges.find(Path.Match.CalleeName);
  BridgeForm Form = It == Bridges.end() ? F::Awaitable : It->second->Form;
  diag(callLocation(*Path.Steps.back().Site, SM),
       Form == F::EventLoop
           ? noteFor(Form)
           : "make the helper a coroutine and 'co_await' the work instead",
       DiagnosticIDs::Note);
}

/// The names a call may be catalogued under: the callee's (CalleeNames.h),
/// the name it was called by through a using-declaration, and for a call of
/// a function object (stdexec::sync_wait), the object's name.
static llvm::SmallVector<std::string, 4> bridgeNames(const Expr &Call,
                                                     const FunctionDecl &Callee) {
  llvm::SmallVector<std::string, 4> Names = lookupNames(Call, Callee);
  const Expr *Named = nullptr;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call)) {
    if (Op->getOperator() == OO_Call && Op->getNumArgs() > 0)
      Named = Op->getArg(0);
  } else if (const auto *Plain = dyn_cast<CallExpr>(&Call)) {
    Named = Plain->getCallee();
  }
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(
          Named ? Named->IgnoreParenImpCasts() : nullptr)) {
    Names.push_back(Ref->getFoundDecl()->getQualifiedNameAsString());
    Names.push_back(Ref->getDecl()->getQualifiedNameAsString());
  }
  return Names;
}

/// The arguments written in the call (no object of an operator() call, no
/// default arguments).
static llvm::SmallVector<const Expr *, 2> writtenArguments(const Expr &Call) {
  llvm::SmallVector<const Expr *, 2> Args;
  const auto *C = dyn_cast<CallExpr>(&Call);
  if (!C)
    return Args;
  unsigned First = isa<CXXOperatorCallExpr>(C) ? 1 : 0;
  for (unsigned I = First; I < C->getNumArgs(); ++I)
    if (!isa<CXXDefaultArgExpr>(C->getArg(I)))
      Args.push_back(C->getArg(I));
  return Args;
}

namespace {
/// The statements enclosing \p Target, outermost first, found by a walk of
/// one function body (rather than the translation unit's parent map).
class Ancestors : public RecursiveASTVisitor<Ancestors> {
public:
  Ancestors(const Stmt &Body, const Stmt &Target) : Target(&Target) {
    TraverseStmt(const_cast<Stmt *>(&Body));
  }
  bool dataTraverseStmtPre(Stmt *S) {
    if (Found)
      return false;
    if (S == Target) {
      Found = true;
      return false;
    }
    Stack.push_back(S);
    return true;
  }
  bool dataTraverseStmtPost(Stmt *) {
    if (!Found)
      Stack.pop_back();
    return true;
  }

  bool Found = false;
  llvm::SmallVector<const Stmt *, 16> Stack; ///< valid when Found

private:
  const Stmt *Target;
};

/// Where `co_await <operand>` can replace a bridge call: only in the
/// coroutine's own body (not in a lambda invoked in place there), with
/// parentheses when the call is the object of a postfix operator
/// (`.value`, `[i]`, `()`).
struct AwaitPlace {
  bool Possible = false;
  bool NeedsParens = false;
};
AwaitPlace awaitPlace(const Expr &Call, const Stmt &Body) {
  Ancestors A(Body, Call);
  AwaitPlace Place;
  if (!A.Found || llvm::any_of(A.Stack, [](const Stmt *S) { return isa<LambdaExpr>(S); }))
    return Place;
  Place.Possible = true;
  for (const Stmt *Parent : llvm::reverse(A.Stack)) {
    if (isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr>(Parent))
      continue;
    if (const auto *Unary = dyn_cast<UnaryOperator>(Parent))
      Place.NeedsParens = Unary->isPostfix();
    else
      Place.NeedsParens = isa<MemberExpr, ArraySubscriptExpr, CallExpr>(Parent) &&
                          !isa<CXXOperatorCallExpr>(Parent);
    break;
  }
  return Place;
}
} // namespace

namespace {
/// Whether a `co_await` that ends before \p Call, in one coroutine body,
/// names \p Var in its operand (`co_await future`,
/// `co_await qCoro(future).waitForFinished()`): the awaited work is then
/// complete, and a member bridge on it returns at once.
class AwaitedBefore : public RecursiveASTVisitor<AwaitedBefore> {
public:
  AwaitedBefore(const VarDecl &Var, const Expr &Call, const SourceManager &SM)
      : Var(&Var), Call(&Call), SM(SM) {}
  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    if (SM.isBeforeInTranslationUnit(Await->getEndLoc(), Call->getBeginLoc()) &&
        mentions(Await->getOperand()))
      Found = true;
    return !Found;
  }
  bool Found = false;

private:
  bool mentions(const Stmt *S) const {
    if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(S); Ref && Ref->getDecl() == Var)
      return true;
    return S && llvm::any_of(S->children(), [&](const Stmt *C) { return mentions(C); });
  }
  const VarDecl *Var;
  const Expr *Call;
  const SourceManager &SM;
};

/// Members that test whether a result is ready without waiting (QFuture's).
const llvm::StringLiteral ReadinessMembers[] = {"isFinished", "isResultReadyAt"};

/// The variable a member call is made on, or null.
const VarDecl *objectVariable(const Expr &Call) {
  const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
  const auto *Ref = Member ? dyn_cast_or_null<DeclRefExpr>(
                                 ignoreWrappers(Member->getImplicitObjectArgument()))
                           : nullptr;
  return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
}

/// Whether \p Cond, or one of its `&&` conjuncts, asks \p Var whether it is
/// ready (`future.isFinished()`).
bool testsReadiness(const Expr *Cond, const VarDecl &Var) {
  Cond = Cond ? Cond->IgnoreParenImpCasts() : nullptr;
  if (const auto *And = dyn_cast_or_null<BinaryOperator>(Cond);
      And && And->getOpcode() == BO_LAnd)
    return testsReadiness(And->getLHS(), Var) || testsReadiness(And->getRHS(), Var);
  const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(Cond);
  const CXXMethodDecl *Method = Call ? Call->getMethodDecl() : nullptr;
  return Method && Method->getIdentifier() &&
         llvm::is_contained(ReadinessMembers, Method->getName()) &&
         objectVariable(*Call) == &Var;
}

/// A member bridge that returns at once: called on a variable the coroutine
/// has already awaited (QCoro: `co_await qCoro(future).waitForFinished();
/// future.results();`), or in the branch of an `if` or `?:` that tested the
/// variable's readiness (`if (future.isFinished()) return future.result();`).
bool onCompletedObject(const Expr &Call, const Stmt &Body, const SourceManager &SM) {
  const VarDecl *Var = objectVariable(Call);
  if (!Var)
    return false;
  AwaitedBefore Finder(*Var, Call, SM);
  Finder.TraverseStmt(const_cast<Stmt *>(&Body));
  if (Finder.Found)
    return true;
  Ancestors A(Body, Call);
  for (size_t I = 0; I < A.Stack.size(); ++I) {
    const Stmt *Inner = I + 1 < A.Stack.size() ? A.Stack[I + 1] : &Call;
    if (const auto *If = dyn_cast<IfStmt>(A.Stack[I]);
        If && If->getThen() == Inner && testsReadiness(If->getCond(), *Var))
      return true;
    if (const auto *Choice = dyn_cast<ConditionalOperator>(A.Stack[I]);
        Choice && Choice->getTrueExpr() == Inner && testsReadiness(Choice->getCond(), *Var))
      return true;
  }
  return false;
}
} // namespace

/// Replaces `bridge(operand)` with `co_await operand`, parenthesised where
/// precedence needs it.
static void addAwaitFix(DiagnosticBuilder &Diag, const Expr &Call, const Expr &Arg,
                        bool WrapAll, const ASTContext &Ctx) {
  bool WrapArg = isa<BinaryOperator, AbstractConditionalOperator>(Arg.IgnoreImplicit());
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  SourceLocation AfterArg = Lexer::getLocForEndOfToken(Arg.getEndLoc(), 0, SM, LO);
  SourceLocation AfterCall = Lexer::getLocForEndOfToken(Call.getEndLoc(), 0, SM, LO);
  std::string Head =
      std::string(WrapAll ? "(" : "") + "co_await " + (WrapArg ? "(" : "");
  std::string Tail = std::string(WrapArg ? ")" : "") + (WrapAll ? ")" : "");
  Diag << FixItHint::CreateReplacement(
              CharSourceRange::getCharRange(Call.getBeginLoc(), Arg.getBeginLoc()), Head)
       << FixItHint::CreateReplacement(CharSourceRange::getCharRange(AfterArg, AfterCall),
                                       Tail);
}

const Expr *SyncWaitInCoroutineCheck::unlistedBridgeArgument(
    const Expr &Call, const FunctionDecl &Callee, std::string &Name) const {
  // The name the function is called by: its own, or for a function object,
  // the variable's.
  const NamedDecl *Named = &Callee;
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call);
  if (Op && Op->getOperator() == OO_Call && Op->getNumArgs() > 0) {
    const auto *Ref = dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts());
    if (!Ref)
      return nullptr;
    Named = Ref->getDecl();
  }
  if (!Named->getIdentifier() || !BridgeLikeNames.contains(Named->getName()))
    return nullptr;
  // A coroutine, or a function returning an awaitable, hands the work back
  // to be awaited: it does not block.
  const FunctionDecl *Def = Callee.getDefinition();
  if (Def && isa_and_nonnull<CoroutineBodyStmt>(Def->getBody()))
    return nullptr;
  if (Awaitables.classify(Callee.getReturnType()).Kind != AwaitableKind::NotAwaitable)
    return nullptr;
  // The first argument whose parameter is awaitable (a template parameter
  // deduced from an awaitable argument has its type in the instantiation).
  const auto *C = dyn_cast<CallExpr>(&Call);
  if (!C)
    return nullptr;
  unsigned Offset = Op && isa<CXXMethodDecl>(Callee) ? 1 : 0;
  for (unsigned I = Offset; I < C->getNumArgs(); ++I) {
    const Expr *Arg = C->getArg(I);
    if (isa<CXXDefaultArgExpr>(Arg))
      continue;
    unsigned Param = I - Offset;
    QualType T = Param < Callee.getNumParams()
                     ? Callee.getParamDecl(Param)->getType()
                     : Arg->getType();
    if (Awaitables.classify(T).Kind != AwaitableKind::NotAwaitable) {
      Name = Named == &Callee ? BlockingAnalysis::displayName(Callee)
                              : Named->getQualifiedNameAsString();
      return Arg;
    }
  }
  return nullptr;
}

void SyncWaitInCoroutineCheck::checkCall(const Expr &Call,
                                         const FunctionDecl &Coroutine,
                                         const Stmt &Body, ASTContext &Ctx) {
  const FunctionDecl *Callee = calledFunction(Call);
  if (!Callee)
    return;
  // The user's word (Annotations.h): a function annotated non-blocking is
  // trusted; one annotated blocking is coro-blocking-call's, not a guess of
  // the unlisted-bridge rule.
  Annotation Annotated = annotationOf(*Callee);
  if (Annotated == Annotation::NonBlocking)
    return;
  const SyncBridge *Bridge = nullptr;
  std::string Name;
  for (std::string &Candidate : bridgeNames(Call, *Callee)) {
    auto It = Bridges.find(Candidate);
    if (It != Bridges.end()) {
      Bridge = It->second;
      Name = std::move(Candidate);
      break;
    }
  }
  // Not catalogued: an unlisted function that looks like a bridge.
  const Expr *Awaited = Bridge || Annotated != Annotation::None
                            ? nullptr
                            : unlistedBridgeArgument(Call, *Callee, Name);
  if (!Bridge && !Awaited)
    return;
  BridgeForm Form = Bridge ? Bridge->Form : F::Awaitable;
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  if ((Awaited || UserNames.contains(Name)) && Method && !Method->isStatic() &&
      !isa<CXXOperatorCallExpr>(Call))
    Form = F::Member;

  const SourceManager &SM = Ctx.getSourceManager();
  if (Form == F::Member && Bridge && onCompletedObject(Call, Body, SM))
    return;
  SourceLocation Loc = callLocation(Call, SM);
  // Once per place, whatever the number of instantiations that put the
  // call there.
  if (!Reported.insert(Loc.getRawEncoding()).second)
    return;

  bool HasFix = false;
  {
    auto Diag =
        Awaited
            ? diag(Loc, "call to '%0' in %1 looks like a blocking bridge: it "
                        "takes the awaitable '%2' and blocks until it "
                        "completes, stalling the event loop")
                  << Name << CoroutineModel::describe(Coroutine)
                  << Awaited->IgnoreImplicit()->getType().getNonReferenceType()
                         .getUnqualifiedType()
                         .getAsString(Ctx.getPrintingPolicy())
            : diag(Loc, "blocking bridge '%0' called in %1 blocks the thread "
                        "that should drive the awaited work; the coroutine "
                        "deadlocks or stalls its event loop")
                  << Name << CoroutineModel::describe(Coroutine);
    llvm::SmallVector<const Expr *, 2> Args = writtenArguments(Call);
    AwaitPlace Place;
    if (Form == F::Awaitable && Args.size() == 1 &&
        Awaitables.classify(Args[0]->getType()).Kind != AwaitableKind::NotAwaitable &&
        Call.getBeginLoc().isFileID() && Call.getEndLoc().isFileID() &&
        Args[0]->getBeginLoc().isFileID() && Args[0]->getEndLoc().isFileID()) {
      Place = awaitPlace(Call, Body);
    }
    if (Place.Possible)
      addAwaitFix(Diag, Call, *Args[0], Place.NeedsParens, Ctx);
    HasFix = Place.Possible;
  }
  diag(Loc, "%0", DiagnosticIDs::Note)
      << (Bridge && !Bridge->Alternative.empty()
              ? Bridge->Alternative.str()
              : bridgeNote(Form, HasFix, Coroutine));
}

} // namespace corolint
