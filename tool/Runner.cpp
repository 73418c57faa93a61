//===--- Runner.cpp - analyse the translation units of a run --------------===//

#include "Runner.h"
#include "Isolation.h"
#include "ResultCache.h"
#include "analysis/TUCapture.h"
#include "analysis/Compat.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Support/Path.h"
#include <mutex>

using namespace clang::tidy;
using namespace llvm;

namespace corolint {

/// The translation unit's own file system (see the file comment).
static IntrusiveRefCntPtr<vfs::OverlayFileSystem> fileSystemFor(StringRef File) {
  IntrusiveRefCntPtr<vfs::FileSystem> Physical(vfs::createPhysicalFileSystem().release());
  auto FS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(Physical);
  if (File.contains('\\')) {
    SmallString<256> Mangled(File);
    sys::path::native(Mangled);
    FS->pushOverlay(IntrusiveRefCntPtr<vfs::FileSystem>(
        compat::remapFiles({{std::string(Mangled), File.str()}}, Physical).release()));
  }
  return FS;
}

void Runner::analyse(FileResult &R) {
  // Replaces the capture of a TU that crashed on this thread (TUCapture.h).
  TUCapture Capture;
  R.FS = fileSystemFor(R.File);
  std::optional<std::string> Key;
  if (Cache) {
    std::unique_ptr<ClangTidyOptionsProvider> Provider = Options.make(R.FS);
    Key = Cache->key(R.File, Provider->getOptions(R.File), DB.getCompileCommands(R.File));
    if (Key && Cache->replay(*Key, R)) {
      // As runClangTidy leaves it: its options are the file's.
      R.Context = std::make_unique<ClangTidyContext>(std::move(Provider));
      R.Context->setCurrentFile(R.File);
      R.Cached = true;
      return;
    }
  }
  if (!Key) {
    R.Context = std::make_unique<ClangTidyContext>(Options.make(R.FS));
    R.Errors = runClangTidy(*R.Context, DB, {R.File}, R.FS, /*ApplyAnyFix=*/false);
    return;
  }
  // Through a file system that records what the analysis reads.
  auto Recorder = makeIntrusiveRefCnt<RecordingFileSystem>(R.FS);
  auto FS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(Recorder);
  R.Context = std::make_unique<ClangTidyContext>(Options.make(FS));
  R.Errors = runClangTidy(*R.Context, DB, {R.File}, FS, /*ApplyAnyFix=*/false);
  Cache->record(*Key, R, *Recorder, Capture);
}

void Runner::run(ArrayRef<std::string> Files, unsigned Threads,
                 function_ref<void(FileResult &&)> Done,
                 function_ref<void(size_t, size_t)> Progress) {
  std::vector<FileResult> Results(Files.size());
  std::vector<bool> Finished(Files.size());
  std::mutex Mutex;
  size_t Next = 0, Count = 0;
  runIsolated(
      Files.size(), Threads,
      [&](size_t I) {
        Results[I].File = Files[I];
        analyse(Results[I]);
      },
      [&](size_t I, bool Crashed) {
        std::lock_guard<std::mutex> Lock(Mutex);
        Results[I].Crashed = Crashed;
        Finished[I] = true;
        ++Count;
        for (; Next < Files.size() && Finished[Next]; ++Next)
          Done(std::move(Results[Next]));
        Progress(Count, I);
      });
}

} // namespace corolint
