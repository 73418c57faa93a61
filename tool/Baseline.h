//===--- Baseline.h - the findings a project has accepted -----*- C++ -*-===//
//
// A baseline file records the findings of a run (--write-baseline=FILE), so
// that a later run (--baseline=FILE) reports, and counts in its exit status,
// only the findings that are not in it: how a legacy code base adopts the
// checks and fails CI on new findings only (as detekt's, PHPStan's and
// Android Lint's baselines do).
//
// A finding is known by its fingerprint (Fingerprint.h: SARIF's
// partialFingerprints["corolint/v1"]), which does not depend on its line
// number: lines inserted or removed above it keep it in the baseline.
//
// The file is JSON (llvm::json, which writes an object's keys sorted),
// written whole or not at all (AtomicFile.h), its entries sorted by file,
// check, message and fingerprint, so that it diffs well under version
// control:
//   {
//     "entries": [
//       {"check": "coro-blocking-call", "file": "src/a.cpp",
//        "fingerprint": "0123456789abcdef:1", "message": "..."}, ...
//     ],
//     "fingerprintKey": "corolint/v1",
//     "version": 1
//   }
// "file" is relative to the source root (--source-root), absolute outside
// it; "file", "check" and "message" are there for the reader: only the
// fingerprint is matched. Each entry matches at most one finding.
//
// Errors: a file that cannot be read or is not such a document is an Error
// with one message, "cannot read baseline '<path>': <reason>" or "invalid
// baseline '<path>': <reason>"; a failed write, "cannot write '<path>':
// <reason>".
// Thread-safety: none.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_BASELINE_H
#define COROLINT_TOOL_BASELINE_H

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace corolint {

struct BaselineEntry {
  std::string File, Check, Message, Fingerprint;
};

class Baseline {
public:
  static llvm::Expected<Baseline> read(llvm::StringRef Path);
  /// Writes \p Entries, sorted, to \p Path.
  static llvm::Error write(llvm::StringRef Path, std::vector<BaselineEntry> Entries);

  /// True if \p Fingerprint is in the baseline and not matched yet; it is
  /// then matched.
  bool match(llvm::StringRef Fingerprint);
  /// The entries no finding of the run matched.
  unsigned unmatched() const { return Entries.size() - Matched; }

private:
  llvm::StringMap<bool> Entries; // fingerprint -> matched
  unsigned Matched = 0;
};

} // namespace corolint

#endif
