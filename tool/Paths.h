//===--- Paths.h - one absolute name per file -----------------*- C++ -*-===//
//
// absolutePath: \p Path made absolute against \p Base (the current
// directory when empty), with "." and ".." removed, so that a file named
// from different directories (a header seen by translation units of several
// build directories, a.cpp and ./a.cpp) has one name. Links are not
// resolved; realPath resolves them too. (LLVM 22 moved the two-argument
// make_absolute from sys::fs to sys::path; this needs neither.)
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_PATHS_H
#define COROLINT_TOOL_PATHS_H

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <string>

namespace corolint {

inline std::string absolutePath(llvm::StringRef Path, llvm::StringRef Base = "") {
  llvm::SmallString<256> Abs;
  if (Base.empty() || llvm::sys::path::is_absolute(Path)) {
    Abs = Path;
  } else {
    Abs = Base;
    llvm::sys::path::append(Abs, Path);
  }
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return std::string(Abs);
}

/// absolutePath with symbolic links resolved, where the file exists: the
/// one name of a file that a fix is applied to or exported for.
inline std::string realPath(llvm::StringRef Path, llvm::StringRef Base = "") {
  std::string Abs = absolutePath(Path, Base);
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(Abs, Real))
    return Abs;
  return std::string(Real);
}

} // namespace corolint

#endif
