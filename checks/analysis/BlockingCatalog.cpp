//===--- BlockingCatalog.cpp - known blocking functions -------------------===//
//
// The catalogue's rows are in checks/catalogue/ (Catalogue.def and one table
// per ecosystem). To add a blocking function, add a row there; to teach the
// checks a non-blocking form, give the row a FORM and implement the form in
// isNonBlockingForm below.
//
//===----------------------------------------------------------------------===//

#include "BlockingCatalog.h"
#include "CalleeNames.h"
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

// The built-in rows: checks/catalogue/, one table per ecosystem.
const BlockingEntry Builtin[] = {
#define COROLINT_BLOCKING_ALT(NAME, CATEGORY, ADVICE, FORM, ARG, BITS, ALTERNATIVE) \
  {NAME, C::CATEGORY, A::ADVICE, X::FORM, ARG, BITS, ALTERNATIVE},
#include "catalogue/Catalogue.def"
};

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

const Expr *argOrNull(const Expr &Call, unsigned I) {
  if (const auto *C = dyn_cast<CallExpr>(&Call))
    return I < C->getNumArgs() ? C->getArg(I) : nullptr;
  if (const auto *C = dyn_cast<CXXConstructExpr>(&Call))
    return I < C->getNumArgs() ? C->getArg(I) : nullptr;
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
                                 llvm::ArrayRef<BlockingCategory> Enabled) {
  for (const std::string &Name : AllowedNames)
    Allowed[Name] = true;
  auto Add = [&](const BlockingEntry &Entry) {
    if (llvm::is_contained(Enabled, Entry.Category) && !Allowed.contains(Entry.Name))
      ByName[Entry.Name].push_back(&Entry);
  };
  for (const BlockingEntry &Entry : Builtin)
    Add(Entry);
  for (const UserBlockingFunction &User : Extra) {
    auto Entry = std::make_unique<BlockingEntry>();
    Entry->Name = Saver.save(User.Name);
    Entry->Category = C::Custom;
    Entry->Note = Advice::Custom;
    if (!User.Alternative.empty())
      Entry->Alternative = Saver.save(User.Alternative);
    Add(*Entry);
    UserEntries.push_back(std::move(Entry));
  }
}

std::optional<BlockingMatch> BlockingCatalog::match(const Expr &Call,
                                                    ASTContext &Ctx) const {
  const FunctionDecl *Callee = calledFunction(Call);
  if (!Callee)
    return std::nullopt;
  for (std::string &Name : lookupNames(Call, *Callee)) {
    auto It = ByName.find(Name);
    if (It == ByName.end())
      continue;
    for (const BlockingEntry *Entry : It->second) {
      // A global C function must come from a system header, so that a
      // user's own `read` or `sleep` in the global namespace is not mistaken
      // for it.
      if (Entry->Category != C::Custom && !Name.empty() &&
          llvm::StringRef(Name).find("::") == llvm::StringRef::npos &&
          !Ctx.getSourceManager().isInSystemHeader(Callee->getLocation()))
        return std::nullopt;
      if (!isNonBlockingForm(*Entry, Call, Ctx))
        return BlockingMatch{Entry, std::move(Name)};
    }
    return std::nullopt;
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
