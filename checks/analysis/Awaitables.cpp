//===--- Awaitables.cpp - which types can be awaited ----------------------===//

#include "Awaitables.h"
#include "CalleeNames.h"
#include "CoroutineModel.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclFriend.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace corolint {

// Handles to work that is already running. std::future and
// std::shared_future cannot be awaited by themselves; they are listed so
// that an `operator co_await` a project adds for them does not make them
// awaiters.
static constexpr FutureType FutureTypeRows[] = {
    {"async_simple::Future", "async_simple"},
    {"folly::SemiFuture", "folly"},
    {"folly::Future", "folly"},
    {"concurrencpp::shared_result", "concurrencpp"},
    {"std::future", "C++ standard library"},
    {"std::shared_future", "C++ standard library"},
    {"aio::TaskHandle", "aio (create_task)"},
};

llvm::ArrayRef<FutureType> futureTypeTable() { return FutureTypeRows; }

AwaitableModel::AwaitableModel(const tidy::ClangTidyCheck::OptionsView &Options)
    : LazyTaskTypes(Options, "LazyTaskTypes", ""),
      EagerTaskTypes(Options, "EagerTaskTypes", ""),
      FutureTypes(Options, "FutureTypes", joinNames(llvm::ArrayRef(FutureTypeRows))) {}

void AwaitableModel::storeOptions(tidy::ClangTidyCheck::OptionsView &Options,
                                  tidy::ClangTidyOptions::OptionMap &Opts) const {
  LazyTaskTypes.store(Options, Opts);
  EagerTaskTypes.store(Options, Opts);
  FutureTypes.store(Options, Opts);
}

void AwaitableModel::reportConflicts(const tidy::ClangTidyCheck &Check) const {
  for (const auto &Entry : LazyTaskTypes.names())
    if (EagerTaskTypes.contains(Entry.getKey()))
      Check.configurationDiag("type '%0' is listed in both LazyTaskTypes and "
                              "EagerTaskTypes",
                              DiagnosticIDs::Error)
          << Entry.getKey();
}

/// The class a type names; for a dependent specialisation (in a template
/// pattern), the class template's pattern.
static const CXXRecordDecl *recordOf(QualType T) {
  if (T.isNull())
    return nullptr;
  T = T.getNonReferenceType();
  if (const CXXRecordDecl *Record = T->getAsCXXRecordDecl())
    return Record;
  if (const auto *Spec = T->getAs<TemplateSpecializationType>())
    if (const auto *Template = dyn_cast_or_null<ClassTemplateDecl>(
            Spec->getTemplateName().getAsTemplateDecl()))
      return Template->getTemplatedDecl();
  return nullptr;
}

/// The definition of \p Record or, for a specialisation that was never
/// instantiated, the definition of the template it would be instantiated
/// from (whose members may depend on template parameters).
static const CXXRecordDecl *definitionOf(const CXXRecordDecl *Record) {
  if (!Record)
    return nullptr;
  if (const CXXRecordDecl *Def = Record->getDefinition())
    return Def;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record))
    return Spec->getSpecializedTemplate()->getTemplatedDecl()->getDefinition();
  if (const CXXRecordDecl *Member = Record->getInstantiatedFromMemberClass())
    return Member->getDefinition();
  return nullptr;
}

/// A class and its specialisations are the same class for these purposes.
static const Decl *identity(const CXXRecordDecl *Record) {
  if (!Record)
    return nullptr;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record))
    Record = Spec->getSpecializedTemplate()->getTemplatedDecl();
  return Record->getCanonicalDecl();
}

/// A member named \p Name of \p Record or of one of its bases.
static const NamedDecl *findMember(const CXXRecordDecl *Record,
                                   DeclarationName Name, unsigned Depth = 0) {
  Record = definitionOf(Record);
  if (!Record || Depth > 8)
    return nullptr;
  DeclContext::lookup_result Found = Record->lookup(Name);
  if (!Found.empty())
    return Found.front();
  for (const CXXBaseSpecifier &Base : Record->bases())
    if (const NamedDecl *D = findMember(recordOf(Base.getType()), Name, Depth + 1))
      return D;
  return nullptr;
}

static const NamedDecl *findMember(const CXXRecordDecl &Record, StringRef Name) {
  return findMember(&Record,
                    DeclarationName(&Record.getASTContext().Idents.get(Name)));
}

