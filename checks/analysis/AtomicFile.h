//===--- AtomicFile.h - write a file whole or not at all ------*- C++ -*-===//
//
// writeFileAtomically writes a file through a temporary file in the same
// directory (sys::fs::TempFile: a unique name, removed on a signal) and a
// rename, so that a reader never sees half a file and a failed write leaves
// the old file as it was and no temporary file behind. It is how the
// corolint command writes fixed sources and summary files.
//
// Errors: every failure (the temporary file cannot be made, a write fails,
// e.g. on a full disk, the rename fails) is returned as one message,
// "cannot write '<path>': <reason>"; nothing is reported on the way and no
// raw_fd_ostream is left with a pending error (which would abort the
// process). Thread-safety: safe for distinct paths.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_ATOMICFILE_H
#define COROLINT_ANALYSIS_ATOMICFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"

namespace corolint {

/// Replaces (or creates) \p Path with \p Contents. With \p Keep, the new
/// file gets its permissions and, where the process may set them, its owner
/// and group: pass the status of the file being replaced. \p Path should not
/// be a symbolic link (the link would be replaced by the file): resolve it
/// first.
llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Contents,
                                const llvm::sys::fs::file_status *Keep = nullptr);

} // namespace corolint

#endif
