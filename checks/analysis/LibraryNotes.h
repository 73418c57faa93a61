//===--- LibraryNotes.h - async alternatives per coroutine library -*- C++ -*-===//
//
// The note under a blocking-call warning names what to do instead, in the
// vocabulary of the coroutine's own library: an asio handler is told about
// 'asio::steady_timer', a cppcoro task about 'io_service.schedule_after', a
// coroutine of an unknown library gets library-neutral wording. One data
// table (LibraryNotes.cpp) has a row per library, each field the library's
// spelling of one tool (its async sleep, file I/O, sockets, resolver,
// offload to a thread pool, async mutex, event, semaphore, and how to await
// in place of a blocking bridge); an empty field means the library has no
// such tool, and the note falls back to neutral wording for it.
//
// The library of a coroutine is found from its return type's qualified name
// (CoroutineModel::typeName): the longest namespace prefix listed in the
// table ("boost::asio::awaitable" -> boost::asio, "coro::task" -> libcoro).
//
// Thread-safety: the table is constant; every function is pure.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_LIBRARYNOTES_H
#define COROLINT_ANALYSIS_LIBRARYNOTES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace corolint {

/// What a note advises, one per kind of blocking call.
enum class Advice {
  Sleep,      ///< an async timer
  File,       ///< offload file access, or async file I/O
  Stdin,      ///< read standard input off the loop thread
  Stream,     ///< offload iostream access
  Socket,     ///< non-blocking sockets driven by the loop
  Poll,       ///< let the loop wait for readiness
  DNS,        ///< an async resolver, or offload
  Process,    ///< offload process creation and waits
  Future,     ///< await the work instead of waiting for its result
  Lock,       ///< an async mutex
  Event,      ///< an async event or condition variable
  Semaphore,  ///< an async semaphore
  Rendezvous, ///< latches, barriers: an async event, or await them together
  Console,    ///< console output
  Database,   ///< a database client without an async API (SQLite, libpqxx):
              ///< offload the call
  Libpq,      ///< libpq: offload, or its asynchronous API (PQsendQuery...)
  Hiredis,    ///< hiredis: offload, or its asynchronous API (redisAsync*)
  MariaDB,    ///< MariaDB Connector/C: offload, or its non-blocking API
              ///< (mysql_*_start / mysql_*_cont)
  Custom,     ///< a user-listed function without its own text
  Annotated,  ///< a function its declaration marks blocking (Annotations.h)
  AsyncTwin,  ///< the function's asynchronous twin (AsyncTwins.h); the note
              ///< is twinAdviceText when the twin's call form is known
};

/// One library's spelling of each tool; each field is a phrase quoted for the
/// note, empty when the library has none.
struct LibraryNotes {
  llvm::StringRef Library;   ///< display name: "asio", "libcoro"
  llvm::StringRef Sleep;     ///< used as "use <Sleep>; it suspends ..."
  llvm::StringRef Offload;   ///< used as "offload ... with <Offload>"
  llvm::StringRef File;      ///< used as "..., or use <File>"
  llvm::StringRef Socket;    ///< used as "... driven by the event loop (<Socket>)"
  llvm::StringRef Resolver;  ///< used as "...: <Resolver> does, or ..."
  llvm::StringRef Mutex;     ///< used as "use <Mutex>, or keep ..."
  llvm::StringRef Event;     ///< used as "use <Event>"
  llvm::StringRef Semaphore; ///< used as "use <Semaphore>"
  llvm::StringRef Join;      ///< used as "..., or <Join>" for rendezvous
  llvm::StringRef Await;     ///< used as "<Await> instead of ..." (bridges)
  /// The completion token that makes an asio-style initiating function
  /// awaitable in this library's coroutines: used as "co_await
  /// s.async_read_some(..., <Token>)" (AsyncTwins.h).
  llvm::StringRef Token = {};
};

/// How the caller would write the asynchronous twin (AsyncTwins.h) of a
/// blocking call, for the note: "s.async_read_some", "http::async_read",
/// "client->sendRequestCoro", with the receiver and qualifier the call was
/// written with.
struct TwinCall {
  std::string Callee;
  bool Arguments = false; ///< the blocking call passes arguments: "(...)"
  bool Token = false;     ///< an initiating function: a completion token goes last
};

/// The note for a blocking call whose twin is \p Twin, in a coroutine of
/// \p Lib: "use 'co_await s.async_read_some(..., asio::use_awaitable)'".
std::string twinAdviceText(const TwinCall &Twin, const LibraryNotes &Lib);

/// The notes for the library whose coroutine returns \p ReturnTypeName (a
/// qualified class name), or the neutral row when no library matches.
const LibraryNotes &libraryNotesFor(llvm::StringRef ReturnTypeName);

/// The neutral row (every field empty).
const LibraryNotes &neutralLibraryNotes();

/// Every library row, for documentation and tests.
llvm::ArrayRef<LibraryNotes> allLibraryNotes();

/// The stable spelling of \p What, as summary files record it ("sleep",
/// "file", ...), and back; std::nullopt for an unknown spelling.
llvm::StringRef adviceName(Advice What);
/// Every Advice, in declaration order.
llvm::ArrayRef<Advice> allAdvice();
std::optional<Advice> parseAdvice(llvm::StringRef Name);

/// The note's text for \p What in the words of \p Lib.
std::string adviceText(Advice What, const LibraryNotes &Lib);

} // namespace corolint

#endif
