//===--- SummaryBuilder.cpp - a TU's summary, from its AST ----------------===//

#include "SummaryBuilder.h"
#include "ChainNotes.h"
#include "ExecutedCode.h"
#include "SummaryFormat.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/FileManager.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <tuple>
#include "llvm/Support/Path.h"

using namespace clang;

namespace corolint {

std::string usrOf(const Decl &D) {
  llvm::SmallString<128> Buf;
  if (index::generateUSRForDecl(&D, Buf))
    return "";
  return std::string(Buf);
}

std::string translationUnitConfiguration(const Preprocessor &PP) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << PP.getTargetInfo().getTriple().str() << '\n';
  // Every language option, as clang's module hash takes them (the variadic
  // forms fit LangOptions.def of LLVM 19 and of LLVM 21+).
  const LangOptions &LO = PP.getLangOpts();
#define LANGOPT(Name, Bits, Default, ...) OS << LO.Name << ',';
#define ENUM_LANGOPT(Name, Type, Bits, Default, ...)                          \
  OS << static_cast<unsigned>(LO.get##Name()) << ',';
#include "clang/Basic/LangOptions.def"
  OS << '\n' << PP.getPredefines() << '\n';
  const HeaderSearchOptions &HS = PP.getHeaderSearchInfo().getHeaderSearchOpts();
  OS << HS.Sysroot << '\n' << HS.ResourceDir << '\n';
  for (const HeaderSearchOptions::Entry &E : HS.UserEntries)
    OS << static_cast<unsigned>(E.Group) << E.IsFramework << E.IgnoreSysRoot
       << E.Path << '\n';
  for (const HeaderSearchOptions::SystemHeaderPrefix &P : HS.SystemHeaderPrefixes)
    OS << P.IsSystemHeader << P.Prefix << '\n';
  return contentHash(Text);
}

SummaryBuilder::SummaryBuilder(BlockingAnalysis &Analysis, ASTContext &Ctx,
                               std::string Configuration)
    : Analysis(Analysis), Ctx(Ctx), SM(Ctx.getSourceManager()) {
  Result.Configuration = std::move(Configuration);
}

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
  LinkedFiles.insert(FID);
  return {absolutePath(FID), Offset, SM.getLineNumber(FID, Offset),
          SM.getColumnNumber(FID, Offset), std::move(Callee)};
}

unsigned SummaryBuilder::usrNumber(const FunctionDecl &Callee) {
  auto [It, Inserted] = CalleeUSRs.try_emplace(&Callee, None);
  if (Inserted) {
    std::string USR = usrOf(Callee);
    if (!USR.empty()) {
      auto [N, New] = USRNumbers.try_emplace(USR, USRs.size());
      if (New)
        USRs.push_back(std::move(USR));
      It->second = N->second;
    }
  }
  return It->second;
}