static DeclarationName coawaitName(const ASTContext &Ctx) {
  return Ctx.DeclarationNames.getCXXOperatorName(OO_Coawait);
}

bool AwaitableModel::isAwaiter(const CXXRecordDecl &Record) {
  return findMember(Record, "await_ready") && findMember(Record, "await_suspend") &&
         findMember(Record, "await_resume");
}

static bool takesRecord(const NamedDecl *D, const CXXRecordDecl &Record) {
  const FunctionDecl *FD = D ? D->getAsFunction() : nullptr;
  if (!FD || FD->getOverloadedOperator() != OO_Coawait || FD->getNumParams() != 1)
    return false;
  return identity(recordOf(FD->getParamDecl(0)->getType())) == identity(&Record);
}

bool AwaitableModel::hasCoawaitOperator(const CXXRecordDecl &Record) {
  DeclarationName Name = coawaitName(Record.getASTContext());
  if (findMember(&Record, Name))
    return true;
  const CXXRecordDecl *Def = definitionOf(&Record);
  if (!Def)
    return false;
  for (const FriendDecl *Friend : Def->friends())
    if (const NamedDecl *D = Friend->getFriendDecl();
        D && D->getAsFunction() &&
        D->getAsFunction()->getOverloadedOperator() == OO_Coawait)
      return true;
  // A free operator in the class's namespace (found by argument-dependent
  // lookup), e.g. folly's `operator co_await(SemiFuture<T>&&)`.
  const DeclContext *Namespace = Def->getDeclContext()->getEnclosingNamespaceContext();
  for (const NamedDecl *D : Namespace->lookup(Name))
    if (takesRecord(D, Record))
      return true;
  return false;
}

/// std::coroutine_traits, if the translation unit declares it.
static const ClassTemplateDecl *coroutineTraits(const ASTContext &Ctx) {
  auto &Idents = const_cast<ASTContext &>(Ctx).Idents;
  for (const NamedDecl *Std :
       Ctx.getTranslationUnitDecl()->lookup(DeclarationName(&Idents.get("std")))) {
    const auto *NS = dyn_cast<NamespaceDecl>(Std);
    if (!NS)
      continue;
    auto Find = [&](const DeclContext *DC) -> const ClassTemplateDecl * {
      for (const NamedDecl *D :
           DC->lookup(DeclarationName(&Idents.get("coroutine_traits"))))
        if (const auto *Template = dyn_cast<ClassTemplateDecl>(D))
          return Template;
      return nullptr;
    };
    if (const ClassTemplateDecl *Found = Find(NS))
      return Found;
    for (const Decl *D : NS->decls()) // libc++'s inline std::__1
      if (const auto *Inner = dyn_cast<NamespaceDecl>(D); Inner && Inner->isInline())
        if (const ClassTemplateDecl *Found = Find(Inner))
          return Found;
  }
  return nullptr;
}

static const CXXRecordDecl *promiseOf(const CXXRecordDecl &Owner) {
  const NamedDecl *Member = findMember(Owner, "promise_type");
  if (const auto *Typedef = dyn_cast_or_null<TypedefNameDecl>(Member))
    return recordOf(Typedef->getUnderlyingType());
  return dyn_cast_or_null<CXXRecordDecl>(Member);
}

const CXXRecordDecl *AwaitableModel::promiseType(const CXXRecordDecl &Record) {
  if (const CXXRecordDecl *Promise = promiseOf(Record))
    return Promise;
  // std::coroutine_traits<R, Args...> specialised for this class
  // (concurrencpp::result, asio::awaitable).
  const ClassTemplateDecl *Traits = coroutineTraits(Record.getASTContext());
  if (!Traits)
    return nullptr;
  auto Matches = [&](const ClassTemplateSpecializationDecl &Spec) {
    const TemplateArgumentList &Args = Spec.getTemplateArgs();
    return Args.size() > 0 && Args[0].getKind() == TemplateArgument::Type &&
           identity(recordOf(Args[0].getAsType())) == identity(&Record);
  };
  llvm::SmallVector<ClassTemplatePartialSpecializationDecl *, 4> Partials;
  const_cast<ClassTemplateDecl *>(Traits)->getPartialSpecializations(Partials);
  for (const ClassTemplatePartialSpecializationDecl *Partial : Partials)
    if (Matches(*Partial))
      if (const CXXRecordDecl *Promise = promiseOf(*Partial))
        return Promise;
  for (const ClassTemplateSpecializationDecl *Spec : Traits->specializations())
    if (Spec->isExplicitSpecialization() && Matches(*Spec))
      if (const CXXRecordDecl *Promise = promiseOf(*Spec))
        return Promise;
  return nullptr;
}

