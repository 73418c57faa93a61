//===--- SummaryFormat.h - summaries on disk, as JSON Lines ----*- C++ -*-===//
//
// One TU's summary (SummaryRecords.h) is one JSON Lines file: a header
// record (format, version, the main file's identity), then one record per
// function and per deferred call. docs/whole-program.md documents the
// format; SummaryFormatVersion is its version, and a reader rejects any
// other.
//
// Thread-safety: free functions without shared state.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_SUMMARYFORMAT_H
#define COROLINT_ANALYSIS_SUMMARYFORMAT_H

#include "SummaryRecords.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>

namespace corolint {

/// Version of the summary file format; a reader rejects any other version.
constexpr int SummaryFormatVersion = 1;

/// The hash summaries record of a file's contents: xxh3_64, 16 hex digits.
std::string contentHash(llvm::StringRef Data);

/// Reads one summary file. Errors name the file and line.
llvm::Expected<TUSummary> readSummaryFile(llvm::StringRef Path);

/// Writes \p Summary into \p Dir (created if needed) as
/// `<main file name>-<hash of its path>.jsonl`; returns the file's path.
llvm::Expected<std::string> writeSummaryFile(const TUSummary &Summary,
                                             llvm::StringRef Dir);

} // namespace corolint

#endif
