//===--- NonBlockingDescriptors.cpp - descriptors made non-blocking --------===//
//
// The tables below are the whole list of calls the evidence speaks about;
// see NonBlockingDescriptors.h for which evidence counts.
//
//===----------------------------------------------------------------------===//

#include "NonBlockingDescriptors.h"
#include "CalleeNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <vector>

using namespace clang;

namespace corolint {

namespace {
// Linux's values (asm-generic/fcntl.h, bits/socket_type.h, asm-generic/ioctls.h,
// asm-generic/errno*.h), as BlockingCatalog.cpp's BITS constants.
constexpr unsigned long long NonBlockBit = 04000; // O_NONBLOCK, SOCK_NONBLOCK
constexpr unsigned long long FSetFl = 4;          // F_SETFL
constexpr unsigned long long FionBio = 0x5421;    // FIONBIO
constexpr long long EAgain = 11;                  // EAGAIN, EWOULDBLOCK
constexpr long long EInProgress = 115;            // EINPROGRESS

/// Calls that block only on a blocking descriptor: the descriptor argument.
struct DescriptorCall {
  llvm::StringLiteral Name;
  unsigned Arg;
};
constexpr DescriptorCall DescriptorCalls[] = {
    {"connect", 0}, {"accept", 0},   {"accept4", 0}, {"recv", 0},
    {"recvfrom", 0}, {"recvmsg", 0}, {"recvmmsg", 0}, {"send", 0},
    {"sendto", 0},  {"sendmsg", 0},  {"sendmmsg", 0}, {"read", 0},
    {"write", 0},   {"readv", 0},    {"writev", 0},
};

/// Calls that return a new descriptor, and the argument whose flags may
/// make it non-blocking (NoFlags: none, it is always blocking).
constexpr unsigned NoFlags = ~0u;
struct Creation {
  llvm::StringLiteral Name;
  unsigned FlagsArg;
};
constexpr Creation Creations[] = {
    {"socket", 1}, {"accept4", 3}, {"open", 1}, {"openat", 2}, {"accept", NoFlags},
};

/// Enumerators that name a would-block result: asio::error::basic_errors
/// (and Boost.Asio's), std::errc.
constexpr llvm::StringLiteral WouldBlockEnumerators[] = {
    "would_block",           "try_again", "in_progress", "operation_would_block",
    "resource_unavailable_try_again", "operation_in_progress",
};

/// A descriptor or object: (null, variable) for a variable or parameter,
/// (null, member) for a data member of `this`, (variable, member) for a
/// member of a variable's object.
using Key = std::pair<const ValueDecl *, const ValueDecl *>;

struct Event {
  Key K;
  SourceLocation Loc; ///< expansion location
  bool NonBlocking;
};

/// A C function of a system header, by name (`fcntl`, `::socket`).
const FunctionDecl *systemFunction(const CallExpr &Call, const SourceManager &SM) {
  const FunctionDecl *FD = Call.getDirectCallee();
  if (!FD || !FD->getIdentifier() ||
      !FD->getDeclContext()->getRedeclContext()->isTranslationUnit() ||
      !SM.isInSystemHeader(FD->getLocation()))
    return nullptr;
  return FD;
}

std::optional<long long> constantInt(const Expr *E, const ASTContext &Ctx) {
  Expr::EvalResult R;
  if (!E || E->isValueDependent() || !E->EvaluateAsInt(R, Ctx))
    return std::nullopt;
  return R.Val.getInt().getExtValue();
}

/// Whether a flags value sets the non-blocking bit: true for a constant
/// with it or `x | O_NONBLOCK`; false for a constant without it or
/// `x & ~O_NONBLOCK`; nothing when it cannot be told.
std::optional<bool> setsNonBlockBit(const Expr *E, const ASTContext &Ctx) {
  if (!E)
    return std::nullopt;
  E = E->IgnoreParenImpCasts();
  if (std::optional<long long> V = constantInt(E, Ctx))
    return (*V & NonBlockBit) != 0;
  const auto *BO = dyn_cast<BinaryOperator>(E);
  if (!BO)
    return std::nullopt;
  if (BO->getOpcode() == BO_Or) {
    if (setsNonBlockBit(BO->getLHS(), Ctx) == true ||
        setsNonBlockBit(BO->getRHS(), Ctx) == true)
      return true;
    return std::nullopt;
  }
  if (BO->getOpcode() == BO_And)
    for (const Expr *Side : {BO->getLHS(), BO->getRHS()}) {
      if (std::optional<long long> V = constantInt(Side, Ctx))
        if ((*V & NonBlockBit) == 0)
          return false;
    }
  return std::nullopt;
}

/// The state a descriptor gets from \p Init when \p Init creates one:
/// non-blocking if its flags say so; nothing if \p Init is no creation.
std::optional<bool> createdNonBlocking(const Expr *Init, const ASTContext &Ctx) {
  const auto *Call = dyn_cast_or_null<CallExpr>(Init ? Init->IgnoreParenImpCasts() : nullptr);
  const FunctionDecl *FD = Call ? systemFunction(*Call, Ctx.getSourceManager()) : nullptr;
  if (!FD)
    return std::nullopt;
  for (const Creation &C : Creations)
    if (FD->getName() == C.Name) {
      if (C.FlagsArg == NoFlags || C.FlagsArg >= Call->getNumArgs())
        return false;
      return setsNonBlockBit(Call->getArg(C.FlagsArg), Ctx).value_or(false);
    }
  return std::nullopt;
}

/// The field a getter returns: a method without parameters whose body is
/// `return member;`.
const FieldDecl *getterField(const CXXMethodDecl &Method) {
  const FunctionDecl *Def = nullptr;
  if (Method.getNumParams() != 0 || !Method.hasBody(Def) || !Def)
    return nullptr;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Def->getBody());
  if (!Body || Body->size() != 1)
    return nullptr;
  const auto *Return = dyn_cast<ReturnStmt>(Body->body_front());
  const Expr *Value = Return && Return->getRetValue()
                          ? Return->getRetValue()->IgnoreParenImpCasts()
                          : nullptr;
  const auto *Member = dyn_cast_or_null<MemberExpr>(Value);
  if (!Member || !isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
    return nullptr;
  return dyn_cast<FieldDecl>(Member->getMemberDecl());
}

/// The object an expression names: a variable, or `this` (null); nothing
/// for anything else.
std::optional<const ValueDecl *> objectOf(const Expr *E) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (const auto *Deref = dyn_cast_or_null<UnaryOperator>(E);
      Deref && Deref->getOpcode() == UO_Deref)
    E = Deref->getSubExpr()->IgnoreParenImpCasts();
  if (isa_and_nonnull<CXXThisExpr>(E))
    return static_cast<const ValueDecl *>(nullptr);
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      return Var->getCanonicalDecl();
  return std::nullopt;
}

/// The descriptor or object an expression names (see Key).
std::optional<Key> keyOf(const Expr *E) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E)) {
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      return Key{nullptr, Var->getCanonicalDecl()};
    return std::nullopt;
  }
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(E)) {
    if (std::optional<const ValueDecl *> Object = objectOf(Member->getBase()))
      return Key{*Object, Member->getMemberDecl()};
    return std::nullopt;
  }
  if (const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(E))
    if (const CXXMethodDecl *Method = Call->getMethodDecl())
      if (const FieldDecl *Field = getterField(*Method))
        if (std::optional<const ValueDecl *> Object =
                objectOf(Call->getImplicitObjectArgument()))
          return Key{*Object, Field};
  return std::nullopt;
}

