//===--- Summaries.h - cross-TU blocking summaries -------------*- C++ -*-===//
//
// Whole-program analysis for coro-blocking-call (docs/whole-program.md).
// Per-TU analysis (BlockingAnalysis.h) follows helpers whose definition is in
// the translation unit; a call to a function defined in another TU of the
// project (`config::load()` declared in a header, defined in config.cpp) is
// opaque to it. *Summaries* close that gap. One file per job:
//
//   SummaryRecords.h  the records: a TU's exported functions, how each
//                     blocks or which external functions it calls, and the
//                     coroutines' deferred calls;
//   SummaryBuilder.h  the AST side: builds a TU's summary while it is
//                     analysed;
//   SummaryIndex.h    the cross-TU solver: merges the TUs' summaries, finds
//                     which functions block and resolves deferred calls;
//   SummaryFormat.h   the files: one TU's summary as JSON Lines;
//   SummaryStore.h    the plumbing: the corolint command's in-process store,
//                     a directory's loaded index for the plugin;
//   ChainNotes.h      how a resolved chain is worded (renderChain).
//
// This header includes them all, for the checks and front ends.
//
// Virtual calls, calls through pointers, coroutines and functions in system
// headers, TrustedNamespaces or AllowedFunctions are never followed.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_SUMMARIES_H
#define COROLINT_ANALYSIS_SUMMARIES_H

#include "ChainNotes.h"
#include "SummaryBuilder.h"
#include "SummaryFormat.h"
#include "SummaryIndex.h"
#include "SummaryRecords.h"
#include "SummaryStore.h"

#endif
