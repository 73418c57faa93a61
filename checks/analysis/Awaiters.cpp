//===--- Awaiters.cpp - the code a suspension point runs ------------------===//

#include "Awaiters.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace corolint {

namespace {
using Calls = llvm::SmallVector<const Expr *, 6>;

/// Appends the calls and constructions under \p S in evaluation order
/// (arguments before the call that takes them), leaving out \p Skip.
void collectCalls(const Stmt *S, const Stmt *Skip, Calls &Out) {
  if (!S || S == Skip)
    return;
  for (const Stmt *Child : S->children())
    collectCalls(Child, Skip, Out);
  if (isa<CallExpr, CXXConstructExpr>(S))
    Out.push_back(cast<Expr>(S));
}

/// Appends the calls under \p S made on the awaiter \p Awaiter (the
/// suspension point's OpaqueValueExpr): await_ready, await_suspend,
/// await_resume, and not the coroutine_handle plumbing around them.
void collectAwaiterCalls(const Stmt *S, const OpaqueValueExpr *Awaiter, Calls &Out) {
  if (!S)
    return;
  for (const Stmt *Child : S->children())
    collectAwaiterCalls(Child, Awaiter, Out);
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S))
    if (const Expr *Object = Call->getImplicitObjectArgument();
        Object && Object->IgnoreImpCasts() == Awaiter)
      Out.push_back(Call);
}
} // namespace

/// The operand as written. Clang stores `co_yield x` with the operand
/// `__promise.yield_value(x)`.
static const Expr *writtenOperand(const CoroutineSuspendExpr &Suspend) {
  const Expr *Operand = Suspend.getOperand();
  if (isa<CoyieldExpr>(Suspend) && Operand)
    if (const auto *Yield = dyn_cast<CXXMemberCallExpr>(Operand->IgnoreImplicit());
        Yield && Yield->getNumArgs() == 1)
      return Yield->getArg(0);
  return Operand;
}

llvm::SmallVector<const Expr *, 6> suspensionCalls(const Stmt &Point) {
  Calls Out;
  if (const auto *Suspend = dyn_cast<CoroutineSuspendExpr>(&Point)) {
    // The common expression builds the awaiter from the operand: the
    // promise's await_transform or yield_value, then operator co_await.
    collectCalls(Suspend->getCommonExpr(), writtenOperand(*Suspend), Out);
    const OpaqueValueExpr *Awaiter = Suspend->getOpaqueValue();
    if (!Awaiter)
      return Out;
    collectAwaiterCalls(Suspend->getReadyExpr(), Awaiter, Out);
    collectAwaiterCalls(Suspend->getSuspendExpr(), Awaiter, Out);
    collectAwaiterCalls(Suspend->getResumeExpr(), Awaiter, Out);
  } else if (const auto *Return = dyn_cast<CoreturnStmt>(&Point)) {
    collectCalls(Return->getPromiseCall(), Return->getOperand(), Out);
  }
  return Out;
}

SourceLocation suspensionKeywordLoc(const Stmt &Point) {
  if (const auto *Suspend = dyn_cast<CoroutineSuspendExpr>(&Point))
    return Suspend->getKeywordLoc();
  if (const auto *Return = dyn_cast<CoreturnStmt>(&Point))
    return Return->getKeywordLoc();
  return Point.getBeginLoc();
}

std::string operandTypeName(const Stmt &Point, const ASTContext &Ctx) {
  const auto *Suspend = dyn_cast<CoroutineSuspendExpr>(&Point);
  const Expr *Operand = Suspend ? writtenOperand(*Suspend) : nullptr;
  if (!Operand)
    return "";
  QualType T =
      Operand->IgnoreImplicit()->getType().getNonReferenceType().getUnqualifiedType();
  return T.getAsString(Ctx.getPrintingPolicy());
}

} // namespace corolint
