//===--- Executors.cpp - where a coroutine body runs ----------------------===//

#include "Executors.h"
#include "CalleeNames.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace corolint {

using F = SwitchForm;

// Forms checked against the libraries' sources and tests. Forms that look
// like switches but are not, and so are absent: asio's
// `post(ex, use_awaitable)` and `dispatch(ex, use_awaitable)` (the
// coroutine resumes on its own executor; asio issues 856, 1516, 1608),
// stdexec's `co_await schedule(sch)` in an exec::task (the task is
// scheduler-affine and comes back), folly's
// `co_reschedule_on_current_executor` (stays on the same executor).
static constexpr SwitchPoint SwitchRows[] = {
    {"concurrencpp::resume_on", F::FunctionArgument, 0, false, "concurrencpp"},
    {"async_simple::coro::dispatch", F::FunctionArgument, 0, false, "async_simple"},
    {"exec::reschedule_coroutine_on", F::FunctionObjectArgument, 0, false, "stdexec"},
    {"schedule", F::MemberWithoutArguments, 0, false,
     "cppcoro static_thread_pool, libcoro thread_pool, and alike"},
    {"asio::post", F::BoundCompletionToken, 0, true, "asio"},
    {"asio::dispatch", F::BoundCompletionToken, 0, true, "asio"},
    {"asio::defer", F::BoundCompletionToken, 0, true, "asio"},
    {"boost::asio::post", F::BoundCompletionToken, 0, true, "boost::asio"},
    {"boost::asio::dispatch", F::BoundCompletionToken, 0, true, "boost::asio"},
    {"boost::asio::defer", F::BoundCompletionToken, 0, true, "boost::asio"},
};

llvm::ArrayRef<SwitchPoint> switchTable() { return SwitchRows; }

static constexpr TolerantExecutor TolerantRows[] = {
    {"concurrencpp::runtime::background_executor",
     "concurrencpp's pool for blocking work (file and network I/O); its type "
     "is the cpu pool's, so it is named by its accessor"},
    {"background_executor",
     "the name concurrencpp's examples give the background executor when "
     "they pass it on"},
    {"concurrencpp::runtime::thread_executor",
     "concurrencpp's accessor for the thread executor"},
    {"concurrencpp::thread_executor",
     "concurrencpp's executor that runs each task on a new thread"},
};

llvm::ArrayRef<TolerantExecutor> tolerantExecutorTable() { return TolerantRows; }

ExecutorModel::ExecutorModel(const tidy::ClangTidyCheck::OptionsView &Options)
    : TolerantExecutors(Options, "BlockingTolerantExecutors",
                        joinNames(llvm::ArrayRef(TolerantRows))) {}

void ExecutorModel::storeOptions(tidy::ClangTidyCheck::OptionsView &Options,
                                 tidy::ClangTidyOptions::OptionMap &Opts) const {
  TolerantExecutors.store(Options, Opts);
}

/// The class an executor expression's type names: through pointers,
/// references and std smart pointers.
static const CXXRecordDecl *executorRecord(QualType T) {
  if (T.isNull())
    return nullptr;
  T = T.getNonReferenceType();
  if (const auto *Ptr = T->getAs<PointerType>())
    T = Ptr->getPointeeType();
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(Record)) {
    std::string Name = canonicalRecordName(*Spec);
    if ((Name == "std::shared_ptr" || Name == "std::unique_ptr") &&
        Spec->getTemplateArgs().size() > 0 &&
        Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
      return Spec->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl();
  }
  return Record;
}

static void addName(llvm::SmallVector<std::string, 4> &Names, std::string Name) {
  if (!Name.empty() && !llvm::is_contained(Names, Name))
    Names.push_back(std::move(Name));
}

/// Members that give the executor of their object rather than a new one.
static bool passesObjectThrough(const FunctionDecl &Callee) {
  if (!Callee.getIdentifier())
    return false;
  llvm::StringRef Name = Callee.getName();
  return Name == "get" || Name == "get_executor" || Name == "get_scheduler" ||
         Name == "move" || Name == "forward";
}

