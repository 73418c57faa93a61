//===--- BlockingCatalog.cpp - known blocking functions -------------------===//
//
// The catalogue's rows are in checks/catalogue/ (Catalogue.def and one table
// per ecosystem). To add a blocking function, add a row there; to teach the
// checks a non-blocking form, give the row a FORM and implement the form in
// isNonBlockingForm below.
//
//===----------------------------------------------------------------------===//

#include "BlockingCatalog.h"
#include "Annotations.h"
#include "CalleeNames.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace corolint {

namespace {
using C = BlockingCategory;
using A = Advice;
using X = NonBlockingForm;

// The BITS constants the rows name (Catalogue.def).
constexpr unsigned long long MsgDontWait = 0x40; // Linux MSG_DONTWAIT
constexpr unsigned long long WNoHang = 0x1;      // WNOHANG
constexpr unsigned long long LockNBOrUn = 0x4 | 0x8; // LOCK_NB, LOCK_UN
constexpr unsigned long long FLock = 1;          // lockf's F_LOCK
constexpr unsigned long long FSetLkW = 7;        // fcntl's F_SETLKW (Linux)
constexpr unsigned long long ZmqDontWait = 1;    // ZMQ_DONTWAIT, zmq::*_flags::dontwait
constexpr unsigned long long MsAsync = 1;        // msync's MS_ASYNC (Linux)
constexpr unsigned long long NonZero = ~0ULL;    // any bit: a true flag
// ReadinessChecked: an index into ReadinessTests.
constexpr unsigned long long PQIsBusy = 0;
constexpr llvm::StringLiteral ReadinessTests[] = {"PQisBusy"};

// The built-in rows: checks/catalogue/, one table per ecosystem.
const BlockingEntry Builtin[] = {
#define COROLINT_BLOCKING_ALT(NAME, CATEGORY, ADVICE, FORM, ARG, BITS, ALTERNATIVE) \
  {NAME, C::CATEGORY, A::ADVICE, X::FORM, ARG, BITS, ALTERNATIVE},
#include "catalogue/Catalogue.def"
};

/// The COROLINT_BLOCKING_SHAPE rows (a vector: the table may be empty).
struct ShapeRow {
  CallShape Shape;
  BlockingEntry Entry;
};
const std::vector<ShapeRow> BuiltinShapes = {
#define COROLINT_BLOCKING_SHAPE(NAME, SHAPE, CATEGORY, ADVICE, ALTERNATIVE)    \
  {CallShape::SHAPE, {NAME, C::CATEGORY, A::ADVICE, X::Never, 0, 0, ALTERNATIVE}},
#include "catalogue/Catalogue.def"
};

/// The COROLINT_C_LIBRARY prefixes: C libraries whose headers are found
/// with -I, whose catalogued functions match outside system headers too (a
/// vector: the table may be empty).
const std::vector<llvm::StringRef> VendoredCLibraries = {
#define COROLINT_C_LIBRARY(PREFIX) PREFIX,
#include "catalogue/Catalogue.def"
};

bool fromVendoredCLibrary(llvm::StringRef Name) {
  return llvm::any_of(VendoredCLibraries, [&](llvm::StringRef Prefix) {
    return Name.starts_with(Prefix);
  });
}

/// Whether \p Entry is a built-in row (not a user's entry).
bool isBuiltin(const BlockingEntry &Entry) {
  return &Entry >= std::begin(Builtin) && &Entry < std::end(Builtin);
}

/// The entry of a function annotated blocking (Annotations.h).
const BlockingEntry AnnotatedEntry{"", C::Custom, A::Annotated};

constexpr BlockingCategory Categories[] = {
    C::Sleep, C::FileIO, C::NetworkIO, C::DNS,   C::Process,
    C::Wait,  C::Lock,   C::Console,   C::Custom, C::AsyncTwin};
constexpr BlockingCategory Defaults[] = {C::Sleep, C::FileIO, C::NetworkIO,
                                         C::DNS,   C::Process, C::Wait,
                                         C::Custom, C::AsyncTwin};

/// Names accepted in Categories besides the categories' own.
struct CategoryAlias {
  llvm::StringRef Name;
  BlockingCategory First, Second;
};
constexpr CategoryAlias Aliases[] = {
    {"sync", C::Wait, C::Lock}, // deprecated: the category before the split
};

// ---------------------------------------------------------------------------
// Non-blocking forms.

/// Whether a constant value is zero throughout: 0, 0.0, or a class whose
/// fields are all zero (a std::chrono::duration of 0, the epoch time_point).
bool isAllZero(const APValue &V) {
  switch (V.getKind()) {
  case APValue::Int:
    return V.getInt().isZero();
  case APValue::Float:
    return V.getFloat().isZero();
  case APValue::Struct:
    for (unsigned I = 0; I < V.getStructNumBases(); ++I)
      if (!isAllZero(V.getStructBase(I)))
        return false;
    for (unsigned I = 0; I < V.getStructNumFields(); ++I)
      if (!isAllZero(V.getStructField(I)))
        return false;
    return true;
  default:
    return false;
  }
}

/// A timeout that does not wait: a constant zero duration or count, the
/// epoch, or `min()`.
bool isZeroTimeout(const Expr *E, ASTContext &Ctx) {
  E = ignoreWrappers(E);
  if (!E || E->isValueDependent())
    return false;
  if (const auto *Call = dyn_cast<CallExpr>(E)) // time_point::min()
    if (const FunctionDecl *FD = Call->getDirectCallee();
        FD && FD->getIdentifier() && FD->getName() == "min" &&
        Call->getNumArgs() == 0)
      return true;
  Expr::EvalResult R;
  return E->EvaluateAsRValue(R, Ctx) && isAllZero(R.Val);
}

bool hasFlagBit(const Expr *E, unsigned long long Bits, ASTContext &Ctx) {
  Expr::EvalResult R;
  return E && !E->isValueDependent() && E->EvaluateAsInt(R, Ctx) &&
         (R.Val.getInt().getZExtValue() & Bits) != 0;
}

bool isNamedRecord(QualType T, std::initializer_list<llvm::StringRef> Names) {
  const CXXRecordDecl *Record = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record)
    return false;
  std::string Name = canonicalRecordName(*Record);
  return llvm::is_contained(Names, Name);
}

