//===--- CoroutineModel.h - which bodies are async coroutines --*- C++ -*-===//
//
// A function, member function or lambda is a *coroutine* when its body is a
// CoroutineBodyStmt (it contains co_await, co_yield or co_return). Every check
// asks this model whether a coroutine is *async* (it runs on an event loop, so
// blocking stalls its loop) or a *synchronous generator* (its body runs when
// the caller iterates it, like a Python generator).
//
// The default rule: a coroutine is a synchronous generator when its promise
// type has a `yield_value` member and its body contains no `co_await`;
// otherwise it is async. Two options, read with getLocalOrGlobal so that one
// setting serves every coro-* check, override the rule by return type:
//   GeneratorTypes  always synchronous generators (default: std::generator,
//                   cppcoro::generator, cppcoro::recursive_generator,
//                   coro::generator)
//   AsyncTypes      always async (default: cppcoro::async_generator,
//                   folly::coro::AsyncGenerator, coro::async_generator,
//                   QCoro::AsyncGenerator)
// Names are qualified class or class-template names; `;`-separated.
//
// Thread-safety: immutable after construction.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_COROUTINEMODEL_H
#define COROLINT_ANALYSIS_COROUTINEMODEL_H

#include "NameLists.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang/AST/Decl.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/StringSet.h"
#include <string>

namespace corolint {

enum class CoroutineKind { NotACoroutine, Async, SyncGenerator };

class CoroutineModel {
public:
  explicit CoroutineModel(const clang::tidy::ClangTidyCheck::OptionsView &Options);
  void storeOptions(clang::tidy::ClangTidyCheck::OptionsView &Options,
                    clang::tidy::ClangTidyOptions::OptionMap &Opts) const;

  /// Classifies the definition of \p FD.
  CoroutineKind classify(const clang::FunctionDecl &FD) const;

  /// The coroutine body of \p FD's definition, or null if it is not one.
  static const clang::CoroutineBodyStmt *coroutineBody(const clang::FunctionDecl &FD);

  /// How diagnostics name a coroutine: "coroutine 'ns::count'", or
  /// "coroutine lambda" for a lambda's call operator.
  static std::string describe(const clang::FunctionDecl &FD);

  /// Qualified name of a type's class or class template, without template
  /// arguments: "aio::Task" for aio::Task<int>. Empty for non-class types.
  static std::string typeName(clang::QualType T);

private:
  GlobalNameList GeneratorTypes, AsyncTypes;
};

} // namespace corolint

#endif
