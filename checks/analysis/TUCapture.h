//===--- TUCapture.h - what a translation unit's analysis read and made -*- C++ -*-===//
//
// The corolint command's result cache (tool/ResultCache.h) stores, with a
// translation unit's diagnostics, what else its analysis produced and read
// outside the compiler's file system:
//   - the whole-program summaries the checks added to the SummaryStore
//     (SummaryStore::add copies each into the capture);
//   - the files the checks read themselves (the CatalogueFiles option's
//     YAML files, read with LLVM's MemoryBuffer, not through the TU's
//     file system), so that an edit to one invalidates the cached result.
//
// A front end opens a TUCapture on the thread that analyses the TU, for the
// duration of that TU (the checks run on it: runClangTidy is synchronous);
// the engine fills the capture open on its thread, if any. Captures do not
// nest: opening one replaces the thread's previous one. A TU that crashes
// skips the capture's destructor (crash recovery unwinds with longjmp),
// so a front end opens one for every TU it analyses on a thread, which
// replaces a crashed TU's.
//
// Thread-safety: a capture belongs to one thread; captureOfThisThread() is
// thread-local.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_TUCAPTURE_H
#define COROLINT_ANALYSIS_TUCAPTURE_H

#include "SummaryRecords.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace corolint {

class TUCapture {
public:
  TUCapture();
  ~TUCapture();
  TUCapture(const TUCapture &) = delete;
  TUCapture &operator=(const TUCapture &) = delete;

  std::vector<TUSummary> Summaries; ///< in the order they were added
  std::vector<std::string> ReadFiles; ///< absolute paths, maybe repeated
};

/// The capture open on this thread, or null.
TUCapture *captureOfThisThread();

/// Notes that a check read \p Path (absolute) outside the TU's file system.
void noteCheckReadFile(llvm::StringRef Path);

} // namespace corolint

#endif
