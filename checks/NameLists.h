//===--- NameLists.h - options that list qualified names -------*- C++ -*-===//
//
// Options such as HandOffFunctions, IgnoredTypes and SyncWaitFunctions are
// `;`-separated qualified names (see splitList in CoroutineModel.h). A name
// that cannot match anything, such as `foo<int>` or `a::::b`, is reported as
// a configuration error rather than silently ignored.
//
// Thread-safety: stateless.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_NAMELISTS_H
#define COROLINT_CHECKS_NAMELISTS_H

#include "CoroutineModel.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang/Basic/CharInfo.h"
#include "llvm/ADT/StringSet.h"

namespace corolint {

/// Whether \p Name is identifiers joined by "::".
inline bool isQualifiedName(llvm::StringRef Name) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.split(Parts, "::");
  return llvm::all_of(Parts, [](llvm::StringRef Part) {
    return !Part.empty() && clang::isAsciiIdentifierStart(Part.front()) &&
           llvm::all_of(Part, [](char C) { return clang::isAsciiIdentifierContinue(C); });
  });
}

/// The names listed in option \p OptionName of \p Check (named
/// \p CheckName); each item that is not a qualified name is reported as a
/// configuration error and dropped.
inline llvm::StringSet<> parseNameList(const clang::tidy::ClangTidyCheck &Check,
                                       llvm::StringRef CheckName,
                                       llvm::StringRef OptionName,
                                       llvm::StringRef Value) {
  llvm::StringSet<> Names;
  for (const std::string &Item : splitList(Value)) {
    if (isQualifiedName(Item))
      Names.insert(Item);
    else
      Check.configurationDiag("invalid name '%0' in option '%1.%2'; expected a "
                              "qualified name such as 'ns::Class::member'",
                              clang::DiagnosticIDs::Error)
          << Item << CheckName << OptionName;
  }
  return Names;
}

} // namespace corolint

#endif