bool isErrno(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Deref = dyn_cast<UnaryOperator>(E); Deref && Deref->getOpcode() == UO_Deref)
    if (const auto *Call = dyn_cast<CallExpr>(Deref->getSubExpr()->IgnoreParenImpCasts()))
      if (const FunctionDecl *FD = Call->getDirectCallee(); FD && FD->getIdentifier())
        return FD->getName() == "__errno_location" || FD->getName() == "__error";
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl()->getIdentifier() && Ref->getDecl()->getName() == "errno";
  return false;
}

bool isWouldBlockErrno(const Expr *E, const ASTContext &Ctx) {
  std::optional<long long> V = constantInt(E, Ctx);
  return V && (*V == EAgain || *V == EInProgress);
}

/// `asio::error::would_block`, `std::errc::operation_would_block`..., through
/// the conversions to an error code.
bool isWouldBlockEnumerator(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      const auto *Enumerator = dyn_cast<EnumConstantDecl>(Ref->getDecl());
      return Enumerator && llvm::is_contained(WouldBlockEnumerators, Enumerator->getName());
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
      E = Construct->getNumArgs() ? Construct->getArg(0) : nullptr;
    else if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
      E = Cast->getSubExpr();
    else if (const auto *Call = dyn_cast<CallExpr>(E);
             Call && Call->getNumArgs() == 1 && Call->getDirectCallee() &&
             Call->getDirectCallee()->getIdentifier() &&
             Call->getDirectCallee()->getName().starts_with("make_error_"))
      E = Call->getArg(0);
    else
      return false;
  }
  return false;
}

