//===--- SummaryIndex.cpp - the cross-TU solver ----------------------------===//

#include "SummaryIndex.h"
#include <cassert>

namespace corolint {

void SummaryIndex::add(TUSummary Summary) {
  std::string Key = Summary.MainFile;
  TUs[Key] = std::move(Summary);
  Solved = false;
}

void SummaryIndex::solve() {
  Blocking.clear();
  llvm::StringMap<std::vector<const FunctionSummary *>> Defs;
  for (const auto &[File, TU] : TUs)
    for (const FunctionSummary &F : TU.Functions)
      Defs[F.USR].push_back(&F);
  // Rounds: a USR is marked in round k when each of its definitions blocks
  // locally or calls a USR marked in an earlier round. The choices recorded
  // point to earlier rounds only, so every chain is finite, cycles included,
  // and the result does not depend on the iteration order.
  for (bool Changed = true; Changed;) {
    Changed = false;
    std::vector<std::pair<llvm::StringRef, Choice>> Marked;
    for (const auto &Entry : Defs) {
      if (Blocking.count(Entry.getKey()))
        continue;
      Choice First;
      bool All = true;
      for (size_t I = 0; I < Entry.getValue().size() && All; ++I) {
        const FunctionSummary &F = *Entry.getValue()[I];
        Choice C;
        if (F.Blocks)
          C.Local = &*F.Blocks;
        else
          for (const ExternalCall &Call : F.Calls)
            if (Blocking.count(Call.USR)) {
              C.Next = &Call;
              break;
            }
        All = C.Local || C.Next;
        if (I == 0)
          First = C;
      }
      if (All)
        Marked.push_back({Entry.getKey(), First});
    }
    for (auto &[USR, C] : Marked)
      Blocking[USR] = C;
    Changed = !Marked.empty();
  }
  Solved = true;
}

void SummaryIndex::appendPath(llvm::StringRef USR, ResolvedChain &Chain) const {
  for (size_t Guard = 0; Guard <= Blocking.size(); ++Guard) {
    auto It = Blocking.find(USR);
    if (It == Blocking.end())
      return;
    const Choice &C = It->second;
    if (C.Local) {
      Chain.Steps.insert(Chain.Steps.end(), C.Local->Steps.begin(),
                         C.Local->Steps.end());
      Chain.Category = C.Local->Category;
      Chain.Advice = C.Local->Advice;
      Chain.Note = C.Local->Note;
      return;
    }
    Chain.Steps.insert(Chain.Steps.end(), C.Next->Steps.begin(),
                       C.Next->Steps.end());
    USR = C.Next->USR;
  }
}

std::optional<ResolvedChain> SummaryIndex::resolve(const DeferredCall &Call) const {
  assert(Solved && "solve() before resolve()");
  for (const ExternalCall &Candidate : Call.Candidates) {
    if (!Blocking.count(Candidate.USR))
      continue;
    ResolvedChain Chain{Call.Coroutine, Call.Library, Candidate.Steps, "", "", ""};
    appendPath(Candidate.USR, Chain);
    if (Chain.Category.empty())
      return std::nullopt; // cannot happen: every choice ends locally
    return Chain;
  }
  return std::nullopt;
}

} // namespace corolint
