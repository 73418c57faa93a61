//===--- UnawaitedTaskCheck.cpp - coro-unawaited-task ---------------------===//

#include "UnawaitedTaskCheck.h"
#include "analysis/BlockingAnalysis.h"
#include "analysis/CalleeNames.h"
#include "analysis/FunctionMatchers.h"
#include "analysis/NameLists.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace corolint {

// Functions that take a task over: whatever they return is not the task.
static constexpr llvm::StringLiteral DefaultHandOffFunctions =
    "asio::co_spawn;boost::asio::co_spawn;"
    "async_simple::coro::Lazy::start;async_simple::coro::Lazy::directlyStart;"
    "async_simple::coro::RescheduleLazy::start;"
    "async_simple::coro::RescheduleLazy::detach;"
    "cppcoro::async_scope::spawn;"
    "folly::coro::TaskWithExecutor::start;"
    "folly::coro::TaskWithExecutor::startInlineUnsafe;"
    "aio::create_task";

// Functions that wrap a lazy task in a future without starting it: the
// future starts the task when it is awaited or given an executor, so
// dropping it loses the task as surely as dropping the task.
static constexpr llvm::StringLiteral DeferredFutureFunctions[] = {
    "folly::coro::Task::semi",
};

UnawaitedTaskCheck::UnawaitedTaskCheck(StringRef Name,
                                       tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Model(Options), Awaitables(Options),
      HandOffFunctionsOption(Options.get("HandOffFunctions", DefaultHandOffFunctions)),
      IgnoredTypesOption(Options.get("IgnoredTypes", "")),
      HandOffFunctions(parseNameList(*this, Name, "HandOffFunctions", HandOffFunctionsOption)),
      IgnoredTypes(parseNameList(*this, Name, "IgnoredTypes", IgnoredTypesOption)),
      ReportDroppedRunningWork(Options.get("ReportDroppedRunningWork", false)),
      TraversalScope(*Context) {
  Awaitables.reportConflicts(*this);
}

void UnawaitedTaskCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "HandOffFunctions", HandOffFunctionsOption);
  Options.store(Opts, "IgnoredTypes", IgnoredTypesOption);
  Options.store(Opts, "ReportDroppedRunningWork", ReportDroppedRunningWork);
  Model.storeOptions(Options, Opts);
  Awaitables.storeOptions(Options, Opts);
}

void UnawaitedTaskCheck::registerMatchers(MatchFinder *Finder) {
  registerFunctionMatchers(*Finder, *this, FunctionScope::AllOutsideSystemHeaders);
  TraversalScope.registerOn(*Finder);
}

void UnawaitedTaskCheck::onEndOfTranslationUnit() {
  Seen.clear();
  Reported.clear();
}

namespace {
/// Finds the expression statements of one function body: the expressions
/// in statement position, whose value is discarded. Nested lambdas and local
/// classes are other functions, matched on their own.
class ExpressionStatements : public RecursiveASTVisitor<ExpressionStatements> {
public:
  explicit ExpressionStatements(llvm::function_ref<void(const Expr &)> Visit)
      : Visit(Visit) {}
  bool shouldVisitTemplateInstantiations() const { return false; }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }

  // A GNU statement expression's last statement is its value, not a
  // discarded one: `co_await ({ prepare(); std::suspend_always(); })`
  // awaits it. (A statement expression that is itself discarded discards
  // that value: checkStatement looks into it.)
  bool TraverseStmtExpr(StmtExpr *E) {
    ValueBodies.insert(E->getSubStmt());
    return RecursiveASTVisitor::TraverseStmtExpr(E);
  }

  bool VisitCompoundStmt(CompoundStmt *S) {
    const Stmt *Value = ValueBodies.contains(S) ? S->body_back() : nullptr;
    for (Stmt *Child : S->body())
      if (Child != Value)
        consider(Child);
    return true;
  }
  bool VisitIfStmt(IfStmt *S) {
    consider(S->getThen());
    consider(S->getElse());
    return true;
  }
  bool VisitWhileStmt(WhileStmt *S) { return consider(S->getBody()); }
  bool VisitDoStmt(DoStmt *S) { return consider(S->getBody()); }
  bool VisitForStmt(ForStmt *S) { return consider(S->getBody()); }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *S) { return consider(S->getBody()); }
  bool VisitSwitchCase(SwitchCase *S) { return consider(S->getSubStmt()); }
  bool VisitLabelStmt(LabelStmt *S) { return consider(S->getSubStmt()); }
  bool VisitAttributedStmt(AttributedStmt *S) { return consider(S->getSubStmt()); }

private:
  bool consider(const Stmt *S) {
    if (const auto *E = dyn_cast_or_null<Expr>(S))
      Visit(*E);
    return true;
  }
  llvm::function_ref<void(const Expr &)> Visit;
  llvm::SmallPtrSet<const CompoundStmt *, 4> ValueBodies;
};
} // namespace

void UnawaitedTaskCheck::check(const MatchFinder::MatchResult &Result) {
  const FunctionDecl *Function = matchedFunction(Result, Seen);
  // Compiler-generated bodies (defaulted members) have no statements to drop.
  if (!Function || !Function->doesThisDeclarationHaveABody() ||
      Function->isImplicit() || Function->isDefaulted())
    return;
  const Stmt *Body = Function->getBody();
  bool InAsyncCoroutine = false;
  if (const CoroutineBodyStmt *Coroutine = CoroutineModel::coroutineBody(*Function)) {
    CoroutineKind Kind = Model.classify(*Function);
    // A template pattern whose promise depends on template parameters: its
    // instantiations are checked, with the fix-it they can be given.
    if (Kind == CoroutineKind::NotACoroutine)
      return;
    InAsyncCoroutine = Kind == CoroutineKind::Async;
    Body = Coroutine->getBody();
  }
  if (!Body)
    return;
  ExpressionStatements([&](const Expr &Statement) {
    checkStatement(Statement, *Function, InAsyncCoroutine, *Result.SourceManager);
  }).TraverseStmt(const_cast<Stmt *>(Body));
}

