//===--- Fingerprint.h - a finding's name that survives moved lines -*- C++ -*-===//
//
// Fingerprints gives each reported finding the value SARIF's
// partialFingerprints["corolint/v1"] carries and the baseline (Baseline.h)
// is keyed by: "<xxh3>:<occurrence>", where <xxh3> is the 64-bit XXH3
// (llvm::xxh3_64bits), in 16 lowercase hex digits, of
//   check name, the file as SARIF names it (relative to the source root,
//   SourceFiles.h), the source line's text with runs of blanks collapsed and
//   the ends trimmed, and the message,
// and <occurrence> (1, 2, ...) tells apart the findings of one run with the
// same hash (identical lines with the same finding in one file), in the
// order they are reported, as GitHub's own primaryLocationLineHash does.
// The line number is not part of it: inserting or removing lines above a
// finding, or re-indenting its line, keeps its fingerprint; editing the
// line, its message, or renaming the file changes it.
//
// Thread-safety: none; one instance per run, called in report order.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_FINGERPRINT_H
#define COROLINT_TOOL_FINGERPRINT_H

#include "SourceFiles.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/StringMap.h"
#include <string>

namespace corolint {

/// The key of the fingerprint in SARIF's partialFingerprints.
extern const char FingerprintKey[];

class Fingerprints {
public:
  Fingerprints(const SourceRoot &Root) : Root(Root) {}

  /// The fingerprint of the next reported finding \p E: call once per
  /// finding, in report order. Empty for a diagnostic without a file.
  std::string next(const clang::tidy::ClangTidyError &E);
  const SourceRoot &root() const { return Root; }

private:
  const SourceRoot &Root;
  SourceFiles Sources;
  llvm::StringMap<unsigned> Occurrences; // hash -> times seen so far
};

} // namespace corolint

#endif
