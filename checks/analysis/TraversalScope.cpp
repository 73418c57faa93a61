//===--- TraversalScope.cpp - match only outside system headers -----------===//

#include "TraversalScope.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace corolint {

bool enablesOnlyCoroChecks(llvm::StringRef Checks) {
  llvm::SmallVector<llvm::StringRef, 8> Patterns;
  Checks.split(Patterns, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (llvm::StringRef Pattern : Patterns) {
    Pattern = Pattern.trim(" \t\r\n");
    if (Pattern.empty() || Pattern.starts_with("-"))
      continue;
    if (!Pattern.starts_with("coro-") && !Pattern.starts_with("clang-diagnostic-") &&
        !Pattern.starts_with("clang-analyzer-"))
      return false;
  }
  return true;
}

static bool mayNarrow(const tidy::ClangTidyContext &Context) {
  const tidy::ClangTidyOptions &Options = Context.getOptions();
  return !Options.SystemHeaders.value_or(false) &&
         enablesOnlyCoroChecks(Options.Checks.value_or(""));
}

SystemHeaderScope::SystemHeaderScope(const tidy::ClangTidyContext &Context)
    : MayNarrow(mayNarrow(Context)) {}

void SystemHeaderScope::registerOn(MatchFinder &Finder) {
  if (MayNarrow)
    Finder.addMatcher(translationUnitDecl().bind("traversal-scope"), this);
}

void SystemHeaderScope::run(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const std::vector<Decl *> Scope = Ctx.getTraversalScope();
  // Another check's SystemHeaderScope narrowed it already, or clangd did.
  if (Scope.size() != 1 || !isa<TranslationUnitDecl>(Scope.front()))
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<Decl *> User;
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    if (D->isImplicit()) // builtins such as __builtin_va_list
      continue;
    SourceLocation Loc = SM.getExpansionLoc(D->getBeginLoc());
    if (Loc.isValid() && SM.isInSystemHeader(Loc))
      continue;
    User.push_back(D);
  }
  Ctx.setTraversalScope(User);
  Narrowed = &Ctx;
}

void SystemHeaderScope::onEndOfTranslationUnit() {
  if (Narrowed)
    Narrowed->setTraversalScope({Narrowed->getTranslationUnitDecl()});
  Narrowed = nullptr;
}

} // namespace corolint
