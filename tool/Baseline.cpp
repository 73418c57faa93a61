//===--- Baseline.cpp - the findings a project has accepted ---------------===//

#include "Baseline.h"
#include "Fingerprint.h"
#include "Paths.h"
#include "analysis/AtomicFile.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include <tuple>

using namespace llvm;

namespace corolint {

static const int64_t FormatVersion = 1;

Expected<Baseline> Baseline::read(StringRef Path) {
  auto Invalid = [&](const Twine &Reason) {
    return createStringError(inconvertibleErrorCode(),
                             "invalid baseline '" + Path + "': " + Reason);
  };
  auto Buffer = MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return createStringError(inconvertibleErrorCode(), "cannot read baseline '" +
                                                           Path + "': " +
                                                           Buffer.getError().message());
  Expected<json::Value> Doc = json::parse((*Buffer)->getBuffer());
  if (!Doc)
    return Invalid(toString(Doc.takeError()));
  const json::Object *Top = Doc->getAsObject();
  if (!Top)
    return Invalid("not a JSON object");
  if (Top->getInteger("version") != FormatVersion)
    return Invalid("expected \"version\": " + Twine(FormatVersion));
  if (Top->getString("fingerprintKey") != StringRef(FingerprintKey))
    return Invalid(Twine("expected \"fingerprintKey\": \"") + FingerprintKey + "\"");
  const json::Array *List = Top->getArray("entries");
  if (!List)
    return Invalid("no \"entries\" array");
  Baseline B;
  for (size_t I = 0; I < List->size(); ++I) {
    const json::Object *Entry = (*List)[I].getAsObject();
    std::optional<StringRef> Fingerprint =
        Entry ? Entry->getString("fingerprint") : std::nullopt;
    if (!Fingerprint || Fingerprint->empty())
      return Invalid("entry " + Twine(I + 1) + " has no \"fingerprint\"");
    B.Entries.try_emplace(*Fingerprint, false);
  }
  return std::move(B);
}

bool Baseline::match(StringRef Fingerprint) {
  auto It = Entries.find(Fingerprint);
  if (It == Entries.end() || It->second)
    return false;
  It->second = true;
  ++Matched;
  return true;
}

Error Baseline::write(StringRef Path, std::vector<BaselineEntry> Entries) {
  llvm::sort(Entries, [](const BaselineEntry &A, const BaselineEntry &B) {
    return std::tie(A.File, A.Check, A.Message, A.Fingerprint) <
           std::tie(B.File, B.Check, B.Message, B.Fingerprint);
  });
  json::Array List;
  for (BaselineEntry &E : Entries)
    List.push_back(json::Object{{"file", std::move(E.File)},
                                {"check", std::move(E.Check)},
                                {"message", std::move(E.Message)},
                                {"fingerprint", std::move(E.Fingerprint)}});
  json::Value Doc = json::Object{{"version", FormatVersion},
                                 {"fingerprintKey", FingerprintKey},
                                 {"entries", std::move(List)}};
  return writeFileAtomically(realPath(Path), // a link's target
                             formatv("{0:2}", Doc).str() + "\n");
}

} // namespace corolint
