//===--- TUCapture.cpp - what a translation unit's analysis read and made --===//

#include "TUCapture.h"

namespace corolint {

static thread_local TUCapture *Open = nullptr;

TUCapture::TUCapture() { Open = this; }
TUCapture::~TUCapture() { Open = nullptr; }

TUCapture *captureOfThisThread() { return Open; }

void noteCheckReadFile(llvm::StringRef Path) {
  if (Open)
    Open->ReadFiles.push_back(Path.str());
}

} // namespace corolint
