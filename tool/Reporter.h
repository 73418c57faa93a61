//===--- Reporter.h - what a corolint run prints, and its exit status -*- C++ -*-===//
//
// Reporter prints each translation unit's diagnostics as clang-tidy does
// (handleErrors) or adds them to the SARIF log, and keeps the counts that
// make the summary line and the exit status: one contract for every way a
// run can go wrong.
//
//   0  no findings, and nothing went wrong;
//   1  findings, and nothing went wrong: exit 1 means findings and nothing
//      else;
//   2  anything went wrong, findings or not: a file that could not be
//      analysed (missing, a directory, no compile command, it does not
//      compile, a crash while analysing it), an invalid configuration, an
//      error of the run (summaries that cannot be read or written, a fix that
//      cannot be applied, output that cannot be written). The other files
//      are still analysed and reported.
//
// Diagnostics are reported once per run, as by the plugin (clang-tidy
// removes the duplicates of a run with the same key: file, offset, check,
// message): a finding in a header seen by several translation units is
// printed and counted once.
//
// With a baseline (Baseline.h), a finding whose fingerprint (Fingerprint.h)
// is in it is neither printed nor counted: in SARIF it is a result with
// baselineState "unchanged", the others "new". Before the summary line
// (stderr, unless --quiet):
//   corolint: <n> findings in the baseline (not shown), <m> baseline entries
//   no longer match[ (re-run with --write-baseline=<file> to drop them)]
//
// The summary line (stderr, unless --quiet) is printed last:
//   corolint: <files> files, <warnings> warnings, <failed> with errors[, <n> other errors]
// where <failed> counts the files with errors and <n> the errors of the run.
//
// Thread-safety: one thread at a time (corolint reports under its print lock).
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_REPORTER_H
#define COROLINT_TOOL_REPORTER_H

#include "Baseline.h"
#include "Fingerprint.h"
#include "FixExporter.h"
#include "Runner.h"
#include "Sarif.h"
#include "llvm/ADT/StringSet.h"
#include <optional>
#include <string>
#include <vector>

namespace corolint {

enum ExitCode { ExitClean = 0, ExitFindings = 1, ExitError = 2 };

class Reporter {
public:
  /// \p Sarif: the log to fill (null in text mode). \p OutputName: the
  /// --output file, empty for standard output. \p Progress: show a progress
  /// line on stderr.
  Reporter(SarifLog *Sarif, std::string OutputName, bool Quiet, bool Progress)
      : Sarif(Sarif), OutputName(std::move(OutputName)), Quiet(Quiet),
        ShowProgress(Progress) {}

  /// Gives each finding its fingerprint, names relative to \p Root: for
  /// SARIF and for baselines. Call before the first report().
  void fingerprintWith(const SourceRoot &Root) { FP.emplace(Root); }
  /// Leaves out the findings in \p B (read from \p Path).
  void compareWith(Baseline &B, llvm::StringRef Path) {
    Base = &B;
    BaselinePath = Path.str();
  }
  /// Keeps an entry for each finding, for --write-baseline: recorded().
  void recordBaseline() { Record = true; }
  const std::vector<BaselineEntry> &recorded() const { return Recorded; }
  /// Hands the reported diagnostics to \p Export (--export-fixes).
  void exportFixesTo(FixExporter &Export) { Exporter = &Export; }

  /// Reports one translation unit; true if it had errors (it does not
  /// compile, an invalid configuration, a crash, ...).
  bool report(FileResult &R);
  /// A file that could not be analysed: an error of that file.
  void fileError(llvm::StringRef File, llvm::StringRef Message);
  /// An error of the run rather than of one file.
  void runError(llvm::StringRef Message);
  void note(llvm::StringRef Message);
  /// "[finished/total] file", overwritten by the next line.
  void progress(size_t Finished, size_t Total, llvm::StringRef File);

  /// Writes the SARIF log, checks that the output was written, prints the
  /// summary line; returns the exit status.
  int finish();

private:
  void clearProgress();
  std::string entryFile(const clang::tidy::ClangTidyError &E) const;

  SarifLog *Sarif;
  std::string OutputName;
  bool Quiet, ShowProgress;
  bool ProgressShown = false;
  llvm::StringSet<> Reported; ///< clang-tidy's duplicate key of each diagnostic
  unsigned Files = 0, Warnings = 0, FailedFiles = 0, RunErrors = 0;
  std::optional<Fingerprints> FP;
  Baseline *Base = nullptr;
  std::string BaselinePath;
  unsigned Baselined = 0; ///< findings left out, as in the baseline
  bool Record = false;
  std::vector<BaselineEntry> Recorded;
  FixExporter *Exporter = nullptr;
};

} // namespace corolint

#endif
