//===--- ChainNotes.cpp - where and how the checks show a call chain ------===//

#include "ChainNotes.h"
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

} // namespace corolint
