//===--- SummaryIndex.h - the cross-TU solver ------------------*- C++ -*-===//
//
// The merged summaries of a program (SummaryRecords.h) and their fixpoint:
// which functions block, through other TUs and cycles included, and by
// which chain; then the chain of a deferred call.
//
// A USR is *blocking* when each of its definitions blocks within its TU or
// calls a blocking USR: the least fixpoint, solved by a worklist over the
// reverse call edges (each definition is settled once, by the first of its
// callees found blocking), linear in the number of calls. A USR's round is
// the length of the longest of its definitions' shortest ways to a
// blocking call; the call chosen for a USR is, in its first definition (TUs
// in order of main file, then configuration), the first call of a USR of an
// earlier round, so that every chain is finite and nothing depends on the
// order the summaries were added in.
//
// A USR defined in several TUs (two executables of one database may each
// define `util::load()`, or one file is compiled twice with other flags) is
// thus followed only if every definition blocks.
//
// Chains are kept as ChainShape.h says: resolve() costs O(MaxShownLinks)
// however long the chain.
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
#include <utility>
#include <vector>

namespace corolint {

/// The merged summaries of a program and their fixpoint.
class SummaryIndex {
public:
  /// A TU: its main file and configuration.
  using Key = std::pair<std::string, std::string>;

  /// Adds a TU's summary. Several summaries of one TU (a file given twice
  /// with the same flags) are all kept; the first is solved over.
  void add(TUSummary Summary);
  const std::multimap<Key, TUSummary> &units() const { return TUs; }

  /// Computes which USRs block. Call after the last add().
  void solve();

  /// The chain of \p Call's first candidate whose function blocks.
  std::optional<ResolvedChain> resolve(const DeferredCall &Call) const;

private:
  struct USRState {
    unsigned Pending = 0;   ///< definitions not yet known to block
    unsigned Round = 0;     ///< 0: not blocking
    unsigned MaxRound = 0;  ///< of the definitions settled so far
    const FunctionSummary *First = nullptr; ///< the first definition
    // Set once blocking: the chosen way, the chain's length and its last
    // two links, and the blocking call's local block.
    const LocalBlock *Local = nullptr;
    const ExternalCall *Next = nullptr;
    unsigned NextUSR = 0;
    uint64_t Length = 0;
    const SummaryLink *Tail[2] = {nullptr, nullptr};
    const LocalBlock *Leaf = nullptr;
  };
  void settle(unsigned USR);

  std::multimap<Key, TUSummary> TUs; ///< deterministic order
  llvm::StringMap<unsigned> Ids;
  std::vector<USRState> States;
  bool Solved = false;
};

} // namespace corolint

#endif
