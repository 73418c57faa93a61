//===--- ExecutedCode.cpp - walk what a function body executes ------------===//

#include "ExecutedCode.h"
#include "CalleeNames.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprConcepts.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace corolint {

const LambdaExpr *lambdaInvokedInPlace(const Expr &Call) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call);
  if (!Op || Op->getOperator() != OO_Call || Op->getNumArgs() == 0)
    return nullptr;
  return dyn_cast<LambdaExpr>(ignoreWrappers(Op->getArg(0)));
}

/// Standard functions that call their callable arguments before returning,
/// on the calling thread: a lambda passed to them runs in place.
static bool invokesCallablesInPlace(const FunctionDecl &FD) {
  static const llvm::StringSet<> Names = {
      "std::for_each",       "std::for_each_n",        "std::transform",
      "std::sort",           "std::stable_sort",       "std::partial_sort",
      "std::nth_element",    "std::find_if",           "std::find_if_not",
      "std::count_if",       "std::any_of",            "std::all_of",
      "std::none_of",        "std::remove_if",         "std::copy_if",
      "std::replace_if",     "std::partition",         "std::stable_partition",
      "std::accumulate",     "std::reduce",            "std::transform_reduce",
      "std::generate",       "std::generate_n",        "std::min_element",
      "std::max_element",    "std::adjacent_find",     "std::unique",
      "std::lower_bound",    "std::upper_bound",       "std::binary_search",
      "std::equal",          "std::mismatch",          "std::visit",
      "std::invoke",         "std::apply",             "std::call_once"};
  return FD.isInStdNamespace() && Names.contains(canonicalFunctionName(FD));
}

namespace {
class ExecutedCallVisitor : public RecursiveASTVisitor<ExecutedCallVisitor> {
  using Base = RecursiveASTVisitor<ExecutedCallVisitor>;

public:
  ExecutedCallVisitor(llvm::function_ref<void(const Expr &)> Visit,
                      llvm::function_ref<void(const Stmt &)> Suspension)
      : Visit(Visit), Suspension(Suspension) {}

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitImplicitCode() const { return false; }

  bool VisitCallExpr(CallExpr *Call) {
    Visit(*Call);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    Visit(*Construct);
    return true;
  }

  // A lambda invoked in place runs here; other lambdas run elsewhere. Only
  // their captures' initializers execute here.
  bool TraverseCXXOperatorCallExpr(CXXOperatorCallExpr *Call) {
    if (const LambdaExpr *Lambda = lambdaInvokedInPlace(*Call)) {
      // The lambda's body is walked inline below, so the call itself is not
      // reported to the visitor (which would treat it as a helper call).
      for (unsigned I = 1; I < Call->getNumArgs(); ++I)
        if (!TraverseStmt(Call->getArg(I)))
          return false;
      if (!traverseCaptures(*Lambda))
        return false;
      // A coroutine lambda's body runs as its own coroutine; it is checked
      // on its own.
      if (isa<CoroutineBodyStmt>(Lambda->getBody()))
        return true;
      return TraverseStmt(Lambda->getBody());
    }
    return Base::TraverseCXXOperatorCallExpr(Call);
  }
  bool TraverseLambdaExpr(LambdaExpr *Lambda) { return traverseCaptures(*Lambda); }

  // Suspension points: the operand is evaluated first, then the coroutine
  // suspends (or returns), so the callback comes after the operand's calls.
  bool TraverseCoawaitExpr(CoawaitExpr *E) {
    return Base::TraverseCoawaitExpr(E) && suspended(*E);
  }
  // Clang stores `co_yield x` as the operand `__promise.yield_value(x)`:
  // only the written `x` is walked here, the promise's member is implicit.
  bool TraverseCoyieldExpr(CoyieldExpr *E) {
    if (const auto *Yield = dyn_cast_or_null<CXXMemberCallExpr>(
            E->getOperand() ? E->getOperand()->IgnoreImplicit() : nullptr)) {
      for (const Expr *Arg : Yield->arguments())
        if (!TraverseStmt(const_cast<Expr *>(Arg)))
          return false;
      return suspended(*E);
    }
    return Base::TraverseCoyieldExpr(E) && suspended(*E);
  }
  bool TraverseCoreturnStmt(CoreturnStmt *S) {
    return Base::TraverseCoreturnStmt(S) && suspended(*S);
  }

  // `std::for_each(..., [] { ... })`: the algorithm calls the lambda here.
  bool TraverseCallExpr(CallExpr *Call) {
    if (!Base::TraverseCallExpr(Call))
      return false;
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || !invokesCallablesInPlace(*Callee))
      return true;
    for (const Expr *Arg : Call->arguments())
      if (const auto *Lambda = dyn_cast_or_null<LambdaExpr>(ignoreWrappers(Arg)))
        if (!isa<CoroutineBodyStmt>(Lambda->getBody()) &&
            !TraverseStmt(Lambda->getBody()))
          return false;
    return true;
  }

  // Local classes and functions are code that runs elsewhere.
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  bool TraverseFunctionDecl(FunctionDecl *) { return true; }

  // Unevaluated operands.
  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *) { return true; }
  bool TraverseCXXNoexceptExpr(CXXNoexceptExpr *) { return true; }
  bool TraverseRequiresExpr(RequiresExpr *) { return true; }
  bool TraverseConceptSpecializationExpr(ConceptSpecializationExpr *) { return true; }
  bool TraverseStaticAssertDecl(StaticAssertDecl *) { return true; }
  bool TraverseCXXTypeidExpr(CXXTypeidExpr *E) {
    return E->isPotentiallyEvaluated() ? Base::TraverseCXXTypeidExpr(E) : true;
  }
  // decltype(...), typeof(...). LLVM 22 passes a second argument (TraverseQualifier).
  bool TraverseTypeLoc(TypeLoc, bool = true) { return true; }

private:
  bool suspended(const Stmt &S) {
    if (Suspension)
      Suspension(S);
    return true;
  }
  bool traverseCaptures(const LambdaExpr &Lambda) {
    for (const Expr *Init : Lambda.capture_inits())
      if (Init && !TraverseStmt(const_cast<Expr *>(Init)))
        return false;
    return true;
  }

  llvm::function_ref<void(const Expr &)> Visit;
  llvm::function_ref<void(const Stmt &)> Suspension;
};
} // namespace

void forEachExecutedCall(const Stmt &Body,
                         llvm::function_ref<void(const Expr &)> Visit,
                         llvm::function_ref<void(const Stmt &)> Suspension) {
  ExecutedCallVisitor(Visit, Suspension).TraverseStmt(const_cast<Stmt *>(&Body));
}

void forEachExecutedCallIn(const FunctionDecl &FD,
                           llvm::function_ref<void(const Expr &)> Visit) {
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&FD))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->isWritten() && Init->getInit())
        forEachExecutedCall(*Init->getInit(), Visit);
  if (const Stmt *Body = FD.getBody())
    forEachExecutedCall(*Body, Visit);
}

} // namespace corolint
