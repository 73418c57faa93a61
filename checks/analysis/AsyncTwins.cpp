//===--- AsyncTwins.cpp - the asynchronous twin of a called function ------===//

#include "AsyncTwins.h"
#include "CalleeNames.h"
#include "NameLists.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace corolint {

const BlockingEntry &asyncTwinEntry() {
  static const BlockingEntry Entry{"", BlockingCategory::AsyncTwin,
                                   Advice::AsyncTwin};
  return Entry;
}

static bool isIdentifierText(llvm::StringRef S) {
  return llvm::all_of(S, [](char C) { return isAsciiIdentifierContinue(C); });
}

std::vector<TwinConvention> parseTwinConventions(llvm::StringRef Option,
                                                 std::vector<std::string> &Invalid) {
  std::vector<TwinConvention> Out;
  for (const std::string &Item : splitList(Option)) {
    auto [Prefix, Suffix] = llvm::StringRef(Item).split('*');
    bool Valid = llvm::StringRef(Item).count('*') == 1 &&
                 (!Prefix.empty() || !Suffix.empty()) && isIdentifierText(Prefix) &&
                 isIdentifierText(Suffix) &&
                 (Prefix.empty() || isAsciiIdentifierStart(Prefix.front()));
    if (Valid)
      Out.push_back({Prefix.str(), Suffix.str()});
    else
      Invalid.push_back(Item);
  }
  return Out;
}

std::string twinName(const TwinConvention &C, llvm::StringRef F) {
  std::string Name = C.Prefix + F.str();
  // `async*` names `asyncRead`: camel case after a prefix word.
  if (!C.Prefix.empty() && !F.empty() && isAlphanumeric(C.Prefix.back()))
    Name[C.Prefix.size()] = toUppercase(Name[C.Prefix.size()]);
  return Name + C.Suffix;
}

AsyncTwinFinder::AsyncTwinFinder(std::vector<TwinConvention> Conventions,
                                 const AwaitableModel &Awaitables, ASTContext &Ctx)
    : Conventions(std::move(Conventions)), Awaitables(Awaitables), Ctx(Ctx) {}

// --- What is an asynchronous operation ------------------------------------

/// An asio-style initiating function: a template whose last parameter is a
/// completion token taken by forwarding reference (see AsyncTwins.h).
static bool takesCompletionToken(const FunctionDecl &Decl) {
  const FunctionDecl *FD = &Decl;
  const FunctionTemplateDecl *Template = FD->getDescribedFunctionTemplate();
  if (!Template)
    if ((Template = FD->getPrimaryTemplate()))
      FD = Template->getTemplatedDecl();
  if (!Template || FD->param_empty() || FD->getReturnType()->isVoidType())
    return false;
  const ParmVarDecl *Last = FD->parameters().back();
  const auto *Ref = Last->getType()->getAs<RValueReferenceType>();
  if (!Ref || Ref->getPointeeType().hasQualifiers())
    return false;
  const auto *Parm = Ref->getPointeeType()->getAs<TemplateTypeParmType>();
  const TemplateParameterList *Params = Template->getTemplateParameters();
  if (!Parm || Parm->isParameterPack() || Parm->getDepth() != Params->getDepth() ||
      Parm->getIndex() >= Params->size())
    return false;
  const auto *Token = dyn_cast<TemplateTypeParmDecl>(Params->getParam(Parm->getIndex()));
  if (!Token)
    return false;
  if (Last->hasDefaultArg()) // asio's default completion token
    return true;
  if (const TypeConstraint *Constraint = Token->getTypeConstraint())
    // (ConceptDecl in LLVM 19, TemplateDecl in 22: both are named.)
    if (const NamedDecl *Concept = Constraint->getNamedConcept();
        Concept && Concept->getIdentifier() &&
        (Concept->getName() == "completion_token_for" ||
         Concept->getName() == "completion_handler_for"))
      return true;
  llvm::StringRef Name = Token->getName();
  return Name.ends_with("Token") || Name.ends_with("Handler");
}

std::optional<TwinKind> AsyncTwinFinder::asyncKind(const FunctionDecl &FD) const {
  if (FD.isDeleted())
    return std::nullopt;
  const FunctionDecl *Def = nullptr;
  if (FD.hasBody(Def) && Def && isa_and_nonnull<CoroutineBodyStmt>(Def->getBody()))
    return TwinKind::Awaitable;
  QualType Result = FD.getReturnType();
  if (!Result->isUndeducedType()) {
    if (Result->isDependentType() ? AwaitableModel::isAwaitablePattern(Result)
                                  : Awaitables.classify(Result).Kind !=
                                        AwaitableKind::NotAwaitable)
      return TwinKind::Awaitable;
  }
  if (takesCompletionToken(FD))
    return TwinKind::Initiating;
  return std::nullopt;
}

/// Whether \p FD takes something to call back: a function pointer, or an
/// object with a call operator (std::function, a lambda).
static bool takesCallable(const FunctionDecl &FD) {
  DeclarationName Call = FD.getASTContext().DeclarationNames.getCXXOperatorName(OO_Call);
  for (const ParmVarDecl *Param : FD.parameters()) {
    QualType T = Param->getType().getNonReferenceType();
    if (T->isFunctionPointerType() || T->isFunctionType())
      return true;
    const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
    if (Record && (Record = Record->getDefinition()) && !Record->lookup(Call).empty())
      return true;
  }
  return false;
}

// --- Finding the twin ------------------------------------------------------

