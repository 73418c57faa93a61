//===--- BlockingCatalog.h - known blocking functions ----------*- C++ -*-===//
//
// One data table (checks/catalogue/Catalogue.def) maps canonical callee names (see CalleeNames.h) to a
// category and the kind of advice its note gives (worded per coroutine
// library by LibraryNotes.h). Entries may carry a rule that exempts a
// non-blocking form of the call (a zero timeout, MSG_DONTWAIT, LOCK_NB, a
// deferred lock). A name may have several entries that split its calls by
// form: `fflush(stdout)` is console output, `fflush(file)` file I/O. A few
// entries are patterns over declarations rather than names (CallShape: the
// synchronous methods of gRPC's generated stubs). A global C function
// matches only when declared in a system header, unless its library is
// listed as one found with -I (COROLINT_C_LIBRARY: sqlite3_, PQ, ...). Users
// extend the table with the BlockingFunctions option and with catalogue
// files (CatalogueFiles, CatalogueFile.h), and switch entries off with
// AllowedFunctions and Categories. A function the user annotates
// (Annotations.h) beats the table: blocking, it is an entry of category
// `custom`; non-blocking, it never matches.
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
#include "llvm/ADT/StringSet.h"
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

/// When a catalogued call is, after all, not blocking. A new form also gets
/// a spelling for catalogue files (CatalogueFile.cpp).
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
  CallbackParam,      ///< the callee takes a callback: a parameter of callable
                      ///< type (std::function, std::move_only_function, a
                      ///< pointer or reference to function, or a lambda's
                      ///< closure type, which a template callback parameter
                      ///< has when the call passes a lambda); the overloads
                      ///< that share a name with their callback form
                      ///< (drogon's Mapper::findBy(criteria) and
                      ///< findBy(criteria, onRows, onError)) are told apart
  BufferParam,        ///< the callee's parameter Arg is a pointer to bytes
                      ///< (char, unsigned char, std::byte, void): data in
                      ///< memory, not a path to read
  DeferredConnection, ///< a constructor that does not connect: copy or move,
                      ///< or a class whose first template argument is a
                      ///< libpqxx 6 policy that defers or never connects
                      ///< (pqxx::connect_lazy, connect_async, connect_null)
  ExpiredDeadlineArg, ///< Arg is a deadline that has passed when the call
                      ///< looks at it: a zero timeout as for ZeroTimeoutArg,
                      ///< a clock's `now()` (std::chrono, gRPC's gpr_now), or
                      ///< gRPC's gpr_time_0 or gpr_inf_past
  ReadinessChecked,   ///< Arg is a variable that the same function also
                      ///< passes to the readiness test Bits names (PQIsBusy:
                      ///< libpq's PQisBusy): the code drives the library's
                      ///< asynchronous protocol, in which the call returns
                      ///< at once
  NoTimeoutOrZeroArg, ///< Arg is absent (an overload without a timeout, such
                      ///< as QSemaphore::tryAcquire(n), returns at once) or
                      ///< a zero timeout as for ZeroTimeoutArg
  CachedAfterFirstQuery, ///< the object caches what it read (QFileInfo): a
                         ///< member call is blocking only on a temporary
                         ///< constructed from arguments in the call, or as
                         ///< the first call (in source order) of a row of
                         ///< the same class on a local variable constructed
                         ///< from arguments; static members always block.
                         ///< Other objects (parameters, members, copies,
                         ///< call results) may hold cached data: silent
};

