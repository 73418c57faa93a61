//===--- SourceFiles.h - the files a report points into -------*- C++ -*-===//
//
// SourceFiles reads each source file a report names once and answers where
// a byte offset is (line, UTF-16 column) and what a line says. SourceRoot
// names files as a report shows them: relative to the source root when
// they are under it, absolute otherwise. The SARIF log (Sarif.h) and the
// fingerprints of findings (Fingerprint.h) use both, so that a result's
// location and its fingerprint agree.
//
// Units: lines and columns are 1-based, 0 when unknown; columns count
// UTF-16 code units (SARIF's default columnKind), computed from clang's byte
// offsets.
// Errors: a file that cannot be read has no lines (position() is unknown,
// lineText() empty). Nothing throws.
// Thread-safety: none.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_SOURCEFILES_H
#define COROLINT_TOOL_SOURCEFILES_H

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <string>
#include <vector>

namespace corolint {

class SourceFiles {
public:
  struct Position {
    unsigned Line = 0, Column = 0; // 0: unknown
  };
  /// Where byte \p Offset of \p AbsPath is.
  Position position(llvm::StringRef AbsPath, unsigned Offset);
  /// Line \p Line of \p AbsPath, without its end of line.
  llvm::StringRef lineText(llvm::StringRef AbsPath, unsigned Line);
  /// The whole file; null if it cannot be read.
  const llvm::MemoryBuffer *buffer(llvm::StringRef AbsPath);

private:
  struct File {
    std::unique_ptr<llvm::MemoryBuffer> Buffer; // null: unreadable
    std::vector<unsigned> LineStarts;            // byte offset of each line
  };
  const File &get(llvm::StringRef AbsPath);
  llvm::StringMap<File> Files;
};

/// The directory reports name files relative to: absolute, without "." or
/// "..", with a trailing separator.
class SourceRoot {
public:
  explicit SourceRoot(llvm::StringRef Dir);
  llvm::StringRef dir() const { return Dir; }
  /// \p AbsPath without the root; empty if it is not under it.
  llvm::StringRef relative(llvm::StringRef AbsPath) const;
  /// SARIF's name of \p AbsPath: the percent-encoded relative path (with
  /// uriBaseId %SRCROOT%) under the root, a file:// URI otherwise.
  std::string uri(llvm::StringRef AbsPath) const;

private:
  std::string Dir;
};

/// Percent-encodes what RFC 3986 does not allow in a path (keeps '/').
std::string encodePath(llvm::StringRef Path);
inline std::string fileUri(llvm::StringRef AbsPath) { return "file://" + encodePath(AbsPath); }

} // namespace corolint

#endif
