//===--- ImplicitWaits.h - destructors that wait ---------------*- C++ -*-===//
//
// Some destructors block, and no call is written for them: they run at the
// closing brace of a local's scope. Three kinds are found, each a row of
// checks/catalogue/std.def (so that Categories and AllowedFunctions apply):
//
//   - `std::jthread::~jthread` (wait): a jthread that may still own a
//     thread joins it ([thread.jthread.cons]: "if joinable(), calls
//     request_stop() and then join()");
//   - `std::future::~future` (wait): the future of a `std::async` call that
//     runs the task on a thread waits for the task ([futures.async]: the
//     last reference to its shared state blocks until the task ends). That
//     is `std::launch::async`, `async | deferred`, and the default policy:
//     libstdc++, libc++ and MSVC all start a thread for those (libstdc++
//     falls back to deferred only when no thread can be created). A
//     `std::launch::deferred` future, or a policy that is not a constant,
//     is not reported;
//   - `std::basic_ofstream::~basic_ofstream`, `std::basic_fstream::~basic_fstream`
//     (file-io): a stream that may be open flushes its buffer and closes the
//     file ([filebuf.cons]: ~basic_filebuf calls close()).
//
// A local is reported unless, somewhere in the function (lambdas
// included), it is moved from (`std::move(t)`, `std::forward`, `std::swap`,
// `std::exchange`, a cast to an rvalue reference, a `return`/`co_return` of
// it), its address is taken, a reference is bound to it in a declaration,
// or a member call settles it: `detach()`, `join()` or `swap()` on a jthread
// (a joined jthread's destructor does not wait again; the join itself is a
// reported call), `get()`, `wait()` or `share()` on a future (likewise),
// `close()`, `open()` or `swap()` on a stream, or an assignment to a future.
// A default-constructed jthread owns no thread until assigned to. A stream
// that the function opens itself (a constructor given a file name, or
// `open()`) is reported at that call, not again at its destructor: the fix,
// moving the file work off the event loop, is the same; a stream that comes
// from elsewhere (moved in, returned by a call, assigned) is reported at its
// destructor. Evidence is weak on purpose: one settling use anywhere
// silences the local, whatever the path.
//
// A `std::async` call in statement position (`std::async(std::launch::async,
// f);`, or cast to void) discards its future, whose destructor waits at
// once: it is reported as the same wait, at the call.
//
// Lambdas and local classes declared in the body are other code and are
// not searched for locals; futures and threads kept in members, containers
// or returned values are not locals and are not reported.
//
// Thread-safety: stateless; one AST per call.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_IMPLICITWAITS_H
#define COROLINT_ANALYSIS_IMPLICITWAITS_H

#include "BlockingAnalysis.h"
#include "BlockingCatalog.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLExtras.h"
#include <optional>

namespace corolint {

/// What an implicit wait waits for, which words its diagnostic.
enum class WaitKind {
  Join, ///< a std::jthread joins its thread
  Task, ///< a std::async future waits for its task
  File, ///< a file stream flushes and closes its file
};

struct ImplicitWait {
  WaitKind Kind;
  /// The local, or null for a discarded std::async future.
  const clang::VarDecl *Var;
  /// Var's initializer, or the std::async call: where the wait is reported
  /// in a call chain.
  const clang::Expr *Site;
  const clang::CXXDestructorDecl *Destructor;
  /// Where Var's destructor runs: the end of its scope (the closing brace);
  /// invalid for a temporary.
  clang::SourceLocation ScopeEnd;
  BlockingMatch Match; ///< the destructor's catalogue row
};

/// Calls \p Report for each implicit wait of \p Body whose row \p Catalog
/// enables, in source order of the declarations.
void forEachImplicitWait(const clang::Stmt &Body, const BlockingCatalog &Catalog,
                         clang::ASTContext &Ctx,
                         llvm::function_ref<void(const ImplicitWait &)> Report);

/// The first implicit wait of \p FD's body as a one-step path (its Site and
/// Destructor), for helper summaries (BlockingAnalysis.h): a helper whose
/// local jthread joins blocks its caller.
std::optional<BlockingPath> implicitWaitPath(const clang::FunctionDecl &FD,
                                             const BlockingCatalog &Catalog,
                                             clang::ASTContext &Ctx);

} // namespace corolint

#endif
