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

#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLExtras.h"

namespace corolint {

/// Calls \p Visit for every CallExpr (including member and operator calls)
/// and CXXConstructExpr that \p Body executes.
void forEachExecutedCall(const clang::Stmt &Body,
                         llvm::function_ref<void(const clang::Expr &)> Visit);

/// The lambda a call invokes in place (`[]{...}()`), or null.
const clang::LambdaExpr *lambdaInvokedInPlace(const clang::Expr &Call);

} // namespace corolint

#endif
