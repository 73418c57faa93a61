//===--- CalleeNames.cpp - canonical names of called functions ------------===//

#include "CalleeNames.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/PrettyPrinter.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace corolint {

static std::string qualifiedName(const NamedDecl &D) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  PrintingPolicy Policy(D.getASTContext().getLangOpts());
  Policy.SuppressInlineNamespace = true;
  Policy.SuppressUnwrittenScope = true;
  D.printQualifiedName(OS, Policy);
  return Out;
}

std::string canonicalRecordName(const CXXRecordDecl &Record) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&Record))
    return qualifiedName(*Spec->getSpecializedTemplate());
  // A class nested in a specialisation drops the enclosing template's
  // arguments too: "boost::beast::http::basic_file_body::value_type".
  if (const auto *Outer = dyn_cast<CXXRecordDecl>(Record.getDeclContext());
      Outer && Record.getIdentifier())
    return canonicalRecordName(*Outer) + "::" + Record.getName().str();
  return qualifiedName(Record);
}

std::string canonicalFunctionName(const FunctionDecl &FD) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&FD)) {
    const CXXRecordDecl *Parent = Method->getParent();
    if (isa<CXXConstructorDecl>(Method))
      return canonicalRecordName(*Parent) + "::" + Parent->getNameAsString();
    return canonicalRecordName(*Parent) + "::" + Method->getNameAsString();
  }
  return qualifiedName(FD);
}

bool isErrorCodeType(QualType T) {
  const CXXRecordDecl *Record = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record)
    return false;
  std::string Name = canonicalRecordName(*Record);
  return Name == "std::error_code" || Name == "boost::system::error_code";
}

const FunctionDecl *calledFunction(const Expr &E) {
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&E))
    return Construct->getConstructor();
  if (const auto *Call = dyn_cast<CallExpr>(&E))
    return Call->getDirectCallee();
  return nullptr;
}

const Expr *ignoreWrappers(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(Next))
      Next = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = B->getSubExpr();
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(Next))
      Next = F->getSubExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(Next);
             C && C->getNumArgs() == 1 &&
             C->getConstructor()->isCopyOrMoveConstructor())
      Next = C->getArg(0);
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

/// The static class type of the object a member call is made on.
static const CXXRecordDecl *objectRecord(const Expr &E) {
  const Expr *Object = nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&E))
    Object = Member->getImplicitObjectArgument();
  else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&E);
           Op && Op->getNumArgs() > 0 &&
           isa_and_nonnull<CXXMethodDecl>(Op->getDirectCallee()))
    Object = Op->getArg(0);
  if (!Object)
    return nullptr;
  // `f.wait()` on a std::future converts `f` to its base __basic_future
  // implicitly; the class the user wrote is the one before that cast.
  QualType T = Object->IgnoreParenImpCasts()->getType();
  if (const auto *Ptr = T->getAs<PointerType>())
    T = Ptr->getPointeeType();
  return T->getAsCXXRecordDecl();
}

static void addBaseNames(const CXXRecordDecl &Record, llvm::StringRef Method,
                         llvm::SmallVector<std::string, 4> &Names,
                         unsigned Depth) {
  if (Depth > 8 || !Record.hasDefinition())
    return;
  std::string Name = canonicalRecordName(Record) + "::" + Method.str();
  if (llvm::is_contained(Names, Name))
    return;
  Names.push_back(std::move(Name));
  for (const CXXBaseSpecifier &Base : Record.bases())
    if (const CXXRecordDecl *BaseRecord = Base.getType()->getAsCXXRecordDecl())
      addBaseNames(*BaseRecord, Method, Names, Depth + 1);
}

llvm::SmallVector<std::string, 4> lookupNames(const Expr &E,
                                              const FunctionDecl &Callee) {
  llvm::SmallVector<std::string, 4> Names;
  Names.push_back(canonicalFunctionName(Callee));
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&Callee);
      Method && !isa<CXXConstructorDecl>(Method) && Method->getIdentifier())
    if (const CXXRecordDecl *Record = objectRecord(E))
      addBaseNames(*Record, Method->getName(), Names, 0);
  return Names;
}

} // namespace corolint
