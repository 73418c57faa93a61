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

void forEachShownLink(size_t Steps, uint64_t Elided,
                      llvm::function_ref<void(size_t)> Link,
                      llvm::function_ref<void(uint64_t)> NotShown) {
  uint64_t Links = Steps - 1 + Elided;
  if (Links <= MaxShownLinks) {
    for (size_t I = 1; I < Steps; ++I)
      Link(I);
    return;
  }
  for (size_t I = 1; I < MaxShownLinks; ++I)
    Link(I);
  NotShown(Links - MaxShownLinks);
  Link(Steps - 1);
}

std::string notShownText(uint64_t Links) {
  return "the chain goes through " + std::to_string(Links) +
         " more calls, not shown";
}

void noteCallChain(tidy::ClangTidyCheck &Check, const BlockingPath &Path,
                   const SourceManager &SM) {
  const auto &S = Path.Steps;
  forEachShownLink(
      S.size(), Path.Elided,
      [&](size_t I) {
        Check.diag(callLocation(*S[I].Site, SM), "'%0' calls '%1' here",
                   DiagnosticIDs::Note)
            << BlockingAnalysis::displayName(*S[I - 1].Callee)
            << (I + 1 == S.size() ? Path.Match.CalleeName
                                  : BlockingAnalysis::displayName(*S[I].Callee));
      },
      [&](uint64_t Links) {
        Check.diag(SourceLocation(), notShownText(Links), DiagnosticIDs::Note);
      });
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
  forEachShownLink(S.size(), Chain.Elided, Link, [&](uint64_t Links) {
    Out.push_back({"", 0, notShownText(Links)});
  });
  // The alternative, in the words of the calling coroutine's library.
  std::string Alternative = Chain.Note;
  if (Chain.Twin)
    Alternative = twinAdviceText(*Chain.Twin, libraryNotesFor(Chain.Library));
  else if (Alternative.empty())
    Alternative = adviceText(parseAdvice(Chain.Advice).value_or(Advice::Custom),
                             libraryNotesFor(Chain.Library));
  Out.push_back({S.back().File, S.back().Offset, std::move(Alternative)});
  return Out;
}

} // namespace corolint
