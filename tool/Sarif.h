//===--- Sarif.h - one SARIF 2.1.0 log for a corolint run -----------------===//
//
// SarifLog collects the diagnostics of every translation unit of a run and
// writes them as one SARIF 2.1.0 log (https://docs.oasis-open.org/sarif/),
// the format GitHub code scanning and most CI dashboards read.
//
// Shapes:
//   - one run; tool.driver.rules has one rule per enabled check (plus any
//     other diagnostic name that produced a result), with the descriptions
//     and the documentation link taken from docs/checks/<id>.md at build time;
//   - one result per warning (duplicates from a header seen by several
//     translation units are dropped), with its location, the notes as
//     relatedLocations, the fix-its as fixes, the partialFingerprints entry
//     the caller gives (Fingerprint.h: it does not depend on the line
//     number) and, in a run with a baseline, its baselineState: "unchanged"
//     for a finding in the baseline (in the log, so that review tools can
//     show it, but not counted in the exit status), "new" for the others;
//   - errors (a translation unit that does not compile, a crash, a missing
//     file, an error of the run such as unreadable summaries) become
//     invocations[0].toolExecutionNotifications and set executionSuccessful
//     to false.
// Units: lines and columns are 1-based; columns count UTF-16 code units
// (SARIF's default columnKind), computed from clang's byte offsets
// (SourceFiles.h).
// Paths: a file under the source root is a URI relative to it with uriBaseId
// %SRCROOT% (defined in originalUriBaseIds); any other file keeps an absolute
// file:// URI (SourceRoot::uri).
// Errors: a source file that cannot be read again is reported without a
// region. Nothing throws.
// Thread-safety: none; the caller serialises calls (corolint adds each
// translation unit under its print lock, in input order, so that the log is
// deterministic).
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_SARIF_H
#define COROLINT_TOOL_SARIF_H

#include "SourceFiles.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace corolint {

/// Where the documentation of check <id> lives: DocsBaseUrl + <id> + ".md".
/// One constant, set at configure time (COROLINT_DOCS_URL).
extern const char *const DocsBaseUrl;

/// What the caller knows of one result: its fingerprint (empty: none) and,
/// with a baseline, whether the baseline has it.
struct ResultMark {
  enum State { NoBaseline, New, Unchanged };
  std::string Fingerprint;
  State Baseline = NoBaseline;
};

class SarifLog {
public:
  /// \p ToolVersion is corolint's.
  SarifLog(const SourceRoot &Root, llvm::StringRef ToolVersion)
      : Root(Root), ToolVersion(ToolVersion) {}

  /// Declares a rule for each check, in the order given, whether or not it
  /// reports anything.
  void addRules(llvm::ArrayRef<std::string> CheckNames);

  /// Adds the diagnostics of one translation unit: warnings (and remarks)
  /// become results, errors become tool execution notifications. \p Marks
  /// has one entry per diagnostic (or none: no fingerprints).
  void addDiagnostics(llvm::ArrayRef<clang::tidy::ClangTidyError> Errors,
                      llvm::ArrayRef<ResultMark> Marks = {});

  /// Adds an error notification that has no diagnostic of its own (a crash,
  /// a missing input file); \p File, when given, is its location.
  void addError(llvm::StringRef Message, llvm::StringRef File = "");

  /// Writes the whole log; \p ExitCode is corolint's exit status.
  void write(llvm::raw_ostream &OS, int ExitCode);

private:
  llvm::json::Object artifactLocation(llvm::StringRef AbsPath) const;
  llvm::json::Object physicalLocation(llvm::StringRef AbsPath, unsigned Offset,
                                      bool WithSnippets = false);
  llvm::json::Object message(llvm::StringRef Text) const;
  unsigned ruleIndex(llvm::StringRef Id);
  llvm::json::Value rule(llvm::StringRef Id) const;

  const SourceRoot &Root;
  std::string ToolVersion;
  std::vector<std::string> RuleIds;
  llvm::StringMap<unsigned> RuleIndices;
  llvm::json::Array Results;
  llvm::json::Array Notifications;
  llvm::StringSet<> SeenResults; // rule, file, offset, message
  SourceFiles Sources;
};

} // namespace corolint

#endif
