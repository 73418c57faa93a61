//===--- SummaryRecords.h - what a cross-TU summary holds ------*- C++ -*-===//
//
// The records of whole-program analysis (docs/whole-program.md), as plain
// data: what SummaryBuilder records for a translation unit (TU), what
// SummaryFormat stores on disk, and what SummaryIndex solves over.
//
// Paths are absolute; offsets are byte offsets in the file; lines and
// columns are 1-based. The records are values: copy and move freely.
//
// Long chains are stored as they are shown (ChainNotes.h): a chain of more
// than MaxShownLinks + 2 steps keeps its first MaxShownLinks steps and its
// last two, and counts the steps left out between them in Elided.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_SUMMARYRECORDS_H
#define COROLINT_ANALYSIS_SUMMARYRECORDS_H

#include "LibraryNotes.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace corolint {

/// One call on a chain: where the call is and what it calls (the display
/// name of the function, or the catalogue name for the final blocking call).
struct SummaryLink {
  std::string File; ///< absolute path
  uint64_t Offset = 0, Line = 0, Column = 0;
  std::string Callee;
};

/// How a function blocks within its own TU: Steps.front() is a call in its
/// body, Steps.back() the catalogued blocking call.
struct LocalBlock {
  std::vector<SummaryLink> Steps;
  uint64_t Elided = 0; ///< steps left out before the last two
  std::string Category;
  std::string Advice; ///< adviceName() of the catalogue entry's note
  std::string Note;   ///< the entry's own note (BlockingEntry::Alternative), else empty
  /// For an async-twin finding, the twin's call form (BlockingMatch::Twin),
  /// worded per library when the chain is rendered.
  std::optional<TwinCall> Twin;
};

/// A call, possibly through in-TU helpers, of a function the TU does not
/// define: Steps.back() calls the function named by USR.
struct ExternalCall {
  std::vector<SummaryLink> Steps;
  uint64_t Elided = 0; ///< steps left out before the last two
  std::string USR;
};

struct FunctionSummary {
  std::string USR, Name;
  std::optional<LocalBlock> Blocks; ///< set: it blocks; Calls is then empty
  /// One call per external USR: in source order of the first step, then
  /// the shortest chain (BlockingAnalysis.h).
  std::vector<ExternalCall> Calls;
};

/// A call in an async coroutine whose blocking depends on other TUs: the
/// candidates share Steps.front(), the call in the coroutine's body.
struct DeferredCall {
  uint64_t Id = 0;        ///< unique within a process (SummaryStore::NextId)
  std::string Coroutine;  ///< CoroutineModel::describe
  std::string Library;    ///< the coroutine's return type, which picks the
                          ///< library the note is worded in (LibraryNotes.h)
  std::vector<ExternalCall> Candidates;
};

/// A file's identity when a TU was analysed: its path, size and contentHash().
struct SummaryFile {
  std::string Path; ///< absolute path
  uint64_t Size = 0;
  std::string Hash;
};

/// A TU is its main file compiled with one configuration: a file listed
/// twice in a database with other flags is two TUs.
struct TUSummary {
  std::string MainFile; ///< absolute path
  uint64_t Size = 0;    ///< of the main file when analysed
  std::string Hash;     ///< contentHash() of the main file's contents
  int64_t MTime = 0;    ///< seconds since the epoch (informative)
  /// What else than the main file decides the TU's code: a hash of its
  /// predefined macros, header search paths, language options and target
  /// (translationUnitConfiguration(), SummaryBuilder.h).
  std::string Configuration;
  /// The other files the links name (headers with inline helpers), so that
  /// a reader can check each link names a file of this TU, unchanged.
  std::vector<SummaryFile> Files;
  /// The other files the TU's preprocessor entered (every header it
  /// included, at any depth, system headers too), not already in Files:
  /// recorded only for summaries a run exports (SummaryStore::RecordInputs),
  /// so that a reader judges an exported summary stale when any file of its
  /// include closure changed.
  std::vector<SummaryFile> Inputs;
  std::vector<FunctionSummary> Functions;
  std::vector<DeferredCall> Deferred;
};

/// A deferred call resolved: the full chain and the final blocking call.
struct ResolvedChain {
  std::string Coroutine, Library;
  std::vector<SummaryLink> Steps; ///< Steps.back().Callee is the catalogue name
  uint64_t Elided = 0;            ///< steps left out before the last two
  std::string Category, Advice, Note;
  std::optional<TwinCall> Twin;
};

} // namespace corolint

#endif
