//===--- NameLists.h - options that list qualified names -------*- C++ -*-===//
//
// Options such as HandOffFunctions, IgnoredTypes and SyncWaitFunctions are
// `;`-separated qualified names (see splitList below). A name
// that cannot match anything, such as `foo<int>` or `a::::b`, is reported as
// a configuration error rather than silently ignored.
//
// Thread-safety: the functions are stateless; a GlobalNameList is immutable
// after construction.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_NAMELISTS_H
#define COROLINT_ANALYSIS_NAMELISTS_H

#include "clang-tidy/ClangTidyCheck.h"
#include "clang/Basic/CharInfo.h"
#include "llvm/ADT/StringSet.h"
#include <string>
#include <vector>

namespace corolint {

/// Splits a `;`-separated option into trimmed, non-empty items, dropping a
/// leading "::" from each.
std::vector<std::string> splitList(llvm::StringRef Option);

/// The `;`-separated list of the Name field of each row of a data table:
/// the default of an option whose built-in names live in that table.
template <class Row> std::string joinNames(llvm::ArrayRef<Row> Rows) {
  std::string Names;
  for (const Row &R : Rows)
    Names += (Names.empty() ? "" : ";") + R.Name.str();
  return Names;
}

/// A `;`-separated list of names read with getLocalOrGlobal, so that one
/// setting serves every coro-* check: its text as written (stored back by
/// storeOptions) and the set of its names.
class GlobalNameList {
public:
  GlobalNameList(const clang::tidy::ClangTidyCheck::OptionsView &Options,
                 llvm::StringRef Name, llvm::StringRef Default);
  void store(clang::tidy::ClangTidyCheck::OptionsView &Options,
             clang::tidy::ClangTidyOptions::OptionMap &Opts) const {
    Options.store(Opts, Name, Text);
  }
  bool contains(llvm::StringRef Item) const { return Names.contains(Item); }
  const llvm::StringSet<> &names() const { return Names; }

private:
  llvm::StringRef Name;
  std::string Text;
  llvm::StringSet<> Names;
};


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
