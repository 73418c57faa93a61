//===--- Executors.h - where a coroutine body runs -------------*- C++ -*-===//
//
// A coroutine can move itself to another executor in its body
// (`co_await concurrencpp::resume_on(ex);`, `co_await pool.schedule();`).
// When that executor tolerates blocking (a thread per task, a pool kept for
// blocking work), the blocking calls that follow are fine until the
// coroutine moves again. This model says which `co_await`s are such
// *switch points* (switchTable() below, one row per library form) and
// whether the executor switched to is blocking-tolerant.
//
// The executor expression of a switch is matched by the names it has; it is
// blocking-tolerant when one of them is listed in BlockingTolerantExecutors:
//   - the qualified class of its type, looking through pointers,
//     references, std::shared_ptr and std::unique_ptr
//     (`concurrencpp::thread_executor`);
//   - the accessor that produced it (`concurrencpp::runtime::
//     background_executor`, or `<class of the object>::<member>`), looking
//     through `*`, `->`, `.get()`, `.get_executor()`, `std::move`, copies,
//     and local variables initialised from it;
//   - the variable, parameter or data member that holds it: its plain name
//     (`background_executor`) and, for a data member or a global, its
//     qualified name (`App::io_pool`).
// Names are qualified names, `;`-separated; the option is read with
// getLocalOrGlobal so that one setting serves every coro-* check.
//
// ToleranceTracker follows one coroutine body in source order (see
// BlockingAnalysis.h for its use) and answers whether a call runs on a
// blocking-tolerant executor. It is conservative about control flow: a
// switch to a listed executor counts only when it is a statement of its own
// in a block (not the body of a `switch`), and only up to the end of that
// block; a switch to any other executor, wherever it is, ends every earlier
// switch; inside a loop that also contains a switch to another executor, a
// call counts only if a listed switch precedes it in the same loop. asio's
// switches (`bind_executor`) last until the next suspension point, because
// asio resumes the coroutine on its own executor after each operation.
//
// Thread-safety: ExecutorModel is immutable after construction; a
// ToleranceTracker belongs to one walk.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_EXECUTORS_H
#define COROLINT_ANALYSIS_EXECUTORS_H

#include "NameLists.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace corolint {

/// How a switch point names its executor.
enum class SwitchForm {
  /// `f(executor, ...)`: a function, by canonical name.
  FunctionArgument,
  /// `cpo(executor)`: a call of a function object, by the object's name.
  FunctionObjectArgument,
  /// `ex.member()` without arguments: a member, by name, on any class.
  MemberWithoutArguments,
  /// `f(..., bind_executor(executor, token))`: an asio initiating function
  /// whose completion token is bound to the executor.
  BoundCompletionToken,
};

/// One row of the switch-point table.
struct SwitchPoint {
  llvm::StringRef Name;
  SwitchForm Form;
  /// Index of the executor argument (FunctionArgument, FunctionObjectArgument).
  unsigned Argument;
  /// The coroutine leaves the executor at its next suspension point.
  bool UntilNextSuspension;
  llvm::StringRef Library;
};

/// The switch points corolint knows, one row per form.
llvm::ArrayRef<SwitchPoint> switchTable();

/// One row of the default BlockingTolerantExecutors.
struct TolerantExecutor {
  llvm::StringRef Name;
  llvm::StringRef Why;
};
llvm::ArrayRef<TolerantExecutor> tolerantExecutorTable();

/// A switch point found in a body.
struct ExecutorSwitch {
  const clang::Expr *Executor;
  bool Tolerant;
  bool UntilNextSuspension;
};

class ExecutorModel {
public:
  explicit ExecutorModel(const clang::tidy::ClangTidyCheck::OptionsView &Options);
  void storeOptions(clang::tidy::ClangTidyCheck::OptionsView &Options,
                    clang::tidy::ClangTidyOptions::OptionMap &Opts) const;

  /// The switch that `co_await <Operand>` stands for, if it is one.
  std::optional<ExecutorSwitch> switchOf(const clang::CoawaitExpr &Await) const;

  /// The names an executor expression is matched by (see above).
  static llvm::SmallVector<std::string, 4> executorNames(const clang::Expr &Executor);

private:
  GlobalNameList TolerantExecutors;
};

/// Follows one coroutine body: call suspended() at each suspension point and
/// tolerates() at each call, in source order.
class ToleranceTracker {
public:
  ToleranceTracker(const ExecutorModel &Model, const clang::Stmt &Body,
                   const clang::SourceManager &SM);
  void suspended(const clang::Stmt &Suspension);
  /// Whether \p Call runs on a blocking-tolerant executor.
  bool tolerates(const clang::Expr &Call);

private:
  struct Grant {
    clang::SourceLocation At, BlockEnd;
    bool UntilNextSuspension;
  };
  bool contains(clang::SourceRange Range, clang::SourceLocation Loc) const;

  const ExecutorModel &Model;
  const clang::SourceManager &SM;
  /// Switches that are statements of their own: the end of their block.
  llvm::DenseMap<const clang::CoawaitExpr *, clang::SourceLocation> StatementSwitches;
  /// Loops that contain a switch to an unlisted executor, and loops that
  /// contain any suspension point.
  llvm::SmallVector<clang::SourceRange, 4> LoopsLeaving, LoopsSuspending;
  llvm::SmallVector<Grant, 2> Grants;
};

} // namespace corolint

#endif
