//===--- Awaiters.h - the code a suspension point runs ---------*- C++ -*-===//
//
// A suspension point runs code the source does not spell: `co_await E` calls
// the promise's `await_transform(E)` (if it has one), then `operator co_await`
// (member or free, if any) to get the *awaiter*, then the awaiter's
// `await_ready`, `await_suspend` and `await_resume`; `co_yield E` calls the
// promise's `yield_value(E)` and then the returned awaiter's three members;
// `co_return E` calls `return_value(E)` (or `return_void()`). This header
// lists those implicit calls, in the order they run, for clients (the
// blocking analysis) that follow them as they follow written calls.
//
// Shapes: the calls are the CallExpr/CXXConstructExpr nodes of Clang's
// CoroutineSuspendExpr (getCommonExpr, getReadyExpr, getSuspendExpr,
// getResumeExpr) and CoreturnStmt (getPromiseCall); the written operand and
// its own calls are not included (ExecutedCode walks them). A dependent
// suspension point (in an uninstantiated template) has no calls.
//
// Thread-safety: stateless.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_AWAITERS_H
#define COROLINT_ANALYSIS_AWAITERS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/SmallVector.h"
#include <string>

namespace corolint {

/// The implicit calls the suspension point \p Point (a CoawaitExpr, a
/// CoyieldExpr or a CoreturnStmt) executes, in execution order: the
/// promise's await_transform / yield_value / return_value / return_void,
/// operator co_await, the awaiter's construction, and its await_ready,
/// await_suspend and await_resume. Empty for other statements.
llvm::SmallVector<const clang::Expr *, 6> suspensionCalls(const clang::Stmt &Point);

/// Where diagnostics place a suspension point: its keyword.
clang::SourceLocation suspensionKeywordLoc(const clang::Stmt &Point);

/// The type a `co_await` or `co_yield` operand has, as written (without
/// reference and cv-qualifiers): "Throttle", "Task<int>". Empty for a
/// `co_return` or a suspension point without an operand.
std::string operandTypeName(const clang::Stmt &Point, const clang::ASTContext &Ctx);

} // namespace corolint

#endif
