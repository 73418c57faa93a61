//===--- Awaitables.h - which types can be awaited -------------*- C++ -*-===//
//
// Decides whether a type is something a coroutine is meant to `co_await`,
// and what kind of thing it is:
//   - a *task*: a coroutine return type, i.e. a class with a `promise_type`
//     member or a `std::coroutine_traits` specialisation naming it;
//   - a *plain awaitable*: a class with `await_ready`, `await_suspend` and
//     `await_resume` (an awaiter), or with a member or free
//     `operator co_await`, that is not a coroutine return type.
// A coroutine return type whose promise has `yield_value` and which cannot
// be awaited itself (std::generator, cppcoro::generator) is a generator, not
// an awaitable.
//
// A task is *lazy* when its body does not start until it is awaited, and
// *eager* when it starts as soon as it is called. The model reads it from
// the promise's `initial_suspend()` return type: std::suspend_always is
// lazy, std::suspend_never eager, and another awaiter is lazy or eager when
// its `await_ready()` is a plain `return false;` or `return true;`. When the
// promise cannot be read (a promise whose initial_suspend depends on a
// template parameter of an uninstantiated class), the task counts as lazy,
// as most task types are.
//
// A *future* is a handle to work that is already running and is not itself
// a coroutine task: async_simple::Future, folly::SemiFuture, folly::Future,
// std::future, aio::TaskHandle (the table futureTypeTable() below). A future
// that can be awaited is classified as a future, never as a plain awaiter
// or a task, whatever members it has.
//
// Three options, read with getLocalOrGlobal so that one setting serves every
// coro-* check, override the rules by type name (qualified class or
// class-template names, `;`-separated):
//   LazyTaskTypes   always lazy (default: empty)
//   EagerTaskTypes  always eager (default: empty)
//   FutureTypes     futures (default: the table); LazyTaskTypes and
//                   EagerTaskTypes win over it
//
// Thread-safety: immutable after construction.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_AWAITABLES_H
#define COROLINT_ANALYSIS_AWAITABLES_H

#include "CoroutineModel.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringSet.h"
#include <optional>
#include <string>

namespace corolint {

enum class AwaitableKind { NotAwaitable, Plain, LazyTask, EagerTask, Future };

/// One row of the default FutureTypes: a future-like type of a library.
struct FutureType {
  llvm::StringRef Name;
  llvm::StringRef Library;
};

/// The default FutureTypes, one row per type.
llvm::ArrayRef<FutureType> futureTypeTable();

struct Awaitability {
  AwaitableKind Kind = AwaitableKind::NotAwaitable;
  /// The type can be the operand of `co_await` by itself (an awaiter or an
  /// `operator co_await`), rather than only through a promise's
  /// await_transform (folly::coro::Task, asio::awaitable).
  bool SelfAwaitable = false;
  /// "cppcoro::task" for cppcoro::task<int>.
  std::string TypeName;
};

class AwaitableModel {
public:
  explicit AwaitableModel(const clang::tidy::ClangTidyCheck::OptionsView &Options);
  void storeOptions(clang::tidy::ClangTidyCheck::OptionsView &Options,
                    clang::tidy::ClangTidyOptions::OptionMap &Opts) const;

  /// Reports a type listed in both LazyTaskTypes and EagerTaskTypes as a
  /// configuration error of \p Check.
  void reportConflicts(const clang::tidy::ClangTidyCheck &Check) const;

  /// Classifies the (non-dependent) type \p T; references are looked through.
  Awaitability classify(clang::QualType T) const;

  /// For a type that depends on template parameters (`Task<T>` in a
  /// template's declaration): whether its class template's pattern is an
  /// awaiter, has an `operator co_await`, or is a coroutine return type that
  /// is not a generator. The options are not consulted.
  static bool isAwaitablePattern(clang::QualType T);

  /// Whether \p Record has await_ready, await_suspend and await_resume.
  static bool isAwaiter(const clang::CXXRecordDecl &Record);
  /// Whether a member or free `operator co_await` takes \p Record.
  static bool hasCoawaitOperator(const clang::CXXRecordDecl &Record);
  /// The promise type of a coroutine returning \p Record, or null.
  static const clang::CXXRecordDecl *promiseType(const clang::CXXRecordDecl &Record);
  /// True if a coroutine with this promise starts suspended (lazy), false if
  /// it starts at once (eager), nothing if the promise does not say.
  static std::optional<bool> startsSuspended(const clang::CXXRecordDecl &Promise);

private:
  GlobalNameList LazyTaskTypes, EagerTaskTypes, FutureTypes;
};

} // namespace corolint

#endif
