//===--- FixApplier.h - --fix, once per run ------------------*- C++ -*-===//
//
// FixApplier applies the fixes of a whole run as clang-apply-replacements
// does: it collects the replacements of every translation unit, keeps each
// distinct replacement of a file once (a header's fix suggested by every
// file that includes it, or by a file named twice, is one replacement), and
// writes each file once, at the end. Overlapping replacements that differ
// are a conflict: an error, and nothing is applied to that file.
//
// Which fixes: the fix of each reported diagnostic itself, not of its notes
// (clang-tidy's --fix). Which translation units: the caller adds only those
// without errors, unless --fix-errors (clang-tidy's rule: "Fixes have NOT
// been applied").
//
// How: clang's own machinery, as clang-tidy's --fix (ErrorReporter):
// tooling::Replacements, format::cleanupAroundReplacements and
// formatReplacements with the file's FormatStyle option (default none), then
// tooling::applyAllReplacements. The file is written through a temporary
// file in its directory and a rename (AtomicFile.h), keeping its mode; a
// symbolic link is followed, and its target written. A read-only file (no
// write permission, or not writable by this process) is an error, not
// replaced.
//
// (The clang-apply-replacements library, libclangApplyReplacements.a, is in
// Debian's libclang-<N>-dev, but its header is not: this follows its rules
// with the public tooling API instead of declaring its functions by hand.)
//
// Errors are one line each, without the "corolint: error: " prefix.
// Thread-safety: one thread.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_FIXAPPLIER_H
#define COROLINT_TOOL_FIXAPPLIER_H

#include "Configuration.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Tooling/Core/Replacement.h"
#include <map>
#include <set>
#include <string>
#include <vector>

namespace corolint {

class FixApplier {
public:
  explicit FixApplier(const OptionsFactory &Options) : Options(Options) {}

  /// Collects the fixes of one translation unit's diagnostics.
  void add(llvm::ArrayRef<clang::tidy::ClangTidyError> Errors);

  struct Outcome {
    unsigned Fixes = 0, Files = 0;   ///< applied
    std::vector<std::string> Errors; ///< one per file not fixed
  };
  /// Applies what was collected, in path order.
  Outcome apply();

private:
  llvm::Error applyToFile(const std::string &File,
                          const std::set<clang::tooling::Replacement> &Fixes);

  const OptionsFactory &Options;
  /// By real path: each distinct replacement once.
  std::map<std::string, std::set<clang::tooling::Replacement>> ByFile;
};

} // namespace corolint

#endif
