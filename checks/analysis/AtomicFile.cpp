//===--- AtomicFile.cpp - write a file whole or not at all ----------------===//

#include "AtomicFile.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/raw_ostream.h"
#include <unistd.h>

namespace corolint {

static llvm::Error failure(llvm::StringRef Path, const llvm::Twine &Reason) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "cannot write '" + Path + "': " + Reason);
}

llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Contents,
                                const llvm::sys::fs::file_status *Keep) {
  namespace fs = llvm::sys::fs;
  llvm::Expected<fs::TempFile> Temp =
      fs::TempFile::create(Path + ".tmp-%%%%%%%%", fs::owner_read | fs::owner_write);
  if (!Temp)
    return failure(Path, llvm::toString(Temp.takeError()));
  auto Discard = [&](const llvm::Twine &Reason) {
    llvm::consumeError(Temp->discard());
    return failure(Path, Reason);
  };
  {
    llvm::raw_fd_ostream OS(Temp->FD, /*shouldClose=*/false);
    OS << Contents;
    OS.flush();
    if (OS.has_error()) {
      std::error_code EC = OS.error();
      OS.clear_error();
      return Discard(EC.message());
    }
  }
  if (::fsync(Temp->FD) != 0)
    return Discard(std::error_code(errno, std::generic_category()).message());
  if (Keep) {
    if (std::error_code EC = fs::setPermissions(Temp->FD, Keep->permissions()))
      return Discard(EC.message());
    // Only a privileged process can give a file away; otherwise the file is
    // the user's own already, or was not writable to begin with.
    if (Keep->getUser() != ::geteuid() || Keep->getGroup() != ::getegid())
      (void)!::fchown(Temp->FD, Keep->getUser(), Keep->getGroup());
  }
  std::string TempName = Temp->TmpName;
  if (llvm::Error E = Temp->keep(Path)) {
    // keep() leaves the temporary file when the rename fails.
    fs::remove(TempName);
    return failure(Path, llvm::toString(std::move(E)));
  }
  return llvm::Error::success();
}

} // namespace corolint