bool acquiresNothing(const Expr &Call) {
  const auto *Construct = dyn_cast<CXXConstructExpr>(&Call);
  if (!Construct)
    return false;
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  if (Construct->getNumArgs() == 0 || Ctor->isCopyOrMoveConstructor())
    return true;
  for (const ParmVarDecl *Param : Ctor->parameters())
    if (isNamedRecord(Param->getType(), {"std::defer_lock_t", "std::try_to_lock_t",
                                         "std::adopt_lock_t"}))
      return true;
  return false;
}

/// Whether a stream expression is std::cin/std::wcin or a file stream.
bool isStdinOrFileStream(const Expr *Stream) {
  Stream = ignoreWrappers(Stream);
  if (!Stream)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Stream))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
        Var && Var->getIdentifier() &&
        (Var->getName() == "cin" || Var->getName() == "wcin") &&
        Var->isInStdNamespace())
      return true;
  QualType T = Stream->getType();
  if (const auto *Ptr = T->getAs<PointerType>())
    T = Ptr->getPointeeType();
  return isNamedRecord(T, {"std::basic_ifstream", "std::basic_ofstream",
                           "std::basic_fstream"});
}

/// Argument \p I of a call (LastArg: its last), or null.
const Expr *argOrNull(const Expr &Call, unsigned I) {
  auto Pick = [I](unsigned N, auto Get) -> const Expr * {
    if (I == LastArg)
      return N ? Get(N - 1) : nullptr;
    return I < N ? Get(I) : nullptr;
  };
  if (const auto *C = dyn_cast<CallExpr>(&Call))
    return Pick(C->getNumArgs(), [C](unsigned J) { return C->getArg(J); });
  if (const auto *C = dyn_cast<CXXConstructExpr>(&Call))
    return Pick(C->getNumArgs(), [C](unsigned J) { return C->getArg(J); });
  return nullptr;
}

const Expr *streamOperand(const Expr &Call, const BlockingEntry &Entry) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
    return Member->getImplicitObjectArgument();
  return argOrNull(Call, Entry.Arg); // free functions and operator>> (arg 0)
}

