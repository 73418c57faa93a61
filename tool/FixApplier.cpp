//===--- FixApplier.cpp - --fix, once per run -----------------------------===//

#include "FixApplier.h"
#include "Paths.h"
#include "analysis/AtomicFile.h"
#include "clang/Format/Format.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace llvm;

namespace corolint {

static Error failure(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), Message);
}

void FixApplier::add(ArrayRef<tidy::ClangTidyError> Errors) {
  for (const tidy::ClangTidyError &E : Errors) {
    const StringMap<tooling::Replacements> *Fix = tidy::getFixIt(E, /*AnyFix=*/false);
    if (!Fix)
      continue;
    for (const auto &[Path, Replacements] : *Fix)
      for (const tooling::Replacement &R : Replacements) {
        if (!R.isApplicable())
          continue;
        // One name per file, whatever the directory of the translation unit
        // or the links that led to it.
        std::string Real = realPath(R.getFilePath(), E.BuildDirectory);
        ByFile[Real].insert(tooling::Replacement(
            Real, R.getOffset(), R.getLength(), R.getReplacementText()));
      }
  }
}

Error FixApplier::applyToFile(const std::string &File,
                              const std::set<tooling::Replacement> &Fixes) {
  sys::fs::file_status Status;
  if (std::error_code EC = sys::fs::status(File, Status))
    return failure("cannot apply fixes to '" + File + "': " + EC.message());
  if ((Status.permissions() & sys::fs::all_write) == 0 ||
      sys::fs::access(File, sys::fs::AccessMode::Write))
    return failure("cannot apply fixes to '" + File + "': the file is read-only");
  auto Buffer = MemoryBuffer::getFile(File);
  if (!Buffer)
    return failure("cannot apply fixes to '" + File +
                   "': " + Buffer.getError().message());
  StringRef Code = (*Buffer)->getBuffer();

  tooling::Replacements Replaces;
  for (const tooling::Replacement &R : Fixes)
    if (Error E = Replaces.add(R)) {
      consumeError(std::move(E));
      // Replacements keeps no two that overlap: the one R overlaps starts
      // before R ends and ends after R starts.
      std::string With;
      for (const tooling::Replacement &Old : Replaces)
        if (Old.getOffset() <= R.getOffset() + R.getLength() &&
            R.getOffset() <= Old.getOffset() + Old.getLength())
          With = Old.getReplacementText().str();
      unsigned Line = 1 + Code.take_front(R.getOffset()).count('\n');
      return failure("conflicting fixes for '" + File + "' at line " + Twine(Line) +
                     " ('" + With + "' and '" + R.getReplacementText() +
                     "'); none applied to it");
    }
  // As clang-tidy's ErrorReporter::finish.
  std::string StyleName =
      Options.make()->getOptions(File).FormatStyle.value_or("none");
  Expected<format::FormatStyle> Style = format::getStyle(StyleName, File, "none");
  if (!Style)
    return failure("cannot apply fixes to '" + File +
                   "': " + toString(Style.takeError()));
  Expected<tooling::Replacements> Cleaned =
      format::cleanupAroundReplacements(Code, Replaces, *Style);
  if (!Cleaned)
    return failure("cannot apply fixes to '" + File +
                   "': " + toString(Cleaned.takeError()));
  if (Expected<tooling::Replacements> Formatted =
          format::formatReplacements(Code, *Cleaned, *Style))
    Cleaned = std::move(Formatted);
  else
    consumeError(Formatted.takeError()); // unformatted, as clang-tidy
  Expected<std::string> Fixed = tooling::applyAllReplacements(Code, *Cleaned);
  if (!Fixed)
    return failure("cannot apply fixes to '" + File +
                   "': " + toString(Fixed.takeError()));
  return writeFileAtomically(File, *Fixed, &Status);
}

FixApplier::Outcome FixApplier::apply() {
  Outcome Out;
  for (const auto &[File, Fixes] : ByFile) {
    if (Error E = applyToFile(File, Fixes)) {
      Out.Errors.push_back(toString(std::move(E)));
      continue;
    }
    Out.Fixes += Fixes.size();
    ++Out.Files;
  }
  ByFile.clear();
  return Out;
}

} // namespace corolint