const VarDecl *errorCodeVariable(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreImplicit()->IgnoreParens());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && isErrorCodeType(Var->getType()) ? Var->getCanonicalDecl() : nullptr;
}
} // namespace

struct NonBlockingDescriptors::Evidence {
  std::vector<Event> Events; ///< in source order
  /// Calls whose would-block result the body handles.
  llvm::SmallPtrSet<const Expr *, 4> Handled;

  bool nonBlockingAt(const Key &K, SourceLocation Loc, const SourceManager &SM) const {
    bool State = false;
    for (const Event &E : Events)
      if (E.K == K && SM.isBeforeInTranslationUnit(E.Loc, Loc))
        State = E.NonBlocking;
    return State;
  }
};

/// What a helper leaves non-blocking or blocking: a parameter (Param,
/// Member null), a member of a parameter's object (Param, Member), or a
/// member of its own object (Param = This, Member).
struct NonBlockingDescriptors::Effect {
  static constexpr unsigned This = ~0u;
  struct Change {
    unsigned Param;
    const ValueDecl *Member;
    bool NonBlocking;
  };
  llvm::SmallVector<Change, 2> Changes;
};

namespace {
class EvidenceVisitor : public RecursiveASTVisitor<EvidenceVisitor> {
public:
  using Helper = llvm::function_ref<const NonBlockingDescriptors::Effect *(
      const FunctionDecl &)>;
  EvidenceVisitor(NonBlockingDescriptors::Evidence &Out, ASTContext &Ctx,
                  Helper EffectOf)
      : Out(Out), Ctx(Ctx), SM(Ctx.getSourceManager()), EffectOf(EffectOf) {}

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD)
      return true;
    SourceLocation Loc = SM.getExpansionLoc(Call->getBeginLoc());
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
      if ((Op->getOperator() == OO_EqualEqual || Op->getOperator() == OO_ExclaimEqual) &&
          Op->getNumArgs() == 2)
        compared(Op->getArg(0), Op->getArg(1));
      return true;
    }
    if (systemFunction(*Call, SM)) {
      systemCall(*Call, *FD, Loc);
      return true;
    }
    for (const Expr *Arg : Call->arguments())
      if (const VarDecl *Code = errorCodeVariable(Arg))
        LastCallWith[Code] = Call;
    const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
    if (Member && FD->getIdentifier() && FD->getName() == "non_blocking" &&
        Member->getNumArgs() >= 1 && Member->getArg(0)->getType()->isBooleanType()) {
      // asio: "If true, the socket's synchronous operations will fail with
      // asio::error::would_block if they are unable to perform the
      // requested operation immediately."
      if (std::optional<long long> On = constantInt(Member->getArg(0), Ctx))
        add(keyOf(Member->getImplicitObjectArgument()), Loc, *On != 0);
      return true;
    }
    if (const NonBlockingDescriptors::Effect *Effect = EffectOf(*FD))
      applyEffect(*Call, *Effect, Loc);
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() == BO_Assign) {
      // A new descriptor in the variable: non-blocking only if created so.
      if (std::optional<Key> K = keyOf(BO->getLHS()))
        add(K, SM.getExpansionLoc(BO->getBeginLoc()),
            createdNonBlocking(BO->getRHS(), Ctx).value_or(false));
    } else if (BO->getOpcode() == BO_EQ || BO->getOpcode() == BO_NE) {
      compared(BO->getLHS(), BO->getRHS());
    }
    return true;
  }

  bool VisitCXXRewrittenBinaryOperator(CXXRewrittenBinaryOperator *E) {
    CXXRewrittenBinaryOperator::DecomposedForm Form = E->getDecomposedForm();
    if (Form.Opcode == BO_EQ || Form.Opcode == BO_NE)
      compared(Form.LHS, Form.RHS);
    return true;
  }

  bool VisitVarDecl(VarDecl *Var) {
    if (!isa<ParmVarDecl>(Var) && Var->hasLocalStorage() && Var->getInit())
      if (createdNonBlocking(Var->getInit(), Ctx).value_or(false))
        add(Key{nullptr, Var->getCanonicalDecl()},
            SM.getExpansionLoc(Var->getBeginLoc()), true);
    return true;
  }

  bool VisitSwitchStmt(SwitchStmt *Switch) {
    if (!Switch->getCond() || !isErrno(Switch->getCond()))
      return true;
    for (const SwitchCase *Case = Switch->getSwitchCaseList(); Case;
         Case = Case->getNextSwitchCase())
      if (const auto *C = dyn_cast<CaseStmt>(Case); C && isWouldBlockErrno(C->getLHS(), Ctx))
        errnoHandled();
    return true;
  }