/// Whether a stream expression is the console: stdout or stderr (FILE*), or
/// std::cout, std::cerr, std::clog and their wide forms, named directly. In
/// a chain `std::cout << a << b` only the first `<<` names std::cout, so a
/// statement is reported once.
bool isConsoleStream(const Expr *Stream) {
  Stream = ignoreWrappers(Stream);
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Stream);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->getIdentifier())
    return false;
  llvm::StringRef Name = Var->getName();
  if (Var->isInStdNamespace())
    return llvm::is_contained({"cout", "cerr", "clog", "wcout", "wcerr", "wclog"},
                              Name);
  return Var->getDeclContext()->getRedeclContext()->isTranslationUnit() &&
         (Name == "stdout" || Name == "stderr");
}

/// Counts, in one function body, the references to a variable and those
/// that are `&var` passed as argument \p Arg of a call named \p Callee.
class TimeoutUses : public RecursiveASTVisitor<TimeoutUses> {
public:
  TimeoutUses(const VarDecl &Var, llvm::StringRef Callee, unsigned Arg)
      : Var(&Var), Callee(Callee), Arg(Arg) {}
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    References += Ref->getDecl() == Var;
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (FD && FD->getIdentifier() && FD->getName() == Callee &&
        Arg < Call->getNumArgs() && addressedVar(Call->getArg(Arg)) == Var)
      ++AsTimeout;
    return true;
  }
  static const VarDecl *addressedVar(const Expr *E) {
    const auto *AddrOf = dyn_cast<UnaryOperator>(E->IgnoreParenImpCasts());
    if (!AddrOf || AddrOf->getOpcode() != UO_AddrOf)
      return nullptr;
    const auto *Ref = dyn_cast<DeclRefExpr>(AddrOf->getSubExpr()->IgnoreParens());
    return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  }
  unsigned References = 0, AsTimeout = 0;

private:
  const VarDecl *Var;
  llvm::StringRef Callee;
  unsigned Arg;
};

/// `&t` where t is a local timeval/timespec whose initialiser is zero and
/// which the function uses nowhere else than as this timeout: the call
/// returns at once. Anything else (a null pointer, a variable set later)
/// may wait.
bool pointsToZeroTimeout(const Expr *E, const FunctionDecl &Callee, unsigned Arg) {
  const VarDecl *Var = E ? TimeoutUses::addressedVar(E) : nullptr;
  if (!Var || !Var->hasLocalStorage() || !Var->hasInit() || !Callee.getIdentifier())
    return false;
  const APValue *Init = Var->evaluateValue();
  if (!Init || !isAllZero(*Init))
    return false;
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (!Function || !Function->getBody())
    return false;
  TimeoutUses Uses(*Var, Callee.getName(), Arg);
  Uses.TraverseStmt(Function->getBody());
  return Uses.References == Uses.AsTimeout;
}

/// A parameter or argument type through which a callback is passed.
bool isCallableType(QualType T) {
  T = T.getNonReferenceType();
  if (T->isFunctionType() || T->isFunctionPointerType() ||
      T->isMemberFunctionPointerType())
    return true;
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  return Record && (Record->isLambda() ||
                    isNamedRecord(T, {"std::function", "std::move_only_function",
                                      "std::copyable_function", "std::function_ref"}));
}

bool takesCallback(const Expr &Call) {
  const FunctionDecl *Callee = calledFunction(Call);
  return Callee && llvm::any_of(Callee->parameters(), [](const ParmVarDecl *P) {
           return isCallableType(P->getType());
         });
}

/// Whether parameter \p I of the callee is a pointer to bytes in memory.
bool isBufferParam(const Expr &Call, unsigned I) {
  const FunctionDecl *Callee = calledFunction(Call);
  if (!Callee || I >= Callee->getNumParams())
    return false;
  const auto *Ptr = Callee->getParamDecl(I)->getType()->getAs<PointerType>();
  if (!Ptr)
    return false;
  QualType Pointee = Ptr->getPointeeType().getUnqualifiedType();
  if (const auto *Enum = Pointee->getAs<EnumType>()) // std::byte
    return Enum->getDecl()->isInStdNamespace() && Enum->getDecl()->getIdentifier() &&
           Enum->getDecl()->getName() == "byte";
  return Pointee->isVoidType() || Pointee->isSpecificBuiltinType(BuiltinType::UChar);
}

