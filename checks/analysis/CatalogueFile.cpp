//===--- CatalogueFile.cpp - the user's own catalogue tables --------------===//

#include "CatalogueFile.h"
#include "TUCapture.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/YAMLTraits.h"
#include <mutex>

namespace corolint {

namespace {

/// The spellings of the enums a file names. Categories and advice have
/// theirs (categoryName, adviceName); the forms get theirs here.
template <class Enum> struct Spelling {
  Enum Value;
  const char *Name;
};
constexpr Spelling<NonBlockingForm> FormNames[] = {
    {NonBlockingForm::Never, "never"},
    {NonBlockingForm::ZeroTimeoutArg, "zero-timeout-arg"},
    {NonBlockingForm::FlagBitArg, "flag-bit-arg"},
    {NonBlockingForm::NoResourceAcquired, "no-resource-acquired"},
    {NonBlockingForm::StreamNotStdinOrFile, "stream-not-stdin-or-file"},
    {NonBlockingForm::FileStatusArg, "file-status-arg"},
    {NonBlockingForm::StreamNotConsole, "stream-not-console"},
    {NonBlockingForm::StreamIsConsole, "stream-is-console"},
    {NonBlockingForm::ArgNotEqual, "arg-not-equal"},
    {NonBlockingForm::ZeroTimeoutPointee, "zero-timeout-pointee"},
    {NonBlockingForm::CallbackParam, "callback-param"},
    {NonBlockingForm::BufferParam, "buffer-param"},
    {NonBlockingForm::DeferredConnection, "deferred-connection"},
    {NonBlockingForm::ExpiredDeadlineArg, "expired-deadline-arg"},
    {NonBlockingForm::ReadinessChecked, "readiness-checked"},
    {NonBlockingForm::NoTimeoutOrZeroArg, "no-timeout-or-zero-arg"},
    {NonBlockingForm::CachedAfterFirstQuery, "cached-after-first-query"},
};
static_assert(std::size(FormNames) ==
                  size_t(NonBlockingForm::CachedAfterFirstQuery) + 1,
              "every non-blocking form has a spelling in catalogue files");
constexpr Spelling<BridgeForm> BridgeNames[] = {
    {BridgeForm::Awaitable, "awaitable"},
    {BridgeForm::Sender, "sender"},
    {BridgeForm::Member, "member"},
    {BridgeForm::EventLoop, "event-loop"},
};

/// Advice a file may name: `custom` and `annotated` speak of the option and
/// the annotations; a file entry gives its own text (Alternative) instead.
bool fileAdvice(Advice A) {
  return A != Advice::Custom && A != Advice::Annotated && A != Advice::AsyncTwin;
}

// The rows as YAML reads them; the strings are saved into the file after.
struct BlockingRow {
  std::string Name;
  BlockingCategory Category = BlockingCategory::Custom;
  std::optional<Advice> Note;
  NonBlockingForm Unless = NonBlockingForm::Never;
  unsigned Arg = 0;
  uint64_t Bits = 0;
  std::string Alternative;
};
struct BridgeRow {
  std::string Name;
  BridgeForm Form = BridgeForm::Awaitable;
  std::string Alternative;
};
struct Document {
  std::vector<BlockingRow> Blocking;
  std::vector<BridgeRow> Bridges;
};

/// Valid spellings of the value of \p Key, for the error of an unknown one.
std::string expectedValues(llvm::StringRef Key) {
  std::vector<std::string> Names;
  if (Key == "Category")
    for (BlockingCategory C : allCategories()) {
      if (C != BlockingCategory::AsyncTwin) // the rule's, not a row's
        Names.push_back(categoryName(C).str());
    }
  else if (Key == "Advice")
    for (Advice A : allAdvice()) {
      if (fileAdvice(A))
        Names.push_back(adviceName(A).str());
    }
  else if (Key == "Unless")
    for (const auto &F : FormNames)
      Names.push_back(F.Name);
  else if (Key == "Form")
    for (const auto &F : BridgeNames)
      Names.push_back(F.Name);
  return llvm::join(Names, ";");
}

/// What the value of \p Key is, in an error message.
std::string keyNoun(llvm::StringRef Key) {
  if (Key == "Category")
    return "category";
  if (Key == "Advice")
    return "advice";
  if (Key == "Unless")
    return "non-blocking form";
  if (Key == "Form")
    return "bridge form";
  return "value";
}

} // namespace
} // namespace corolint