std::optional<AsyncTwin>
AsyncTwinFinder::lookupIn(const DeclContext &DC, DeclarationName Name,
                          const FunctionDecl &Callee, unsigned Depth) const {
  const DeclContext *Context = &DC;
  if (const auto *Record = dyn_cast<CXXRecordDecl>(&DC)) {
    Record = Record->getDefinition();
    if (!Record || Depth > 8)
      return std::nullopt;
    Context = Record;
  }
  for (const NamedDecl *Found : Context->lookup(Name)) {
    // A private twin beside a public function is not the caller's to use.
    if (Found->getAccess() != AS_none && Callee.getAccess() != AS_none &&
        Found->getAccess() > Callee.getAccess())
      continue;
    const FunctionDecl *FD = Found->getUnderlyingDecl()->getAsFunction();
    if (!FD || FD->getCanonicalDecl() == Callee.getCanonicalDecl())
      continue;
    if (std::optional<TwinKind> Kind = asyncKind(*FD))
      return AsyncTwin{FD, *Kind};
  }
  if (const auto *Record = dyn_cast<CXXRecordDecl>(Context))
    for (const CXXBaseSpecifier &Base : Record->bases())
      if (const CXXRecordDecl *BaseRecord = Base.getType()->getAsCXXRecordDecl())
        if (std::optional<AsyncTwin> Twin = lookupIn(*BaseRecord, Name, Callee, Depth + 1))
          return Twin;
  return std::nullopt;
}

std::optional<AsyncTwin> AsyncTwinFinder::find(const FunctionDecl &Callee) const {
  if (!Callee.getIdentifier() || Callee.getName().empty())
    return std::nullopt;
  const DeclContext *Where = Callee.getDeclContext()->getRedeclContext();
  if (!isa<CXXRecordDecl, NamespaceDecl, TranslationUnitDecl>(Where))
    return std::nullopt;
  std::optional<bool> Eligible; // computed on the first name the TU spells
  for (const TwinConvention &Convention : Conventions) {
    std::string Name = twinName(Convention, Callee.getName());
    auto It = Ctx.Idents.find(Name);
    if (It == Ctx.Idents.end())
      continue; // no declaration anywhere has this name
    if (!Eligible)
      Eligible = !takesCallable(Callee) && !asyncKind(Callee);
    if (!*Eligible)
      return std::nullopt;
    if (std::optional<AsyncTwin> Twin =
            lookupIn(*Where, DeclarationName(It->getValue()), Callee, 0))
      return Twin;
  }
  return std::nullopt;
}

const AsyncTwin *AsyncTwinFinder::twinOf(const FunctionDecl &Callee) {
  const FunctionDecl *Key = Callee.getCanonicalDecl();
  auto It = Cache.find(Key);
  if (It == Cache.end())
    It = Cache.try_emplace(Key, find(Callee)).first;
  return It->second ? &*It->second : nullptr;
}

// --- The twin in the caller's words ---------------------------------------

/// The source text of \p Range with runs of white space folded, or empty if
/// it is not written in one file (a macro argument, a macro body).
static std::string writtenText(CharSourceRange Range, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (Range.getBegin().isMacroID() || Range.getEnd().isMacroID())
    return "";
  llvm::StringRef Text = Lexer::getSourceText(Range, SM, Ctx.getLangOpts());
  std::string Out;
  for (char C : Text.trim()) {
    if (isWhitespace(C)) {
      if (!Out.empty() && Out.back() != ' ')
        Out += ' ';
      continue;
    }
    Out += C;
  }
  return Out;
}

TwinCall AsyncTwinFinder::callForm(const CallExpr &Call, const AsyncTwin &Twin) const {
  TwinCall Form;
  Form.Token = Twin.Kind == TwinKind::Initiating;
  // Arguments other than defaults and the error_code of the overload that
  // does not throw (the twin reports errors its own way).
  for (const Expr *Arg : Call.arguments())
    if (!isa<CXXDefaultArgExpr>(Arg) && !isErrorCodeType(Arg->getType()))
      Form.Arguments = true;
  std::string Name = Twin.Decl->getNameAsString();
  const Expr *Callee = Call.getCallee()->IgnoreParenImpCasts();
  if (const auto *Member = dyn_cast<MemberExpr>(Callee)) {
    if (!Member->isImplicitAccess()) {
      std::string Object = writtenText(
          CharSourceRange::getTokenRange(Member->getBase()->getSourceRange()), Ctx);
      if (!Object.empty())
        Name = Object + (Member->isArrow() ? "->" : ".") + Name;
    }
  } else if (const auto *Ref = dyn_cast<DeclRefExpr>(Callee);
             Ref && Ref->getQualifierLoc()) {
    // The qualifier as written: `http::` for a namespace alias, `asio::`.
    std::string Qualifier = writtenText(
        CharSourceRange::getCharRange(Ref->getQualifierLoc().getBeginLoc(),
                                      Ref->getNameInfo().getBeginLoc()),
        Ctx);
    std::erase(Qualifier, ' ');
    Name = Qualifier + Name;
  }
  Form.Callee = std::move(Name);
  return Form;
}

std::optional<BlockingMatch> AsyncTwinFinder::match(const Expr &Call) {
  const auto *CE = dyn_cast<CallExpr>(&Call);
  const FunctionDecl *Callee = CE ? CE->getDirectCallee() : nullptr;
  if (!Callee || isa<CXXOperatorCallExpr>(CE))
    return std::nullopt;
  const AsyncTwin *Twin = twinOf(*Callee);
  if (!Twin)
    return std::nullopt;
  return BlockingMatch{&asyncTwinEntry(), canonicalFunctionName(*Callee),
                       callForm(*CE, *Twin)};
}

} // namespace corolint