/// A constructor that connects nothing: copy or move, or a libpqxx 6
/// connection whose policy defers or never connects.
bool connectsNothing(const Expr &Call) {
  const auto *Construct = dyn_cast<CXXConstructExpr>(&Call);
  if (!Construct)
    return false;
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  if (Ctor->isCopyOrMoveConstructor())
    return true;
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Ctor->getParent());
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return false;
  return isNamedRecord(Spec->getTemplateArgs()[0].getAsType(),
                       {"pqxx::connect_lazy", "pqxx::connect_async", "pqxx::connect_null"});
}

/// A deadline that has passed by the time the callee looks at it.
bool isExpiredDeadline(const Expr *E, ASTContext &Ctx) {
  if (isZeroTimeout(E, Ctx))
    return true;
  const auto *Call = dyn_cast_or_null<CallExpr>(ignoreWrappers(E));
  const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
  if (!FD || !FD->getIdentifier())
    return false;
  llvm::StringRef Name = FD->getName();
  if (FD->getDeclContext()->getRedeclContext()->isTranslationUnit())
    return Name == "gpr_time_0" || Name == "gpr_inf_past" || Name == "gpr_now";
  // std::chrono::system_clock::now(), steady_clock::now(), ...
  const auto *Method = dyn_cast<CXXMethodDecl>(FD);
  return Method && Method->isStatic() && Name == "now" && Call->getNumArgs() == 0 &&
         llvm::StringRef(canonicalRecordName(*Method->getParent()))
             .starts_with("std::chrono::");
}

/// The variable or data member an argument names (`conn`, `this->conn_`).
const ValueDecl *namedObject(const Expr *E) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(Ref->getDecl());
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(E);
      Member && isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
    return dyn_cast<FieldDecl>(Member->getMemberDecl());
  return nullptr;
}

/// Finds, in one body, a call of the global function \p Test whose first
/// argument names \p Object.
class ReadinessTestFinder : public RecursiveASTVisitor<ReadinessTestFinder> {
public:
  ReadinessTestFinder(const ValueDecl &Object, llvm::StringRef Test)
      : Object(&Object), Test(Test) {}
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *FD = Call->getDirectCallee();
    Found = FD && FD->getIdentifier() && FD->getName() == Test &&
            FD->getDeclContext()->getRedeclContext()->isTranslationUnit() &&
            Call->getNumArgs() > 0 && namedObject(Call->getArg(0)) == Object;
    return !Found;
  }
  bool Found = false;

private:
  const ValueDecl *Object;
  llvm::StringRef Test;
};

/// Whether the object argument \p E names is also passed to the readiness
/// test \p Test: in the function that declares it (a local or parameter),
/// or, for a data member, in a member function of its class.
bool isReadinessChecked(const Expr *E, unsigned long long Test) {
  const ValueDecl *Object = namedObject(E);
  if (!Object || Test >= std::size(ReadinessTests))
    return false;
  llvm::SmallVector<const Stmt *, 8> Bodies;
  if (const auto *Var = dyn_cast<VarDecl>(Object)) {
    const auto *Function = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
    if (!Var->hasLocalStorage() || !Function || !Function->getBody())
      return false;
    Bodies.push_back(Function->getBody());
  } else if (const auto *Record = dyn_cast<CXXRecordDecl>(Object->getDeclContext())) {
    for (const CXXMethodDecl *Method : Record->methods())
      if (const Stmt *Body = Method->getBody())
        Bodies.push_back(Body);
  }
  for (const Stmt *Body : Bodies) {
    ReadinessTestFinder Finder(*Object, ReadinessTests[Test]);
    Finder.TraverseStmt(const_cast<Stmt *>(Body));
    if (Finder.Found)
      return true;
  }
  return false;
}

/// Whether \p T is a std::unique_ptr to one of \p Names.
bool isUniquePtrTo(QualType T, std::initializer_list<llvm::StringRef> Names) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || canonicalRecordName(*Spec) != "std::unique_ptr" ||
      Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return false;
  return isNamedRecord(Spec->getTemplateArgs()[0].getAsType(), Names);
}

