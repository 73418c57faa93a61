//===--- UnawaitedTaskCheck.h - coro-unawaited-task ------------*- C++ -*-===//
//
// Finds an awaitable (see Awaitables.h) created and dropped in an expression
// statement, in coroutines and in plain functions, when what it stands for
// is certainly lost: a lazy task that never runs, an awaiter whose
// suspension never happens, a future made from a lazy task that never
// starts it (folly's Task::semi). In an async coroutine the fix-it inserts
// `co_await `.
//
// A handle to work that is already running (an eager task, a future) is
// how such work is detached; it is reported only with
// ReportDroppedRunningWork, as "its result and exception are never
// observed".
//
// Not reported: a `(void)` cast, a value stored, returned or passed on, a
// `co_await` expression's own result, and calls to HandOffFunctions.
//
// Options (`;`-separated qualified names unless said):
//   HandOffFunctions  functions and members that take over the task (detach,
//                     start, spawn); defaults below
//   IgnoredTypes      awaitable types never reported
//   ReportDroppedRunningWork  bool, default false: report eager tasks and
//                     futures too
//   GeneratorTypes, AsyncTypes (CoroutineModel.h), LazyTaskTypes,
//   EagerTaskTypes, FutureTypes (Awaitables.h): global options
//
// Template code: the pattern is checked where its types are known, and each
// instantiation; a statement is reported once.
//
// For the user-facing documentation, see docs/checks/coro-unawaited-task.md.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_UNAWAITEDTASKCHECK_H
#define COROLINT_CHECKS_UNAWAITEDTASKCHECK_H

#include "analysis/Awaitables.h"
#include "analysis/CoroutineModel.h"
#include "analysis/TraversalScope.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"

namespace corolint {

class UnawaitedTaskCheck : public clang::tidy::ClangTidyCheck {
public:
  UnawaitedTaskCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void onEndOfTranslationUnit() override;

private:
  void checkStatement(const clang::Expr &Statement, const clang::FunctionDecl &Function,
                      bool InAsyncCoroutine, const clang::SourceManager &SM);

  const CoroutineModel Model;
  const AwaitableModel Awaitables;
  const std::string HandOffFunctionsOption, IgnoredTypesOption;
  const llvm::StringSet<> HandOffFunctions, IgnoredTypes;
  const bool ReportDroppedRunningWork;
  /// Per translation unit: functions seen (a lambda is matched both as a
  /// function and as a lambda expression) and places reported.
  llvm::DenseSet<const clang::FunctionDecl *> Seen;
  llvm::DenseSet<clang::SourceLocation::UIntTy> Reported;
  /// Narrows MatchFinder's walk to code outside system headers.
  SystemHeaderScope TraversalScope;
};

} // namespace corolint

#endif
