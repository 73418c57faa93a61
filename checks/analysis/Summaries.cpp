//===--- Summaries.cpp - cross-TU blocking summaries ----------------------===//

#include "Summaries.h"
#include "AtomicFile.h"
#include "ChainNotes.h"
#include "LibraryNotes.h"
#include "ExecutedCode.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/FileManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <algorithm>

using namespace clang;
namespace json = llvm::json;

namespace corolint {

std::string usrOf(const Decl &D) {
  llvm::SmallString<128> Buf;
  if (index::generateUSRForDecl(&D, Buf))
    return "";
  return std::string(Buf);
}

static std::string hashHex(llvm::StringRef Data) {
  return llvm::utohexstr(llvm::xxh3_64bits(Data), /*LowerCase=*/true, 16);
}

//===-- Rendering ---------------------------------------------------------===//

std::vector<ChainMessage> renderChain(const ResolvedChain &Chain) {
  const std::vector<SummaryLink> &S = Chain.Steps;
  std::vector<ChainMessage> Out;
  Out.push_back({S.front().File, S.front().Offset,
                 "call to '" + S.front().Callee + "' in " + Chain.Coroutine +
                     " reaches blocking call '" + S.back().Callee + "' (" +
                     Chain.Category +
                     ") and stalls every coroutine on its event loop"});
  auto Link = [&](size_t I) {
    Out.push_back({S[I].File, S[I].Offset,
                   "'" + S[I - 1].Callee + "' calls '" + S[I].Callee + "' here"});
  };
  size_t Links = S.size() - 1;
  if (Links <= MaxShownLinks) {
    for (size_t I = 1; I < S.size(); ++I)
      Link(I);
  } else {
    for (size_t I = 1; I < MaxShownLinks; ++I)
      Link(I);
    Out.push_back({"", 0,
                   "the chain goes through " +
                       std::to_string(Links - MaxShownLinks) +
                       " more calls, not shown"});
    Link(S.size() - 1);
  }
  // The alternative, in the words of the calling coroutine's library.
  std::string Alternative = Chain.Note;
  if (Alternative.empty())
    Alternative = adviceText(parseAdvice(Chain.Advice).value_or(Advice::Custom),
                             libraryNotesFor(Chain.Library));
  Out.push_back({S.back().File, S.back().Offset, std::move(Alternative)});
  return Out;
}

//===-- Building a TU's summary --------------------------------------------===//

SummaryBuilder::SummaryBuilder(BlockingAnalysis &Analysis, ASTContext &Ctx)
    : Analysis(Analysis), Ctx(Ctx), SM(Ctx.getSourceManager()) {}

const std::string &SummaryBuilder::absolutePath(FileID FID) {
  auto [It, Inserted] = Paths.try_emplace(FID);
  if (Inserted)
    if (OptionalFileEntryRef F = SM.getFileEntryRefForID(FID)) {
      llvm::SmallString<256> P(F->getName());
      SM.getFileManager().makeAbsolutePath(P);
      llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
      It->second = std::string(P);
    }
  return It->second;
}

SummaryLink SummaryBuilder::link(const Expr &Call, std::string Callee) {
  SourceLocation Loc = callLocation(Call, SM);
  auto [FID, Offset] = SM.getDecomposedLoc(Loc);
  return {absolutePath(FID), Offset, SM.getLineNumber(FID, Offset),
          SM.getColumnNumber(FID, Offset), std::move(Callee)};
}

SummaryBuilder::Reach SummaryBuilder::reachThrough(const Expr &Call,
                                                   unsigned Depth) {
  if (const FunctionDecl *Callee = Analysis.externalCallee(Call)) {
    std::string USR = usrOf(*Callee);
    if (USR.empty())
      return {};
    return {ExternalCall{{link(Call, BlockingAnalysis::displayName(*Callee))},
                         std::move(USR)}};
  }
  if (Depth >= BlockingAnalysis::MaxHelperDepth)
    return {};
  const FunctionDecl *Helper = Analysis.helperDefinition(Call);
  if (!Helper)
    return {};
  Reach Out;
  for (const ExternalCall &Inner : externalReach(*Helper, Depth + 1)) {
    ExternalCall E{{link(Call, BlockingAnalysis::displayName(*Helper))}, Inner.USR};
    E.Steps.insert(E.Steps.end(), Inner.Steps.begin(), Inner.Steps.end());
    Out.push_back(std::move(E));
  }
  return Out;
}

const SummaryBuilder::Reach &
SummaryBuilder::externalReach(const FunctionDecl &FD, unsigned Depth) {
  static const Reach Empty;
  auto [It, Inserted] = Reaches.try_emplace(&FD, nullptr);
  if (!Inserted) // done, or being computed (a cycle: cut it here)
    return It->second ? *It->second : Empty;
  auto Found = std::make_unique<Reach>();
  llvm::StringSet<> USRs;
  auto Consider = [&](const Expr &Call) {
    for (ExternalCall &E : reachThrough(Call, Depth))
      if (USRs.insert(E.USR).second)
        Found->push_back(std::move(E));
  };
  forEachExecutedCallIn(FD, Consider);
  std::unique_ptr<Reach> &Slot = Reaches[&FD];
  Slot = std::move(Found);
  return *Slot;
}

/// Functions another TU can call without seeing their definition.
static bool exported(const FunctionDecl &FD, const SourceManager &SM) {
  if (!FD.doesThisDeclarationHaveABody() || FD.isInlined() ||
      !FD.isExternallyVisible() || FD.isDependentContext() ||
      FD.getTemplatedKind() != FunctionDecl::TK_NonTemplate || FD.isDeleted() ||
      FD.isDefaulted())
    return false;
  if (!SM.isInMainFile(SM.getExpansionLoc(FD.getLocation())))
    return false;
  return !isa_and_nonnull<CoroutineBodyStmt>(FD.getBody());
}

void SummaryBuilder::summariseFunctions() {
  llvm::SmallVector<const DeclContext *, 8> Work{Ctx.getTranslationUnitDecl()};
  while (!Work.empty()) {
    const DeclContext *DC = Work.pop_back_val();
    for (const Decl *D : DC->decls()) {
      if (isa<NamespaceDecl, LinkageSpecDecl, ExportDecl>(D)) {
        // Whole namespaces of system headers are skipped at once.
        if (!SM.isInSystemHeader(D->getLocation()))
          Work.push_back(cast<DeclContext>(D));
        continue;
      }
      const auto *FD = dyn_cast<FunctionDecl>(D);
      if (!FD || !exported(*FD, SM))
        continue;
      FunctionSummary S{usrOf(*FD), BlockingAnalysis::displayName(*FD), {}, {}};
      if (S.USR.empty())
        continue;
      if (const BlockingPath *Path = Analysis.blockingPathOf(*FD)) {
        LocalBlock B{{},
                     categoryName(Path->Match.Entry->Category).str(),
                     adviceName(Path->Match.Entry->Note).str(),
                     Path->Match.Entry->Alternative.str()};
        for (size_t I = 0; I < Path->Steps.size(); ++I)
          B.Steps.push_back(link(*Path->Steps[I].Site,
                                 I + 1 == Path->Steps.size()
                                     ? Path->Match.CalleeName
                                     : BlockingAnalysis::displayName(
                                           *Path->Steps[I].Callee)));
        S.Blocks = std::move(B);
      } else {
        S.Calls = externalReach(*FD, 0);
      }
      Result.Functions.push_back(std::move(S));
    }
  }
}

std::vector<std::pair<SourceLocation, const DeferredCall *>>
SummaryBuilder::deferCalls(llvm::StringRef Coroutine, llvm::StringRef Library,
                           const Stmt &Body,
                           const llvm::SmallPtrSetImpl<const Expr *> &Reported,
                           std::atomic<uint64_t> &NextId) {
  std::vector<std::pair<SourceLocation, const DeferredCall *>> Out;
  forEachExecutedCall(Body, [&](const Expr &Call) {
    if (Reported.count(&Call))
      return;
    Reach Candidates = reachThrough(Call, 0);
    if (Candidates.empty())
      return;
    SourceLocation Loc = callLocation(Call, SM);
    // Once per line and callee, as the in-TU reports (templates).
    std::string Key = (llvm::Twine(SM.getFileID(Loc).getHashValue()) + ":" +
                       llvm::Twine(SM.getExpansionLineNumber(Loc)) + ":" +
                       Candidates.front().Steps.front().Callee)
                          .str();
    if (!DeferredKeys.insert(Key).second)
      return;
    auto D = std::make_unique<DeferredCall>();
    D->Id = NextId++;
    D->Coroutine = Coroutine.str();
    D->Library = Library.str();
    D->Candidates = std::move(Candidates);
    Out.push_back({Loc, D.get()});
    Deferred.push_back(std::move(D));
  });
  return Out;
}

TUSummary SummaryBuilder::take() {
  FileID Main = SM.getMainFileID();
  Result.MainFile = absolutePath(Main);
  llvm::StringRef Data = SM.getBufferData(Main);
  Result.Size = Data.size();
  Result.Hash = hashHex(Data);
  if (OptionalFileEntryRef F = SM.getFileEntryRefForID(Main))
    Result.MTime = F->getModificationTime();
  for (const std::unique_ptr<DeferredCall> &D : Deferred)
    Result.Deferred.push_back(*D);
  Deferred.clear();
  return std::move(Result);
}

//===-- The program's index and its fixpoint ------------------------------===//

void SummaryIndex::add(TUSummary Summary) {
  std::string Key = Summary.MainFile;
  TUs[Key] = std::move(Summary);
  Solved = false;
}

void SummaryIndex::solve() {
  Blocking.clear();
  llvm::StringMap<std::vector<const FunctionSummary *>> Defs;
  for (const auto &[File, TU] : TUs)
    for (const FunctionSummary &F : TU.Functions)
      Defs[F.USR].push_back(&F);
  // Rounds: a USR is marked in round k when each of its definitions blocks
  // locally or calls a USR marked in an earlier round. The choices recorded
  // point to earlier rounds only, so every chain is finite, cycles included,
  // and the result does not depend on the iteration order.
  for (bool Changed = true; Changed;) {
    Changed = false;
    std::vector<std::pair<llvm::StringRef, Choice>> Marked;
    for (const auto &Entry : Defs) {
      if (Blocking.count(Entry.getKey()))
        continue;
      Choice First;
      bool All = true;
      for (size_t I = 0; I < Entry.getValue().size() && All; ++I) {
        const FunctionSummary &F = *Entry.getValue()[I];
        Choice C;
        if (F.Blocks)
          C.Local = &*F.Blocks;
        else
          for (const ExternalCall &Call : F.Calls)
            if (Blocking.count(Call.USR)) {
              C.Next = &Call;
              break;
            }
        All = C.Local || C.Next;
        if (I == 0)
          First = C;
      }
      if (All)
        Marked.push_back({Entry.getKey(), First});
    }
    for (auto &[USR, C] : Marked)
      Blocking[USR] = C;
    Changed = !Marked.empty();
  }
  Solved = true;
}

void SummaryIndex::appendPath(llvm::StringRef USR, ResolvedChain &Chain) const {
  for (size_t Guard = 0; Guard <= Blocking.size(); ++Guard) {
    auto It = Blocking.find(USR);
    if (It == Blocking.end())
      return;
    const Choice &C = It->second;
    if (C.Local) {
      Chain.Steps.insert(Chain.Steps.end(), C.Local->Steps.begin(),
                         C.Local->Steps.end());
      Chain.Category = C.Local->Category;
      Chain.Advice = C.Local->Advice;
      Chain.Note = C.Local->Note;
      return;
    }
    Chain.Steps.insert(Chain.Steps.end(), C.Next->Steps.begin(),
                       C.Next->Steps.end());
    USR = C.Next->USR;
  }
}

std::optional<ResolvedChain> SummaryIndex::resolve(const DeferredCall &Call) const {
  assert(Solved && "solve() before resolve()");
  for (const ExternalCall &Candidate : Call.Candidates) {
    if (!Blocking.count(Candidate.USR))
      continue;
    ResolvedChain Chain{Call.Coroutine, Call.Library, Candidate.Steps, "", "", ""};
    appendPath(Candidate.USR, Chain);
    if (Chain.Category.empty())
      return std::nullopt; // cannot happen: every choice ends locally
    return Chain;
  }
  return std::nullopt;
}

//===-- The file format ---------------------------------------------------===//

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
                                    hashHex(S.MainFile) + ".jsonl");
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
  // Written whole, then renamed: a reader never sees half a file, and a
  // failed write (a full disk) leaves no temporary file.
  if (llvm::Error E = writeFileAtomically(Path, Text))
    return std::move(E);
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

