//===--- NameLists.cpp - options that list qualified names ----------------===//

#include "NameLists.h"

using namespace clang;

namespace corolint {

std::vector<std::string> splitList(llvm::StringRef Option) {
  std::vector<std::string> Items;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Option.split(Parts, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    Part.consume_front("::");
    if (!Part.empty())
      Items.push_back(Part.str());
  }
  return Items;
}

GlobalNameList::GlobalNameList(const tidy::ClangTidyCheck::OptionsView &Options,
                               llvm::StringRef Name, llvm::StringRef Default)
    : Name(Name), Text(Options.getLocalOrGlobal(Name, Default)) {
  for (const std::string &Item : splitList(Text))
    Names.insert(Item);
}

} // namespace corolint
