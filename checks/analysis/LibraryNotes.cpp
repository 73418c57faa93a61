//===--- LibraryNotes.cpp - async alternatives per coroutine library ------===//
//
// The rows below are the whole table. Each API name was checked against the
// library's headers or documentation; where a library has no such tool the
// field is empty and the note uses neutral wording for it.
//
//===----------------------------------------------------------------------===//

#include "LibraryNotes.h"
#include "llvm/ADT/Twine.h"
#include <vector>

namespace corolint {

namespace {
// Columns: Library, Sleep, Offload, File, Socket, Resolver, Mutex, Event,
// Semaphore, Join, Await, Token. Token is the completion token of asio's
// reference ("use_awaitable: a completion token that represents the
// currently executing coroutine") and of Boost.Cobalt's (use_op).
const LibraryNotes Rows[] = {
    {"aio",
     "'co_await aio::sleep(...)' (or your executor's async timer)",
     "'co_await aio::to_thread(...)'",
     "'aio::read_file'/'aio::write_file'",
     "'aio::open_connection', 'aio::start_server', or your library's async socket",
     "'aio::open_connection'",
     "an async lock such as 'aio::Lock' ('co_await lock.acquire()')",
     "an async event such as 'aio::Event' ('co_await event.wait()')",
     "an async semaphore such as 'aio::Semaphore' ('co_await sem.acquire()')",
     "'co_await aio::gather(...)'",
     "'co_await' the task"},
    {"asio",
     "an 'asio::steady_timer' ('co_await timer.async_wait(asio::use_awaitable)')",
     "'co_await asio::co_spawn(pool, ..., asio::use_awaitable)' on an 'asio::thread_pool'",
     "'asio::stream_file'/'asio::random_access_file' (io_uring builds)",
     "'asio::ip::tcp::socket' with 'asio::use_awaitable'",
     "'asio::ip::tcp::resolver::async_resolve'",
     "a strand ('asio::make_strand') that runs the critical sections in turn",
     "an 'asio::experimental::channel', or an 'asio::steady_timer' cancelled to wake the waiters",
     "an 'asio::experimental::channel' whose buffer size is the count",
     "'asio::experimental::make_parallel_group(...)'",
     "'co_await asio::co_spawn(executor, ..., asio::use_awaitable)'",
     "asio::use_awaitable"},
    {"boost::asio",
     "a 'boost::asio::steady_timer' ('co_await timer.async_wait(boost::asio::use_awaitable)')",
     "'co_await boost::asio::co_spawn(pool, ..., boost::asio::use_awaitable)' on a 'boost::asio::thread_pool'",
     "'boost::asio::stream_file'/'boost::asio::random_access_file' (io_uring builds)",
     "'boost::asio::ip::tcp::socket' with 'boost::asio::use_awaitable'",
     "'boost::asio::ip::tcp::resolver::async_resolve'",
     "a strand ('boost::asio::make_strand') that runs the critical sections in turn",
     "a 'boost::asio::experimental::channel', or a 'boost::asio::steady_timer' cancelled to wake the waiters",
     "a 'boost::asio::experimental::channel' whose buffer size is the count",
     "'boost::asio::experimental::make_parallel_group(...)'",
     "'co_await boost::asio::co_spawn(executor, ..., boost::asio::use_awaitable)'",
     "boost::asio::use_awaitable"},
    {"boost::cobalt",
     "a 'boost::asio::steady_timer' ('co_await timer.async_wait(boost::cobalt::use_op)')",
     "a 'boost::cobalt::thread' (an event loop on its own thread) and 'co_await' it",
     "'boost::asio::stream_file' with 'boost::cobalt::use_op'",
     "'boost::asio' sockets with 'boost::cobalt::use_op'",
     "'boost::asio::ip::tcp::resolver::async_resolve(..., boost::cobalt::use_op)'",
     "a 'boost::cobalt::channel' used as a lock",
     "a 'boost::cobalt::channel' ('co_await channel.read()')",
     "a 'boost::cobalt::channel' whose capacity is the count",
     "'co_await boost::cobalt::join(...)'",
     "'co_await' the promise or task",
     "boost::cobalt::use_op"},
    {"cppcoro",
     "'co_await io_service.schedule_after(...)' on a 'cppcoro::io_service'",
     "'co_await pool.schedule()' on a 'cppcoro::static_thread_pool'",
     "'cppcoro::read_only_file'/'cppcoro::write_only_file'",
     "'cppcoro::net::socket' ('co_await socket.recv(...)')",
     "",
     "'cppcoro::async_mutex' ('co_await mutex.scoped_lock_async()')",
     "'cppcoro::async_manual_reset_event' ('co_await event')",
     "",
     "'co_await cppcoro::when_all(...)'",
     "'co_await' the task"},
    {"libcoro",
     "'co_await scheduler->yield_for(...)' on a 'coro::io_scheduler'",
     "'co_await pool.schedule()' on a 'coro::thread_pool'",
     "",
     "'coro::net::tcp::client' ('co_await client.poll(...)', then 'client.recv(...)')",
     "",
     "'coro::mutex'",
     "'coro::event' ('co_await event')",
     "'coro::semaphore' ('co_await sem.acquire()')",
     "'co_await coro::when_all(...)'",
     "'co_await' the task"},
    {"folly::coro",
     "'co_await folly::coro::sleep(...)'",
     "'co_await folly::coro::co_withExecutor(executor, task)' on a 'folly::CPUThreadPoolExecutor'",
     "",
     "'folly::coro::Transport'",
     "",
     "'folly::coro::Mutex'",
     "'folly::coro::Baton' ('co_await baton')",
     "'folly::fibers::Semaphore' ('co_await sem.co_wait()')",
     "'co_await folly::coro::collectAll(...)'",
     "'co_await' the task"},
    {"async_simple",
     "'co_await async_simple::coro::sleep(...)'",
     "'co_await async_simple::coro::dispatch(executor)' to a thread-pool executor",
     "",
     "",
     "",
     "'async_simple::coro::Mutex'",
     "'async_simple::coro::ConditionVariable' or 'async_simple::coro::Notifier'",
     "'async_simple::coro::CountingSemaphore' ('co_await sem.acquire()')",
     "'co_await async_simple::coro::collectAll(...)'",
     "'co_await' the Lazy"},
    {"concurrencpp",
     "'co_await timer_queue->make_delay_object(...)'",
     "'co_await concurrencpp::resume_on(runtime->background_executor())'",
     "",
     "",
     "",
     "'concurrencpp::async_lock'",
     "'concurrencpp::async_condition_variable'",
     "",
     "'co_await concurrencpp::when_all(...)'",
     "'co_await' the result"},
    {"seastar",
     "'co_await seastar::sleep(...)'",
     "a thread outside the reactor whose result you 'co_await' (the reactor must never block)",
     "'seastar::open_file_dma' and 'seastar::file'",
     "'seastar::connect'/'seastar::listen'",
     "'seastar::net::dns::resolve_name'",
     "'seastar::shared_mutex', or a 'seastar::semaphore' of one unit",
     "'seastar::condition_variable' ('co_await cv.wait()')",
     "'seastar::semaphore' ('co_await seastar::get_units(sem, 1)')",
     "'co_await seastar::when_all(...)'",
     "'co_await' the future"},
    {"stdexec",
     "'co_await exec::schedule_after(scheduler, ...)' on a timed scheduler",
     "'co_await stdexec::starts_on(pool.get_scheduler(), ...)' on an 'exec::static_thread_pool'",
     "",
     "",
     "",
     "",
     "",
     "",
     "'co_await stdexec::when_all(...)'",
     "'co_await' the sender"},
    {"drogon",
     "'co_await drogon::sleepCoro(loop, ...)'",
     "'co_await drogon::queueInLoopCoro(loop, ...)' on an event loop kept for blocking work",
     "",
     "'co_await client->sendRequestCoro(req)' on a 'drogon::HttpClient', or a 'drogon::WebSocketClient'",
     "",
     "'drogon::Mutex' ('co_await mutex.scoped_lock()')",
     "",
     "",
     "'co_await drogon::when_all(...)'",
     "'co_await' the task"},
    {"QCoro",
     "'co_await QCoro::sleepFor(...)'",
     "'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)",
     "",
     "a 'QTcpSocket' awaited with 'qCoro(socket)'",
     "'co_await qCoro(socket).connectToHost(host, port)'",
     "",
     "a signal ('co_await qCoro(object, &Class::signal)')",
     "",
     "",
     "'co_await' the task"},
    {"unifex",
     "'co_await unifex::schedule_after(scheduler, ...)'",
     "'co_await unifex::on(pool.get_scheduler(), ...)' on a 'unifex::static_thread_pool'",
     "",
     "",
     "",
     "'unifex::async_mutex' ('co_await mutex.async_lock()')",
     "'unifex::async_manual_reset_event'",
     "",
     "'co_await unifex::when_all(...)'",
     "'co_await' the sender"},
};

/// Which library a namespace belongs to: the longest prefix of a return
/// type's qualified name wins.
struct NamespaceKey {
  llvm::StringRef Namespace;
  llvm::StringRef Library;
};
const NamespaceKey Keys[] = {
    {"aio", "aio"},
    {"asio", "asio"},
    {"boost::asio", "boost::asio"},
    {"boost::cobalt", "boost::cobalt"},
    {"cppcoro", "cppcoro"},
    {"coro", "libcoro"},
    {"folly", "folly::coro"},
    {"async_simple", "async_simple"},
    {"concurrencpp", "concurrencpp"},
    {"seastar", "seastar"},
    {"stdexec", "stdexec"},
    {"exec", "stdexec"},
    {"unifex", "unifex"},
    {"drogon", "drogon"},
    {"QCoro", "QCoro"},
};

const LibraryNotes Neutral{};

std::string str(const llvm::Twine &T) { return T.str(); }

/// "offload <What> with <Offload>", or to a thread pool when the library has
/// no offload of its own.
std::string offloadOr(llvm::StringRef What, const LibraryNotes &L) {
  return L.Offload.empty()
             ? str("offload " + What + " to a thread pool and await the result")
             : str("offload " + What + " with " + L.Offload);
}
} // namespace

const LibraryNotes &neutralLibraryNotes() { return Neutral; }

llvm::ArrayRef<LibraryNotes> allLibraryNotes() { return Rows; }

const LibraryNotes &libraryNotesFor(llvm::StringRef TypeName) {
  TypeName.consume_front("::");
  llvm::StringRef Best;
  for (const NamespaceKey &Key : Keys)
    if (Key.Namespace.size() > Best.size() && TypeName.starts_with(Key.Namespace) &&
        TypeName.drop_front(Key.Namespace.size()).starts_with("::"))
      Best = Key.Namespace;
  for (const NamespaceKey &Key : Keys)
    if (Key.Namespace == Best && !Best.empty())
      for (const LibraryNotes &Row : Rows)
        if (Row.Library == Key.Library)
          return Row;
  return Neutral;
}

/// "<Why>; offload it ..., or use an async equivalent": the note of a
/// function the user says blocks, without a text of its own.
static std::string offloadOrAsync(llvm::StringRef Why, const LibraryNotes &L) {
  return str(Why + "; " + offloadOr("it", L) + (L.Offload.empty() ? "," : "") +
             " or use an async equivalent");
}

std::string adviceText(Advice What, const LibraryNotes &L) {
  // Neutral wording for a tool the library lacks.
  constexpr llvm::StringLiteral Pool = "a thread pool and await the result";
  switch (What) {
  case Advice::Sleep:
    return L.Sleep.empty()
               ? "use your executor's async timer; it suspends only this coroutine"
               : str("use " + L.Sleep + "; it suspends only this coroutine");
  case Advice::File: {
    std::string Text = L.Offload.empty()
                           ? str("offload the file access to " + Pool)
                           : str("offload the file access with " + L.Offload);
    return L.File.empty() ? Text : str(Text + ", or use " + L.File);
  }
  case Advice::Stdin:
    return L.Offload.empty()
               ? str("read standard input off the event loop thread: offload it to " + Pool)
               : str("read standard input off the event loop thread with " + L.Offload);
  case Advice::Stream: {
    std::string Text = L.Offload.empty()
                           ? str("offload the stream access to " + Pool)
                           : str("offload the stream access with " + L.Offload);
    return L.File.empty() ? Text : str(Text + " (for whole files, " + L.File + ")");
  }
  case Advice::Socket:
    return str("use non-blocking sockets driven by the event loop (" +
               (L.Socket.empty() ? llvm::StringRef("your library's async socket")
                                 : L.Socket) +
               ")");
  case Advice::Poll:
    return "let the event loop wait for readiness instead of polling from a coroutine";
  case Advice::DNS: {
    std::string Offload = L.Offload.empty() ? str("offload to " + Pool)
                                            : str("offload with " + L.Offload);
    return L.Resolver.empty()
               ? str("resolve names off the event loop thread: use your library's "
                     "async resolver, or " + Offload)
               : str("resolve names off the event loop thread: " + L.Resolver +
                     " does, or " + Offload);
  }
  case Advice::Process:
    return L.Offload.empty()
               ? str("offload to " + Pool + " so the event loop keeps running")
               : str("offload with " + L.Offload + " so the event loop keeps running");
  case Advice::Future:
    return L.Offload.empty()
               ? str("await the work instead of blocking on it: make it a "
                     "coroutine, or offload it to " + Pool)
               : str("await the work instead of blocking on it: make it a "
                     "coroutine, or offload it with " + L.Offload);
  case Advice::Lock:
    return str("use " +
               (L.Mutex.empty() ? llvm::StringRef("your library's async mutex") : L.Mutex) +
               ", or keep the critical section out of the coroutine");
  case Advice::Event:
    return L.Event.empty()
               ? "use your library's async event or condition variable and 'co_await' it"
               : str("use " + L.Event);
  case Advice::Semaphore:
    return L.Semaphore.empty()
               ? "use your library's async semaphore and 'co_await' it"
               : str("use " + L.Semaphore);
  case Advice::Rendezvous: {
    std::string Text = L.Event.empty() ? "use your library's async event"
                                       : str("use " + L.Event);
    return L.Join.empty() ? Text + ", or await the tasks together (when_all)"
                          : str(Text + ", or " + L.Join);
  }
  case Advice::Console:
    return L.Offload.empty()
               ? str("console output blocks while the terminal or pipe is slow; "
                     "offload it to " + Pool + ", or log asynchronously")
               : str("console output blocks while the terminal or pipe is slow; "
                     "offload it with " + L.Offload + ", or log asynchronously");
  case Advice::Database:
    return "run the database call off the event loop thread: " + offloadOr("it", L);
  case Advice::Libpq:
    return offloadOr("the database call", L) +
           ", or use libpq's asynchronous API: 'PQconnectStart'/'PQconnectPoll', "
           "'PQsendQuery', then 'PQconsumeInput', 'PQisBusy' and 'PQgetResult' "
           "as the event loop reports 'PQsocket' ready";
  case Advice::Hiredis:
    return offloadOr("the command", L) +
           ", or use hiredis' asynchronous API ('redisAsyncConnect', "
           "'redisAsyncCommand') attached to the event loop";
  case Advice::MariaDB:
    return offloadOr("the database call", L) +
           ", or use MariaDB's non-blocking API ('mysql_real_query_start', then "
           "'mysql_real_query_cont' as the event loop reports 'mysql_get_socket' ready)";
  case Advice::AsyncTwin:
    return "use the function's asynchronous twin and 'co_await' it";
  case Advice::Custom:
    return offloadOrAsync("listed in BlockingFunctions", L);
  case Advice::Annotated:
    return offloadOrAsync("declared blocking ([[clang::blocking]] or COROLINT_BLOCKING)", L);
  }
  return {};
}

std::string twinAdviceText(const TwinCall &Twin, const LibraryNotes &L) {
  std::string Call = "co_await " + Twin.Callee + "(";
  if (!Twin.Token)
    return "use '" + Call + (Twin.Arguments ? "...)" : ")") + "'";
  if (Twin.Arguments)
    Call += "..., ";
  if (L.Token.empty())
    return "use '" + Call + "token)' with a completion token that your "
           "coroutine can 'co_await'";
  return "use '" + Call + L.Token.str() + ")'";
}

namespace {
struct AdviceSpelling {
  Advice What;
  llvm::StringLiteral Name;
};
constexpr AdviceSpelling AdviceNames[] = {
    {Advice::Sleep, "sleep"},         {Advice::File, "file"},
    {Advice::Stdin, "stdin"},         {Advice::Stream, "stream"},
    {Advice::Socket, "socket"},       {Advice::Poll, "poll"},
    {Advice::DNS, "dns"},             {Advice::Process, "process"},
    {Advice::Future, "future"},       {Advice::Lock, "lock"},
    {Advice::Event, "event"},         {Advice::Semaphore, "semaphore"},
    {Advice::Rendezvous, "rendezvous"}, {Advice::Console, "console"},
    {Advice::Database, "database"},   {Advice::Libpq, "libpq"},
    {Advice::Hiredis, "hiredis"},     {Advice::MariaDB, "mariadb"},
    {Advice::Custom, "custom"},       {Advice::Annotated, "annotated"},
    {Advice::AsyncTwin, "async-twin"},
};
} // namespace

llvm::StringRef adviceName(Advice What) {
  for (const AdviceSpelling &A : AdviceNames)
    if (A.What == What)
      return A.Name;
  return "custom";
}

llvm::ArrayRef<Advice> allAdvice() {
  static const std::vector<Advice> All = [] {
    std::vector<Advice> V;
    for (const AdviceSpelling &A : AdviceNames)
      V.push_back(A.What);
    return V;
  }();
  return All;
}

std::optional<Advice> parseAdvice(llvm::StringRef Name) {
  for (const AdviceSpelling &A : AdviceNames)
    if (A.Name == Name)
      return A.What;
  return std::nullopt;
}

} // namespace corolint
