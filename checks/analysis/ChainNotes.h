//===--- ChainNotes.h - where and how the checks show a call chain -*- C++ -*-===//
//
// Every coro-* check that reports a call found by BlockingAnalysis shows it
// the same way: the warning at the call (callLocation), then one note per
// further link of the chain, "'helper' calls 'next' here" (noteCallChain).
// Summaries (cross-TU) record call sites at the same place, so that a chain
// reads alike within a file and across files; renderChain words a cross-TU
// chain as text, for the front ends to emit. Both show a long chain as
// ChainShape.h says (forEachShownLink).
//
// Thread-safety: stateless; the notes go through the given check.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_CHAINNOTES_H
#define COROLINT_ANALYSIS_CHAINNOTES_H

#include "BlockingAnalysis.h"
#include "SummaryRecords.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang/Basic/SourceManager.h"

namespace corolint {

/// Where a call is reported: the member name for member calls, else the
/// start of the expression; in macro expansions, the expansion site.
clang::SourceLocation callLocation(const clang::Expr &Call,
                                   const clang::SourceManager &SM);

/// The rule for every chain (ChainShape.h): for a chain of \p Steps kept
/// steps and \p Elided left out, calls \p Link(I) for each link shown (the
/// call Steps[I], made by the callee of Steps[I - 1]), and \p NotShown(N)
/// where N links are not shown.
void forEachShownLink(size_t Steps, uint64_t Elided,
                      llvm::function_ref<void(size_t)> Link,
                      llvm::function_ref<void(uint64_t)> NotShown);
/// "the chain goes through N more calls, not shown".
std::string notShownText(uint64_t Links);

/// Emits, through \p Check, one note per link of \p Path shown: "'<caller>'
/// calls '<callee>' here" at the call, the last one naming the catalogued
/// blocking call, and a note without location for the links not shown.
void noteCallChain(clang::tidy::ClangTidyCheck &Check, const BlockingPath &Path,
                   const clang::SourceManager &SM);

/// One message of a rendered finding. The first is the warning, at the
/// call in the coroutine; the others are notes. A note with an empty File
/// has no location.
struct ChainMessage {
  std::string File;
  uint64_t Offset = 0;
  std::string Text;
};

/// The warning and notes for \p Chain, worded as coro-blocking-call's
/// in-TU chains.
std::vector<ChainMessage> renderChain(const ResolvedChain &Chain);

} // namespace corolint

#endif
