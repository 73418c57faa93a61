//===--- SummaryStore.h - where the checks find summaries ------*- C++ -*-===//
//
// The plumbing between the checks and the front ends for whole-program
// analysis (docs/whole-program.md):
//   - SummaryStore is where the corolint command collects the summaries of
//     the TUs it analyses in one run (activeSummaryStore()); the checks then
//     emit a placeholder remark (DeferredRemarkPrefix) per deferred call,
//     which the front end replaces by the finding once every TU is done;
//   - the plugin and corolint-clangd have no store and read a directory
//     instead (check option SummariesDir): loadSummaryDir, once per process
//     and directory (loadedIndex).
//
// Thread-safety: SummaryStore and loadedIndex are thread-safe.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_SUMMARYSTORE_H
#define COROLINT_ANALYSIS_SUMMARYSTORE_H

#include "SummaryIndex.h"
#include "SummaryRecords.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace corolint {

/// What loading a directory found wrong: errors (a missing directory;
/// files that cannot be read or are corrupt, which are skipped) and notes
/// (stale summaries, ignored; two summaries of one TU).
struct LoadProblems {
  std::vector<std::string> Errors, Notes;
};

/// Adds every `*.jsonl` summary of \p Dir to \p Index, except:
///   - those whose main file is in \p Skip (analysed in this run);
///   - stale ones: their main file, a file their links name, or a file of
///     their include closure (Inputs) has another size or hash now (a
///     note), or is gone (a note), or is not a
///     regular file (an error: no main file of a TU is a FIFO or a device;
///     a file is read only when it is a regular file of the recorded size,
///     at most MaxSourceFileBytes);
///   - the second summary of one TU (main file and configuration), a note:
///     the one named as corolint names it (summaryFileName) is used, else
///     the first by name, so that the result never depends on the order of
///     the directory.
LoadProblems loadSummaryDir(llvm::StringRef Dir, SummaryIndex &Index,
                            const llvm::StringSet<> &Skip = {});

/// Collects the summaries of the TUs a front end analyses in one process.
class SummaryStore {
public:
  void add(TUSummary Summary);
  std::vector<TUSummary> take();
  std::atomic<uint64_t> NextId{1};
  /// Whether the summaries record their include closure (TUSummary::Inputs):
  /// set by a front end that exports them, before any TU runs.
  bool RecordInputs = false;

private:
  std::mutex Mutex;
  std::vector<TUSummary> TUs;
};

/// The store the checks write to, or null (then they resolve against the
/// SummariesDir option, if any). Set once by a front end before any TU runs.
SummaryStore *activeSummaryStore();
void setActiveSummaryStore(SummaryStore *Store);

/// A directory's index, loaded and solved once per process and directory
/// (the plugin's check is constructed once per TU).
struct LoadedIndex {
  SummaryIndex Index;
  LoadProblems Problems;
};
const LoadedIndex &loadedIndex(llvm::StringRef Dir);

/// The remark a check emits for a deferred call in a one-pass run; the
/// front end replaces it by the finding, or drops it.
constexpr llvm::StringLiteral DeferredRemarkPrefix = "corolint-deferred-call ";

} // namespace corolint

#endif