bool hasShape(CallShape Shape, const CXXMethodDecl &Method) {
  switch (Shape) {
  case CallShape::GrpcSyncStub: {
    const CXXRecordDecl *Stub = Method.getParent();
    if (!Stub->getIdentifier() ||
        (Stub->getName() != "Stub" && Stub->getName() != "StubInterface") ||
        !isa<CXXRecordDecl>(Stub->getDeclContext()) || Method.getNumParams() == 0)
      return false;
    const auto *Context = Method.getParamDecl(0)->getType()->getAs<PointerType>();
    if (!Context || !isNamedRecord(Context->getPointeeType(), {"grpc::ClientContext"}))
      return false;
    QualType Result = Method.getReturnType();
    return isNamedRecord(Result, {"grpc::Status"}) ||
           isUniquePtrTo(Result, {"grpc::ClientReader", "grpc::ClientWriter",
                                  "grpc::ClientReaderWriter", "grpc::ClientReaderInterface",
                                  "grpc::ClientWriterInterface",
                                  "grpc::ClientReaderWriterInterface"});
  }
  }
  return false;
}

/// Whether \p E builds a new object from arguments: a constructor call that
/// is neither a default nor a copy or move construction.
bool constructsFromArguments(const Expr *E) {
  const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(ignoreWrappers(E));
  return Construct && Construct->getNumArgs() > 0 &&
         !Construct->getConstructor()->isCopyOrMoveConstructor();
}

/// The names of the built-in rows, every category.
const llvm::StringSet<> &builtinNames() {
  static const llvm::StringSet<> Names = [] {
    llvm::StringSet<> Set;
    for (const BlockingEntry &E : Builtin)
      Set.insert(E.Name);
    return Set;
  }();
  return Names;
}

/// The COROLINT_NOT_BLOCKING rows (a vector: the table may be empty).
const std::vector<llvm::StringRef> NotBlocking = {
#define COROLINT_NOT_BLOCKING(NAME) NAME,
#include "catalogue/Catalogue.def"
};
const llvm::StringSet<> &notBlockingNames() {
  static const llvm::StringSet<> Names = [] {
    llvm::StringSet<> Set;
    for (llvm::StringRef Name : NotBlocking)
      Set.insert(Name);
    return Set;
  }();
  return Names;
}

/// Whether \p Method is a built-in row of class \p Class ("QFileInfo").
bool isRowOfClass(const CXXMethodDecl &Method, llvm::StringRef Class) {
  std::string Name = canonicalFunctionName(Method);
  return builtinNames().contains(Name) && llvm::StringRef(Name).starts_with(Class) &&
         llvm::StringRef(Name).drop_front(Class.size()).starts_with("::");
}

/// Finds, in one function body, the first member call (in source order) on
/// a variable of a built-in row of one class.
class FirstQuery : public RecursiveASTVisitor<FirstQuery> {
public:
  FirstQuery(const VarDecl &Var, llvm::StringRef Class) : Var(&Var), Class(Class) {}
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    if (First)
      return false;
    const auto *Ref =
        dyn_cast_or_null<DeclRefExpr>(ignoreWrappers(Call->getImplicitObjectArgument()));
    if (Ref && Ref->getDecl() == Var && Call->getMethodDecl() &&
        isRowOfClass(*Call->getMethodDecl(), Class))
      First = Call;
    return !First;
  }
  const Expr *First = nullptr;

private:
  const VarDecl *Var;
  llvm::StringRef Class;
};

/// CachedAfterFirstQuery: whether the member call \p Call of \p Entry reads
/// the file system rather than the object's cache.
bool readsPastCache(const Expr &Call, const BlockingEntry &Entry) {
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(calledFunction(Call));
  if (!Method || Method->isStatic())
    return true;
  const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
  if (!Member)
    return false;
  const Expr *Object = ignoreWrappers(Member->getImplicitObjectArgument());
  if (constructsFromArguments(Object)) // a temporary built in the call
    return true;
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Object);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || isa<ParmVarDecl>(Var) || !Var->hasLocalStorage() ||
      !constructsFromArguments(Var->getInit()))
    return false;
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (!Function || !Function->getBody())
    return false;
  FirstQuery Finder(*Var, Entry.Name.rsplit("::").first);
  Finder.TraverseStmt(Function->getBody());
  return Finder.First == &Call;
}

