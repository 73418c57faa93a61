//===--- Summaries.h - cross-TU blocking summaries ------------*- C++ -*-===//
//
// Whole-program analysis for coro-blocking-call (docs/whole-program.md).
// Per-TU analysis (BlockingAnalysis.h) follows helpers whose definition is in
// the translation unit; a call to a function defined in another TU of the
// project (`config::load()` declared in a header, defined in config.cpp) is
// opaque to it. This file closes that gap with *summaries*:
//
//   - SummaryBuilder, while a TU is analysed, records for each exported
//     function the TU defines (external linkage, not inline, not a template,
//     not a coroutine, defined in the main file) its USR and either the chain
//     by which it blocks within the TU, or its calls (through in-TU helpers)
//     of functions the TU does not define. For each call of an async
//     coroutine that the in-TU analysis did not report, it records the same
//     external calls: a *deferred call*, resolved later.
//   - SummaryIndex merges the TUs' summaries and computes, by a fixpoint over
//     the cross-TU call graph (cycles included), which functions block and
//     by which chain; it then resolves deferred calls into full chains.
//   - readSummaryFile / writeSummaryFile store one TU's summary as one
//     JSON Lines file (format version SummaryFormatVersion); loadSummaryDir
//     reads a directory of them, skipping stale and corrupt files.
//   - SummaryStore is where the corolint command collects the summaries of
//     the TUs it analyses in one run (activeSummaryStore()); the plugin has
//     none and reads a directory instead (check option SummariesDir).
//
// A USR defined in several TUs (two executables of one database may each
// define `util::load()`) is followed only if every definition blocks.
// Virtual calls, calls through pointers, coroutines and functions in system
// headers, TrustedNamespaces or AllowedFunctions are never followed.
//
// Paths in summaries are absolute; offsets are byte offsets in the file;
// lines and columns are 1-based. Thread-safety: SummaryBuilder is per TU and
// thread; SummaryStore is thread-safe; a SummaryIndex is built by one thread
// and then only read.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_SUMMARIES_H
#define COROLINT_ANALYSIS_SUMMARIES_H

#include "BlockingAnalysis.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace corolint {

/// Version of the summary file format; a reader rejects any other version.
constexpr int SummaryFormatVersion = 1;

/// One call on a chain: where the call is and what it calls (the display
/// name of the function, or the catalogue name for the final blocking call).
struct SummaryLink {
  std::string File; ///< absolute path
  uint64_t Offset = 0, Line = 0, Column = 0;
  std::string Callee;
};

/// How a function blocks within its own TU: Steps.front() is a call in its
/// body, Steps.back() the catalogued blocking call.
struct LocalBlock {
  std::vector<SummaryLink> Steps;
  std::string Category;
  std::string Advice; ///< adviceName() of the catalogue entry's note
  std::string Note;   ///< the entry's own note (BlockingEntry::Alternative), else empty
  /// For an async-twin finding, the twin's call form (BlockingMatch::Twin),
  /// worded per library when the chain is rendered.
  std::optional<TwinCall> Twin;
};

/// A call, possibly through in-TU helpers, of a function the TU does not
/// define: Steps.back() calls the function named by USR.
struct ExternalCall {
  std::vector<SummaryLink> Steps;
  std::string USR;
};

struct FunctionSummary {
  std::string USR, Name;
  std::optional<LocalBlock> Blocks; ///< set: it blocks; Calls is then empty
  std::vector<ExternalCall> Calls;  ///< first call per external USR
};

/// A call in an async coroutine whose blocking depends on other TUs: the
/// candidates share Steps.front(), the call in the coroutine's body.
struct DeferredCall {
  uint64_t Id = 0;        ///< unique within a process (SummaryStore::nextId)
  std::string Coroutine;  ///< CoroutineModel::describe
  std::string Library;    ///< the coroutine's return type, which picks the
                          ///< library the note is worded in (LibraryNotes.h)
  std::vector<ExternalCall> Candidates;
};

struct TUSummary {
  std::string MainFile; ///< absolute path
  uint64_t Size = 0;    ///< of the main file when analysed
  std::string Hash;     ///< xxh3_64 of the main file's contents, hex
  int64_t MTime = 0;    ///< seconds since the epoch (informative)
  std::vector<FunctionSummary> Functions;
  std::vector<DeferredCall> Deferred;
};

/// A deferred call resolved: the full chain and the final blocking call.
struct ResolvedChain {
  std::string Coroutine, Library;
  std::vector<SummaryLink> Steps; ///< Steps.back().Callee is the catalogue name
  std::string Category, Advice, Note;
  std::optional<TwinCall> Twin;
};

/// One message of a rendered finding. The first is the warning, at the
/// call in the coroutine; the others are notes. A note with an empty File
/// has no location.
struct ChainMessage {
  std::string File;
  uint64_t Offset = 0;
  std::string Text;
};

