//===--- ExecutedCode.h - walk what a function body executes ---*- C++ -*-===//
//
// Visits the calls and constructions a function body executes on its own
// thread, in source order:
//   - it goes into co_await, co_yield and co_return operands (not the
//     compiler-generated await_ready/await_suspend/await_resume calls) and
//     into the bodies of lambdas invoked in place (`[&] { ... }()`) or
//     passed to a standard function that calls them before returning
//     (`std::for_each`, `std::sort`, `std::visit`, `std::call_once`, ...);
//   - it does not go into other lambdas or local classes, whose code runs
//     wherever they are called (a thread, std::async, aio::to_thread), nor
//     into unevaluated operands (sizeof, alignof, decltype, noexcept,
//     typeid of a non-polymorphic operand, requires, static_assert).
//
// Thread-safety: stateless apart from the callback.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_EXECUTEDCODE_H
#define COROLINT_ANALYSIS_EXECUTEDCODE_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLExtras.h"

namespace corolint {

/// Calls \p Visit for every CallExpr (including member and operator calls)
/// and CXXConstructExpr that \p Body executes, in source order. If given,
/// \p Suspension is called for each suspension point the walk passes
/// (a CoawaitExpr, a CoyieldExpr, or a CoreturnStmt), after the calls of its
/// operand: the awaiter's own members (await_ready/await_suspend/
/// await_resume, operator co_await, yield_value, return_value) are not
/// passed to \p Visit, so a client that cares about them looks at the
/// suspension point itself.
void forEachExecutedCall(
    const clang::Stmt &Body, llvm::function_ref<void(const clang::Expr &)> Visit,
    llvm::function_ref<void(const clang::Stmt &)> Suspension = nullptr);

/// Calls \p Visit for every call the definition \p FD executes: a
/// constructor's written member and base initializers, then the body.
void forEachExecutedCallIn(const clang::FunctionDecl &FD,
                           llvm::function_ref<void(const clang::Expr &)> Visit);

/// The lambda a call invokes in place (`[]{...}()`), or null.
const clang::LambdaExpr *lambdaInvokedInPlace(const clang::Expr &Call);

} // namespace corolint

#endif
