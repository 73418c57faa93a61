//===--- TraversalScope.h - match only outside system headers --*- C++ -*-===//
//
// MatchFinder walks the whole translation unit: every declaration of every
// system header and every template instantiated there. The coro-* checks
// report nothing in system headers (clang-tidy drops such diagnostics unless
// SystemHeaders is on), and they reach library code they need by following
// calls from the user's bodies, never by traversal. On a TU that includes
// LLVM's or Qt's headers the walk was most of corolint's cost over a bare
// parse (issue 14: about 4.5% of the instructions of a tool/ TU under
// callgrind).
//
// SystemHeaderScope narrows the traversal to the top-level declarations
// whose expansion location is outside system headers, through
// ASTContext::setTraversalScope, the mechanism clangd uses to limit clang-tidy
// to the main file's declarations (clangd's ParsedAST::build). It is a match
// callback on the TranslationUnitDecl: MatchFinder matches that node before
// it visits the TU's children, so the narrowed scope applies to the rest of
// the same traversal. At the end of the TU the whole-TU scope is restored, so
// consumers that run after the matchers (the static analyzer) see the TU as
// before.
//
// It narrows only when that cannot change another check's results:
//  - the scope is still the whole TU (clangd has already narrowed it
//    further; widening it would deserialise the preamble);
//  - SystemHeaders is off;
//  - no check outside coro-* is enabled: the Checks glob has no positive
//    pattern other than coro-*, clang-diagnostic-* (compiler warnings, not
//    matchers) and clang-analyzer-* (its own consumer, after the matchers).
//    A run with other checks keeps the whole-TU traversal they were written
//    for.
//
// Thread-safety: one object per check instance, and clang-tidy runs a check
// instance on one TU at a time.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_TRAVERSALSCOPE_H
#define COROLINT_ANALYSIS_TRAVERSALSCOPE_H

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy {
class ClangTidyContext;
} // namespace clang::tidy

namespace corolint {

/// True if the clang-tidy Checks glob \p Checks enables no check outside
/// coro-* (see the file comment for the patterns that are allowed).
bool enablesOnlyCoroChecks(llvm::StringRef Checks);

class SystemHeaderScope : public clang::ast_matchers::MatchFinder::MatchCallback {
public:
  /// Reads SystemHeaders and Checks from \p Context's options for the
  /// current file (a check is constructed per TU).
  explicit SystemHeaderScope(const clang::tidy::ClangTidyContext &Context);

  /// Registers the TranslationUnitDecl matcher on \p Finder; does nothing if
  /// this run may not narrow.
  void registerOn(clang::ast_matchers::MatchFinder &Finder);

  void run(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  llvm::StringRef getID() const override { return "coro-traversal-scope"; }

private:
  const bool MayNarrow;
  /// The TU this object narrowed, to restore at its end; null otherwise.
  clang::ASTContext *Narrowed = nullptr;
};

} // namespace corolint

#endif