LLVM_YAML_IS_SEQUENCE_VECTOR(corolint::BlockingRow)
LLVM_YAML_IS_SEQUENCE_VECTOR(corolint::BridgeRow)

namespace llvm::yaml {
using namespace corolint;

template <> struct ScalarEnumerationTraits<BlockingCategory> {
  static void enumeration(IO &IO, BlockingCategory &Value) {
    for (BlockingCategory C : allCategories())
      if (C != BlockingCategory::AsyncTwin) // the rule's, not a row's
        IO.enumCase(Value, categoryName(C).data(), C);
  }
};
template <> struct ScalarEnumerationTraits<Advice> {
  static void enumeration(IO &IO, Advice &Value) {
    for (Advice A : allAdvice())
      if (fileAdvice(A))
        IO.enumCase(Value, adviceName(A).data(), A);
  }
};
template <> struct ScalarEnumerationTraits<NonBlockingForm> {
  static void enumeration(IO &IO, NonBlockingForm &Value) {
    for (const auto &F : FormNames)
      IO.enumCase(Value, F.Name, F.Value);
  }
};
template <> struct ScalarEnumerationTraits<BridgeForm> {
  static void enumeration(IO &IO, BridgeForm &Value) {
    for (const auto &F : BridgeNames)
      IO.enumCase(Value, F.Name, F.Value);
  }
};

template <> struct MappingTraits<BlockingRow> {
  static void mapping(IO &IO, BlockingRow &Row) {
    IO.mapRequired("Name", Row.Name);
    IO.mapRequired("Category", Row.Category);
    IO.mapOptional("Advice", Row.Note);
    IO.mapOptional("Unless", Row.Unless, NonBlockingForm::Never);
    IO.mapOptional("Arg", Row.Arg, 0u);
    IO.mapOptional("Bits", Row.Bits, uint64_t(0));
    IO.mapOptional("Alternative", Row.Alternative);
  }
  static std::string validate(IO &, BlockingRow &Row) {
    if (llvm::StringRef(Row.Name).trim().empty())
      return "empty 'Name'";
    if (!Row.Note && llvm::StringRef(Row.Alternative).trim().empty())
      return "entry '" + Row.Name + "' needs 'Advice' or 'Alternative' (the note's text)";
    if (Row.Unless == NonBlockingForm::FlagBitArg && Row.Bits == 0)
      return "entry '" + Row.Name + "' has form 'flag-bit-arg' but no 'Bits'";
    return "";
  }
};
template <> struct MappingTraits<BridgeRow> {
  static void mapping(IO &IO, BridgeRow &Row) {
    IO.mapRequired("Name", Row.Name);
    IO.mapOptional("Form", Row.Form, BridgeForm::Awaitable);
    IO.mapOptional("Alternative", Row.Alternative);
  }
  static std::string validate(IO &, BridgeRow &Row) {
    return llvm::StringRef(Row.Name).trim().empty() ? "empty 'Name'" : "";
  }
};
template <> struct MappingTraits<corolint::Document> {
  static void mapping(IO &IO, corolint::Document &Doc) {
    IO.mapOptional("Blocking", Doc.Blocking);
    IO.mapOptional("Bridges", Doc.Bridges);
  }
};
} // namespace llvm::yaml

