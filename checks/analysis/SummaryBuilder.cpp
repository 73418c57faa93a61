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
#include "llvm/Support/Path.h"

using namespace clang;

namespace corolint {

std::string usrOf(const Decl &D) {
  llvm::SmallString<128> Buf;
  if (index::generateUSRForDecl(&D, Buf))
    return "";
  return std::string(Buf);
}

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
  Result.Hash = contentHash(Data);
  if (OptionalFileEntryRef F = SM.getFileEntryRefForID(Main))
    Result.MTime = F->getModificationTime();
  for (const std::unique_ptr<DeferredCall> &D : Deferred)
    Result.Deferred.push_back(*D);
  Deferred.clear();
  return std::move(Result);
}

} // namespace corolint