bool isNonBlockingForm(const BlockingEntry &Entry, const Expr &Call,
                       ASTContext &Ctx) {
  switch (Entry.Except) {
  case X::Never:
    return false;
  case X::ZeroTimeoutArg: {
    const Expr *Arg = argOrNull(Call, Entry.Arg);
    return Arg && isZeroTimeout(Arg, Ctx);
  }
  case X::FlagBitArg:
    return hasFlagBit(argOrNull(Call, Entry.Arg), Entry.Bits, Ctx);
  case X::NoResourceAcquired:
    return acquiresNothing(Call);
  case X::StreamNotStdinOrFile:
    return !isStdinOrFileStream(streamOperand(Call, Entry));
  case X::FileStatusArg: {
    const Expr *Arg = argOrNull(Call, Entry.Arg);
    return Arg && isNamedRecord(Arg->getType(), {"std::filesystem::file_status"});
  }
  case X::StreamNotConsole:
    return !isConsoleStream(streamOperand(Call, Entry));
  case X::StreamIsConsole:
    return isConsoleStream(streamOperand(Call, Entry));
  case X::ArgNotEqual: {
    const Expr *Arg = argOrNull(Call, Entry.Arg);
    Expr::EvalResult R;
    return !(Arg && !Arg->isValueDependent() && Arg->EvaluateAsInt(R, Ctx) &&
             R.Val.getInt().getZExtValue() == Entry.Bits);
  }
  case X::ZeroTimeoutPointee: {
    const FunctionDecl *Callee = calledFunction(Call);
    return Callee && pointsToZeroTimeout(argOrNull(Call, Entry.Arg), *Callee, Entry.Arg);
  }
  case X::CallbackParam:
    return takesCallback(Call);
  case X::BufferParam:
    return isBufferParam(Call, Entry.Arg);
  case X::DeferredConnection:
    return connectsNothing(Call);
  case X::ExpiredDeadlineArg: {
    const Expr *Arg = argOrNull(Call, Entry.Arg);
    return Arg && isExpiredDeadline(Arg, Ctx);
  }
  case X::ReadinessChecked:
    return isReadinessChecked(argOrNull(Call, Entry.Arg), Entry.Bits);
  case X::NoTimeoutOrZeroArg: {
    const Expr *Arg = argOrNull(Call, Entry.Arg);
    return !Arg || isZeroTimeout(Arg, Ctx);
  }
  case X::CachedAfterFirstQuery:
    return !readsPastCache(Call, Entry);
  }
  return false;
}

} // namespace

llvm::StringRef categoryName(BlockingCategory Cat) {
  switch (Cat) {
  case C::Sleep: return "sleep";
  case C::FileIO: return "file-io";
  case C::NetworkIO: return "network-io";
  case C::DNS: return "dns";
  case C::Process: return "process";
  case C::Wait: return "wait";
  case C::Lock: return "lock";
  case C::Console: return "console";
  case C::Custom: return "custom";
  case C::AsyncTwin: return "async-twin";
  }
  return "custom";
}

bool parseCategory(llvm::StringRef Name, llvm::SmallVectorImpl<BlockingCategory> &Out) {
  for (BlockingCategory Cat : Categories)
    if (categoryName(Cat) == Name) {
      Out.push_back(Cat);
      return true;
    }
  for (const CategoryAlias &Alias : Aliases)
    if (Alias.Name == Name) {
      Out.push_back(Alias.First);
      Out.push_back(Alias.Second);
      return true;
    }
  return false;
}

llvm::ArrayRef<BlockingCategory> allCategories() { return Categories; }
llvm::ArrayRef<BlockingCategory> defaultCategories() { return Defaults; }

std::string noteText(const BlockingEntry &Entry, const LibraryNotes &Lib) {
  if (!Entry.Alternative.empty())
    return Entry.Alternative.str();
  return adviceText(Entry.Note, Lib);
}

std::string noteText(const BlockingMatch &Match, const LibraryNotes &Lib) {
  if (Match.Twin)
    return twinAdviceText(*Match.Twin, Lib);
  return noteText(*Match.Entry, Lib);
}

llvm::ArrayRef<BlockingEntry> BlockingCatalog::builtinEntries() { return Builtin; }

