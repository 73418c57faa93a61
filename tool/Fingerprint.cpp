//===--- Fingerprint.cpp - a finding's name that survives moved lines -----===//

#include "Fingerprint.h"
#include "Paths.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/xxhash.h"

using namespace llvm;

namespace corolint {

const char FingerprintKey[] = "corolint/v1";

/// The line's text with runs of blanks collapsed and the ends trimmed, so
/// that re-indenting a line keeps its fingerprint.
static std::string normalise(StringRef Line) {
  SmallVector<StringRef, 8> Words;
  SplitString(Line, Words);
  return join(Words, " ");
}

std::string Fingerprints::next(const clang::tidy::ClangTidyError &E) {
  const auto &M = E.Message;
  if (M.FilePath.empty())
    return "";
  std::string Path = absolutePath(M.FilePath, E.BuildDirectory);
  unsigned Line = Sources.position(Path, M.FileOffset).Line;
  std::string Key = (Twine(E.DiagnosticName) + "\n" + Root.uri(Path) + "\n" +
                     normalise(Sources.lineText(Path, Line)) + "\n" + M.Message)
                        .str();
  std::string Hash = utohexstr(xxh3_64bits(Key), /*LowerCase=*/true, 16);
  unsigned Occurrence = ++Occurrences[Hash];
  return Hash + ":" + std::to_string(Occurrence);
}

} // namespace corolint
