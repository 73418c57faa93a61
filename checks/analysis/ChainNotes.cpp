//===--- ChainNotes.cpp - where and how the checks show a call chain ------===//

#include "ChainNotes.h"
#include "LibraryNotes.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace corolint {

SourceLocation callLocation(const Expr &Call, const SourceManager &SM) {
  return SM.getExpansionLoc(isa<CXXMemberCallExpr>(Call) ? Call.getExprLoc()
                                                         : Call.getBeginLoc());
}

void noteCallChain(tidy::ClangTidyCheck &Check, const BlockingPath &Path,
                   const SourceManager &SM) {
  for (size_t I = 1; I < Path.Steps.size(); ++I)
    Check.diag(callLocation(*Path.Steps[I].Site, SM), "'%0' calls '%1' here",
               DiagnosticIDs::Note)
        << BlockingAnalysis::displayName(*Path.Steps[I - 1].Callee)
        << (I + 1 == Path.Steps.size()
                ? Path.Match.CalleeName
                : BlockingAnalysis::displayName(*Path.Steps[I].Callee));
}

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

} // namespace corolint
