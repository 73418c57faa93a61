//===--- SummaryStore.cpp - where the checks find summaries ----------------===//

#include "SummaryStore.h"
#include "SummaryFormat.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>

namespace corolint {

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
  for (const std::string &Path : Files) {
    llvm::Expected<TUSummary> S = readSummaryFile(Path);
    if (!S) {
      Problems.Errors.push_back("ignoring corrupt summary file " +
                                llvm::toString(S.takeError()));
      continue;
    }
    if (Skip.contains(S->MainFile))
      continue;
    auto Source = llvm::MemoryBuffer::getFile(S->MainFile);
    if (!Source || (*Source)->getBufferSize() != S->Size ||
        contentHash((*Source)->getBuffer()) != S->Hash) {
      Problems.Notes.push_back("ignoring stale summary '" + Path + "': '" +
                               S->MainFile +
                               (Source ? "' changed since it was written"
                                       : "' no longer exists"));
      continue;
    }
    Index.add(std::move(*S));
  }
  return Problems;
}

//===-- Process-wide state ------------------------------------------------===//

void SummaryStore::add(TUSummary Summary) {
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
