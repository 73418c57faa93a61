//===--- SummaryFormat.cpp - summaries on disk, as JSON Lines --------------===//

#include "SummaryFormat.h"
#include "LibraryNotes.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

namespace json = llvm::json;

namespace corolint {

std::string contentHash(llvm::StringRef Data) {
  return llvm::utohexstr(llvm::xxh3_64bits(Data), /*LowerCase=*/true, 16);
}

static json::Value toJSON(const SummaryLink &L) {
  return json::Object{{"file", L.File},     {"offset", L.Offset},
                      {"line", L.Line},     {"column", L.Column},
                      {"callee", L.Callee}};
}
static json::Value toJSON(const std::vector<SummaryLink> &Steps) {
  json::Array A;
  for (const SummaryLink &L : Steps)
    A.push_back(toJSON(L));
  return A;
}
static json::Value toJSON(const std::vector<ExternalCall> &Calls) {
  json::Array A;
  for (const ExternalCall &C : Calls)
    A.push_back(json::Object{{"usr", C.USR}, {"steps", toJSON(C.Steps)}});
  return A;
}

bool fromJSON(const json::Value &V, SummaryLink &L, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("file", L.File) && O.map("offset", L.Offset) &&
         O.map("line", L.Line) && O.map("column", L.Column) &&
         O.map("callee", L.Callee);
}
bool fromJSON(const json::Value &V, ExternalCall &C, json::Path P) {
  json::ObjectMapper O(V, P);
  if (!(O && O.map("usr", C.USR) && O.map("steps", C.Steps)))
    return false;
  if (C.Steps.empty()) {
    P.field("steps").report("expected at least one step");
    return false;
  }
  return true;
}
bool fromJSON(const json::Value &V, LocalBlock &B, json::Path P) {
  json::ObjectMapper O(V, P);
  if (!(O && O.map("steps", B.Steps) && O.map("category", B.Category) &&
        O.map("advice", B.Advice) && O.mapOptional("note", B.Note)))
    return false;
  if (B.Steps.empty()) {
    P.field("steps").report("expected at least one step");
    return false;
  }
  if (!parseAdvice(B.Advice)) {
    P.field("advice").report("unknown advice");
    return false;
  }
  return true;
}

static constexpr llvm::StringLiteral FormatName = "corolint-summary";

llvm::Expected<std::string> writeSummaryFile(const TUSummary &S,
                                             llvm::StringRef Dir) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return llvm::createStringError(EC, "cannot create '%s': %s",
                                   Dir.str().c_str(), EC.message().c_str());
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, llvm::sys::path::filename(S.MainFile) + "-" +
                                    contentHash(S.MainFile) + ".jsonl");
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << json::Value(json::Object{{"format", FormatName},
                                 {"version", SummaryFormatVersion},
                                 {"file", S.MainFile},
                                 {"size", S.Size},
                                 {"hash", S.Hash},
                                 {"mtime", S.MTime}})
     << "\n";
  for (const FunctionSummary &F : S.Functions) {
    json::Object O{{"kind", "function"}, {"usr", F.USR}, {"name", F.Name}};
    if (F.Blocks)
      O["blocks"] = json::Object{{"steps", toJSON(F.Blocks->Steps)},
                                 {"category", F.Blocks->Category},
                                 {"advice", F.Blocks->Advice}};
    if (F.Blocks && !F.Blocks->Note.empty())
      O["blocks"].getAsObject()->try_emplace("note", F.Blocks->Note);
    else if (!F.Calls.empty())
      O["calls"] = toJSON(F.Calls);
    OS << json::Value(std::move(O)) << "\n";
  }
  for (const DeferredCall &D : S.Deferred)
    OS << json::Value(json::Object{{"kind", "deferred"},
                                   {"coroutine", D.Coroutine},
                                   {"library", D.Library},
                                   {"calls", toJSON(D.Candidates)}})
       << "\n";
  // Written whole, then renamed: a reader never sees half a file.
  llvm::SmallString<256> Temp(Path);
  Temp += ".tmp";
  {
    std::error_code EC;
    llvm::raw_fd_ostream File(Temp, EC);
    if (EC)
      return llvm::createStringError(EC, "cannot write '%s': %s",
                                     Temp.c_str(), EC.message().c_str());
    File << Text;
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Path))
    return llvm::createStringError(EC, "cannot write '%s': %s", Path.c_str(),
                                   EC.message().c_str());
  return std::string(Path);
}

llvm::Expected<TUSummary> readSummaryFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "cannot read '%s': %s",
                                   Path.str().c_str(),
                                   Buffer.getError().message().c_str());
  TUSummary S;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  (*Buffer)->getBuffer().split(Lines, '\n');
  bool SawHeader = false;
  for (size_t N = 0; N < Lines.size(); ++N) {
    llvm::StringRef Line = Lines[N].trim();
    if (Line.empty())
      continue;
    auto Fail = [&](const llvm::Twine &Why) {
      return llvm::createStringError(std::errc::invalid_argument, "%s:%zu: %s",
                                     Path.str().c_str(), N + 1,
                                     Why.str().c_str());
    };
    llvm::Expected<json::Value> V = json::parse(Line);
    if (!V)
      return Fail(llvm::toString(V.takeError()));
    json::Path::Root Root("record");
    json::ObjectMapper O(*V, Root);
    auto Invalid = [&] {
      llvm::Error E = Root.getError();
      return Fail(E ? llvm::toString(std::move(E)) : "invalid record");
    };
    if (!SawHeader) {
      std::string Format;
      int64_t Version = 0;
      if (!(O && O.map("format", Format) && O.map("version", Version)))
        return Invalid();
      if (Format != FormatName)
        return Fail("not a corolint summary file");
      if (Version != SummaryFormatVersion)
        return Fail("summary format version " + llvm::Twine(Version) +
                    " is not supported (expected " +
                    llvm::Twine(SummaryFormatVersion) + ")");
      if (!(O.map("file", S.MainFile) && O.map("size", S.Size) &&
            O.map("hash", S.Hash) && O.mapOptional("mtime", S.MTime)))
        return Invalid();
      if (!llvm::sys::path::is_absolute(S.MainFile))
        return Fail("'file' is not an absolute path");
      SawHeader = true;
      continue;
    }
    std::string Kind;
    if (!(O && O.map("kind", Kind)))
      return Invalid();
    if (Kind == "function") {
      FunctionSummary F;
      if (!(O.map("usr", F.USR) && O.map("name", F.Name) &&
            O.mapOptional("blocks", F.Blocks) && O.mapOptional("calls", F.Calls)))
        return Invalid();
      S.Functions.push_back(std::move(F));
    } else if (Kind == "deferred") {
      DeferredCall D;
      if (!(O.map("coroutine", D.Coroutine) && O.map("library", D.Library) &&
            O.map("calls", D.Candidates)))
        return Invalid();
      S.Deferred.push_back(std::move(D));
    } else {
      return Fail("unknown record kind '" + Kind + "'");
    }
  }
  if (!SawHeader)
    return llvm::createStringError(std::errc::invalid_argument,
                                   "%s: empty summary file", Path.str().c_str());
  return S;
}

} // namespace corolint