namespace corolint {

namespace {
/// The first error YAML I/O reports, as "<path>:<line>:<column>: <message>".
/// An unknown enumerated value is reworded with the key it is the value of
/// and the spellings that key accepts.
struct FirstError {
  std::string Path, Text;
  static void handle(const llvm::SMDiagnostic &Diag, void *Context) {
    auto &Self = *static_cast<FirstError *>(Context);
    if (!Self.Text.empty())
      return;
    std::string Message = Diag.getMessage().str();
    llvm::StringRef Line = Diag.getLineContents();
    unsigned Column = Diag.getColumnNo();
    if (Message == "unknown enumerated scalar" && Column <= Line.size()) {
      llvm::StringRef Value = Line.drop_front(Column);
      Value = Value.take_until([](char C) { return llvm::isSpace(C) || C == ',' || C == '}'; });
      // The key: the last word before the value's ':'.
      llvm::StringRef Before = Line.take_front(Column).rtrim().rtrim(':').rtrim();
      llvm::StringRef Key = Before.drop_front(
          Before.find_last_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") + 1);
      if (Value.size() >= 2 && (Value.front() == '"' || Value.front() == '\'') &&
          Value.back() == Value.front())
        Value = Value.drop_front().drop_back();
      std::string Expected = expectedValues(Key);
      Message = "unknown " + keyNoun(Key) + " '" + Value.str() + "'" +
                (Expected.empty() ? "" : "; expected any of '" + Expected + "'");
    }
    Self.Text = (llvm::Twine(Self.Path) + ":" + llvm::Twine(Diag.getLineNo()) + ":" +
                 llvm::Twine(Column + 1) + ": " + Message)
                    .str();
  }
};

llvm::StringRef normalName(llvm::StringRef Name) {
  Name = Name.trim();
  Name.consume_front("::");
  return Name;
}
} // namespace

std::unique_ptr<CatalogueFile> parseCatalogue(llvm::StringRef Text,
                                              llvm::StringRef Path,
                                              std::string &Error) {
  Document Doc;
  FirstError Errors{Path.str(), ""};
  {
    llvm::yaml::Input In(llvm::MemoryBufferRef(Text, Path), nullptr,
                         &FirstError::handle, &Errors);
    In >> Doc;
    if (In.error() && Errors.Text.empty())
      Errors.Text = (Path + ": " + In.error().message()).str();
  }
  if (!Errors.Text.empty()) {
    Error = std::move(Errors.Text);
    return nullptr;
  }
  auto File = std::make_unique<CatalogueFile>();
  File->Path = Path.str();
  for (const BlockingRow &Row : Doc.Blocking)
    File->Blocking.push_back(BlockingEntry{
        File->Strings.save(normalName(Row.Name)), Row.Category,
        Row.Note.value_or(Advice::Custom), Row.Unless, Row.Arg, Row.Bits,
        File->Strings.save(llvm::StringRef(Row.Alternative).trim())});
  for (const BridgeRow &Row : Doc.Bridges)
    File->Bridges.push_back(SyncBridge{File->Strings.save(normalName(Row.Name)), Row.Form,
                                       File->Strings.save(llvm::StringRef(Row.Alternative).trim())});
  return File;
}

namespace {
/// A file as loaded once per process: the catalogue, or why not.
struct Load {
  std::unique_ptr<CatalogueFile> File;
  std::string Error;
};

const Load &loadOnce(const std::string &Path) {
  static std::mutex Mutex;
  static llvm::StringMap<std::unique_ptr<Load>> Loaded;
  std::lock_guard<std::mutex> Lock(Mutex);
  std::unique_ptr<Load> &Slot = Loaded[Path];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<Load>();
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    Slot->Error = "cannot read catalogue file '" + Path + "': " + Buffer.getError().message();
  else
    Slot->File = parseCatalogue((*Buffer)->getBuffer(), Path, Slot->Error);
  return *Slot;
}
} // namespace

LoadedCatalogues loadCatalogueFiles(llvm::StringRef Option, llvm::StringRef BaseDir) {
  LoadedCatalogues Result;
  llvm::SmallVector<llvm::StringRef, 4> Items;
  Option.split(Items, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Item : Items) {
    Item = Item.trim();
    if (Item.empty())
      continue;
    llvm::SmallString<256> Path;
    if (llvm::sys::path::is_relative(Item) && !BaseDir.empty())
      Path = BaseDir;
    llvm::sys::path::append(Path, Item);
    llvm::sys::fs::make_absolute(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    noteCheckReadFile(Path); // for the result cache (TUCapture.h)
    const Load &L = loadOnce(std::string(Path));
    if (L.File)
      Result.Files.push_back(L.File.get());
    else
      Result.Errors.push_back(L.Error);
  }
  return Result;
}

/// The directory of the .clang-tidy file that sets \p Key to its value in
/// \p Context's options, or empty if none does (the value then comes from
/// the command line or a front end).
static std::string configDirectory(const clang::tidy::ClangTidyContext &Context,
                                   llvm::StringRef Key) {
  using namespace clang::tidy;
  const ClangTidyOptions::OptionMap &Options = Context.getOptions().CheckOptions;
  auto Effective = Options.find(Key);
  if (Effective == Options.end() || Context.getCurrentFile().empty())
    return "";
  static std::mutex Mutex;
  static FileOptionsProvider Provider(ClangTidyGlobalOptions(), ClangTidyOptions(),
                                      ClangTidyOptions(), llvm::vfs::getRealFileSystem());
  std::lock_guard<std::mutex> Lock(Mutex);
  std::vector<ClangTidyOptionsProvider::OptionsSource> Sources =
      Provider.getRawOptions(Context.getCurrentFile());
  for (const auto &[Source, Name] : llvm::reverse(Sources)) {
    auto Set = Source.CheckOptions.find(Key);
    if (Set == Source.CheckOptions.end())
      continue;
    if (Set->getValue().Value != Effective->getValue().Value ||
        !llvm::sys::path::is_absolute(Name))
      return "";
    return llvm::sys::path::parent_path(Name).str();
  }
  return "";
}

CatalogueFilesOption::CatalogueFilesOption(
    const clang::tidy::ClangTidyCheck &Check, llvm::StringRef CheckName,
    clang::tidy::ClangTidyContext &Context,
    const clang::tidy::ClangTidyCheck::OptionsView &Options)
    : Text(Options.getLocalOrGlobal("CatalogueFiles", "")) {
  if (Text.empty())
    return;
  // The key the value was read from, as OptionsView::getLocalOrGlobal
  // chooses it: the local one unless the global one has a higher priority.
  const auto &Map = Context.getOptions().CheckOptions;
  std::string Local = (CheckName + ".CatalogueFiles").str();
  auto L = Map.find(Local), G = Map.find("CatalogueFiles");
  std::string Key = L != Map.end() && (G == Map.end() || L->getValue().Priority >=
                                                             G->getValue().Priority)
                        ? Local
                        : std::string("CatalogueFiles");
  Loaded = loadCatalogueFiles(Text, configDirectory(Context, Key));
  for (const std::string &Error : Loaded.Errors)
    Check.configurationDiag("%0 (option '%1')", clang::DiagnosticIDs::Error)
        << Error << Key;
}

std::vector<const BlockingEntry *> CatalogueFilesOption::blockingEntries() const {
  std::vector<const BlockingEntry *> Entries;
  for (const CatalogueFile *File : Loaded.Files)
    for (const BlockingEntry &Entry : File->Blocking)
      Entries.push_back(&Entry);
  return Entries;
}

std::vector<const SyncBridge *> CatalogueFilesOption::bridges() const {
  std::vector<const SyncBridge *> Bridges;
  for (const CatalogueFile *File : Loaded.Files)
    for (const SyncBridge &Bridge : File->Bridges)
      Bridges.push_back(&Bridge);
  return Bridges;
}

} // namespace corolint