/// The value of `return <constant>;` when that is the whole body of \p FD.
static std::optional<bool> constantReturn(const FunctionDecl *FD) {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(FD ? FD->getBody() : nullptr);
  if (!Body || Body->size() != 1)
    return std::nullopt;
  const auto *Return = dyn_cast<ReturnStmt>(Body->body_front());
  const Expr *Value = Return && Return->getRetValue()
                          ? Return->getRetValue()->IgnoreParenImpCasts()
                          : nullptr;
  if (const auto *Bool = dyn_cast_or_null<CXXBoolLiteralExpr>(Value))
    return Bool->getValue();
  if (const auto *Int = dyn_cast_or_null<IntegerLiteral>(Value))
    return Int->getValue().getBoolValue();
  return std::nullopt;
}

std::optional<bool> AwaitableModel::startsSuspended(const CXXRecordDecl &Promise) {
  const NamedDecl *Member = findMember(Promise, "initial_suspend");
  const FunctionDecl *Initial = Member ? Member->getAsFunction() : nullptr;
  if (!Initial)
    return std::nullopt;
  const CXXRecordDecl *Awaiter = recordOf(Initial->getReturnType());
  if (!Awaiter)
    return std::nullopt;
  std::string Name = canonicalRecordName(*Awaiter);
  if (Name == "std::suspend_always" || Name == "std::experimental::suspend_always")
    return true;
  if (Name == "std::suspend_never" || Name == "std::experimental::suspend_never")
    return false;
  const NamedDecl *Ready = findMember(*Awaiter, "await_ready");
  if (std::optional<bool> IsReady =
          constantReturn(Ready ? Ready->getAsFunction() : nullptr))
    return !*IsReady;
  return std::nullopt;
}

bool AwaitableModel::isAwaitablePattern(QualType T) {
  const CXXRecordDecl *Record = recordOf(T);
  if (!Record || !definitionOf(Record))
    return false;
  if (isAwaiter(*Record) || hasCoawaitOperator(*Record))
    return true;
  const CXXRecordDecl *Promise = promiseType(*Record);
  return Promise && !findMember(*Promise, "yield_value");
}

Awaitability AwaitableModel::classify(QualType T) const {
  Awaitability Result;
  if (T.isNull() || T->isDependentType())
    return Result;
  const CXXRecordDecl *Record = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record || !definitionOf(Record))
    return Result;
  Result.TypeName = canonicalRecordName(*Record);
  Result.SelfAwaitable = isAwaiter(*Record) || hasCoawaitOperator(*Record);
  const CXXRecordDecl *Promise = promiseType(*Record);
  bool Listed = LazyTaskTypes.contains(Result.TypeName) ||
                EagerTaskTypes.contains(Result.TypeName);
  // A handle to running work, awaitable by itself or as a coroutine
  // return type (concurrencpp::result, if listed).
  if (!Listed && FutureTypes.contains(Result.TypeName) &&
      (Result.SelfAwaitable || Promise)) {
    Result.Kind = AwaitableKind::Future;
    return Result;
  }
  if (!Promise && !(Listed && Result.SelfAwaitable)) {
    if (Result.SelfAwaitable)
      Result.Kind = AwaitableKind::Plain;
    return Result;
  }
  // A generator: iterated, not awaited.
  if (Promise && !Result.SelfAwaitable && findMember(*Promise, "yield_value"))
    return Result;
  bool Lazy;
  if (LazyTaskTypes.contains(Result.TypeName))
    Lazy = true;
  else if (EagerTaskTypes.contains(Result.TypeName))
    Lazy = false;
  else
    Lazy = startsSuspended(*Promise).value_or(true);
  Result.Kind = Lazy ? AwaitableKind::LazyTask : AwaitableKind::EagerTask;
  return Result;
}

} // namespace corolint
