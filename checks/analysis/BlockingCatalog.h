//===--- BlockingCatalog.h - known blocking functions ----------*- C++ -*-===//
//
// One data table (checks/catalogue/Catalogue.def) maps canonical callee names (see CalleeNames.h) to a
// category and the kind of advice its note gives (worded per coroutine
// library by LibraryNotes.h). Entries may carry a rule that exempts a
// non-blocking form of the call (a zero timeout, MSG_DONTWAIT, LOCK_NB, a
// deferred lock). A name may have several entries that split its calls by
// form: `fflush(stdout)` is console output, `fflush(file)` file I/O. Users
// extend the table with the BlockingFunctions option and switch entries off
// with AllowedFunctions and Categories.
//
// Thread-safety: a catalogue is immutable after construction; match() may be
// called concurrently.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_BLOCKINGCATALOG_H
#define COROLINT_ANALYSIS_BLOCKINGCATALOG_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "LibraryNotes.h"
#include "llvm/ADT/SmallVector.h"
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

/// What kind of blocking a call does. `Wait` waits for another thread,
/// process or event; `Lock` acquires a mutex (short critical sections are
/// accepted practice, so it is off by default); `Console` writes to the
/// terminal (off by default). `Custom` marks user-listed functions.
/// `AsyncTwin` marks a call reported because its class or namespace offers
/// an asynchronous twin (AsyncTwins.h), not because the catalogue lists it.
enum class BlockingCategory {
  Sleep, FileIO, NetworkIO, DNS, Process, Wait, Lock, Console, Custom, AsyncTwin
};

/// The spelling used in diagnostics and in the Categories option.
llvm::StringRef categoryName(BlockingCategory C);
/// Appends the categories \p Name stands for to \p Out: one, or two for the
/// deprecated alias `sync` (`wait;lock`). False for an unknown name.
bool parseCategory(llvm::StringRef Name,
                   llvm::SmallVectorImpl<BlockingCategory> &Out);
/// Every category, in documentation order.
llvm::ArrayRef<BlockingCategory> allCategories();
/// The categories reported by default: all but `lock` and `console`.
llvm::ArrayRef<BlockingCategory> defaultCategories();

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
  StreamNotConsole,   ///< the stream (object, or Arg) is not stdout, stderr,
                      ///< std::cout, std::cerr or std::clog
  StreamIsConsole,    ///< the stream (object, or Arg) is one of those
  ArgNotEqual,        ///< Arg is not the constant Bits (fcntl's F_SETLKW)
  ZeroTimeoutPointee, ///< Arg is `&t`, t a local initialised to zero and
                      ///< used nowhere else but as this argument
};

struct BlockingEntry {
  llvm::StringRef Name; ///< canonical callee name, see CalleeNames.h
  BlockingCategory Category;
  Advice Note; ///< what the note advises, worded per library
  NonBlockingForm Except = NonBlockingForm::Never;
  unsigned Arg = 0;
  unsigned long long Bits = 0;
  /// The note's own text (a row's ALTERNATIVE, a user entry's text), in
  /// place of Note worded per library; empty for none.
  llvm::StringRef Alternative = {};
};

/// The note under a finding of \p Entry in a coroutine of library \p Lib.
std::string noteText(const BlockingEntry &Entry, const LibraryNotes &Lib);

/// A user entry from the BlockingFunctions option (category `custom`).
struct UserBlockingFunction {
  std::string Name;
  std::string Alternative; ///< empty: a generic note is used
};

/// A catalogued call found in code.
struct BlockingMatch {
  const BlockingEntry *Entry;
  std::string CalleeName; ///< the catalogue key that matched
  /// For a call reported by the async-twin rule (AsyncTwins.h): how to call
  /// the twin instead, which the note words in the coroutine's library.
  std::optional<TwinCall> Twin = std::nullopt;
};

/// The note under a finding \p Match in a coroutine of library \p Lib:
/// the twin's call form, the entry's own text, or its advice.
std::string noteText(const BlockingMatch &Match, const LibraryNotes &Lib);

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
  llvm::StringMap<llvm::SmallVector<const BlockingEntry *, 2>> ByName;
  llvm::StringMap<bool> Allowed;
  llvm::BumpPtrAllocator Arena;
  llvm::StringSaver Saver{Arena}; ///< owns the names of user entries
  std::vector<std::unique_ptr<BlockingEntry>> UserEntries;
};

/// Parses the BlockingFunctions option: `name[=alternative];...`.
std::vector<UserBlockingFunction> parseBlockingFunctions(llvm::StringRef Option);

} // namespace corolint

#endif
