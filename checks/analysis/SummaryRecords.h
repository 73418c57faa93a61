//===--- SummaryRecords.h - what a cross-TU summary holds ------*- C++ -*-===//
//
// The records of whole-program analysis (docs/whole-program.md), as plain
// data: what SummaryBuilder records for a translation unit (TU), what
// SummaryFormat stores on disk, and what SummaryIndex solves over.
//
// Paths are absolute; offsets are byte offsets in the file; lines and
// columns are 1-based. The records are values: copy and move freely.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_SUMMARYRECORDS_H
#define COROLINT_ANALYSIS_SUMMARYRECORDS_H

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
  std::string Category;
  std::string Advice; ///< adviceName() of the catalogue entry's note
  std::string Note;   ///< the entry's own note (BlockingEntry::Alternative), else empty
};

/// A call, possibly through in-TU helpers, of a function the TU does not
/// define: Steps.back() calls the function named by USR.
struct ExternalCall {
  std::vector<SummaryLink> Steps;
  std::string USR;
};

struct FunctionSummary {
  std::string USR, Name;
  std::optional<LocalBlock> Blocks; ///< set: it blocks; Calls is then empty
  std::vector<ExternalCall> Calls;  ///< first call per external USR
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

struct TUSummary {
  std::string MainFile; ///< absolute path
  uint64_t Size = 0;    ///< of the main file when analysed
  std::string Hash;     ///< contentHash() of the main file's contents
  int64_t MTime = 0;    ///< seconds since the epoch (informative)
  std::vector<FunctionSummary> Functions;
  std::vector<DeferredCall> Deferred;
};

/// A deferred call resolved: the full chain and the final blocking call.
struct ResolvedChain {
  std::string Coroutine, Library;
  std::vector<SummaryLink> Steps; ///< Steps.back().Callee is the catalogue name
  std::string Category, Advice, Note;
};

} // namespace corolint

#endif