LoadProblems loadSummaryDir(llvm::StringRef Dir, SummaryIndex &Index,
                            const llvm::StringSet<> &Skip) {
  LoadProblems Problems;
  if (!llvm::sys::fs::is_directory(Dir)) {
    Problems.Errors.push_back("summaries directory '" + Dir.str() +
                              "' does not exist");
    return Problems;
  }
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (llvm::sys::path::extension(It->path()) == ".jsonl")
      Files.push_back(It->path());
  if (EC)
    Problems.Errors.push_back("cannot list '" + Dir.str() + "': " + EC.message());
  llvm::sort(Files);
  for (const std::string &Path : Files) {
    llvm::Expected<TUSummary> S = readSummaryFile(Path);
    if (!S) {
      Problems.Errors.push_back("ignoring corrupt summary file " +
                                llvm::toString(S.takeError()));
      continue;
    }
    if (Skip.contains(S->MainFile))
      continue;
    auto Source = llvm::MemoryBuffer::getFile(S->MainFile);
    if (!Source || (*Source)->getBufferSize() != S->Size ||
        hashHex((*Source)->getBuffer()) != S->Hash) {
      Problems.Notes.push_back("ignoring stale summary '" + Path + "': '" +
                               S->MainFile +
                               (Source ? "' changed since it was written"
                                       : "' no longer exists"));
      continue;
    }
    Index.add(std::move(*S));
  }
  return Problems;
}

