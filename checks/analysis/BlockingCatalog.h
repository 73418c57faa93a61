//===--- BlockingCatalog.h - known blocking functions ----------*- C++ -*-===//
//
// One data table maps canonical callee names (see CalleeNames.h) to a
// category and an async alternative. Entries may carry a rule that exempts a
// non-blocking form of the call (a zero timeout, MSG_DONTWAIT, a deferred
// lock). Users extend the table with the BlockingFunctions option and switch
// entries off with AllowedFunctions and Categories.
//
// Thread-safety: a catalogue is immutable after construction; match() may be
// called concurrently.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_BLOCKINGCATALOG_H
#define COROLINT_ANALYSIS_BLOCKINGCATALOG_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/StringSaver.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace corolint {

/// What kind of blocking a call does. `Custom` marks user-listed functions.
enum class BlockingCategory { Sleep, FileIO, NetworkIO, DNS, Process, Sync, Custom };

/// The spelling used in diagnostics and in the Categories option.
llvm::StringRef categoryName(BlockingCategory C);
std::optional<BlockingCategory> parseCategory(llvm::StringRef Name);
/// Every category, in documentation order.
llvm::ArrayRef<BlockingCategory> allCategories();

/// When a catalogued call is, after all, not blocking.
enum class NonBlockingForm {
  Never,              ///< always blocks
  ZeroTimeoutArg,     ///< Arg is a zero duration, zero int, or min/epoch time point
  FlagBitArg,         ///< Arg is a constant with bit Bits set (MSG_DONTWAIT, WNOHANG)
  NoResourceAcquired, ///< a constructor that neither locks nor opens: default,
                      ///< copy/move, no arguments, or a defer/try/adopt tag
  StreamNotStdinOrFile, ///< the stream (object, or Arg for free functions)
                        ///< is neither std::cin nor a file stream
  FileStatusArg,      ///< Arg is a std::filesystem::file_status (no disk access)
};

struct BlockingEntry {
  llvm::StringRef Name; ///< canonical callee name, see CalleeNames.h
  BlockingCategory Category;
  llvm::StringRef Alternative; ///< the note's text: what to do instead
  NonBlockingForm Except = NonBlockingForm::Never;
  unsigned Arg = 0;
  unsigned long long Bits = 0;
};

/// A user entry from the BlockingFunctions option (category `custom`).
struct UserBlockingFunction {
  std::string Name;
  std::string Alternative; ///< empty: a generic note is used
};

/// A catalogued call found in code.
struct BlockingMatch {
  const BlockingEntry *Entry;
  std::string CalleeName; ///< the catalogue key that matched
};

class BlockingCatalog {
public:
  /// The built-in table, plus \p Extra entries (BlockingFunctions), minus
  /// \p Allowed names and categories outside \p Enabled.
  BlockingCatalog(llvm::ArrayRef<UserBlockingFunction> Extra,
                  llvm::ArrayRef<std::string> Allowed,
                  llvm::ArrayRef<BlockingCategory> Enabled);

  /// The built-in entries, for documentation and `--list-checks` style output.
  static llvm::ArrayRef<BlockingEntry> builtinEntries();

  /// Whether \p Call (a CallExpr or CXXConstructExpr) is a catalogued
  /// blocking call in a blocking form.
  std::optional<BlockingMatch> match(const clang::Expr &Call,
                                     clang::ASTContext &Ctx) const;

  /// Whether \p QualifiedName is listed in AllowedFunctions.
  bool isAllowed(llvm::StringRef QualifiedName) const {
    return Allowed.contains(QualifiedName);
  }

private:
  llvm::StringMap<const BlockingEntry *> ByName;
  llvm::StringMap<bool> Allowed;
  llvm::BumpPtrAllocator Arena;
  llvm::StringSaver Saver{Arena}; ///< owns the names of user entries
  std::vector<std::unique_ptr<BlockingEntry>> UserEntries;
};

/// Parses the BlockingFunctions option: `name[=alternative];...`.
std::vector<UserBlockingFunction> parseBlockingFunctions(llvm::StringRef Option);

} // namespace corolint

#endif
