//===--- CoroutineModel.cpp - which bodies are async coroutines -----------===//

#include "CoroutineModel.h"
#include "CalleeNames.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace corolint {

static constexpr llvm::StringLiteral DefaultGeneratorTypes =
    "std::generator;cppcoro::generator;cppcoro::recursive_generator;"
    "coro::generator";
static constexpr llvm::StringLiteral DefaultAsyncTypes =
    "cppcoro::async_generator;folly::coro::AsyncGenerator;coro::async_generator;"
    "QCoro::AsyncGenerator";

CoroutineModel::CoroutineModel(
    const tidy::ClangTidyCheck::OptionsView &Options)
    : GeneratorTypes(Options, "GeneratorTypes", DefaultGeneratorTypes),
      AsyncTypes(Options, "AsyncTypes", DefaultAsyncTypes) {}

void CoroutineModel::storeOptions(tidy::ClangTidyCheck::OptionsView &Options,
                                  tidy::ClangTidyOptions::OptionMap &Opts) const {
  GeneratorTypes.store(Options, Opts);
  AsyncTypes.store(Options, Opts);
}

const CoroutineBodyStmt *CoroutineModel::coroutineBody(const FunctionDecl &FD) {
  return dyn_cast_or_null<CoroutineBodyStmt>(FD.getBody());
}

std::string CoroutineModel::typeName(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *Spec = T->getAs<TemplateSpecializationType>())
    if (const TemplateDecl *TD = Spec->getTemplateName().getAsTemplateDecl())
      return TD->getQualifiedNameAsString();
  if (const CXXRecordDecl *Record = T->getAsCXXRecordDecl())
    return canonicalRecordName(*Record);
  return {};
}

std::string CoroutineModel::describe(const FunctionDecl &FD) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&FD);
      Method && Method->getParent()->isLambda())
    return "coroutine lambda";
  // The pattern's name, without template arguments: a template coroutine is
  // reported once per line, whichever instantiation is seen first.
  return "coroutine '" + canonicalFunctionName(FD) + "'";
}

namespace {
/// Finds a co_await in the body itself: not in nested lambdas or local
/// classes, which are other functions.
class CoawaitFinder : public RecursiveASTVisitor<CoawaitFinder> {
public:
  bool Found = false;
  bool VisitCoawaitExpr(CoawaitExpr *) { return !(Found = true); }
  bool VisitDependentCoawaitExpr(DependentCoawaitExpr *) { return !(Found = true); }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
};

bool promiseHasYieldValue(const CoroutineBodyStmt &Body) {
  const VarDecl *Promise = Body.getPromiseDecl();
  if (!Promise)
    return false;
  const CXXRecordDecl *Record = Promise->getType()->getAsCXXRecordDecl();
  if (!Record || !Record->hasDefinition())
    return false;
  ASTContext &Ctx = Record->getASTContext();
  DeclarationName Name(&Ctx.Idents.get("yield_value"));
  if (!Record->lookup(Name).empty())
    return true;
  bool Found = false;
  Record->forallBases([&](const CXXRecordDecl *Base) {
    Found = Found || !Base->lookup(Name).empty();
    return true;
  });
  return Found;
}
} // namespace

CoroutineKind CoroutineModel::classify(const FunctionDecl &FD) const {
  const CoroutineBodyStmt *Body = coroutineBody(FD);
  if (!Body)
    return CoroutineKind::NotACoroutine;
  // A template pattern whose promise type depends on template parameters
  // cannot be classified; its instantiations are.
  const VarDecl *Promise = Body->getPromiseDecl();
  if (!Promise || Promise->getType()->isDependentType())
    return CoroutineKind::NotACoroutine;
  std::string Returned = typeName(FD.getReturnType());
  if (!Returned.empty()) {
    if (GeneratorTypes.contains(Returned))
      return CoroutineKind::SyncGenerator;
    if (AsyncTypes.contains(Returned))
      return CoroutineKind::Async;
  }
  if (!promiseHasYieldValue(*Body))
    return CoroutineKind::Async;
  CoawaitFinder Finder;
  Finder.TraverseStmt(Body->getBody());
  return Finder.Found ? CoroutineKind::Async : CoroutineKind::SyncGenerator;
}

} // namespace corolint
