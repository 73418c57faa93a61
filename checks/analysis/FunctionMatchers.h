//===--- FunctionMatchers.h - match each function body once ----*- C++ -*-===//
//
// The checks that look at function bodies match function definitions and
// lambda expressions (a lambda's call operator is reached through its
// expression), and must see each function once although a lambda can be
// matched both ways.
//
// Thread-safety: stateless; the caller owns the set of functions seen.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_FUNCTIONMATCHERS_H
#define COROLINT_ANALYSIS_FUNCTIONMATCHERS_H

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseSet.h"

namespace corolint {

enum class FunctionScope { Coroutines, AllOutsideSystemHeaders };

/// Registers \p Check for the functions of \p Scope: coroutine bodies (bound
/// as "coroutine-body"), or every function definition outside system headers
/// (bound as "function") and lambda expression (bound as "lambda").
inline void registerFunctionMatchers(clang::ast_matchers::MatchFinder &Finder,
                                     clang::ast_matchers::MatchFinder::MatchCallback &Check,
                                     FunctionScope Scope) {
  using namespace clang::ast_matchers;
  if (Scope == FunctionScope::Coroutines) {
    // MatchFinder evaluates a matcher only on nodes of its kind: a
    // coroutineBodyStmt() matcher runs on coroutine bodies alone, where a
    // functionDecl() matcher would run on every function of the translation
    // unit, system headers and instantiations included. The function (or a
    // lambda's call operator) is the promise variable's context.
    Finder.addMatcher(coroutineBodyStmt().bind("coroutine-body"), &Check);
    return;
  }
  Finder.addMatcher(
      functionDecl(isDefinition(), unless(isExpansionInSystemHeader())).bind("function"),
      &Check);
  Finder.addMatcher(lambdaExpr(unless(isExpansionInSystemHeader())).bind("lambda"),
                    &Check);
}

/// The function a match is about, or null if it was seen before.
inline const clang::FunctionDecl *
matchedFunction(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                llvm::DenseSet<const clang::FunctionDecl *> &Seen) {
  const auto *Function = Result.Nodes.getNodeAs<clang::FunctionDecl>("function");
  if (const auto *Lambda = Result.Nodes.getNodeAs<clang::LambdaExpr>("lambda"))
    Function = Lambda->getCallOperator();
  if (const auto *Body = Result.Nodes.getNodeAs<clang::CoroutineBodyStmt>("coroutine-body"))
    if (const clang::VarDecl *Promise = Body->getPromiseDecl())
      Function = llvm::dyn_cast<clang::FunctionDecl>(Promise->getDeclContext());
  if (!Function || !Seen.insert(Function).second)
    return nullptr;
  return Function;
}

} // namespace corolint

#endif
