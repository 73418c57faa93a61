//===--- HelperGraph.h - the call graph of a TU's helpers ------*- C++ -*-===//
//
// The helpers of a translation unit as a call graph, for the analyses that
// follow calls (BlockingAnalysis, SummaryBuilder). A node is a function's
// definition; its calls are those its body executes (forEachExecutedCallIn),
// in source order, each classified once by the owner's rule: a call that
// blocks by itself, a call of a helper (an edge to its node), a call of a
// function defined in another TU, or nothing to follow (not kept). Nodes and
// their calls are made on first use, so the cost is in the code reached.
//
// Solvers run bottom-up: visitBottomUp() hands them, callees first, each
// strongly connected component (SCC) reachable from a node through nodes
// the pass has not solved yet, using llvm::scc_iterator (Tarjan's
// algorithm, with its own stack: a chain of 5,000 helpers does not
// recurse). Each node is solved once per pass, so a pass is linear in the
// calls reached. shortestWithin() finishes an SCC: the shortest way out of
// each member, ties going to the earlier call in source order, so that a
// chain is finite and independent of the order of definitions or queries.
//
// Thread-safety: one graph per TU and thread.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_HELPERGRAPH_H
#define COROLINT_ANALYSIS_HELPERGRAPH_H

#include "BlockingCatalog.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include <deque>
#include <functional>
#include <optional>
#include <vector>

namespace corolint {

class HelperGraph {
public:
  enum class CallKind : unsigned char {
    Blocking, ///< blocks by itself: Match is set
    Helper,   ///< calls the helper of node Target
    External, ///< calls Callee, which another TU defines
  };
  struct Call {
    const clang::Expr *Site;
    const clang::FunctionDecl *Callee; ///< for a helper, its definition
    CallKind Kind;
    unsigned Target = 0;                ///< Helper: the callee's node
    std::optional<BlockingMatch> Match; ///< Blocking
  };
  /// What a call made in the body of a node's definition (the second
  /// argument) is to the owner; Target is filled in by the graph.
  using Classifier = std::function<std::optional<Call>(const clang::Expr &,
                                                       const clang::FunctionDecl &)>;
  /// A call a definition makes with no call expression of its own (a
  /// destructor at the end of a scope), appended after its calls; may be
  /// empty.
  using Extra = std::function<std::optional<Call>(const clang::FunctionDecl &)>;

  explicit HelperGraph(Classifier Classify, Extra Implicit = nullptr)
      : Classify(std::move(Classify)), Implicit(std::move(Implicit)) {}

  /// The node of a definition (made on first use).
  unsigned node(const clang::FunctionDecl &Definition);
  const clang::FunctionDecl &definition(unsigned Node) const {
    return *Nodes[Node].Definition;
  }
  /// The node's calls, in source order (classified on first use).
  llvm::ArrayRef<Call> calls(unsigned Node);
  /// The number of nodes made so far.
  unsigned size() const { return Nodes.size(); }

  /// The passes that solve over the graph, each once per node.
  enum Pass : unsigned { BlockingPass, ReachPass, NumPasses };
  bool solved(unsigned Node, Pass P) const { return Nodes[Node].Solved[P]; }

  /// Calls \p Visit with each SCC reachable from \p Root through nodes \p P
  /// has not solved, callees first; each is marked solved after its visit.
  void visitBottomUp(unsigned Root, Pass P,
                     llvm::function_ref<void(llvm::ArrayRef<unsigned>)> Visit);

  /// The best way out of a node: Dist calls to the goal (0: none known)
  /// starting with its call number Call.
  struct Way {
    unsigned Dist = 0, Call = 0;
  };
  /// Within the SCC \p Members (as visitBottomUp hands it), given in
  /// \p Best each member's best way out through calls that leave the SCC,
  /// sets the shortest ways through the other members too (Dijkstra's
  /// algorithm on unit edges), ties going to the earlier call.
  void shortestWithin(llvm::ArrayRef<unsigned> Members,
                      llvm::MutableArrayRef<Way> Best);

  /// A node's storage, for the SCC walk (llvm::GraphTraits).
  struct NodeData {
    HelperGraph *Graph;
    unsigned Id;
    const clang::FunctionDecl *Definition;
    bool Classified = false;
    bool Solved[NumPasses] = {};
    std::vector<Call> Calls;
  };

  NodeData *data(unsigned Node) { return &Nodes[Node]; }

private:
  Classifier Classify;
  Extra Implicit;
  std::deque<NodeData> Nodes; ///< stable addresses: scc_iterator's NodeRef
  llvm::DenseMap<const clang::FunctionDecl *, unsigned> Ids;
};

} // namespace corolint

#endif
