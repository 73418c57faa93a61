//===--- ResultCache.h - each file's findings, kept between runs -*- C++ -*-===//
//
// The result cache of the corolint command (docs/user-guide.md, "The result
// cache"), after ctcache and clang-tidy-cache, built in: a file whose
// inputs are unchanged since a run analysed it is not parsed again; its
// diagnostics (and, with whole-program analysis, its summaries) are
// replayed from the cache directory.
//
// An entry is one file, `<dir>/<key>.jsonl`, keyed by the xxh3 of
//   - the cache format (CacheFormatVersion), corolint's version and the
//     content hash of the corolint executable itself;
//   - whether whole-program analysis is on, whether its summaries record
//     their include closure (SummaryStore::RecordInputs, when exported),
//     and the working directory
//     (relative paths in a command or an option are relative to it);
//   - the file's absolute path and its effective clang-tidy configuration
//     (the ClangTidyOptions of the file, as configurationAsText prints them:
//     checks, check options, header filter, extra arguments);
//   - its compile commands (directory, file and arguments, after the
//     CompileFlags adjustments) and the environment variables that move
//     header search (CPATH, C_INCLUDE_PATH, CPLUS_INCLUDE_PATH).
// The entry holds its inputs: every file the analysis read through the
// translation unit's file system (the main file, each header the
// preprocessor entered, the .clang-tidy files; recordingFileSystem) and the
// files the checks read themselves (TUCapture.h), each with its size and
// the contentHash() of the bytes the compiler read. A lookup re-hashes them
// (once per run and file); if one differs or is gone, it is a miss, and the
// file's new result replaces the entry. So an edit to a header invalidates
// exactly the files that read it.
//
// The entry then holds the diagnostics, in clang-tidy's YAML
// (clang/Tooling/DiagnosticsYaml.h, as --export-fixes writes them: the
// messages, notes, ranges and fixes), with what ClangTidyError adds
// (warning-as-error, the enabled aliases), as runClangTidy returned them:
// NOLINT applied, before any reporting. A hit is indistinguishable from an
// analysis for the Reporter, SARIF, baselines, --export-fixes and --fix.
// With whole-program analysis it also holds the file's summaries
// (SummaryFormat.h's text); their deferred calls get fresh ids on a hit,
// and the fixpoint is solved again over all summaries, cached or not.
//
// Not cached: a file that crashed, that has any error (it does not compile,
// an invalid configuration, an unmatched NOLINTBEGIN: it is analysed again
// each time, and says so), or whose findings depend on a summaries
// directory (the SummariesDir option without whole-program analysis).
//
// Entries are written whole or not at all (writeFileAtomically: a
// temporary file and a rename), so concurrent runs (-j, shards, CI jobs on
// one directory) never see half an entry; the last writer wins. An entry
// ends with the summary files' trailer (SummaryFormat.h: its record count
// and hash): a truncated, corrupt or foreign entry is a miss, never an
// error.
// Failing to write an entry is not an error of the run either: the first
// failure is returned by writeError().
//
// Limits: a header created where the preprocessor looked before finding
// another (earlier on the include path) is not noticed; nor is a change of
// the clang libraries that keeps their version.
//
// Thread-safety: key, replay and record may be called from several
// threads at once, for different files.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_RESULTCACHE_H
#define COROLINT_TOOL_RESULTCACHE_H

#include "Runner.h"
#include "analysis/SummaryStore.h"
#include "analysis/TUCapture.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <atomic>
#include <mutex>
#include <optional>
#include <string>

namespace corolint {

/// Version of the cache entry format; part of every key.
constexpr int CacheFormatVersion = 1;

/// A file as a translation unit read it: size and contentHash(); an empty
/// hash if it was opened but not read.
struct InputFile {
  uint64_t Size = 0;
  std::string Hash;
};

/// A file system that records the files read through it (by absolute
/// path) and the hash of what was read.
class RecordingFileSystem : public llvm::vfs::ProxyFileSystem {
public:
  explicit RecordingFileSystem(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS)
      : ProxyFileSystem(std::move(FS)) {}
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override;

  llvm::StringMap<InputFile> Read;
  bool Unstable = false; ///< a file read twice changed in between
};

class ResultCache {
public:
  /// \p ToolVersion: corolint's --version line; \p Executable: its path.
  ResultCache(std::string Dir, llvm::StringRef ToolVersion,
              llvm::StringRef Executable, bool CrossTU, SummaryStore *Store);

  /// The key of \p File's entry, or none if its result is not cached.
  std::optional<std::string>
  key(llvm::StringRef File, const clang::tidy::ClangTidyOptions &Effective,
      llvm::ArrayRef<clang::tooling::CompileCommand> Commands) const;

  /// Fills \p R's Errors from entry \p Key and adds its summaries to the
  /// store, if the entry is whole and its inputs are unchanged.
  bool replay(llvm::StringRef Key, FileResult &R);

  /// Stores \p R (analysed through \p FS, with \p Capture open) as entry
  /// \p Key, unless it is not to be cached.
  void record(llvm::StringRef Key, const FileResult &R,
              const RecordingFileSystem &FS, const TUCapture &Capture);

  unsigned hits() const { return Hits; }
  unsigned misses() const { return Misses; }
  unsigned stored() const { return Stored; }
  /// The first entry that could not be written, if any.
  std::optional<std::string> writeError() const;

private:
  std::optional<InputFile> currentHash(llvm::StringRef Path);
  std::string entryPath(llvm::StringRef Key) const;

  std::string Dir, Identity;
  bool CrossTU;
  SummaryStore *Store;
  std::atomic<unsigned> Hits{0}, Misses{0}, Stored{0};
  mutable std::mutex Mutex;
  llvm::StringMap<std::optional<InputFile>> Hashed; ///< this run's, by path
  std::optional<std::string> FirstWriteError;
};

/// The default cache directory: $XDG_CACHE_HOME/corolint, else
/// ~/.cache/corolint; empty if neither can be found.
std::string defaultCacheDir();

} // namespace corolint

#endif
