//===--- ResultCache.cpp - each file's findings, kept between runs --------===//

#include "ResultCache.h"
#include "analysis/AtomicFile.h"
#include "analysis/SummaryFormat.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

using namespace clang::tidy;
using namespace llvm;
namespace json = llvm::json;

namespace corolint {

//===-- What a translation unit read --------------------------------------===//

namespace {
/// A file whose contents are hashed as they are read.
class HashingFile : public vfs::File {
public:
  HashingFile(std::unique_ptr<vfs::File> F, InputFile &Entry, bool &Unstable)
      : F(std::move(F)), Entry(Entry), Unstable(Unstable) {}
  ErrorOr<vfs::Status> status() override { return F->status(); }
  ErrorOr<std::string> getName() override { return F->getName(); }
  ErrorOr<std::unique_ptr<MemoryBuffer>> getBuffer(const Twine &Name, int64_t FileSize,
                                                   bool RequiresNullTerminator,
                                                   bool IsVolatile) override {
    auto Buffer = F->getBuffer(Name, FileSize, RequiresNullTerminator, IsVolatile);
    if (Buffer) {
      std::string Hash = contentHash((*Buffer)->getBuffer());
      if (!Entry.Hash.empty() && Entry.Hash != Hash)
        Unstable = true;
      Entry.Hash = std::move(Hash);
      Entry.Size = (*Buffer)->getBufferSize();
    }
    return Buffer;
  }
  std::error_code close() override { return F->close(); }

private:
  std::unique_ptr<vfs::File> F;
  InputFile &Entry;
  bool &Unstable;
};
} // namespace

ErrorOr<std::unique_ptr<vfs::File>>
RecordingFileSystem::openFileForRead(const Twine &Path) {
  auto F = ProxyFileSystem::openFileForRead(Path);
  if (!F)
    return F;
  SmallString<256> Abs;
  Path.toVector(Abs);
  makeAbsolute(Abs);
  sys::path::remove_dots(Abs); // not "..": links may lead there
  InputFile &Entry = Read[Abs];
  return std::unique_ptr<vfs::File>(new HashingFile(std::move(*F), Entry, Unstable));
}

//===-- The cache ---------------------------------------------------------===//

static constexpr StringLiteral FormatName = "corolint-cache";

std::string defaultCacheDir() {
  SmallString<256> Dir;
  if (std::optional<std::string> XDG = sys::Process::GetEnv("XDG_CACHE_HOME");
      XDG && sys::path::is_absolute(*XDG)) {
    Dir = *XDG;
  } else if (sys::path::home_directory(Dir)) {
    sys::path::append(Dir, ".cache");
  } else {
    return "";
  }
  sys::path::append(Dir, "corolint");
  return std::string(Dir);
}

ResultCache::ResultCache(std::string Dir, StringRef ToolVersion,
                         StringRef Executable, bool CrossTU, SummaryStore *Store)
    : Dir(std::move(Dir)), CrossTU(CrossTU), Store(Store) {
  // A rebuilt corolint (a changed check) must not replay an older one's
  // results: its own bytes are part of the key.
  std::string ExecutableHash = "unknown";
  uint64_t Size = 0;
  if (!regularFileProblem(Executable, Size)) {
    if (auto Buffer = readRegularFile(Executable, Size))
      ExecutableHash = contentHash((*Buffer)->getBuffer());
    else
      consumeError(Buffer.takeError());
  }
  // Relative paths (a command's "." directory with `--`, a relative
  // CatalogueFiles set on the command line) are the working directory's.
  SmallString<256> WorkingDir;
  sys::fs::current_path(WorkingDir);
  Identity = (FormatName + " " + Twine(CacheFormatVersion) + "\n" + ToolVersion +
              "\nexecutable " + ExecutableHash + "\ncross-tu " + Twine(CrossTU) +
              "\nsummary inputs " + Twine(Store && Store->RecordInputs) +
              "\nworking directory " + WorkingDir + "\n")
                 .str();
}

std::optional<std::string>
ResultCache::key(StringRef File, const ClangTidyOptions &Effective,
                 ArrayRef<clang::tooling::CompileCommand> Commands) const {
  // Findings resolved against a summaries directory depend on it.
  if (!CrossTU)
    for (const auto &Option : Effective.CheckOptions)
      if (Option.getKey().ends_with("SummariesDir") && !Option.getValue().Value.empty())
        return std::nullopt;
  if (Commands.empty())
    return std::nullopt;
  std::string Text = Identity;
  raw_string_ostream OS(Text);
  OS << "file " << File << "\nconfiguration\n" << configurationAsText(Effective) << "\n";
  for (const char *Var : {"CPATH", "C_INCLUDE_PATH", "CPLUS_INCLUDE_PATH"})
    if (std::optional<std::string> Value = sys::Process::GetEnv(Var))
      OS << Var << "=" << *Value << "\n";
  for (const clang::tooling::CompileCommand &C : Commands) {
    OS << "command\n" << C.Directory << '\0' << C.Filename << '\0';
    for (const std::string &Arg : C.CommandLine)
      OS << Arg << '\0';
    OS << "\n";
  }
  return utohexstr(xxh3_64bits(Text), /*LowerCase=*/true, 16);
}

std::string ResultCache::entryPath(StringRef Key) const {
  SmallString<256> Path(Dir);
  sys::path::append(Path, Key + ".jsonl");
  return std::string(Path);
}

std::optional<InputFile> ResultCache::currentHash(StringRef Path) {
  {
    std::lock_guard<std::mutex> Lock(Mutex);
    auto It = Hashed.find(Path);
    if (It != Hashed.end())
      return It->second;
  }
  std::optional<InputFile> Now;
  uint64_t Size = 0;
  if (!regularFileProblem(Path, Size) && Size <= MaxSourceFileBytes) {
    if (auto Buffer = readRegularFile(Path, Size))
      Now = InputFile{(*Buffer)->getBufferSize(), contentHash((*Buffer)->getBuffer())};
    else
      consumeError(Buffer.takeError());
  }
  std::lock_guard<std::mutex> Lock(Mutex);
  return Hashed.try_emplace(Path, Now).first->second;
}

/// The remark text of the deferred call \p Id, or none for another message.
static std::optional<uint64_t> deferredId(const ClangTidyError &E) {
  StringRef Text = E.Message.Message;
  uint64_t Id = 0;
  if (E.DiagLevel != ClangTidyError::Remark || !Text.consume_front(DeferredRemarkPrefix) ||
      Text.getAsInteger(10, Id))
    return std::nullopt;
  return Id;
}

void ResultCache::record(StringRef Key, const FileResult &R,
                         const RecordingFileSystem &FS, const TUCapture &Capture) {
  if (R.Crashed || FS.Unstable)
    return;
  for (const ClangTidyError &E : R.Errors)
    if (E.DiagLevel == ClangTidyError::Error)
      return;

  // The deferred calls by their index in the entry, not their id in this
  // process.
  DenseMap<uint64_t, uint64_t> IndexOf;
  for (const TUSummary &S : Capture.Summaries)
    for (const DeferredCall &D : S.Deferred)
      IndexOf.try_emplace(D.Id, IndexOf.size());
  clang::tooling::TranslationUnitDiagnostics Doc;
  Doc.MainSourceFile = R.File;
  json::Array AsError, Aliases;
  for (const ClangTidyError &E : R.Errors) {
    Doc.Diagnostics.push_back(E);
    if (std::optional<uint64_t> Id = deferredId(E)) {
      auto It = IndexOf.find(*Id);
      if (It == IndexOf.end())
        return;
      Doc.Diagnostics.back().Message.Message =
          (DeferredRemarkPrefix + Twine(It->second)).str();
    }
    AsError.push_back(E.IsWarningAsError);
    Aliases.push_back(json::Array(E.EnabledDiagnosticAliases));
  }

  // The inputs: as read, else (opened, never read; a catalogue file) as now.
  std::map<std::string, InputFile> Inputs;
  for (const auto &Entry : FS.Read)
    Inputs[Entry.getKey().str()] = Entry.getValue();
  for (const std::string &Path : Capture.ReadFiles)
    Inputs.try_emplace(Path);
  for (auto &[Path, Input] : Inputs)
    if (Input.Hash.empty()) {
      std::optional<InputFile> Now = currentHash(Path);
      if (!Now)
        return;
      Input = *Now;
    }

  std::string Text;
  raw_string_ostream OS(Text);
  size_t Records = 0;
  auto Line = [&](json::Object &&O) {
    OS << json::Value(std::move(O)) << "\n";
    ++Records;
  };
  Line(json::Object{{"format", FormatName}, {"version", CacheFormatVersion}, {"key", Key},
        {"file", R.File}});
  for (const auto &[Path, Input] : Inputs)
    Line(json::Object{{"kind", "input"}, {"file", Path}, {"size", Input.Size}, {"hash", Input.Hash}});
  std::string YAML;
  {
    raw_string_ostream YOS(YAML);
    yaml::Output Out(YOS);
    Out << Doc;
  }
  Line(json::Object{{"kind", "diagnostics"},
        {"yaml", std::move(YAML)},
        {"asError", std::move(AsError)},
        {"aliases", std::move(Aliases)}});
  for (const TUSummary &S : Capture.Summaries)
    Line(json::Object{{"kind", "summary"}, {"text", summaryText(S)}});
  OS.flush();
  appendTrailer(Text, Records);

  Error E = Error::success();
  if (std::error_code EC = sys::fs::create_directories(Dir))
    E = createStringError(EC, "cannot create '%s': %s", Dir.c_str(),
                          EC.message().c_str());
  else
    E = writeFileAtomically(entryPath(Key), Text);
  if (E) {
    std::lock_guard<std::mutex> Lock(Mutex);
    if (!FirstWriteError)
      FirstWriteError = toString(std::move(E));
    else
      consumeError(std::move(E));
    return;
  }
  ++Stored;
}

bool ResultCache::replay(StringRef Key, FileResult &R) {
  auto Miss = [&] {
    ++Misses;
    return false;
  };
  std::string Path = entryPath(Key);
  uint64_t Size = 0;
  if (regularFileProblem(Path, Size) || Size > MaxSummaryFileBytes)
    return Miss();
  auto Buffer = readRegularFile(Path, Size);
  if (!Buffer) {
    consumeError(Buffer.takeError());
    return Miss();
  }
  StringRef Data = (*Buffer)->getBuffer();
  auto Lines = splitRecords(Data);
  if (Lines.size() < 2 || trailerProblem(Lines, Data))
    return Miss();
  Lines.pop_back();

  clang::tooling::TranslationUnitDiagnostics Doc;
  std::optional<json::Array> AsError, Aliases; // copied: the records are not kept
  std::vector<TUSummary> Summaries;
  for (size_t I = 0; I < Lines.size(); ++I) {
    Expected<json::Value> V = parseRecord(Lines[I].second);
    if (!V) {
      consumeError(V.takeError());
      return Miss();
    }
    const json::Object *O = V->getAsObject();
    if (!O)
      return Miss();
    if (I == 0) { // the header
      if (O->getString("format") != FormatName ||
          O->getInteger("version") != CacheFormatVersion ||
          O->getString("key") != Key || O->getString("file") != R.File)
        return Miss();
      continue;
    }
    std::optional<StringRef> Kind = O->getString("kind");
    if (Kind == "input") {
      std::optional<StringRef> File = O->getString("file"), Hash = O->getString("hash");
      std::optional<int64_t> Bytes = O->getInteger("size");
      if (!File || !Hash || !Bytes)
        return Miss();
      std::optional<InputFile> Now = currentHash(*File);
      if (!Now || Now->Size != uint64_t(*Bytes) || Now->Hash != *Hash)
        return Miss();
    } else if (Kind == "diagnostics") {
      std::optional<StringRef> Text = O->getString("yaml");
      const json::Array *Flags = O->getArray("asError"), *Names = O->getArray("aliases");
      if (!Text || !Flags || !Names)
        return Miss();
      AsError = *Flags;
      Aliases = *Names;
      yaml::Input In(*Text);
      In >> Doc;
      if (In.error() || Doc.Diagnostics.size() != AsError->size() ||
          Doc.Diagnostics.size() != Aliases->size())
        return Miss();
    } else if (Kind == "summary") {
      std::optional<StringRef> Text = O->getString("text");
      if (!Text)
        return Miss();
      Expected<TUSummary> S = parseSummary(*Text, Path);
      if (!S) {
        consumeError(S.takeError());
        return Miss();
      }
      Summaries.push_back(std::move(*S));
    } else {
      return Miss();
    }
  }
  if (!AsError || (!Summaries.empty() && !Store))
    return Miss();

  // Fresh ids for the deferred calls, which the remarks name by index.
  std::vector<uint64_t> Ids;
  if (Store)
    for (TUSummary &S : Summaries)
      for (DeferredCall &D : S.Deferred)
        Ids.push_back(D.Id = Store->NextId++);
  std::vector<ClangTidyError> Errors;
  for (size_t I = 0; I < Doc.Diagnostics.size(); ++I) {
    clang::tooling::Diagnostic &D = Doc.Diagnostics[I];
    std::optional<bool> Flag = (*AsError)[I].getAsBoolean();
    const json::Array *Names = (*Aliases)[I].getAsArray();
    if (!Flag || !Names)
      return Miss();
    ClangTidyError E(D.DiagnosticName, D.DiagLevel, D.BuildDirectory, *Flag);
    static_cast<clang::tooling::Diagnostic &>(E) = std::move(D);
    for (const json::Value &Name : *Names) {
      std::optional<StringRef> S = Name.getAsString();
      if (!S)
        return Miss();
      E.EnabledDiagnosticAliases.push_back(S->str());
    }
    if (std::optional<uint64_t> Index = deferredId(E)) {
      if (*Index >= Ids.size())
        return Miss();
      E.Message.Message = (DeferredRemarkPrefix + Twine(Ids[*Index])).str();
    }
    Errors.push_back(std::move(E));
  }
  R.Errors = std::move(Errors);
  if (Store)
    for (TUSummary &S : Summaries)
      Store->add(std::move(S));
  ++Hits;
  return true;
}

std::optional<std::string> ResultCache::writeError() const {
  std::lock_guard<std::mutex> Lock(Mutex);
  return FirstWriteError;
}

} // namespace corolint