const std::vector<SummaryBuilder::Target> &SummaryBuilder::reach(unsigned Node) {
  using Kind = HelperGraph::CallKind;
  HelperGraph &Graph = Analysis.graph();
  Graph.visitBottomUp(Node, HelperGraph::ReachPass, [&](llvm::ArrayRef<unsigned> SCC) {
    Reaches.resize(Graph.size());
    Index.resize(Graph.size());
    // Each member's best way to each external function, through calls
    // that leave the SCC (ties: the first call).
    std::vector<llvm::DenseMap<unsigned, HelperGraph::Way>> Ways(SCC.size());
    auto Offer = [&](unsigned I, unsigned USR, HelperGraph::Way W) {
      auto [It, Inserted] = Ways[I].try_emplace(USR, W);
      if (!Inserted && W.Dist < It->second.Dist)
        It->second = W;
    };
    for (unsigned I = 0; I < SCC.size(); ++I) {
      llvm::ArrayRef<HelperGraph::Call> Calls = Graph.calls(SCC[I]);
      for (unsigned C = 0; C < Calls.size(); ++C) {
        if (Calls[C].Kind == Kind::External) {
          if (unsigned USR = usrNumber(*Calls[C].Callee); USR != None)
            Offer(I, USR, {1, C});
        } else if (Calls[C].Kind == Kind::Helper &&
                   Graph.solved(Calls[C].Target, HelperGraph::ReachPass)) {
          for (const Target &T : Reaches[Calls[C].Target])
            Offer(I, T.USR, {T.Way.Dist + 1, C});
        }
      }
    }
    // ...then through the other members, one external function at a time.
    if (SCC.size() > 1) {
      std::vector<unsigned> USRsReached;
      for (const auto &W : Ways)
        for (const auto &[USR, Way] : W)
          USRsReached.push_back(USR);
      llvm::sort(USRsReached);
      USRsReached.erase(std::unique(USRsReached.begin(), USRsReached.end()),
                        USRsReached.end());
      std::vector<HelperGraph::Way> Best(SCC.size());
      for (unsigned USR : USRsReached) {
        for (unsigned I = 0; I < SCC.size(); ++I)
          Best[I] = Ways[I].lookup(USR);
        Graph.shortestWithin(SCC, Best);
        for (unsigned I = 0; I < SCC.size(); ++I)
          if (Best[I].Dist)
            Ways[I][USR] = Best[I];
      }
    }
    // The chains' last two steps, in increasing distance (a chosen callee
    // is settled before its caller).
    std::vector<std::pair<unsigned, std::pair<unsigned, unsigned>>> Order;
    for (unsigned I = 0; I < SCC.size(); ++I)
      for (const auto &[USR, Way] : Ways[I])
        Order.push_back({Way.Dist, {I, USR}});
    llvm::sort(Order);
    for (const auto &[Dist, Which] : Order) {
      auto [I, USR] = Which;
      unsigned N = SCC[I];
      Target T{USR, Ways[I][USR], N, None};
      const HelperGraph::Call &C = Graph.calls(N)[T.Way.Call];
      if (C.Kind == Kind::Helper) {
        const Target &Next = targetOf(C.Target, USR);
        T.Last = Next.Last;
        T.PreLast = Next.PreLast == None ? N : Next.PreLast;
      }
      Index[N][USR] = Reaches[N].size();
      Reaches[N].push_back(T);
    }
    // Each member's list in source order of the first call, then the
    // shortest, then the USR.
    for (unsigned N : SCC) {
      llvm::sort(Reaches[N], [&](const Target &A, const Target &B) {
        return std::make_tuple(A.Way.Call, A.Way.Dist, llvm::StringRef(USRs[A.USR])) <
               std::make_tuple(B.Way.Call, B.Way.Dist, llvm::StringRef(USRs[B.USR]));
      });
      for (unsigned P = 0; P < Reaches[N].size(); ++P)
        Index[N][Reaches[N][P].USR] = P;
    }
  });
  Reaches.resize(Graph.size());
  Index.resize(Graph.size());
  return Reaches[Node];
}