BlockingCatalog::BlockingCatalog(llvm::ArrayRef<UserBlockingFunction> Extra,
                                 llvm::ArrayRef<std::string> AllowedNames,
                                 llvm::ArrayRef<BlockingCategory> Enabled,
                                 llvm::ArrayRef<const BlockingEntry *> FileEntries,
                                 bool BlockingAnnotations)
    : Annotated(BlockingAnnotations && llvm::is_contained(Enabled, C::Custom)) {
  for (const std::string &Name : AllowedNames)
    Allowed[Name] = true;
  auto Add = [&](const BlockingEntry &Entry) {
    if (llvm::is_contained(Enabled, Entry.Category) && !Allowed.contains(Entry.Name))
      ByName[Entry.Name].push_back(&Entry);
  };
  for (const BlockingEntry &Entry : Builtin)
    Add(Entry);
  for (const ShapeRow &Row : BuiltinShapes)
    if (llvm::is_contained(Enabled, Row.Entry.Category))
      Shapes.push_back({Row.Shape, &Row.Entry});
  for (const UserBlockingFunction &User : Extra) {
    auto Entry = std::make_unique<BlockingEntry>();
    Entry->Name = Saver.save(User.Name);
    Entry->Category = C::Custom;
    Entry->Note = Advice::Custom;
    if (!User.Alternative.empty())
      Entry->Alternative = Saver.save(User.Alternative);
    Add(*Entry);
    UserNames.insert(Entry->Name);
    UserEntries.push_back(std::move(Entry));
  }
  for (const BlockingEntry *Entry : FileEntries) {
    Add(*Entry);
    UserNames.insert(Entry->Name);
  }
}

bool BlockingCatalog::isCatalogued(llvm::StringRef CanonicalName) const {
  return builtinNames().contains(CanonicalName) || UserNames.contains(CanonicalName) ||
         notBlockingNames().contains(CanonicalName);
}

std::optional<BlockingMatch> BlockingCatalog::match(const Expr &Call,
                                                    ASTContext &Ctx) const {
  const FunctionDecl *Callee = calledFunction(Call);
  if (!Callee)
    return std::nullopt;
  // The user's word beats the table (Annotations.h).
  switch (annotationOf(*Callee)) {
  case Annotation::NonBlocking:
    return std::nullopt;
  case Annotation::Blocking:
    if (Annotated)
      if (std::string Name = canonicalFunctionName(*Callee); !Allowed.contains(Name))
        return BlockingMatch{&AnnotatedEntry, std::move(Name)};
    break;
  case Annotation::None:
    break;
  }
  for (std::string &Name : lookupNames(Call, *Callee)) {
    auto It = ByName.find(Name);
    if (It == ByName.end())
      continue;
    for (const BlockingEntry *Entry : It->second) {
      // A built-in global C function must come from a system header, so
      // that a user's own `read` or `sleep` in the global namespace is not
      // mistaken for it; a vendored C library's distinctive names may come
      // from anywhere (COROLINT_C_LIBRARY). The user's own entries name the
      // user's functions.
      if (isBuiltin(*Entry) && !Name.empty() &&
          llvm::StringRef(Name).find("::") == llvm::StringRef::npos &&
          !Ctx.getSourceManager().isInSystemHeader(Callee->getLocation()) &&
          !fromVendoredCLibrary(Name))
        return std::nullopt;
      if (!isNonBlockingForm(*Entry, Call, Ctx))
        return BlockingMatch{Entry, std::move(Name)};
    }
    return std::nullopt;
  }
  return matchShape(Call, *Callee);
}

std::optional<BlockingMatch>
BlockingCatalog::matchShape(const Expr &Call, const FunctionDecl &Callee) const {
  const auto *Method = dyn_cast<CXXMethodDecl>(&Callee);
  if (Shapes.empty() || !Method || !isa<CXXMemberCallExpr>(Call))
    return std::nullopt;
  for (const auto &[Shape, Entry] : Shapes)
    if (hasShape(Shape, *Method)) {
      std::string Name = canonicalFunctionName(Callee);
      if (Allowed.contains(Name))
        return std::nullopt;
      return BlockingMatch{Entry, std::move(Name)};
    }
  return std::nullopt;
}

std::vector<UserBlockingFunction> parseBlockingFunctions(llvm::StringRef Option) {
  std::vector<UserBlockingFunction> Result;
  llvm::SmallVector<llvm::StringRef, 8> Items;
  Option.split(Items, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Item : Items) {
    auto [Name, Alternative] = Item.split('=');
    Name = Name.trim();
    Name.consume_front("::");
    if (!Name.empty())
      Result.push_back({Name.str(), Alternative.trim().str()});
  }
  return Result;
}

} // namespace corolint
