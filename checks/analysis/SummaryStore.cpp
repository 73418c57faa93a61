//===--- SummaryStore.cpp - where the checks find summaries ----------------===//

#include "SummaryStore.h"
#include "SummaryFormat.h"
#include "TUCapture.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <memory>
#include <optional>

namespace corolint {

namespace {
/// What a file is now, looked at once per directory load: many summaries
/// share their headers (the standard library's, the project's), each
/// stat'ed once and hashed once per size recorded.
class CurrentFiles {
public:
  /// Whether \p File (\p What: the summary's main file, a file its links
  /// name, or a file of its include closure) is still as the summary
  /// \p Summary recorded it. Stale (changed or gone): a note; not a
  /// regular file: an error. It is read only when it is a regular file of
  /// the recorded size, at most MaxSourceFileBytes.
  bool isFresh(llvm::StringRef Summary, llvm::StringRef What,
               const SummaryFile &File, LoadProblems &Problems) {
    auto Stale = [&](const llvm::Twine &Why) {
      Problems.Notes.push_back(("ignoring stale summary '" + Summary + "': '" +
                                File.Path + "' " + Why)
                                   .str());
      return false;
    };
    State &S = stateOf(File.Path);
    if (S.StatError)
      return Stale(S.StatError == std::errc::no_such_file_or_directory
                       ? "no longer exists"
                       : "cannot be read: " + S.StatError.message());
    if (S.Type != llvm::sys::fs::file_type::regular_file) {
      Problems.Errors.push_back(("ignoring corrupt summary file " + Summary + ":1: " +
                                 What + " '" + File.Path + "' is not a regular file")
                                    .str());
      return false;
    }
    if (S.Size != File.Size || File.Size > MaxSourceFileBytes)
      return Stale("changed since it was written");
    if (!S.Read) {
      S.Read = true;
      if (auto Buffer = readRegularFile(File.Path, File.Size))
        S.Hash = contentHash((*Buffer)->getBuffer());
      else
        S.ReadError = llvm::toString(Buffer.takeError());
    }
    if (!S.ReadError.empty())
      return Stale("cannot be read: " + S.ReadError);
    if (S.Hash != File.Hash)
      return Stale("changed since it was written");
    return true;
  }

private:
  struct State {
    std::error_code StatError;
    llvm::sys::fs::file_type Type = llvm::sys::fs::file_type::status_error;
    uint64_t Size = 0;
    bool Read = false;
    std::string Hash, ReadError;
  };
  State &stateOf(llvm::StringRef Path) {
    auto [It, Inserted] = States.try_emplace(Path);
    if (Inserted) {
      llvm::sys::fs::file_status Status;
      It->second.StatError = llvm::sys::fs::status(Path, Status);
      if (!It->second.StatError) {
        It->second.Type = Status.type();
        It->second.Size = Status.getSize();
      }
    }
    return It->second;
  }
  llvm::StringMap<State> States;
};
} // namespace

LoadProblems loadSummaryDir(llvm::StringRef Dir, SummaryIndex &Index,
                            const llvm::StringSet<> &Skip) {
  LoadProblems Problems;
  if (!llvm::sys::fs::is_directory(Dir)) {
    Problems.Errors.push_back("summaries directory '" + Dir.str() +
                              "' does not exist");
    return Problems;
  }
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (llvm::sys::path::extension(It->path()) == ".jsonl")
      Files.push_back(It->path());
  if (EC)
    Problems.Errors.push_back("cannot list '" + Dir.str() + "': " + EC.message());
  llvm::sort(Files);
  // Per TU, the file chosen and its summary.
  std::map<SummaryIndex::Key, std::pair<std::string, TUSummary>> Chosen;
  CurrentFiles Current;
  for (const std::string &Path : Files) {
    llvm::Expected<TUSummary> S = readSummaryFile(Path);
    if (!S) {
      std::string Why;
      bool Corrupt = true;
      llvm::handleAllErrors(S.takeError(), [&](const llvm::StringError &E) {
        Corrupt = E.convertToErrorCode() != std::errc::io_error;
        Why = E.getMessage();
      });
      Problems.Errors.push_back(
          (Corrupt ? "ignoring corrupt summary file " : "ignoring summary file ") + Why);
      continue;
    }
    if (Skip.contains(S->MainFile))
      continue;
    // The first file found changed is named (the main file, then the
    // linked files, then the include closure, each list by path).
    if (!Current.isFresh(Path, "its main file", {S->MainFile, S->Size, S->Hash},
                         Problems) ||
        !llvm::all_of(S->Files, [&](const SummaryFile &F) {
          return Current.isFresh(Path, "a file its links name", F, Problems);
        }) ||
        !llvm::all_of(S->Inputs, [&](const SummaryFile &F) {
          return Current.isFresh(Path, "a file it includes", F, Problems);
        }))
      continue;
    SummaryIndex::Key K{S->MainFile, S->Configuration};
    auto [It, Inserted] = Chosen.try_emplace(K, Path, TUSummary());
    if (Inserted) {
      It->second.second = std::move(*S);
      continue;
    }
    // Two summaries of one TU: the one corolint named so, else the first.
    std::string First = It->second.first;
    bool Canonical = llvm::sys::path::filename(Path) == summaryFileName(*S) &&
                     llvm::sys::path::filename(First) != summaryFileName(*S);
    if (Canonical)
      It->second = {Path, std::move(*S)};
    Problems.Notes.push_back(
        "summaries " + First + " and " + Path +
        " describe the same translation unit ('" + K.first + "'); using " +
        It->second.first +
        (llvm::sys::path::filename(It->second.first) ==
                 summaryFileName(It->second.second)
             ? ", the one named as corolint names it"
             : ", the first by name"));
  }
  for (auto &[K, Entry] : Chosen)
    Index.add(std::move(Entry.second));
  return Problems;
}

//===-- Process-wide state ------------------------------------------------===//

void SummaryStore::add(TUSummary Summary) {
  if (TUCapture *Capture = captureOfThisThread())
    Capture->Summaries.push_back(Summary);
  std::lock_guard<std::mutex> Lock(Mutex);
  TUs.push_back(std::move(Summary));
}

std::vector<TUSummary> SummaryStore::take() {
  std::lock_guard<std::mutex> Lock(Mutex);
  return std::move(TUs);
}

static std::atomic<SummaryStore *> ActiveStore{nullptr};
SummaryStore *activeSummaryStore() { return ActiveStore.load(); }
void setActiveSummaryStore(SummaryStore *Store) { ActiveStore.store(Store); }

const LoadedIndex &loadedIndex(llvm::StringRef Dir) {
  static std::mutex Mutex;
  static llvm::StringMap<std::unique_ptr<LoadedIndex>> Cache;
  std::lock_guard<std::mutex> Lock(Mutex);
  std::unique_ptr<LoadedIndex> &Slot = Cache[Dir];
  if (!Slot) {
    Slot = std::make_unique<LoadedIndex>();
    Slot->Problems = loadSummaryDir(Dir, Slot->Index);
    Slot->Index.solve();
    for (const std::string &Note : Slot->Problems.Notes)
      llvm::errs() << "corolint: note: " << Note << "\n";
  }
  return *Slot;
}

} // namespace corolint
