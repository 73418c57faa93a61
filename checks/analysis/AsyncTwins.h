//===--- AsyncTwins.h - the asynchronous twin of a called function -*- C++ -*-===//
//
// The async-twin rule, .NET's VSTHRD103 for C++: a call of a function `f`
// in an async coroutine is reported when `f`'s class (for a member,
// including its bases) or namespace (for a free function) also declares an
// asynchronous twin of `f` under a naming convention. This file has one
// job: find that twin, and say how the caller would write it.
//
// Conventions are name patterns with one `*` for `f` (option
// AsyncTwinConventions, `;`-separated; the default DefaultTwinConventions):
//   async_*   asio, Boost.Asio, Beast (read_some -> async_read_some)
//   *Async    .NET style (read -> readAsync)
//   *_async   (read -> read_async)
//   *Coro     drogon (sendRequest -> sendRequestCoro)
//   co_*      (read -> co_read)
// After a prefix that ends in a letter or digit, `f` is capitalised
// (`async*` names `asyncRead` for `read`).
//
// A twin counts only if it is an asynchronous operation:
//   - a coroutine (its definition is a coroutine body);
//   - a function returning an awaitable (AwaitableModel: a task, an awaiter,
//     a type with operator co_await, an awaitable future);
//   - an asio-style initiating function: a function template whose last
//     parameter is a forwarding reference `T&&` to one of its own template
//     parameters, used as a completion token (T is constrained by asio's
//     `completion_token_for`/`completion_handler_for` concept, or the
//     parameter has a default argument, asio's default completion token, or
//     T's name ends in `Token` or `Handler`), and which does not return
//     void. Source: the asio and Boost.Asio reference, "Asynchronous
//     operations" / "Completion token requirements"; Beast's initiating
//     functions follow the same shape (BOOST_BEAST_ASYNC_TPARAM).
// A twin less accessible than `f` (private next to public) does not count.
//
// `f` itself is not reported when it is an asynchronous operation, when it
// has no plain identifier (operators, constructors), or when it takes a
// callable (a function pointer, a std::function, a lambda): that is the
// callback form of an asynchronous API, or a function that calls back
// (`asio::spawn(ctx, fn)`, whose twin is `co_spawn`).
//
// Lookups are by name only: the identifier table first (a name the TU never
// spells has no declaration), then DeclContext::lookup on the class and its
// bases or on the namespace; no walk over the translation unit. Results are
// cached per callee declaration.
//
// Thread-safety: one finder per translation unit and thread.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_ASYNCTWINS_H
#define COROLINT_ANALYSIS_ASYNCTWINS_H

#include "Awaitables.h"
#include "BlockingCatalog.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include <optional>
#include <string>
#include <vector>

namespace corolint {

/// One naming convention: the twin of `f` is Prefix + f + Suffix.
struct TwinConvention {
  std::string Prefix, Suffix;
};

/// The default of AsyncTwinConventions.
constexpr llvm::StringLiteral DefaultTwinConventions =
    "async_*;*Async;*_async;*Coro;co_*";

/// Parses an AsyncTwinConventions value. Each item must be identifier
/// characters around exactly one `*`, with at least one of them; the others
/// are appended to \p Invalid. An empty value gives no conventions (the rule
/// is off).
std::vector<TwinConvention> parseTwinConventions(llvm::StringRef Option,
                                                 std::vector<std::string> &Invalid);

/// The name of \p F's twin under \p C.
std::string twinName(const TwinConvention &C, llvm::StringRef F);

/// What kind of asynchronous operation a twin is, which decides the note.
enum class TwinKind {
  Awaitable,  ///< a coroutine, or returns an awaitable: `co_await twin(...)`
  Initiating, ///< takes a completion token: `co_await twin(..., token)`
};

struct AsyncTwin {
  const clang::FunctionDecl *Decl = nullptr;
  TwinKind Kind = TwinKind::Awaitable;
};

/// The entry every twin finding points to: category async-twin, advice
/// Advice::AsyncTwin.
const BlockingEntry &asyncTwinEntry();

class AsyncTwinFinder {
public:
  AsyncTwinFinder(std::vector<TwinConvention> Conventions,
                  const AwaitableModel &Awaitables, clang::ASTContext &Ctx);

  /// The asynchronous twin of \p Callee, or null.
  const AsyncTwin *twinOf(const clang::FunctionDecl &Callee);

  /// A finding for \p Call (a CallExpr) when its callee has a twin: the
  /// async-twin entry, the callee's canonical name and the twin's call form
  /// in the words the call was written with.
  std::optional<BlockingMatch> match(const clang::Expr &Call);

  /// Whether \p FD is an asynchronous operation, and of which kind.
  std::optional<TwinKind> asyncKind(const clang::FunctionDecl &FD) const;

private:
  std::optional<AsyncTwin> find(const clang::FunctionDecl &Callee) const;
  std::optional<AsyncTwin> lookupIn(const clang::DeclContext &DC,
                                    clang::DeclarationName Name,
                                    const clang::FunctionDecl &Callee,
                                    unsigned Depth) const;
  TwinCall callForm(const clang::CallExpr &Call, const AsyncTwin &Twin) const;

  const std::vector<TwinConvention> Conventions;
  const AwaitableModel &Awaitables;
  clang::ASTContext &Ctx;
  llvm::DenseMap<const clang::FunctionDecl *, std::optional<AsyncTwin>> Cache;
};

} // namespace corolint

#endif
