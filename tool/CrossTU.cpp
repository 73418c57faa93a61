//===--- CrossTU.cpp - whole-program findings of a corolint run -----------===//

#include "CrossTU.h"
#include "llvm/ADT/StringSet.h"
#include <set>
#include <tuple>

using namespace clang::tidy;
using namespace llvm;

namespace corolint {

CrossTU::Problems CrossTU::resolve() {
  Problems Out;
  std::vector<TUSummary> Mine = Store.take();
  StringSet<> Analysed;
  for (const TUSummary &S : Mine)
    Analysed.insert(S.MainFile);
  if (!ImportDir.empty()) {
    LoadProblems Loaded = loadSummaryDir(ImportDir, Index, Analysed);
    Out.Notes = std::move(Loaded.Notes);
    Out.Errors = std::move(Loaded.Errors);
  }
  if (!ExportDir.empty())
    for (std::string &Error : writeSummaryFiles(Mine, ExportDir))
      Out.Errors.push_back(std::move(Error));
  for (TUSummary &S : Mine)
    Index.add(std::move(S));
  Index.solve();
  // Every TU of this run, a file given twice included (the index keeps
  // all summaries of one TU).
  for (const auto &[Key, TU] : Index.units())
    if (Analysed.contains(TU.MainFile))
      for (const DeferredCall &D : TU.Deferred)
        DeferredById[D.Id] = &D;
  return Out;
}

void CrossTU::resolveRemarks(std::vector<ClangTidyError> &Errors,
                             const ClangTidyContext &Context) const {
  std::vector<ClangTidyError> Out;
  // A file compiled twice (two entries of the database) resolves one call
  // twice: one finding, as clang-tidy merges its in-TU findings.
  std::set<std::tuple<std::string, std::string, unsigned>> Resolved;
  for (ClangTidyError &E : Errors) {
    StringRef Text = E.Message.Message;
    uint64_t Id = 0;
    if (E.DiagLevel != ClangTidyError::Remark ||
        !Text.consume_front(DeferredRemarkPrefix) || Text.getAsInteger(10, Id)) {
      Out.push_back(std::move(E));
      continue;
    }
    auto It = DeferredById.find(Id);
    if (It == DeferredById.end())
      continue;
    std::optional<ResolvedChain> Chain = Index.resolve(*It->second);
    if (!Chain)
      continue;
    std::vector<ChainMessage> Messages = renderChain(*Chain);
    if (!Resolved.insert({Messages.front().Text, E.Message.FilePath, E.Message.FileOffset})
             .second)
      continue;
    E.DiagLevel = ClangTidyError::Warning;
    E.IsWarningAsError = Context.treatAsError(E.DiagnosticName);
    E.Message.Message = Messages.front().Text;
    for (size_t I = 1; I < Messages.size(); ++I) {
      clang::tooling::DiagnosticMessage Note(Messages[I].Text);
      Note.FilePath = Messages[I].File;
      Note.FileOffset = Messages[I].Offset;
      E.Notes.push_back(std::move(Note));
    }
    Out.push_back(std::move(E));
  }
  Errors = std::move(Out);
}

} // namespace corolint
