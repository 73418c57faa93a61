//===--- SummaryFormat.cpp - summaries on disk, as JSON Lines --------------===//

#include "SummaryFormat.h"
#include "AtomicFile.h"
#include "BlockingCatalog.h"
#include "ChainShape.h"
#include "LibraryNotes.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <fcntl.h>
#include <map>
#include <unistd.h>

namespace json = llvm::json;
namespace fs = llvm::sys::fs;

namespace corolint {

std::string contentHash(llvm::StringRef Data) {
  return llvm::utohexstr(llvm::xxh3_64bits(Data), /*LowerCase=*/true, 16);
}

//===-- JSON Lines files --------------------------------------------------===//

std::optional<std::string> regularFileProblem(llvm::StringRef Path,
                                              uint64_t &Size) {
  fs::file_status Status;
  if (std::error_code EC = fs::status(Path, Status))
    return "cannot read it: " + EC.message();
  if (Status.type() != fs::file_type::regular_file)
    return std::string("not a regular file");
  Size = Status.getSize();
  return std::nullopt;
}

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readRegularFile(llvm::StringRef Path, uint64_t Size) {
  // LLVM's openers block on a FIFO until a writer comes; O_NONBLOCK does
  // not, and changes nothing for a regular file.
  llvm::SmallString<256> P(Path);
  int FD = ::open(P.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (FD < 0)
    return llvm::errorCodeToError(std::error_code(errno, std::generic_category()));
  fs::file_status Status;
  std::error_code EC = fs::status(FD, Status);
  if (!EC && Status.type() != fs::file_type::regular_file)
    EC = std::make_error_code(std::errc::invalid_argument);
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      EC ? llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>>(EC)
         : llvm::MemoryBuffer::getOpenFile(fs::convertFDToNativeFile(FD), Path,
                                           Size, /*RequiresNullTerminator=*/false);
  ::close(FD);
  if (!Buffer)
    return llvm::errorCodeToError(Buffer.getError());
  return std::move(*Buffer);
}

/// Whether \p Text nests brackets deeper than \p Max (outside strings).
static bool nestedDeeperThan(llvm::StringRef Text, unsigned Max) {
  unsigned Depth = 0;
  bool InString = false, Escaped = false;
  for (char C : Text) {
    if (InString) {
      if (Escaped)
        Escaped = false;
      else if (C == '\\')
        Escaped = true;
      else if (C == '"')
        InString = false;
    } else if (C == '"') {
      InString = true;
    } else if (C == '[' || C == '{') {
      if (++Depth > Max)
        return true;
    } else if ((C == ']' || C == '}') && Depth) {
      --Depth;
    }
  }
  return false;
}

llvm::Expected<json::Value> parseRecord(llvm::StringRef Line) {
  if (nestedDeeperThan(Line, MaxRecordDepth))
    return llvm::createStringError(std::errc::invalid_argument,
                                   "nested deeper than %u levels", MaxRecordDepth);
  return json::parse(Line);
}

std::vector<std::pair<size_t, llvm::StringRef>> splitRecords(llvm::StringRef Data) {
  std::vector<std::pair<size_t, llvm::StringRef>> Lines;
  for (size_t Pos = 0; Pos < Data.size();) {
    size_t End = std::min(Data.find('\n', Pos), Data.size());
    Lines.push_back({Pos, Data.slice(Pos, End)});
    Pos = End + 1;
  }
  while (!Lines.empty() && Lines.back().second.trim().empty())
    Lines.pop_back();
  return Lines;
}

void appendTrailer(std::string &Text, size_t Records) {
  // The lines before it and the hash of their bytes.
  std::string Hash = contentHash(Text);
  llvm::raw_string_ostream OS(Text);
  OS << json::Value(json::Object{{"kind", "end"},
                                 {"records", static_cast<int64_t>(Records)},
                                 {"hash", Hash}})
     << "\n";
}

std::optional<std::pair<size_t, std::string>>
trailerProblem(llvm::ArrayRef<std::pair<size_t, llvm::StringRef>> Lines,
               llvm::StringRef Data) {
  if (Lines.empty())
    return std::make_pair(size_t(0), std::string("truncated: the last line is not the trailer record"));
  const auto &[TrailerStart, TrailerLine] = Lines.back();
  llvm::Expected<json::Value> V = parseRecord(TrailerLine);
  const json::Object *T = V ? V->getAsObject() : nullptr;
  std::optional<llvm::StringRef> Kind = T ? T->getString("kind") : std::nullopt;
  if (!V)
    llvm::consumeError(V.takeError());
  if (Lines.size() < 2 || !Kind || *Kind != "end")
    return std::make_pair(size_t(0), std::string("truncated: the last line is not the trailer record"));
  std::optional<int64_t> Records = T->getInteger("records");
  std::optional<llvm::StringRef> Hash = T->getString("hash");
  if (!Records || !Hash)
    return std::make_pair(Lines.size(), std::string("the trailer needs 'records' and 'hash'"));
  if (*Records != static_cast<int64_t>(Lines.size() - 1))
    return std::make_pair(size_t(0), ("the trailer counts " + llvm::Twine(*Records) +
                                      " records, but " + llvm::Twine(Lines.size() - 1) +
                                      " precede it")
                                         .str());
  if (contentHash(Data.take_front(TrailerStart)) != *Hash)
    return std::make_pair(size_t(0),
                          std::string("the trailer's hash does not match the file's contents"));
  return std::nullopt;
}

//===-- Summary records ---------------------------------------------------===//

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
  for (const ExternalCall &C : Calls) {
    json::Object O{{"usr", C.USR}, {"steps", toJSON(C.Steps)}};
    if (C.Elided)
      O["elided"] = C.Elided;
    A.push_back(std::move(O));
  }
  return A;
}

/// A kept chain is whole, or its first KeptHeadSteps and last KeptTailSteps
/// steps with the number left out (ChainShape.h).
static bool checkSteps(const std::vector<SummaryLink> &Steps, uint64_t Elided,
                       json::Path P) {
  if (Steps.empty()) {
    P.field("steps").report("expected at least one step");
    return false;
  }
  if (Elided && Steps.size() != KeptHeadSteps + KeptTailSteps) {
    P.field("elided").report("a chain with elided steps keeps 6 steps");
    return false;
  }
  return true;
}

bool fromJSON(const json::Value &V, SummaryLink &L, json::Path P) {
  json::ObjectMapper O(V, P);
  if (!(O && O.map("file", L.File) && O.map("offset", L.Offset) &&
        O.map("line", L.Line) && O.map("column", L.Column) &&
        O.map("callee", L.Callee)))
    return false;
  if (!L.Line || !L.Column) {
    P.report("lines and columns start at 1");
    return false;
  }
  return true;
}
bool fromJSON(const json::Value &V, ExternalCall &C, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("usr", C.USR) && O.map("steps", C.Steps) &&
         O.mapOptional("elided", C.Elided) && checkSteps(C.Steps, C.Elided, P);
}
static json::Value toJSON(const TwinCall &T) {
  return json::Object{{"callee", T.Callee}, {"arguments", T.Arguments}, {"token", T.Token}};
}
bool fromJSON(const json::Value &V, TwinCall &T, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("callee", T.Callee) && O.map("arguments", T.Arguments) &&
         O.map("token", T.Token);
}
bool fromJSON(const json::Value &V, LocalBlock &B, json::Path P) {
  json::ObjectMapper O(V, P);
  if (!(O && O.map("steps", B.Steps) && O.map("category", B.Category) &&
        O.map("advice", B.Advice) && O.mapOptional("note", B.Note) &&
        O.mapOptional("twin", B.Twin) &&
        O.mapOptional("elided", B.Elided) && checkSteps(B.Steps, B.Elided, P)))
    return false;
  // The catalogue's names only, so that a category added to it is known
  // here too; a summary never holds an alias (`sync`).
  llvm::SmallVector<BlockingCategory, 2> Category;
  if (!parseCategory(B.Category, Category) || Category.size() != 1 ||
      categoryName(Category.front()) != B.Category) {
    P.field("category").report("unknown category");
    return false;
  }
  if (!parseAdvice(B.Advice)) {
    P.field("advice").report("unknown advice");
    return false;
  }
  return true;
}
bool fromJSON(const json::Value &V, SummaryFile &F, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("file", F.Path) && O.map("size", F.Size) &&
         O.map("hash", F.Hash);
}

static constexpr llvm::StringLiteral FormatName = "corolint-summary";

std::string summaryFileName(const TUSummary &S) {
  return (llvm::sys::path::filename(S.MainFile) + "-" + contentHash(S.MainFile) +
          "-" + S.Configuration + ".jsonl")
      .str();
}

/// The file's lines, the header first and the trailer last.
std::string summaryText(const TUSummary &S) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  json::Object Header{{"format", FormatName},   {"version", SummaryFormatVersion},
                      {"file", S.MainFile},     {"size", S.Size},
                      {"hash", S.Hash},         {"mtime", S.MTime},
                      {"configuration", S.Configuration}};
  for (auto [Key, List] : {std::pair{"files", &S.Files}, std::pair{"inputs", &S.Inputs}}) {
    json::Array Array;
    for (const SummaryFile &F : *List)
      Array.push_back(json::Object{{"file", F.Path}, {"size", F.Size}, {"hash", F.Hash}});
    if (!Array.empty())
      Header[Key] = std::move(Array);
  }
  OS << json::Value(std::move(Header)) << "\n";
  size_t Records = 1;
  for (const FunctionSummary &F : S.Functions) {
    json::Object O{{"kind", "function"}, {"usr", F.USR}, {"name", F.Name}};
    if (F.Blocks) {
      json::Object B{{"steps", toJSON(F.Blocks->Steps)},
                     {"category", F.Blocks->Category},
                     {"advice", F.Blocks->Advice}};
      if (!F.Blocks->Note.empty())
        B["note"] = F.Blocks->Note;
      if (F.Blocks->Twin)
        B["twin"] = toJSON(*F.Blocks->Twin);
      if (F.Blocks->Elided)
        B["elided"] = F.Blocks->Elided;
      O["blocks"] = std::move(B);
    } else if (!F.Calls.empty()) {
      O["calls"] = toJSON(F.Calls);
    }
    OS << json::Value(std::move(O)) << "\n";
    ++Records;
  }
  for (const DeferredCall &D : S.Deferred) {
    OS << json::Value(json::Object{{"kind", "deferred"},
                                   {"coroutine", D.Coroutine},
                                   {"library", D.Library},
                                   {"calls", toJSON(D.Candidates)}})
       << "\n";
    ++Records;
  }
  OS.flush();
  appendTrailer(Text, Records);
  return Text;
}