static bool isLambdaCallOperator(const FunctionDecl &FD) {
  const auto *Method = dyn_cast<CXXMethodDecl>(&FD);
  return Method && Method->getParent()->isLambda();
}

/// "coroutine 'f'", "coroutine lambda", "function 'f'", "lambda".
static std::string describeFunction(const FunctionDecl &FD) {
  if (CoroutineModel::coroutineBody(FD))
    return CoroutineModel::describe(FD);
  if (isLambdaCallOperator(FD))
    return "lambda";
  return "function '" + FD.getQualifiedNameAsString() + "'";
}

void UnawaitedTaskCheck::checkStatement(const Expr &Statement,
                                        const FunctionDecl &Function,
                                        bool InAsyncCoroutine,
                                        const SourceManager &SM) {
  // `(void)task();` and `void(task());` discard on purpose.
  if (Statement.getType().isNull() || Statement.getType()->isVoidType())
    return;
  const Expr *Value = ignoreWrappers(&Statement);
  // Both operands of a comma and both branches of a conditional are
  // discarded with it.
  if (const auto *Comma = dyn_cast_or_null<BinaryOperator>(Value);
      Comma && Comma->isCommaOp()) {
    checkStatement(*Comma->getLHS(), Function, InAsyncCoroutine, SM);
    checkStatement(*Comma->getRHS(), Function, InAsyncCoroutine, SM);
    return;
  }
  if (const auto *Conditional = dyn_cast_or_null<ConditionalOperator>(Value)) {
    checkStatement(*Conditional->getTrueExpr(), Function, InAsyncCoroutine, SM);
    checkStatement(*Conditional->getFalseExpr(), Function, InAsyncCoroutine, SM);
    return;
  }
  // A discarded statement expression discards its last statement's value.
  if (const auto *Statements = dyn_cast_or_null<StmtExpr>(Value)) {
    if (const auto *Last =
            dyn_cast_or_null<Expr>(Statements->getSubStmt()->body_back()))
      checkStatement(*Last, Function, InAsyncCoroutine, SM);
    return;
  }
  // Only calls and constructions create an awaitable here; `co_await x;`
  // (whose value is the awaited result, not x) is neither.
  if (!Value || !(isa<CallExpr>(Value) || isa<CXXConstructExpr>(Value)) ||
      !Value->isPRValue() || Value->isTypeDependent())
    return;
  Awaitability Awaitable = Awaitables.classify(Value->getType());
  if (Awaitable.Kind == AwaitableKind::NotAwaitable ||
      IgnoredTypes.contains(Awaitable.TypeName))
    return;
  // An eager coroutine type that cannot be awaited is fire-and-forget by
  // design (a detached task); dropping it is its intended use.
  if (Awaitable.Kind == AwaitableKind::EagerTask && !Awaitable.SelfAwaitable)
    return;
  const FunctionDecl *Callee = calledFunction(*Value);
  bool Deferred = false;
  if (Callee)
    for (const std::string &Name : lookupNames(*Value, *Callee)) {
      if (HandOffFunctions.contains(Name))
        return;
      if (llvm::is_contained(DeferredFutureFunctions, Name))
        Deferred = true;
    }
  // A handle to work that is already running: dropping it detaches the
  // work, which keeps running.
  bool RunningWork = (Awaitable.Kind == AwaitableKind::Future && !Deferred) ||
                     Awaitable.Kind == AwaitableKind::EagerTask;
  if (RunningWork && !ReportDroppedRunningWork)
    return;

  SourceLocation Loc = SM.getExpansionLoc(Statement.getBeginLoc());
  // Once per place, whatever the number of instantiations that put the
  // statement there.
  if (!Reported.insert(Loc.getRawEncoding()).second)
    return;

  std::string Source;
  if (Callee && !isa<CXXConstructorDecl>(Callee))
    Source = " returned by '" + BlockingAnalysis::displayName(*Callee) + "'";
  const char *Format = nullptr;
  switch (Awaitable.Kind) {
  case AwaitableKind::LazyTask:
    Format = "lazy task '%0'%1 is discarded in %2; the coroutine never runs";
    break;
  case AwaitableKind::EagerTask:
    Format = "eager task '%0'%1 is discarded in %2; its result and exception "
             "are never observed";
    break;
  case AwaitableKind::Future:
    Format = Deferred ? "future '%0'%1 is discarded in %2; the coroutine it "
                        "was made from never runs"
                      : "future '%0'%1 is discarded in %2; its result and "
                        "exception are never observed";
    break;
  default:
    Format = "awaitable '%0'%1 is discarded in %2; the suspension or switch it "
             "stands for never happens";
    break;
  }
  {
    auto Diag = diag(Loc, Format)
                << Awaitable.TypeName << Source << describeFunction(Function);
    if (InAsyncCoroutine && Statement.getBeginLoc().isFileID())
      Diag << FixItHint::CreateInsertion(Statement.getBeginLoc(), "co_await ");
  }
  diag(Loc,
       InAsyncCoroutine
           ? "'co_await' it, hand it to a start, detach or spawn function, or "
             "cast it to 'void' to drop it on purpose"
           : "store it, hand it to a start, detach or spawn function, or cast "
             "it to 'void' to drop it on purpose",
       DiagnosticIDs::Note);
}

} // namespace corolint
