//===--- HelperGraph.cpp - the call graph of a TU's helpers ---------------===//

#include "HelperGraph.h"
#include "ExecutedCode.h"
#include "llvm/ADT/GraphTraits.h"
#include "llvm/ADT/SCCIterator.h"
#include "llvm/ADT/iterator.h"
#include <queue>

namespace corolint {
namespace {

/// The graph seen by one pass: the nodes it has not solved.
template <HelperGraph::Pass P> struct Unsolved {
  HelperGraph::NodeData *Root;
};

/// The helper calls of a node to nodes pass P has not solved.
template <HelperGraph::Pass P>
class UnsolvedCallees
    : public llvm::iterator_facade_base<UnsolvedCallees<P>, std::forward_iterator_tag,
                                        HelperGraph::NodeData *, std::ptrdiff_t,
                                        HelperGraph::NodeData **,
                                        HelperGraph::NodeData *> {
public:
  UnsolvedCallees(HelperGraph::NodeData *From, size_t I) : From(From), I(I) { skip(); }
  bool operator==(const UnsolvedCallees &O) const { return I == O.I; }
  HelperGraph::NodeData *operator*() const { return target(From->Calls[I]); }
  UnsolvedCallees &operator++() {
    ++I;
    skip();
    return *this;
  }
  UnsolvedCallees operator++(int) {
    UnsolvedCallees Old = *this;
    ++*this;
    return Old;
  }

private:
  HelperGraph::NodeData *target(const HelperGraph::Call &C) const {
    return From->Graph->data(C.Target);
  }
  void skip() {
    while (I < From->Calls.size() &&
           (From->Calls[I].Kind != HelperGraph::CallKind::Helper ||
            target(From->Calls[I])->Solved[P]))
      ++I;
  }
  HelperGraph::NodeData *From;
  size_t I;
};

} // namespace
} // namespace corolint

template <corolint::HelperGraph::Pass P>
struct llvm::GraphTraits<corolint::Unsolved<P>> {
  using NodeRef = corolint::HelperGraph::NodeData *;
  using ChildIteratorType = corolint::UnsolvedCallees<P>;
  static NodeRef getEntryNode(const corolint::Unsolved<P> &G) { return G.Root; }
  static ChildIteratorType child_begin(NodeRef N) {
    (void)N->Graph->calls(N->Id); // classified before the walk looks at them
    return ChildIteratorType(N, 0);
  }
  static ChildIteratorType child_end(NodeRef N) {
    return ChildIteratorType(N, N->Graph->calls(N->Id).size());
  }
};

namespace corolint {

unsigned HelperGraph::node(const clang::FunctionDecl &Definition) {
  auto [It, Inserted] = Ids.try_emplace(&Definition, Nodes.size());
  if (Inserted)
    Nodes.push_back({this, It->second, &Definition, false, {}, {}});
  return It->second;
}

llvm::ArrayRef<HelperGraph::Call> HelperGraph::calls(unsigned Node) {
  if (!Nodes[Node].Classified) {
    Nodes[Node].Classified = true;
    std::vector<Call> Calls;
    const clang::FunctionDecl &Owner = *Nodes[Node].Definition;
    auto Add = [&](std::optional<Call> C) {
      if (!C)
        return;
      if (C->Kind == CallKind::Helper)
        C->Target = node(*C->Callee);
      Calls.push_back(std::move(*C));
    };
    forEachExecutedCallIn(Owner, [&](const clang::Expr &E) { Add(Classify(E, Owner)); });
    if (Implicit)
      Add(Implicit(Owner));
    Nodes[Node].Calls = std::move(Calls);
  }
  return Nodes[Node].Calls;
}

template <HelperGraph::Pass P>
static void walk(HelperGraph::NodeData *Root,
                 llvm::function_ref<void(llvm::ArrayRef<unsigned>)> Visit) {
  std::vector<unsigned> Members;
  for (auto It = llvm::scc_begin(Unsolved<P>{Root}); !It.isAtEnd(); ++It) {
    Members.clear();
    for (HelperGraph::NodeData *N : *It)
      Members.push_back(N->Id);
    Visit(Members);
    for (HelperGraph::NodeData *N : *It)
      N->Solved[P] = true;
  }
}

void HelperGraph::visitBottomUp(
    unsigned Root, Pass P, llvm::function_ref<void(llvm::ArrayRef<unsigned>)> Visit) {
  if (Nodes[Root].Solved[P])
    return;
  if (P == BlockingPass)
    walk<BlockingPass>(&Nodes[Root], Visit);
  else
    walk<ReachPass>(&Nodes[Root], Visit);
}

void HelperGraph::shortestWithin(llvm::ArrayRef<unsigned> Members,
                                 llvm::MutableArrayRef<Way> Best) {
  if (Members.size() < 2) // a call of itself never shortens a way
    return;
  llvm::DenseMap<unsigned, unsigned> Position;
  for (unsigned I = 0; I < Members.size(); ++I)
    Position[Members[I]] = I;
  // Reverse edges within the SCC: (caller position, call number) per callee.
  std::vector<std::vector<std::pair<unsigned, unsigned>>> Callers(Members.size());
  for (unsigned I = 0; I < Members.size(); ++I) {
    const std::vector<Call> &Calls = Nodes[Members[I]].Calls;
    for (unsigned C = 0; C < Calls.size(); ++C)
      if (Calls[C].Kind == CallKind::Helper)
        if (auto It = Position.find(Calls[C].Target); It != Position.end())
          Callers[It->second].push_back({I, C});
  }
  using Entry = std::pair<unsigned, unsigned>; // distance, position
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> Queue;
  for (unsigned I = 0; I < Members.size(); ++I)
    if (Best[I].Dist)
      Queue.push({Best[I].Dist, I});
  std::vector<bool> Done(Members.size());
  while (!Queue.empty()) {
    auto [Dist, J] = Queue.top();
    Queue.pop();
    if (Done[J] || Dist != Best[J].Dist)
      continue;
    Done[J] = true;
    for (auto [I, C] : Callers[J]) {
      Way &W = Best[I];
      if (Done[I] || (W.Dist && (Dist + 1 > W.Dist || (Dist + 1 == W.Dist && C > W.Call))))
        continue;
      bool Shorter = !W.Dist || Dist + 1 < W.Dist;
      W = {Dist + 1, C};
      if (Shorter)
        Queue.push({W.Dist, I});
    }
  }
}

} // namespace corolint
