//===--- SummaryFormat.h - summaries on disk, as JSON Lines ----*- C++ -*-===//
//
// One TU's summary (SummaryRecords.h) is one JSON Lines file: a header
// record (format, version, the main file's identity and configuration),
// one record per function and per deferred call, and a trailer record with
// the number of lines before it and the hash of their bytes, so that a file
// proves it is whole. docs/whole-program.md documents the format;
// SummaryFormatVersion is its version, and a reader rejects any other.
//
// Reading is bounded: only regular files are opened (a FIFO, a device or a
// directory never is, so nothing waits for a writer), a file above
// MaxSummaryFileBytes is refused unread, and a record nested deeper than
// MaxRecordDepth is refused before it is parsed (llvm::json::parse
// recurses). The JSON Lines layer (readRegularFile, parseRecord, sealed
// files) is independent of what the records say, for other caches.
//
// Thread-safety: free functions without shared state.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_SUMMARYFORMAT_H
#define COROLINT_ANALYSIS_SUMMARYFORMAT_H

#include "SummaryRecords.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace corolint {

/// Version of the summary file format; a reader rejects any other version.
/// 2: the trailer record, configurations, the header's `files`, `elided`.
/// 3: the header's `inputs`, the include closure of exported summaries.
constexpr int SummaryFormatVersion = 3;

/// A summary file above this size is refused unread: 64 MiB, some 200,000
/// function records, far more than the largest TU of the corpus needs.
constexpr uint64_t MaxSummaryFileBytes = uint64_t(64) << 20;
/// A record nested deeper than this is refused before parsing. Records
/// nest 4 deep (a function, its calls, a call's steps, a step).
constexpr unsigned MaxRecordDepth = 32;
/// A main file (or header) above this size is never hashed: clang's source
/// locations address 2 GiB of source per TU, so no TU has such a file.
constexpr uint64_t MaxSourceFileBytes = uint64_t(1) << 31;

/// The hash summaries record of a file's contents: xxh3_64, 16 hex digits.
std::string contentHash(llvm::StringRef Data);

// --- JSON Lines files, whatever their records ---

/// Why \p Path cannot be read as a regular file, or none (then \p Size is
/// its size): "cannot read it: <reason>", or "not a regular file" for a
/// directory, FIFO, device or socket, which is never opened.
std::optional<std::string> regularFileProblem(llvm::StringRef Path,
                                              uint64_t &Size);

/// The first \p Size bytes of the regular file \p Path. It is opened without
/// waiting (O_NONBLOCK) and checked again on the descriptor, so that a file
/// replaced by a FIFO since regularFileProblem() is not read either.
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readRegularFile(llvm::StringRef Path, uint64_t Size);

/// Parses one record, refusing nesting deeper than MaxRecordDepth first.
llvm::Expected<llvm::json::Value> parseRecord(llvm::StringRef Line);

/// The lines of \p Data, each with the offset where it starts; blank lines
/// at the end are dropped.
std::vector<std::pair<size_t, llvm::StringRef>> splitRecords(llvm::StringRef Data);

/// Seals \p Text, \p Records lines each ending in a newline: appends the
/// trailer record, `{"kind":"end","records":N,"hash":H}`, H the
/// contentHash() of the bytes before it.
void appendTrailer(std::string &Text, size_t Records);

/// Why the last of \p Lines (splitRecords(\p Data)) is not a trailer that
/// seals the lines before it, with the line at fault (1-based; 0: the whole
/// file), or none: the file is whole and unchanged since it was sealed.
std::optional<std::pair<size_t, std::string>>
trailerProblem(llvm::ArrayRef<std::pair<size_t, llvm::StringRef>> Lines,
               llvm::StringRef Data);


// --- Summary files ---

/// Reads one summary file. Errors name the file, and the line when one
/// line is at fault: "<path>:<line>: <reason>" or "<path>: <reason>".
/// A file that cannot be read at all (missing, not a regular file, too
/// large) is an error of kind std::errc::io_error, a corrupt one of kind
/// std::errc::invalid_argument.
llvm::Expected<TUSummary> readSummaryFile(llvm::StringRef Path);

/// Parses the contents of a summary file, \p Data, named \p Path in the
/// errors (which are of kind std::errc::invalid_argument).
llvm::Expected<TUSummary> parseSummary(llvm::StringRef Data, llvm::StringRef Path);

/// The contents of \p Summary's file: the header record, one record per
/// function and per deferred call (without their Ids), the trailer.
std::string summaryText(const TUSummary &Summary);

/// The name corolint gives the summary of \p Summary:
/// `<main file name>-<hash of its path>-<configuration>.jsonl`.
std::string summaryFileName(const TUSummary &Summary);

/// Writes \p Summaries into \p Dir (created if needed), one file each
/// (summaryFileName), and removes the other summaries corolint wrote there
/// for the same main files (another configuration, an older format): a
/// directory holds the summaries of the last run that analysed each file.
/// Returns the errors, each naming a file.
std::vector<std::string> writeSummaryFiles(llvm::ArrayRef<TUSummary> Summaries,
                                           llvm::StringRef Dir);

} // namespace corolint

#endif
