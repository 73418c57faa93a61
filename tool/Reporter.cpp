//===--- Reporter.cpp - what a corolint run prints, and its exit status ---===//

#include "Reporter.h"
#include "Paths.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang::tidy;
using namespace llvm;

namespace corolint {

static raw_ostream &error() { return WithColor::error(errs(), "corolint"); }

/// clang-tidy's key for duplicates (EqualClangTidyError): file, offset,
/// check, message; the file made absolute, as translation units in other
/// directories may name one header differently.
static std::string duplicateKey(const ClangTidyError &E) {
  std::string Path = E.Message.FilePath.empty()
                         ? ""
                         : absolutePath(E.Message.FilePath, E.BuildDirectory);
  return (Path + "\n" + Twine(E.Message.FileOffset) + "\n" + E.DiagnosticName +
          "\n" + E.Message.Message)
      .str();
}

/// The baseline's name of a finding's file: relative to the source root,
/// absolute outside it.
std::string Reporter::entryFile(const ClangTidyError &E) const {
  std::string Path = absolutePath(E.Message.FilePath, E.BuildDirectory);
  StringRef Relative = FP->root().relative(Path);
  return Relative.empty() ? Path : Relative.str();
}

bool Reporter::report(FileResult &R) {
  ++Files;
  clearProgress();
  bool CompileError = false, ConfigError = false, OtherError = false;
  std::vector<ClangTidyError> New;
  for (ClangTidyError &E : R.Errors) {
    if (E.DiagLevel == ClangTidyError::Error) {
      StringRef Name = E.DiagnosticName;
      if (Name.starts_with("clang-diagnostic-"))
        CompileError = true;
      else if (Name == "clang-tidy-config")
        ConfigError = true;
      else
        OtherError = true; // e.g. clang-tidy-nolint: an unmatched NOLINTBEGIN
    }
    if (!Reported.insert(duplicateKey(E)).second)
      continue;
    New.push_back(E);
  }
  std::vector<ResultMark> Marks(New.size());
  std::vector<ClangTidyError> Shown;
  for (size_t I = 0; I < New.size(); ++I) {
    const ClangTidyError &E = New[I];
    if (E.DiagLevel != ClangTidyError::Error && FP) {
      ResultMark &Mark = Marks[I];
      Mark.Fingerprint = FP->next(E);
      if (Record && !Mark.Fingerprint.empty())
        Recorded.push_back({entryFile(E), E.DiagnosticName, E.Message.Message,
                            Mark.Fingerprint});
      if (Base) {
        bool Known = !Mark.Fingerprint.empty() && Base->match(Mark.Fingerprint);
        Mark.Baseline = Known ? ResultMark::Unchanged : ResultMark::New;
        if (Known) {
          ++Baselined;
          continue;
        }
      }
    }
    if (E.DiagLevel == ClangTidyError::Warning)
      ++Warnings;
    Shown.push_back(E);
  }
  if (Sarif) {
    Sarif->addDiagnostics(New, Marks);
  } else if (!Shown.empty()) {
    unsigned WarningsAsErrors = 0;
    // Fixes are applied by FixApplier, once per run: never here.
    handleErrors(Shown, *R.Context, FB_NoFix, WarningsAsErrors, R.FS);
    outs().flush();
  }
  if (Exporter)
    Exporter->add(Shown);
  std::string Problem;
  if (R.Crashed)
    Problem = "crashed while analysing '" + R.File + "'; its diagnostics are incomplete";
  else if (CompileError)
    Problem = "'" + R.File + "' does not compile; its diagnostics are incomplete";
  else if (ConfigError)
    Problem = "invalid configuration while analysing '" + R.File + "'";
  else if (OtherError)
    Problem = "errors reported while analysing '" + R.File + "'";
  if (Problem.empty())
    return false;
  error() << Problem << "\n";
  if (Sarif)
    Sarif->addError(Problem, R.File);
  ++FailedFiles;
  return true;
}

void Reporter::fileError(StringRef File, StringRef Message) {
  clearProgress();
  ++Files;
  ++FailedFiles;
  error() << Message << "\n";
  if (Sarif)
    Sarif->addError(Message, File);
}

void Reporter::runError(StringRef Message) {
  clearProgress();
  ++RunErrors;
  error() << Message << "\n";
  if (Sarif)
    Sarif->addError(Message);
}

void Reporter::note(StringRef Message) {
  clearProgress();
  WithColor::note(errs(), "corolint") << Message << "\n";
}

void Reporter::progress(size_t Finished, size_t Total, StringRef File) {
  if (!ShowProgress)
    return;
  errs() << "\r\033[K[" << Finished << "/" << Total << "] "
         << sys::path::filename(File);
  errs().flush();
  ProgressShown = true;
}

void Reporter::clearProgress() {
  if (ProgressShown)
    errs() << "\r\033[K";
  ProgressShown = false;
}

int Reporter::finish() {
  clearProgress();
  auto Status = [&] {
    if (FailedFiles || RunErrors)
      return ExitError;
    return Warnings ? ExitFindings : ExitClean;
  };
  if (Sarif)
    Sarif->write(outs(), Status());
  outs().flush();
  if (std::error_code EC = outs().error()) {
    // Cleared, or raw_ostream's destructor would abort with "IO failure on
    // output stream".
    outs().clear_error();
    runError(OutputName.empty() ? "cannot write to standard output: " + EC.message()
                                : "cannot write '" + OutputName + "': " + EC.message());
  }
  if (!Quiet && Base) {
    unsigned Stale = Base->unmatched();
    errs() << "corolint: " << Baselined << " finding" << (Baselined == 1 ? "" : "s")
           << " in the baseline (not shown), " << Stale << " baseline "
           << (Stale == 1 ? "entry no longer matches" : "entries no longer match");
    if (Stale)
      errs() << " (re-run with --write-baseline=" << BaselinePath << " to drop "
             << (Stale == 1 ? "it" : "them") << ")";
    errs() << "\n";
  }
  if (!Quiet) {
    errs() << "corolint: " << Files << " file" << (Files == 1 ? "" : "s") << ", "
           << Warnings << " warning" << (Warnings == 1 ? "" : "s") << ", "
           << FailedFiles << " with errors";
    if (RunErrors)
      errs() << ", " << RunErrors << " other error" << (RunErrors == 1 ? "" : "s");
    errs() << "\n";
  }
  int Result = Status();
  if (errs().has_error()) { // nothing left to tell it with
    errs().clear_error();
    Result = ExitError;
  }
  return Result;
}

} // namespace corolint