ExternalCall SummaryBuilder::chainTo(std::optional<CallStep> Prefix, unsigned Node,
                                     const Target &T) {
  HelperGraph &Graph = Analysis.graph();
  ExternalCall E{{}, 0, USRs[T.USR]};
  auto Step = [&](const HelperGraph::Call &C) {
    E.Steps.push_back(link(*C.Site, BlockingAnalysis::displayName(*C.Callee)));
  };
  auto Chosen = [&](unsigned N) -> const HelperGraph::Call & {
    return Graph.calls(N)[targetOf(N, T.USR).Way.Call];
  };
  if (Prefix)
    E.Steps.push_back(link(*Prefix->Site, BlockingAnalysis::displayName(*Prefix->Callee)));
  uint64_t Total = E.Steps.size() + T.Way.Dist;
  bool Whole = Total <= KeptHeadSteps + KeptTailSteps;
  for (unsigned N = Node; E.Steps.size() < (Whole ? Total : KeptHeadSteps);) {
    const HelperGraph::Call &C = Chosen(N);
    Step(C);
    if (C.Kind == HelperGraph::CallKind::External)
      break;
    N = C.Target;
  }
  if (!Whole) {
    Step(Chosen(T.PreLast));
    Step(Chosen(T.Last));
    E.Elided = Total - E.Steps.size();
  }
  return E;
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
                     Path->Elided,
                     categoryName(Path->Match.Entry->Category).str(),
                     adviceName(Path->Match.Entry->Note).str(),
                     Path->Match.Entry->Alternative.str(),
                     Path->Match.Twin};
        for (size_t I = 0; I < Path->Steps.size(); ++I)
          B.Steps.push_back(link(*Path->Steps[I].Site,
                                 I + 1 == Path->Steps.size()
                                     ? Path->Match.CalleeName
                                     : BlockingAnalysis::displayName(
                                           *Path->Steps[I].Callee)));
        S.Blocks = std::move(B);
      } else {
        unsigned Node = Analysis.graph().node(*FD);
        for (const Target &T : reach(Node))
          S.Calls.push_back(chainTo(std::nullopt, Node, T));
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
    std::vector<ExternalCall> Candidates;
    if (const FunctionDecl *Callee = Analysis.externalCallee(Call)) {
      if (unsigned USR = usrNumber(*Callee); USR != None)
        Candidates.push_back(
            {{link(Call, BlockingAnalysis::displayName(*Callee))}, 0, USRs[USR]});
    } else if (const FunctionDecl *Helper = Analysis.helperDefinition(Call)) {
      unsigned Node = Analysis.graph().node(*Helper);
      for (const Target &T : reach(Node))
        Candidates.push_back(chainTo(CallStep{&Call, Helper}, Node, T));
    }
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

TUSummary SummaryBuilder::take(bool RecordInputs) {
  FileID Main = SM.getMainFileID();
  Result.MainFile = absolutePath(Main);
  llvm::StringRef Data = SM.getBufferData(Main);
  Result.Size = Data.size();
  Result.Hash = contentHash(Data);
  if (OptionalFileEntryRef F = SM.getFileEntryRefForID(Main))
    Result.MTime = F->getModificationTime();
  for (const std::unique_ptr<DeferredCall> &D : Deferred)
    Result.Deferred.push_back(*D);
  // The other files the links name, as this TU saw them.
  std::map<std::string, SummaryFile> Files;
  for (FileID FID : LinkedFiles) {
    const std::string &Path = absolutePath(FID);
    if (FID == Main || Path.empty() || Path == Result.MainFile)
      continue;
    llvm::StringRef Contents = SM.getBufferData(FID);
    Files[Path] = {Path, Contents.size(), contentHash(Contents)};
  }
  if (RecordInputs) {
    // Every file entered: the SourceManager holds one content cache per
    // file it entered (a header skipped by its include guard is not
    // entered again, and was entered once). Buffers only (not the built-in
    // and command-line ones), as the compiler read them.
    llvm::DenseSet<const FileEntry *> Listed; // the main file, Files
    for (FileID FID : LinkedFiles)
      if (OptionalFileEntryRef F = SM.getFileEntryRefForID(FID))
        Listed.insert(&F->getFileEntry());
    if (OptionalFileEntryRef F = SM.getFileEntryRefForID(Main))
      Listed.insert(&F->getFileEntry());
    std::map<std::string, SummaryFile> Inputs;
    for (auto It = SM.fileinfo_begin(), End = SM.fileinfo_end(); It != End; ++It) {
      const SrcMgr::ContentCache *Content = It->second;
      if (!Content || !Content->OrigEntry ||
          Listed.contains(&Content->OrigEntry->getFileEntry()))
        continue;
      std::optional<llvm::StringRef> Contents = Content->getBufferDataIfLoaded();
      if (!Contents)
        continue;
      // The real path: a header found through the driver's directory is
      // often named `/../lib/gcc/<triple>/12/../../../../include/...`,
      // which only the file system resolves (merged /usr symlinks).
      std::string Path(SM.getFileManager().getCanonicalName(*Content->OrigEntry));
      Inputs[Path] = {Path, Contents->size(), contentHash(*Contents)};
    }
    for (auto &[Path, F] : Inputs)
      Result.Inputs.push_back(std::move(F));
  }
  for (auto &[Path, F] : Files)
    Result.Files.push_back(std::move(F));
  Deferred.clear();
  return std::move(Result);
}

} // namespace corolint