std::vector<std::string> writeSummaryFiles(llvm::ArrayRef<TUSummary> Summaries,
                                           llvm::StringRef Dir) {
  std::vector<std::string> Errors;
  if (std::error_code EC = fs::create_directories(Dir)) {
    Errors.push_back("cannot create '" + Dir.str() + "': " + EC.message());
    return Errors;
  }
  // Per main file, the names written: the other summaries of that file
  // (`<name>-<path hash>.jsonl` of version 1, or another configuration)
  // are the older runs'.
  std::map<std::string, llvm::StringSet<>> Written;
  for (const TUSummary &S : Summaries) {
    std::string Name = summaryFileName(S);
    llvm::SmallString<256> Path(Dir);
    llvm::sys::path::append(Path, Name);
    if (llvm::Error E = writeFileAtomically(Path, summaryText(S)))
      Errors.push_back(llvm::toString(std::move(E)));
    Written[(llvm::sys::path::filename(S.MainFile) + "-" + contentHash(S.MainFile)).str()]
        .insert(Name);
  }
  std::vector<std::string> Older;
  std::error_code EC;
  for (fs::directory_iterator It(Dir, EC), End; It != End && !EC; It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (!Name.ends_with(".jsonl"))
      continue;
    // `<prefix>.jsonl` (version 1) or `<prefix>-<16 hex digits>.jsonl`.
    llvm::StringRef Stem = Name.drop_back(6);
    for (const auto &[Prefix, Names] : Written) {
      llvm::StringRef Rest = Stem;
      if (!Rest.consume_front(Prefix) || Names.contains(Name))
        continue;
      if (Rest.empty() || (Rest.consume_front("-") && Rest.size() == 16 &&
                           llvm::all_of(Rest, llvm::isHexDigit)))
        Older.push_back(It->path());
    }
  }
  for (const std::string &Path : Older)
    fs::remove(Path);
  return Errors;
}