/// A pattern of declarations whose calls block, for APIs generated per user
/// type that no fixed name can list (Catalogue.def, COROLINT_BLOCKING_SHAPE).
enum class CallShape {
  /// A synchronous client call of a gRPC service, as grpc_cpp_plugin
  /// generates it: a member of a class `Stub` or `StubInterface` nested in a
  /// class (the service), whose first parameter is `grpc::ClientContext *`
  /// and which returns `grpc::Status` (unary) or a `std::unique_ptr` to a
  /// `grpc::ClientReader`, `ClientWriter` or `ClientReaderWriter` or their
  /// `*Interface` (streaming). The `Async*` and `PrepareAsync*` members
  /// return `grpc::ClientAsync*` readers, and the callback members belong
  /// to the nested class `async`: neither has the shape.
  GrpcSyncStub,
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

/// Arg: the call's last argument, for the rows whose overloads put their
/// flags or timeout at different positions (cppzmq's `recv(msg, flags)` and
/// `recv(buf, len, flags)`).
constexpr unsigned LastArg = ~0u;

/// The note under a finding of \p Entry in a coroutine of library \p Lib.
std::string noteText(const BlockingEntry &Entry, const LibraryNotes &Lib);

/// A user entry from the BlockingFunctions option (category `custom`).
struct UserBlockingFunction {
  std::string Name;
  std::string Alternative; ///< empty: a generic note is used
};

/// How a sync bridge (coro-sync-wait-in-coroutine) is called, which decides
/// its fix-it and note.
enum class BridgeForm {
  Awaitable, ///< bridge(awaitable): fix-it `co_await awaitable`
  Sender,    ///< sync_wait(sender): returns an optional; note only
  Member,    ///< object.get() / ctx.run(): note only
  EventLoop, ///< io_context.run(): a nested event loop; note only
};

/// A sync bridge: a COROLINT_BRIDGE row, or an entry of a catalogue file.
struct SyncBridge {
  llvm::StringRef Name; ///< canonical name, see CalleeNames.h
  BridgeForm Form;
  /// The note's own text (a row's ALTERNATIVE), in place of the form's
  /// note; empty for none.
  llvm::StringRef Alternative = {};
};

/// A catalogued call found in code.
struct BlockingMatch {
  const BlockingEntry *Entry;
  std::string CalleeName; ///< the catalogue key that matched, or the
                          ///< callee's canonical name for a shape
  /// For a call reported by the async-twin rule (AsyncTwins.h): how to call
  /// the twin instead, which the note words in the coroutine's library.
  std::optional<TwinCall> Twin = std::nullopt;
};

/// The note under a finding \p Match in a coroutine of library \p Lib:
/// the twin's call form, the entry's own text, or its advice.
std::string noteText(const BlockingMatch &Match, const LibraryNotes &Lib);

class BlockingCatalog {
public:
  /// The built-in table, plus \p Extra entries (BlockingFunctions) and
  /// \p FileEntries (catalogue files; they must outlive the catalogue),
  /// minus \p Allowed names and categories outside \p Enabled. With
  /// \p BlockingAnnotations, a function annotated blocking is an entry of
  /// category `custom` (Annotations.h); a function annotated non-blocking
  /// never matches either way.
  BlockingCatalog(llvm::ArrayRef<UserBlockingFunction> Extra,
                  llvm::ArrayRef<std::string> Allowed,
                  llvm::ArrayRef<BlockingCategory> Enabled,
                  llvm::ArrayRef<const BlockingEntry *> FileEntries = {},
                  bool BlockingAnnotations = false);

  /// The built-in entries, for documentation and `--list-checks` style output.
  static llvm::ArrayRef<BlockingEntry> builtinEntries();

  /// Whether \p Call (a CallExpr or CXXConstructExpr) is a catalogued
  /// blocking call in a blocking form.
  std::optional<BlockingMatch> match(const clang::Expr &Call,
                                     clang::ASTContext &Ctx) const;

  /// The first enabled entry named \p Name, or null: for calls the code
  /// makes implicitly (the destructors of ImplicitWaits.h).
  const BlockingEntry *entryNamed(llvm::StringRef Name) const {
    auto It = ByName.find(Name);
    return It == ByName.end() ? nullptr : It->second.front();
  }

  /// Whether \p QualifiedName is listed in AllowedFunctions.
  bool isAllowed(llvm::StringRef QualifiedName) const {
    return Allowed.contains(QualifiedName);
  }

  /// Whether \p CanonicalName has a row: a built-in one in any category
  /// (enabled or not), a user entry, or a COROLINT_NOT_BLOCKING row. The
  /// engine does not follow such a
  /// function as a helper: its rows say when it blocks, and its body (Qt's
  /// inline QRecursiveMutex::lock, which calls tryLock(-1)) is the library's
  /// business, even when its headers are not system headers.
  bool isCatalogued(llvm::StringRef CanonicalName) const;

private:
  std::optional<BlockingMatch> matchShape(const clang::Expr &Call,
                                          const clang::FunctionDecl &Callee) const;

  llvm::StringMap<llvm::SmallVector<const BlockingEntry *, 2>> ByName;
  /// The enabled COROLINT_BLOCKING_SHAPE rows.
  llvm::SmallVector<std::pair<CallShape, const BlockingEntry *>, 2> Shapes;
  llvm::StringMap<bool> Allowed;
  llvm::BumpPtrAllocator Arena;
  llvm::StringSaver Saver{Arena}; ///< owns the names of user entries
  std::vector<std::unique_ptr<BlockingEntry>> UserEntries;
  bool Annotated = false; ///< blocking annotations are entries (`custom` on)
  llvm::StringSet<> UserNames; ///< the names of UserEntries and file entries
};

/// Parses the BlockingFunctions option: `name[=alternative];...`.
std::vector<UserBlockingFunction> parseBlockingFunctions(llvm::StringRef Option);

} // namespace corolint

#endif