private:
  void add(std::optional<Key> K, SourceLocation Loc, bool NonBlocking) {
    if (K)
      Out.Events.push_back({*K, Loc, NonBlocking});
  }

  void systemCall(const CallExpr &Call, const FunctionDecl &FD, SourceLocation Loc) {
    llvm::StringRef Name = FD.getName();
    if (llvm::any_of(DescriptorCalls, [&](const DescriptorCall &D) { return D.Name == Name; }))
      LastDescriptorCall = &Call;
    if (Call.getNumArgs() < 3)
      return;
    std::optional<long long> Command = constantInt(Call.getArg(1), Ctx);
    if (Name == "fcntl" && Command == static_cast<long long>(FSetFl)) {
      if (std::optional<bool> On = setsNonBlockBit(Call.getArg(2), Ctx))
        add(keyOf(Call.getArg(0)), Loc, *On);
    } else if (Name == "ioctl" && Command == static_cast<long long>(FionBio)) {
      // ioctl(fd, FIONBIO, &on), `on` a local initialised to a constant.
      const auto *AddrOf = dyn_cast<UnaryOperator>(Call.getArg(2)->IgnoreParenImpCasts());
      const auto *Ref = AddrOf && AddrOf->getOpcode() == UO_AddrOf
                            ? dyn_cast<DeclRefExpr>(AddrOf->getSubExpr()->IgnoreParens())
                            : nullptr;
      const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
      if (Var && Var->hasLocalStorage() && Var->getInit())
        if (std::optional<long long> On = constantInt(Var->getInit(), Ctx))
          add(keyOf(Call.getArg(0)), Loc, *On != 0);
    }
  }

  void applyEffect(const CallExpr &Call, const NonBlockingDescriptors::Effect &Effect,
                   SourceLocation Loc) {
    const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
    for (const NonBlockingDescriptors::Effect::Change &C : Effect.Changes) {
      if (C.Param == NonBlockingDescriptors::Effect::This) {
        if (!Member)
          continue;
        if (std::optional<const ValueDecl *> Object =
                objectOf(Member->getImplicitObjectArgument()))
          add(Key{*Object, C.Member}, Loc, C.NonBlocking);
        continue;
      }
      if (C.Param >= Call.getNumArgs())
        continue;
      const Expr *Arg = Call.getArg(C.Param);
      if (!C.Member) {
        add(keyOf(Arg), Loc, C.NonBlocking);
      } else if (std::optional<const ValueDecl *> Object = objectOf(Arg)) {
        add(Key{*Object, C.Member}, Loc, C.NonBlocking);
      }
    }
  }

  /// `A == B` or `A != B`: a test of errno, or of an error code, against a
  /// would-block result.
  void compared(const Expr *A, const Expr *B) {
    for (int Swap = 0; Swap < 2; ++Swap, std::swap(A, B)) {
      if (isErrno(A) && isWouldBlockErrno(B, Ctx)) {
        errnoHandled();
        return;
      }
      if (const VarDecl *Code = errorCodeVariable(A); Code && isWouldBlockEnumerator(B)) {
        if (auto It = LastCallWith.find(Code); It != LastCallWith.end())
          Out.Handled.insert(It->second);
        return;
      }
    }
  }

  void errnoHandled() {
    if (LastDescriptorCall)
      Out.Handled.insert(LastDescriptorCall);
  }

  NonBlockingDescriptors::Evidence &Out;
  ASTContext &Ctx;
  const SourceManager &SM;
  Helper EffectOf;
  /// The last descriptor call walked, which an errno test is about.
  const Expr *LastDescriptorCall = nullptr;
  /// The last call passed each error code.
  llvm::DenseMap<const VarDecl *, const Expr *> LastCallWith;
};
} // namespace