llvm::Expected<TUSummary> readSummaryFile(llvm::StringRef Path) {
  auto Unreadable = [&](const llvm::Twine &Why) {
    return llvm::createStringError(std::errc::io_error, "%s: %s",
                                   Path.str().c_str(), Why.str().c_str());
  };
  uint64_t Size = 0;
  if (std::optional<std::string> Problem = regularFileProblem(Path, Size))
    return Unreadable(*Problem);
  if (Size > MaxSummaryFileBytes)
    return Unreadable(llvm::Twine(Size) + " bytes, more than the " +
                      llvm::Twine(MaxSummaryFileBytes) +
                      " a summary file may have");
  auto Buffer = readRegularFile(Path, Size);
  if (!Buffer)
    return Unreadable("cannot read it: " + llvm::toString(Buffer.takeError()));
  return parseSummary((*Buffer)->getBuffer(), Path);
}

llvm::Expected<TUSummary> parseSummary(llvm::StringRef Data, llvm::StringRef Path) {
  auto Fail = [&](size_t Line, const llvm::Twine &Why) {
    if (!Line)
      return llvm::createStringError(std::errc::invalid_argument, "%s: %s",
                                     Path.str().c_str(), Why.str().c_str());
    return llvm::createStringError(std::errc::invalid_argument, "%s:%zu: %s",
                                   Path.str().c_str(), Line, Why.str().c_str());
  };

  // The lines and where each starts; blank lines at the end are ignored.
  std::vector<std::pair<size_t, llvm::StringRef>> Lines = splitRecords(Data);
  if (Lines.empty())
    return Fail(0, "empty summary file");

  // Each record: parsed (bounded), mapped, its errors at its line.
  size_t N = 0;
  std::optional<json::Value> Value;
  std::optional<json::Path::Root> Root;
  auto Parse = [&](size_t Index) -> llvm::Error {
    N = Index + 1;
    llvm::Expected<json::Value> V = parseRecord(Lines[Index].second);
    if (!V)
      return Fail(N, llvm::toString(V.takeError()));
    Value.emplace(std::move(*V));
    Root.emplace("record");
    return llvm::Error::success();
  };
  auto Invalid = [&] {
    llvm::Error E = Root->getError();
    return Fail(N, E ? llvm::toString(std::move(E)) : "invalid record");
  };

  // The header: format and version first, so that a file of another
  // version says so.
  TUSummary S;
  if (llvm::Error E = Parse(0))
    return std::move(E);
  {
    json::ObjectMapper O(*Value, *Root);
    std::string Format;
    int64_t Version = 0;
    if (!(O && O.map("format", Format) && O.map("version", Version)))
      return Invalid();
    if (Format != FormatName)
      return Fail(N, "not a corolint summary file");
    if (Version != SummaryFormatVersion)
      return Fail(N, "summary format version " + llvm::Twine(Version) +
                         " is not supported (expected " +
                         llvm::Twine(SummaryFormatVersion) + ")");
  }

  // The trailer: the file is whole and unchanged since it was written.
  if (auto Problem = trailerProblem(Lines, Data))
    return Fail(Problem->first, Problem->second);

  // The rest of the header: the TU's identity.
  {
    N = 1;
    json::ObjectMapper O(*Value, *Root);
    if (!(O.map("file", S.MainFile) && O.map("size", S.Size) &&
          O.map("hash", S.Hash) && O.mapOptional("mtime", S.MTime) &&
          O.map("configuration", S.Configuration) &&
          O.mapOptional("files", S.Files) && O.mapOptional("inputs", S.Inputs)))
      return Invalid();
    if (!llvm::sys::path::is_absolute(S.MainFile))
      return Fail(N, "'file' is not an absolute path");
    for (const SummaryFile &F : S.Inputs)
      if (!llvm::sys::path::is_absolute(F.Path))
        return Fail(N, "'" + F.Path + "' is not an absolute path");
  }
  // The files a link may name, and their sizes.
  llvm::StringMap<uint64_t> Sizes;
  Sizes[S.MainFile] = S.Size;
  for (const SummaryFile &F : S.Files) {
    if (!llvm::sys::path::is_absolute(F.Path))
      return Fail(N, "'" + F.Path + "' is not an absolute path");
    Sizes[F.Path] = F.Size;
  }
  auto CheckLinks = [&](const std::vector<SummaryLink> &Steps) -> std::optional<std::string> {
    for (const SummaryLink &L : Steps) {
      auto It = Sizes.find(L.File);
      if (It == Sizes.end())
        return "a link names '" + L.File +
               "', which is neither the summary's main file nor one of its files";
      if (L.Offset > It->second)
        return "a link's offset " + std::to_string(L.Offset) +
               " is past the end of '" + L.File + "' (" +
               std::to_string(It->second) + " bytes)";
    }
    return std::nullopt;
  };
  auto CheckCalls = [&](const std::vector<ExternalCall> &Calls) {
    for (const ExternalCall &C : Calls)
      if (std::optional<std::string> Why = CheckLinks(C.Steps))
        return Why;
    return std::optional<std::string>();
  };

  for (size_t I = 1; I + 1 < Lines.size(); ++I) {
    if (llvm::Error E = Parse(I))
      return std::move(E);
    json::ObjectMapper O(*Value, *Root);
    std::string Kind;
    if (!(O && O.map("kind", Kind)))
      return Invalid();
    std::optional<std::string> BadLink;
    if (Kind == "function") {
      FunctionSummary F;
      if (!(O.map("usr", F.USR) && O.map("name", F.Name) &&
            O.mapOptional("blocks", F.Blocks) && O.mapOptional("calls", F.Calls)))
        return Invalid();
      BadLink = F.Blocks ? CheckLinks(F.Blocks->Steps) : CheckCalls(F.Calls);
      S.Functions.push_back(std::move(F));
    } else if (Kind == "deferred") {
      DeferredCall D;
      if (!(O.map("coroutine", D.Coroutine) && O.map("library", D.Library) &&
            O.map("calls", D.Candidates)))
        return Invalid();
      BadLink = CheckCalls(D.Candidates);
      S.Deferred.push_back(std::move(D));
    } else {
      return Fail(N, "unknown record kind '" + Kind + "'");
    }
    if (BadLink)
      return Fail(N, *BadLink);
  }
  return S;
}

} // namespace corolint
