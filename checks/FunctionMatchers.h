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

#ifndef COROLINT_CHECKS_FUNCTIONMATCHERS_H
#define COROLINT_CHECKS_FUNCTIONMATCHERS_H

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/DenseSet.h"

namespace corolint {

enum class FunctionScope { Coroutines, AllOutsideSystemHeaders };

/// Registers \p Check for the function definitions of \p Scope (bound as
/// "function") and for lambda expressions (bound as "lambda").
inline void registerFunctionMatchers(clang::ast_matchers::MatchFinder &Finder,
                                     clang::ast_matchers::MatchFinder::MatchCallback &Check,
                                     FunctionScope Scope) {
  using namespace clang::ast_matchers;
  if (Scope == FunctionScope::Coroutines) {
    Finder.addMatcher(
        functionDecl(isDefinition(), hasBody(coroutineBodyStmt())).bind("function"),
        &Check);
    Finder.addMatcher(lambdaExpr().bind("lambda"), &Check);
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
  if (!Function || !Seen.insert(Function).second)
    return nullptr;
  return Function;
}

} // namespace corolint

#endif
