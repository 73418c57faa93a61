//===--- SummaryIndex.cpp - the cross-TU solver ----------------------------===//

#include "SummaryIndex.h"
#include "ChainShape.h"
#include <cassert>
#include <deque>

namespace corolint {

void SummaryIndex::add(TUSummary Summary) {
  Key K{Summary.MainFile, Summary.Configuration};
  TUs.emplace(std::move(K), std::move(Summary));
  Solved = false;
}

/// The chosen way, chain length and tail of a USR whose round is known;
/// the USRs of earlier rounds are settled already.
void SummaryIndex::settle(unsigned USR) {
  USRState &U = States[USR];
  const FunctionSummary &F = *U.First;
  if (F.Blocks) {
    U.Local = U.Leaf = &*F.Blocks;
    const std::vector<SummaryLink> &S = F.Blocks->Steps;
    U.Length = S.size() + F.Blocks->Elided;
    U.Tail[0] = S.size() >= 2 ? &S[S.size() - 2] : nullptr;
    U.Tail[1] = &S.back();
    return;
  }
  for (const ExternalCall &Call : F.Calls) {
    auto It = Ids.find(Call.USR);
    if (It == Ids.end())
      continue;
    const USRState &V = States[It->second];
    if (!V.Round || V.Round >= U.Round)
      continue;
    U.Next = &Call;
    U.NextUSR = It->second;
    U.Leaf = V.Leaf;
    U.Length = Call.Steps.size() + Call.Elided + V.Length;
    U.Tail[1] = V.Tail[1];
    U.Tail[0] = V.Tail[0] ? V.Tail[0] : &Call.Steps.back();
    return;
  }
  assert(false && "a blocking USR's first definition reaches an earlier round");
}

void SummaryIndex::solve() {
  Ids.clear();
  States.clear();
  // Definitions: the first summary of each TU, in key order.
  struct Def {
    const FunctionSummary *F;
    unsigned USR;
    bool Settled = false;
  };
  std::vector<Def> Defs;
  auto IdOf = [&](llvm::StringRef USR) {
    auto [It, Inserted] = Ids.try_emplace(USR, States.size());
    if (Inserted)
      States.emplace_back();
    return It->second;
  };
  for (auto It = TUs.begin(); It != TUs.end(); It = TUs.upper_bound(It->first))
    for (const FunctionSummary &F : It->second.Functions) {
      unsigned Id = IdOf(F.USR);
      Defs.push_back({&F, Id});
      if (!States[Id].First)
        States[Id].First = &F;
      ++States[Id].Pending;
    }
  // Reverse edges: the definitions that call each USR.
  std::vector<std::vector<unsigned>> Callers(States.size());
  for (unsigned D = 0; D < Defs.size(); ++D)
    for (const ExternalCall &Call : Defs[D].F->Calls)
      if (auto It = Ids.find(Call.USR); It != Ids.end())
        Callers[It->second].push_back(D);
  // A worklist in increasing rounds: a definition is settled in round r + 1
  // by the first of its callees settled (in round r); a USR when the last
  // of its definitions is.
  std::deque<unsigned> Work;
  auto SettleDef = [&](unsigned D, unsigned Round) {
    Defs[D].Settled = true;
    USRState &U = States[Defs[D].USR];
    U.MaxRound = std::max(U.MaxRound, Round);
    if (--U.Pending == 0) {
      U.Round = U.MaxRound;
      Work.push_back(Defs[D].USR);
    }
  };
  for (unsigned D = 0; D < Defs.size(); ++D)
    if (Defs[D].F->Blocks)
      SettleDef(D, 1);
  while (!Work.empty()) {
    unsigned USR = Work.front();
    Work.pop_front();
    settle(USR);
    for (unsigned D : Callers[USR])
      if (!Defs[D].Settled)
        SettleDef(D, States[USR].Round + 1);
  }
  Solved = true;
}

std::optional<ResolvedChain> SummaryIndex::resolve(const DeferredCall &Call) const {
  assert(Solved && "solve() before resolve()");
  for (const ExternalCall &Candidate : Call.Candidates) {
    auto It = Ids.find(Candidate.USR);
    if (It == Ids.end() || !States[It->second].Round)
      continue;
    const USRState &First = States[It->second];
    ResolvedChain Chain{Call.Coroutine, Call.Library, {}, 0,
                        First.Leaf->Category, First.Leaf->Advice, First.Leaf->Note,
                        First.Leaf->Twin};
    uint64_t Total = Candidate.Steps.size() + Candidate.Elided + First.Length;
    bool Whole = Total <= KeptHeadSteps + KeptTailSteps;
    size_t Head = Whole ? Total : KeptHeadSteps;
    // The first steps, segment by segment (each keeps its first steps).
    auto Take = [&](const std::vector<SummaryLink> &Steps) {
      for (size_t I = 0; I < Steps.size() && Chain.Steps.size() < Head; ++I)
        Chain.Steps.push_back(Steps[I]);
    };
    Take(Candidate.Steps);
    for (const USRState *U = &First; Chain.Steps.size() < Head;
         U = &States[U->NextUSR]) {
      if (U->Local) {
        Take(U->Local->Steps);
        break;
      }
      Take(U->Next->Steps);
    }
    if (!Whole) { // ...then the last two: the candidate's last step, or the tail's
      Chain.Steps.push_back(First.Tail[0] ? *First.Tail[0] : Candidate.Steps.back());
      Chain.Steps.push_back(*First.Tail[1]);
      Chain.Elided = Total - Chain.Steps.size();
    }
    return Chain;
  }
  return std::nullopt;
}

} // namespace corolint
