//===--- FixExporter.cpp - --export-fixes, for review bots ----------------===//

#include "FixExporter.h"
#include "Paths.h"
#include "analysis/AtomicFile.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace llvm;

namespace corolint {

void FixExporter::add(ArrayRef<tidy::ClangTidyError> Reported) {
  for (const tidy::ClangTidyError &E : Reported) {
    if (E.DiagLevel == tidy::ClangTidyError::Error)
      continue;
    const StringMap<tooling::Replacements> *Fix = tidy::getFixIt(E, /*AnyFix=*/false);
    if (!Fix || Fix->empty())
      continue;
    tidy::ClangTidyError Copy = E;
    Copy.Message.Fix.clear();
    for (const auto &[File, Replacements] : *Fix) {
      tooling::Replacements Named;
      for (const tooling::Replacement &R : Replacements)
        // The replacements of one file were already disjoint.
        consumeError(Named.add(tooling::Replacement(
            realPath(R.getFilePath(), E.BuildDirectory), R.getOffset(),
            R.getLength(), R.getReplacementText())));
      Copy.Message.Fix[realPath(File, E.BuildDirectory)] = std::move(Named);
    }
    if (!Copy.Message.FilePath.empty())
      Copy.Message.FilePath = realPath(Copy.Message.FilePath, E.BuildDirectory);
    WithFixes.push_back(std::move(Copy));
  }
}

Error FixExporter::write(StringRef Path) const {
  std::string Text;
  raw_string_ostream OS(Text);
  tidy::exportReplacements(/*MainFilePath=*/"", WithFixes, OS);
  OS.flush();
  return writeFileAtomically(realPath(Path), Text); // a link's target
}

} // namespace corolint
