//===--- SourceFiles.cpp - the files a report points into -----------------===//

#include "SourceFiles.h"
#include "Paths.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace corolint {

const SourceFiles::File &SourceFiles::get(StringRef Path) {
  auto [It, Inserted] = Files.try_emplace(Path);
  File &F = It->second;
  if (!Inserted)
    return F;
  auto Buffer = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return F;
  F.Buffer = std::move(*Buffer);
  StringRef Text = F.Buffer->getBuffer();
  F.LineStarts.push_back(0);
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n')
      F.LineStarts.push_back(I + 1);
  return F;
}

const MemoryBuffer *SourceFiles::buffer(StringRef Path) { return get(Path).Buffer.get(); }

SourceFiles::Position SourceFiles::position(StringRef Path, unsigned Offset) {
  const File &F = get(Path);
  if (!F.Buffer || Offset > F.Buffer->getBufferSize())
    return {};
  auto Next = llvm::upper_bound(F.LineStarts, Offset);
  unsigned Line = Next - F.LineStarts.begin();
  StringRef Before = F.Buffer->getBuffer().slice(*(Next - 1), Offset);
  // UTF-16 code units: one per code point, two for those beyond U+FFFF
  // (whose UTF-8 lead byte is 0xF0 or above); continuation bytes count none.
  unsigned Column = 1;
  for (unsigned char C : Before) {
    if ((C & 0xC0) != 0x80)
      ++Column;
    if (C >= 0xF0)
      ++Column;
  }
  return {Line, Column};
}

StringRef SourceFiles::lineText(StringRef Path, unsigned Line) {
  const File &F = get(Path);
  if (!F.Buffer || Line == 0 || Line > F.LineStarts.size())
    return "";
  StringRef Text = F.Buffer->getBuffer();
  size_t Begin = F.LineStarts[Line - 1];
  size_t End = Line < F.LineStarts.size() ? F.LineStarts[Line] : Text.size();
  return Text.slice(Begin, End).rtrim("\r\n");
}

SourceRoot::SourceRoot(StringRef Root) : Dir(absolutePath(Root)) {
  if (!StringRef(Dir).ends_with("/"))
    Dir += '/';
}

StringRef SourceRoot::relative(StringRef AbsPath) const {
  return AbsPath.starts_with(Dir) ? AbsPath.drop_front(Dir.size()) : StringRef();
}

std::string SourceRoot::uri(StringRef AbsPath) const {
  StringRef Relative = relative(AbsPath);
  return Relative.empty() ? fileUri(AbsPath) : encodePath(Relative);
}

std::string encodePath(StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (isAlnum(C) || StringRef("-._~/").contains(C))
      Out += C;
    else
      Out += "%" + utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  }
  return Out;
}

} // namespace corolint