NonBlockingDescriptors::NonBlockingDescriptors(ASTContext &Ctx) : Ctx(Ctx) {}
NonBlockingDescriptors::~NonBlockingDescriptors() = default;

const NonBlockingDescriptors::Evidence &
NonBlockingDescriptors::evidenceOf(const Stmt &Body, unsigned Depth) {
  if (auto It = Bodies.find(&Body); It != Bodies.end())
    return *It->second;
  auto Found = std::make_unique<Evidence>();
  auto EffectOf = [&](const FunctionDecl &FD) -> const Effect * {
    return Depth < MaxHelperDepth ? effectOf(FD, Depth + 1) : nullptr;
  };
  EvidenceVisitor Visitor(*Found, Ctx, EffectOf);
  Visitor.TraverseStmt(const_cast<Stmt *>(&Body));
  std::unique_ptr<Evidence> &Slot = Bodies[&Body];
  Slot = std::move(Found);
  return *Slot;
}

const NonBlockingDescriptors::Effect *
NonBlockingDescriptors::effectOf(const FunctionDecl &Helper, unsigned Depth) {
  const FunctionDecl *Def = nullptr;
  if (!Helper.hasBody(Def) || !Def || !Def->getBody() ||
      isa<CoroutineBodyStmt>(Def->getBody()) ||
      Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return nullptr;
  auto [It, Inserted] = Helpers.try_emplace(Def, nullptr);
  if (!Inserted) // done, or being computed: a cycle
    return It->second.get();
  auto Found = std::make_unique<Effect>();
  const Evidence &Body = evidenceOf(*Def->getBody(), Depth);
  for (const Event &E : Body.Events) {
    // Which parameter or member of the helper the event is about.
    unsigned Param;
    const ValueDecl *Member;
    if (const auto *P = dyn_cast_or_null<ParmVarDecl>(E.K.first)) {
      Param = P->getFunctionScopeIndex();
      Member = E.K.second;
    } else if (E.K.first) {
      continue; // a member of a local
    } else if (const auto *P = dyn_cast<ParmVarDecl>(E.K.second)) {
      Param = P->getFunctionScopeIndex();
      Member = nullptr;
    } else if (isa<FieldDecl>(E.K.second)) {
      Param = Effect::This;
      Member = E.K.second;
    } else {
      continue; // a local variable
    }
    auto Same = llvm::find_if(Found->Changes, [&](const Effect::Change &C) {
      return C.Param == Param && C.Member == Member;
    });
    if (Same != Found->Changes.end())
      Same->NonBlocking = E.NonBlocking; // the last one wins
    else
      Found->Changes.push_back({Param, Member, E.NonBlocking});
  }
  std::unique_ptr<Effect> &Slot = Helpers[Def];
  if (!Found->Changes.empty())
    Slot = std::move(Found);
  return Slot.get();
}

bool NonBlockingDescriptors::exempts(const Expr &Call, const BlockingMatch &Match,
                                     const Stmt &Scope) {
  const auto *CE = dyn_cast<CallExpr>(&Call);
  if (!CE)
    return false;
  std::optional<Key> K;
  if (Match.Twin) {
    // An asio object's operation: the object, or the stream a free function
    // (asio::write, asio::read) is given first.
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(CE))
      K = keyOf(Member->getImplicitObjectArgument());
    else if (CE->getNumArgs() > 0)
      K = keyOf(CE->getArg(0));
  } else {
    const DescriptorCall *D = llvm::find_if(
        DescriptorCalls, [&](const DescriptorCall &D) { return D.Name == Match.CalleeName; });
    if (D == std::end(DescriptorCalls))
      return false;
    if (D->Arg < CE->getNumArgs())
      K = keyOf(CE->getArg(D->Arg));
  }
  const Evidence &E = evidenceOf(Scope, 0);
  if (E.Handled.contains(CE))
    return true;
  const SourceManager &SM = Ctx.getSourceManager();
  return K && E.nonBlockingAt(*K, SM.getExpansionLoc(CE->getBeginLoc()), SM);
}

} // namespace corolint
