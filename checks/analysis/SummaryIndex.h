//===--- SummaryIndex.h - the cross-TU solver ------------------*- C++ -*-===//
//
// The merged summaries of a program (SummaryRecords.h) and their fixpoint:
// which functions block, through other TUs and cycles included, and by
// which chain; then the full chain of a deferred call.
//
// A USR defined in several TUs (two executables of one database may each
// define `util::load()`) is followed only if every definition blocks.
//
// Thread-safety: built by one thread, then only read.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_SUMMARYINDEX_H
#define COROLINT_ANALYSIS_SUMMARYINDEX_H

#include "SummaryRecords.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <map>
#include <optional>
#include <string>

namespace corolint {

/// The merged summaries of a program and their fixpoint.
class SummaryIndex {
public:
  /// Adds (or replaces, for the same main file) a TU's summary.
  void add(TUSummary Summary);
  bool contains(llvm::StringRef MainFile) const { return TUs.count(MainFile.str()); }
  const std::map<std::string, TUSummary> &units() const { return TUs; }

  /// Computes which USRs block. Call after the last add().
  void solve();

  /// The chain of \p Call's first candidate whose function blocks.
  std::optional<ResolvedChain> resolve(const DeferredCall &Call) const;

private:
  struct Choice {
    const LocalBlock *Local = nullptr; ///< blocks within its TU, or
    const ExternalCall *Next = nullptr; ///< through this call
  };
  void appendPath(llvm::StringRef USR, ResolvedChain &Chain) const;

  std::map<std::string, TUSummary> TUs; ///< by main file: deterministic order
  llvm::StringMap<Choice> Blocking;
  bool Solved = false;
};

} // namespace corolint

#endif