//===-- Process-wide state ------------------------------------------------===//

void SummaryStore::add(TUSummary Summary) {
  std::lock_guard<std::mutex> Lock(Mutex);
  TUs.push_back(std::move(Summary));
}

std::vector<TUSummary> SummaryStore::take() {
  std::lock_guard<std::mutex> Lock(Mutex);
  return std::move(TUs);
}

static std::atomic<SummaryStore *> ActiveStore{nullptr};
SummaryStore *activeSummaryStore() { return ActiveStore.load(); }
void setActiveSummaryStore(SummaryStore *Store) { ActiveStore.store(Store); }

const LoadedIndex &loadedIndex(llvm::StringRef Dir) {
  static std::mutex Mutex;
  static llvm::StringMap<std::unique_ptr<LoadedIndex>> Cache;
  std::lock_guard<std::mutex> Lock(Mutex);
  std::unique_ptr<LoadedIndex> &Slot = Cache[Dir];
  if (!Slot) {
    Slot = std::make_unique<LoadedIndex>();
    Slot->Problems = loadSummaryDir(Dir, Slot->Index);
    Slot->Index.solve();
    for (const std::string &Note : Slot->Problems.Notes)
      llvm::errs() << "corolint: note: " << Note << "\n";
  }
  return *Slot;
}

} // namespace corolint