static void collectNames(const Expr *E, llvm::SmallVector<std::string, 4> &Names,
                         unsigned Depth) {
  if (!E || Depth > 6)
    return;
  E = ignoreWrappers(E)->IgnoreParenImpCasts();
  if (const CXXRecordDecl *Record = executorRecord(E->getType()))
    addName(Names, canonicalRecordName(*Record));
  if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
    if (Unary->getOpcode() == UO_Deref || Unary->getOpcode() == UO_AddrOf)
      collectNames(Unary->getSubExpr(), Names, Depth + 1);
    return;
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    if ((Op->getOperator() == OO_Star || Op->getOperator() == OO_Arrow) &&
        Op->getNumArgs() > 0)
      collectNames(Op->getArg(0), Names, Depth + 1);
    return;
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    // A copy or a conversion (shared_ptr<derived> to shared_ptr<base>).
    if (Construct->getNumArgs() == 1)
      collectNames(Construct->getArg(0), Names, Depth + 1);
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *Callee = calledFunction(*Call);
    if (!Callee)
      return;
    for (std::string &Name : lookupNames(*Call, *Callee))
      addName(Names, std::move(Name));
    if (passesObjectThrough(*Callee)) {
      if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
        collectNames(Member->getImplicitObjectArgument(), Names, Depth + 1);
      else if (Callee->isInStdNamespace() && Call->getNumArgs() == 1)
        collectNames(Call->getArg(0), Names, Depth + 1);
    }
    return;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Var)
      return;
    addName(Names, Var->getName().str());
    if (!Var->isLocalVarDeclOrParm())
      addName(Names, Var->getQualifiedNameAsString());
    else if (!isa<ParmVarDecl>(Var) && Var->getInit())
      collectNames(Var->getInit(), Names, Depth + 1);
    return;
  }
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl())) {
      addName(Names, Field->getName().str());
      if (const auto *Parent = dyn_cast<CXXRecordDecl>(Field->getParent()))
        addName(Names, canonicalRecordName(*Parent) + "::" + Field->getName().str());
    }
    return;
  }
}

llvm::SmallVector<std::string, 4> ExecutorModel::executorNames(const Expr &Executor) {
  llvm::SmallVector<std::string, 4> Names;
  collectNames(&Executor, Names, 0);
  return Names;
}

/// The name a call of a function object is made through
/// (`exec::reschedule_coroutine_on(sch)`), or empty.
static std::string functionObjectName(const CXXOperatorCallExpr &Op) {
  if (Op.getOperator() != OO_Call || Op.getNumArgs() == 0)
    return "";
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Op.getArg(0)->IgnoreParenImpCasts()))
    return Ref->getDecl()->getQualifiedNameAsString();
  return "";
}

/// `asio::bind_executor(ex, token)` among \p Call's arguments: its executor.
static const Expr *boundExecutor(const CallExpr &Call) {
  for (const Expr *Arg : Call.arguments()) {
    const auto *Bind = dyn_cast<CallExpr>(ignoreWrappers(Arg)->IgnoreParenImpCasts());
    const FunctionDecl *Callee = Bind ? calledFunction(*Bind) : nullptr;
    if (!Callee || Bind->getNumArgs() == 0)
      continue;
    std::string Name = canonicalFunctionName(*Callee);
    if (Name == "asio::bind_executor" || Name == "boost::asio::bind_executor")
      return Bind->getArg(0);
  }
  return nullptr;
}

/// The executor of the switch \p Call stands for under \p Row, or null.
static const Expr *matchRow(const SwitchPoint &Row, const Expr &Call) {
  switch (Row.Form) {
  case F::FunctionArgument:
  case F::BoundCompletionToken: {
    const auto *C = dyn_cast<CallExpr>(&Call);
    const FunctionDecl *Callee = C ? calledFunction(*C) : nullptr;
    if (!Callee || isa<CXXOperatorCallExpr>(C) ||
        canonicalFunctionName(*Callee) != Row.Name)
      return nullptr;
    if (Row.Form == F::BoundCompletionToken)
      return boundExecutor(*C);
    return Row.Argument < C->getNumArgs() ? C->getArg(Row.Argument) : nullptr;
  }
  case F::FunctionObjectArgument: {
    const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call);
    if (!Op || functionObjectName(*Op) != Row.Name ||
        Row.Argument + 1 >= Op->getNumArgs())
      return nullptr;
    return Op->getArg(Row.Argument + 1);
  }
  case F::MemberWithoutArguments: {
    const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
    const CXXMethodDecl *Method = Member ? Member->getMethodDecl() : nullptr;
    if (!Method || Member->getNumArgs() != 0 || !Method->getIdentifier() ||
        Method->getName() != Row.Name)
      return nullptr;
    return Member->getImplicitObjectArgument();
  }
  }
  return nullptr;
}

std::optional<ExecutorSwitch> ExecutorModel::switchOf(const CoawaitExpr &Await) const {
  const Expr *Operand = Await.getOperand();
  if (!Operand)
    return std::nullopt;
  Operand = ignoreWrappers(Operand)->IgnoreParenImpCasts();
  for (const SwitchPoint &Row : SwitchRows)
    if (const Expr *Executor = matchRow(Row, *Operand)) {
      bool Tolerant = llvm::any_of(executorNames(*Executor), [&](const std::string &N) {
        return TolerantExecutors.contains(N);
      });
      return ExecutorSwitch{Executor, Tolerant, Row.UntilNextSuspension};
    }
  return std::nullopt;
}

namespace {
/// The structure ToleranceTracker needs: which switches are statements of
/// their own (and where their block ends), and which loops contain a switch
/// to an unlisted executor or any suspension point. Lambdas and local
/// classes are other functions.
class SwitchStructure : public RecursiveASTVisitor<SwitchStructure> {
  using Base = RecursiveASTVisitor<SwitchStructure>;

public:
  SwitchStructure(const ExecutorModel &Model,
                  llvm::DenseMap<const CoawaitExpr *, SourceLocation> &Statements,
                  llvm::SmallVector<SourceRange, 4> &LoopsLeaving,
                  llvm::SmallVector<SourceRange, 4> &LoopsSuspending)
      : Model(Model), Statements(Statements), LoopsLeaving(LoopsLeaving),
        LoopsSuspending(LoopsSuspending) {}

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }

  bool TraverseSwitchStmt(SwitchStmt *S) {
    CaseBlocks.insert(S->getBody());
    return Base::TraverseSwitchStmt(S);
  }
  bool VisitCompoundStmt(CompoundStmt *S) {
    if (CaseBlocks.contains(S))
      return true;
    for (Stmt *Child : S->body())
      if (const auto *E = dyn_cast<Expr>(Child))
        if (const auto *Await =
                dyn_cast<CoawaitExpr>(ignoreWrappers(E)->IgnoreParenImpCasts()))
          Statements[Await] = S->getRBracLoc();
    return true;
  }
#define COROLINT_LOOP(Kind)                                                    \
  bool Traverse##Kind(Kind *S) {                                               \
    Loops.push_back(S);                                                        \
    bool Result = Base::Traverse##Kind(S);                                     \
    Loops.pop_back();                                                          \
    return Result;                                                             \
  }
  COROLINT_LOOP(ForStmt)
  COROLINT_LOOP(WhileStmt)
  COROLINT_LOOP(DoStmt)
  COROLINT_LOOP(CXXForRangeStmt)
#undef COROLINT_LOOP

  bool VisitCoawaitExpr(CoawaitExpr *E) {
    std::optional<ExecutorSwitch> Switch = Model.switchOf(*E);
    if (Switch && !Switch->Tolerant)
      addLoops(LoopsLeaving);
    addLoops(LoopsSuspending);
    return true;
  }
  bool VisitCoyieldExpr(CoyieldExpr *) {
    addLoops(LoopsSuspending);
    return true;
  }

private:
  void addLoops(llvm::SmallVector<SourceRange, 4> &Into) {
    for (const Stmt *Loop : Loops)
      Into.push_back(Loop->getSourceRange());
  }

  const ExecutorModel &Model;
  llvm::DenseMap<const CoawaitExpr *, SourceLocation> &Statements;
  llvm::SmallVector<SourceRange, 4> &LoopsLeaving, &LoopsSuspending;
  llvm::SmallVector<const Stmt *, 4> Loops;
  llvm::DenseSet<const Stmt *> CaseBlocks;
};
} // namespace

ToleranceTracker::ToleranceTracker(const ExecutorModel &Model, const Stmt &Body,
                                   const SourceManager &SM)
    : Model(Model), SM(SM) {
  SwitchStructure(Model, StatementSwitches, LoopsLeaving, LoopsSuspending)
      .TraverseStmt(const_cast<Stmt *>(&Body));
}

bool ToleranceTracker::contains(SourceRange Range, SourceLocation Loc) const {
  SourceLocation Begin = SM.getExpansionLoc(Range.getBegin());
  SourceLocation End = SM.getExpansionLoc(Range.getEnd());
  return !SM.isBeforeInTranslationUnit(Loc, Begin) &&
         !SM.isBeforeInTranslationUnit(End, Loc);
}

void ToleranceTracker::suspended(const Stmt &Suspension) {
  // Any suspension point ends the switches that last only until the next.
  llvm::erase_if(Grants, [](const Grant &G) { return G.UntilNextSuspension; });
  const auto *Await = dyn_cast<CoawaitExpr>(&Suspension);
  if (!Await)
    return;
  std::optional<ExecutorSwitch> Switch = Model.switchOf(*Await);
  if (!Switch)
    return;
  if (!Switch->Tolerant) {
    Grants.clear();
    return;
  }
  auto It = StatementSwitches.find(Await);
  if (It == StatementSwitches.end())
    return; // conditional or part of a larger expression: not counted
  Grants.push_back({SM.getExpansionLoc(Await->getBeginLoc()),
                    SM.getExpansionLoc(It->second), Switch->UntilNextSuspension});
}

bool ToleranceTracker::tolerates(const Expr &Call) {
  SourceLocation Loc = SM.getExpansionLoc(Call.getBeginLoc());
  // Blocks left behind (source order only moves forward).
  llvm::erase_if(Grants, [&](const Grant &G) {
    return SM.isBeforeInTranslationUnit(G.BlockEnd, Loc);
  });
  for (const Grant &G : Grants) {
    auto EntersAfterGrant = [&](SourceRange Loop) {
      return contains(Loop, Loc) && !contains(Loop, G.At);
    };
    // A loop around the call but not the switch may come back to the call
    // from another executor.
    if (llvm::any_of(LoopsLeaving, EntersAfterGrant))
      continue;
    if (G.UntilNextSuspension && llvm::any_of(LoopsSuspending, EntersAfterGrant))
      continue;
    return true;
  }
  return false;
}

} // namespace corolint
