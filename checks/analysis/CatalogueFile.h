//===--- CatalogueFile.h - the user's own catalogue tables -----*- C++ -*-===//
//
// The CatalogueFiles option names `;`-separated YAML files that extend the
// built-in catalogue (checks/catalogue/*.def) with a team's own libraries,
// in the schema of the rows (Catalogue.def):
//
//   Blocking:                        # coro-blocking-call
//     - Name:        legacy::Db::query        # canonical name (CalleeNames.h)
//       Category:    network-io               # a category (the Categories spellings)
//       Advice:      socket                   # what the note advises (adviceName)
//       Unless:      zero-timeout-arg         # optional non-blocking form ...
//       Arg:         1                        # ... tested on this argument (0-based)
//       Bits:        0x40                     # ... with this constant, for the
//                                             #     flag-bit-arg and arg-not-equal forms
//       Alternative: "use 'co_await db.query_async(...)'"  # optional: the note's own text
//   Bridges:                         # coro-sync-wait-in-coroutine
//     - Name:        legacy::run_sync
//       Form:        awaitable                # awaitable, sender, member, event-loop
//       Alternative: "..."                    # optional
//
// Name is required, and Category and one of Advice or Alternative for a
// Blocking entry. Unknown keys, categories, advice, forms, bad YAML and
// unreadable files are errors that name the file, line and column. The files
// are parsed with LLVM's YAML I/O (YAMLTraits.h).
//
// A relative path is relative to the directory of the .clang-tidy file that
// sets the option (found with clang-tidy's own FileOptionsProvider for the
// file being analysed); set elsewhere (--config, --config-file, a front
// end's defaults), it is relative to the working directory.
//
// Each file is read once per process (the plugin constructs its checks once
// per translation unit): loaded files, and their errors, are kept until the
// process exits. Thread-safety: loadCatalogueFiles and CatalogueFilesOption
// may be used from several threads; a CatalogueFile is immutable.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_CATALOGUEFILE_H
#define COROLINT_ANALYSIS_CATALOGUEFILE_H

#include "BlockingCatalog.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/StringSaver.h"
#include <string>
#include <vector>

namespace corolint {

/// One catalogue file, parsed. Its entries' strings live as long as it.
struct CatalogueFile {
  std::string Path;
  std::vector<BlockingEntry> Blocking;
  std::vector<SyncBridge> Bridges;
  llvm::BumpPtrAllocator Arena;
  llvm::StringSaver Strings{Arena};
};

/// Parses \p Text, the contents of the file \p Path. On error, \p Error is
/// set to "<Path>:<line>:<column>: <message>" and the result is null.
std::unique_ptr<CatalogueFile> parseCatalogue(llvm::StringRef Text,
                                              llvm::StringRef Path,
                                              std::string &Error);

/// The files of a CatalogueFiles value, loaded (once per process each).
struct LoadedCatalogues {
  std::vector<const CatalogueFile *> Files; ///< the good ones, in option order
  std::vector<std::string> Errors;          ///< one per bad file
};

/// Loads every file of \p Option (`;`-separated paths); a relative path is
/// resolved against \p BaseDir, or the working directory if it is empty.
LoadedCatalogues loadCatalogueFiles(llvm::StringRef Option, llvm::StringRef BaseDir);

/// The CatalogueFiles option of one check, read with getLocalOrGlobal (one
/// setting serves both checks that read it): loaded at construction, each
/// bad file reported as a configuration error of \p Check.
class CatalogueFilesOption {
public:
  CatalogueFilesOption(const clang::tidy::ClangTidyCheck &Check,
                       llvm::StringRef CheckName,
                       clang::tidy::ClangTidyContext &Context,
                       const clang::tidy::ClangTidyCheck::OptionsView &Options);
  void store(clang::tidy::ClangTidyCheck::OptionsView &Options,
             clang::tidy::ClangTidyOptions::OptionMap &Opts) const {
    Options.store(Opts, "CatalogueFiles", Text);
  }
  /// Every Blocking entry of the good files, in order; they live as long
  /// as the process.
  std::vector<const BlockingEntry *> blockingEntries() const;
  /// Every Bridges entry of the good files, in order; likewise.
  std::vector<const SyncBridge *> bridges() const;

private:
  std::string Text;
  LoadedCatalogues Loaded;
};

} // namespace corolint

#endif