/// Notes show at most this many links; longer chains show the first
/// MaxShownLinks - 1, a note with the number skipped, and the last one.
constexpr unsigned MaxShownLinks = 4;

/// The warning and notes for \p Chain, worded as coro-blocking-call's
/// in-TU chains.
std::vector<ChainMessage> renderChain(const ResolvedChain &Chain);

/// Records a TU's summary. Create one per TU, after parsing.
class SummaryBuilder {
public:
  SummaryBuilder(BlockingAnalysis &Analysis, clang::ASTContext &Ctx);

  /// Summarises the exported functions defined in the main file.
  void summariseFunctions();

  /// Records, for the calls \p Body executes that are not in \p Reported,
  /// those that reach functions defined outside this TU. Returns the new
  /// deferred calls with the location of the call in the body (each line
  /// and callee once per TU, as the in-TU reports).
  std::vector<std::pair<clang::SourceLocation, const DeferredCall *>>
  deferCalls(llvm::StringRef Coroutine, llvm::StringRef Library,
             const clang::Stmt &Body,
             const llvm::SmallPtrSetImpl<const clang::Expr *> &Reported,
             std::atomic<uint64_t> &NextId);

  /// The summary so far (main file identity filled in).
  TUSummary take();

private:
  using Reach = std::vector<ExternalCall>;
  const Reach &externalReach(const clang::FunctionDecl &Helper, unsigned Depth);
  Reach reachThrough(const clang::Expr &Call, unsigned Depth);
  SummaryLink link(const clang::Expr &Call, std::string Callee);
  const std::string &absolutePath(clang::FileID FID);

  BlockingAnalysis &Analysis;
  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  TUSummary Result;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<Reach>> Reaches;
  llvm::DenseMap<clang::FileID, std::string> Paths;
  llvm::StringSet<> DeferredKeys;
  std::vector<std::unique_ptr<DeferredCall>> Deferred;
};

/// The USR of a declaration, or empty if it has none.
std::string usrOf(const clang::Decl &D);

/// The merged summaries of a program and their fixpoint.
class SummaryIndex {
public:
  /// Adds (or replaces, for the same main file) a TU's summary.
  void add(TUSummary Summary);
  bool contains(llvm::StringRef MainFile) const { return TUs.count(MainFile.str()); }
  const std::map<std::string, TUSummary> &units() const { return TUs; }

  /// Computes which USRs block. Call after the last add().
  void solve();

  /// The chain of \p Call's first candidate whose function blocks.
  std::optional<ResolvedChain> resolve(const DeferredCall &Call) const;

private:
  struct Choice {
    const LocalBlock *Local = nullptr; ///< blocks within its TU, or
    const ExternalCall *Next = nullptr; ///< through this call
  };
  void appendPath(llvm::StringRef USR, ResolvedChain &Chain) const;

  std::map<std::string, TUSummary> TUs; ///< by main file: deterministic order
  llvm::StringMap<Choice> Blocking;
  bool Solved = false;
};

/// Reads one summary file. Errors name the file and line.
llvm::Expected<TUSummary> readSummaryFile(llvm::StringRef Path);

/// Writes \p Summary into \p Dir (created if needed) as
/// `<main file name>-<hash of its path>.jsonl`; returns the file's path.
llvm::Expected<std::string> writeSummaryFile(const TUSummary &Summary,
                                             llvm::StringRef Dir);

/// What loading a directory found wrong: errors (missing directory, corrupt
/// files, which are skipped) and notes (stale summaries, ignored).
struct LoadProblems {
  std::vector<std::string> Errors, Notes;
};

/// Adds every `*.jsonl` summary of \p Dir to \p Index, in name order,
/// except those whose main file is in \p Skip (analysed in this run) and
/// those whose main file changed since (size or hash): stale.
LoadProblems loadSummaryDir(llvm::StringRef Dir, SummaryIndex &Index,
                            const llvm::StringSet<> &Skip = {});

/// Collects the summaries of the TUs a front end analyses in one process.
class SummaryStore {
public:
  void add(TUSummary Summary);
  std::vector<TUSummary> take();
  std::atomic<uint64_t> NextId{1};

private:
  std::mutex Mutex;
  std::vector<TUSummary> TUs;
};

/// The store the checks write to, or null (then they resolve against the
/// SummariesDir option, if any). Set once by a front end before any TU runs.
SummaryStore *activeSummaryStore();
void setActiveSummaryStore(SummaryStore *Store);

/// A directory's index, loaded and solved once per process and directory
/// (the plugin's check is constructed once per TU).
struct LoadedIndex {
  SummaryIndex Index;
  LoadProblems Problems;
};
const LoadedIndex &loadedIndex(llvm::StringRef Dir);

/// The remark a check emits for a deferred call in a one-pass run; the
/// front end replaces it by the finding, or drops it.
constexpr llvm::StringLiteral DeferredRemarkPrefix = "corolint-deferred-call ";

} // namespace corolint

#endif
