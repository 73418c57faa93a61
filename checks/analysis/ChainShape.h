//===--- ChainShape.h - how much of a call chain is kept and shown -*- C++ -*-===//
//
// One rule for every chain, within a TU and across TUs (ChainNotes.h shows
// them, BlockingAnalysis.h and the summaries keep them): notes show at most
// MaxShownLinks links of a chain, the first MaxShownLinks - 1, then a note
// with the number not shown, then the last one. So a chain of more than
// MaxShownLinks + 2 steps is kept as its first MaxShownLinks steps and its
// last two (the last link names its caller), with the number of steps left
// out between them: what is found never depends on the chain's length, and
// what is kept and printed is bounded.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_CHAINSHAPE_H
#define COROLINT_ANALYSIS_CHAINSHAPE_H

namespace corolint {

/// Notes show at most this many links of a chain.
constexpr unsigned MaxShownLinks = 4;
/// A longer chain keeps its first KeptHeadSteps steps and its last
/// KeptTailSteps.
constexpr unsigned KeptHeadSteps = MaxShownLinks, KeptTailSteps = 2;

} // namespace corolint

#endif
