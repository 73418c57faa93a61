//===--- BlockingCatalog.cpp - known blocking functions -------------------===//
//
// The table below is the whole catalogue. To add a blocking function, add a
// row; to teach the checks a non-blocking form, give the row an exception.
//
//===----------------------------------------------------------------------===//

#include "BlockingCatalog.h"
#include "CalleeNames.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace corolint {

namespace {
using C = BlockingCategory;
using X = NonBlockingForm;

// Alternatives, worded for the note that follows each warning.
constexpr llvm::StringLiteral Sleep =
    "use 'co_await aio::sleep(...)' (or your executor's async timer); it "
    "suspends only this coroutine";
constexpr llvm::StringLiteral FileIO =
    "offload the file access with 'co_await aio::to_thread(...)', or use "
    "'aio::read_file'/'aio::write_file'";
constexpr llvm::StringLiteral Stdin =
    "read standard input off the event loop thread with "
    "'co_await aio::to_thread(...)'";
constexpr llvm::StringLiteral Stream =
    "offload the stream access with 'co_await aio::to_thread(...)' (for whole "
    "files, 'aio::read_file'/'aio::write_file')";
constexpr llvm::StringLiteral NetIO =
    "use non-blocking sockets driven by the event loop ('aio::open_connection', "
    "'aio::start_server', or your library's async socket)";
constexpr llvm::StringLiteral Poll =
    "let the event loop wait for readiness instead of polling from a coroutine";
constexpr llvm::StringLiteral DNS =
    "resolve names off the event loop thread: 'aio::open_connection' does, or "
    "offload with 'co_await aio::to_thread(...)'";
constexpr llvm::StringLiteral Process =
    "offload with 'co_await aio::to_thread(...)' so the event loop keeps running";
constexpr llvm::StringLiteral Lock =
    "use an async lock such as 'aio::Lock' ('co_await lock.acquire()'), or "
    "keep the critical section out of the coroutine";
constexpr llvm::StringLiteral CondVar =
    "use an async event such as 'aio::Event' ('co_await event.wait()')";
constexpr llvm::StringLiteral Future =
    "await the work instead: 'co_await aio::to_thread(...)' delivers its "
    "result without blocking the thread";
constexpr llvm::StringLiteral Semaphore =
    "use an async semaphore such as 'aio::Semaphore' ('co_await sem.acquire()')";
constexpr llvm::StringLiteral Rendezvous =
    "use an async event ('aio::Event') or 'co_await aio::gather(...)'";

constexpr unsigned long long MsgDontWait = 0x40; // Linux MSG_DONTWAIT
constexpr unsigned long long WNoHang = 0x1;      // WNOHANG

const BlockingEntry Builtin[] = {
    // sleep
    {"sleep", C::Sleep, Sleep},
    {"usleep", C::Sleep, Sleep},
    {"nanosleep", C::Sleep, Sleep},
    {"clock_nanosleep", C::Sleep, Sleep},
    {"thrd_sleep", C::Sleep, Sleep},
    {"std::this_thread::sleep_for", C::Sleep, Sleep},
    {"std::this_thread::sleep_until", C::Sleep, Sleep},

    // file-io: C and POSIX
    {"fopen", C::FileIO, FileIO},
    {"freopen", C::FileIO, FileIO},
    {"fread", C::FileIO, FileIO},
    {"fwrite", C::FileIO, FileIO},
    {"fgets", C::FileIO, FileIO},
    {"fscanf", C::FileIO, FileIO},
    {"fflush", C::FileIO, FileIO},
    {"getline", C::FileIO, FileIO},
    {"getdelim", C::FileIO, FileIO},
    {"scanf", C::FileIO, Stdin},
    {"getchar", C::FileIO, Stdin},
    {"read", C::FileIO, FileIO},
    {"write", C::FileIO, FileIO},
    {"readv", C::FileIO, FileIO},
    {"writev", C::FileIO, FileIO},
    {"pread", C::FileIO, FileIO},
    {"pwrite", C::FileIO, FileIO},
    {"open", C::FileIO, FileIO},
    {"openat", C::FileIO, FileIO},
    {"creat", C::FileIO, FileIO},
    {"fsync", C::FileIO, FileIO},
    {"fdatasync", C::FileIO, FileIO},
    // file-io: iostreams. Streams that are neither std::cin nor file streams
    // (string streams, std::cout) do not block on a device.
    {"std::basic_ifstream::basic_ifstream", C::FileIO, FileIO, X::NoResourceAcquired},
    {"std::basic_ofstream::basic_ofstream", C::FileIO, FileIO, X::NoResourceAcquired},
    {"std::basic_fstream::basic_fstream", C::FileIO, FileIO, X::NoResourceAcquired},
    {"std::basic_ifstream::open", C::FileIO, FileIO},
    {"std::basic_ofstream::open", C::FileIO, FileIO},
    {"std::basic_fstream::open", C::FileIO, FileIO},
    {"std::basic_filebuf::open", C::FileIO, FileIO},
    {"std::basic_istream::read", C::FileIO, Stream, X::StreamNotStdinOrFile},
    {"std::basic_istream::getline", C::FileIO, Stream, X::StreamNotStdinOrFile},
    {"std::basic_istream::get", C::FileIO, Stream, X::StreamNotStdinOrFile},
    {"std::basic_istream::operator>>", C::FileIO, Stream, X::StreamNotStdinOrFile},
    {"std::basic_ostream::write", C::FileIO, Stream, X::StreamNotStdinOrFile},
    {"std::getline", C::FileIO, Stream, X::StreamNotStdinOrFile, 0},
    {"std::operator>>", C::FileIO, Stream, X::StreamNotStdinOrFile, 0},
    // file-io: std::filesystem operations that touch the disk
    {"std::filesystem::exists", C::FileIO, FileIO, X::FileStatusArg, 0},
    {"std::filesystem::is_directory", C::FileIO, FileIO, X::FileStatusArg, 0},
    {"std::filesystem::is_regular_file", C::FileIO, FileIO, X::FileStatusArg, 0},
    {"std::filesystem::is_symlink", C::FileIO, FileIO, X::FileStatusArg, 0},
    {"std::filesystem::is_empty", C::FileIO, FileIO},
    {"std::filesystem::status", C::FileIO, FileIO},
    {"std::filesystem::symlink_status", C::FileIO, FileIO},
    {"std::filesystem::file_size", C::FileIO, FileIO},
    {"std::filesystem::hard_link_count", C::FileIO, FileIO},
    {"std::filesystem::last_write_time", C::FileIO, FileIO},
    {"std::filesystem::create_directory", C::FileIO, FileIO},
    {"std::filesystem::create_directories", C::FileIO, FileIO},
    {"std::filesystem::create_symlink", C::FileIO, FileIO},
    {"std::filesystem::create_hard_link", C::FileIO, FileIO},
    {"std::filesystem::copy", C::FileIO, FileIO},
    {"std::filesystem::copy_file", C::FileIO, FileIO},
    {"std::filesystem::rename", C::FileIO, FileIO},
    {"std::filesystem::remove", C::FileIO, FileIO},
    {"std::filesystem::remove_all", C::FileIO, FileIO},
    {"std::filesystem::resize_file", C::FileIO, FileIO},
    {"std::filesystem::permissions", C::FileIO, FileIO},
    {"std::filesystem::canonical", C::FileIO, FileIO},
    {"std::filesystem::weakly_canonical", C::FileIO, FileIO},
    {"std::filesystem::read_symlink", C::FileIO, FileIO},
    {"std::filesystem::equivalent", C::FileIO, FileIO},
    {"std::filesystem::space", C::FileIO, FileIO},
    {"std::filesystem::directory_iterator::directory_iterator", C::FileIO, FileIO, X::NoResourceAcquired},
    {"std::filesystem::recursive_directory_iterator::recursive_directory_iterator", C::FileIO, FileIO, X::NoResourceAcquired},

    // network-io
    {"connect", C::NetworkIO, NetIO},
    {"accept", C::NetworkIO, NetIO},
    {"accept4", C::NetworkIO, NetIO},
    {"recv", C::NetworkIO, NetIO, X::FlagBitArg, 3, MsgDontWait},
    {"recvfrom", C::NetworkIO, NetIO, X::FlagBitArg, 3, MsgDontWait},
    {"recvmsg", C::NetworkIO, NetIO, X::FlagBitArg, 2, MsgDontWait},
    {"send", C::NetworkIO, NetIO, X::FlagBitArg, 3, MsgDontWait},
    {"sendto", C::NetworkIO, NetIO, X::FlagBitArg, 3, MsgDontWait},
    {"sendmsg", C::NetworkIO, NetIO, X::FlagBitArg, 2, MsgDontWait},
    {"poll", C::NetworkIO, Poll, X::ZeroTimeoutArg, 2},
    {"ppoll", C::NetworkIO, Poll},
    {"select", C::NetworkIO, Poll},
    {"pselect", C::NetworkIO, Poll},
    {"epoll_wait", C::NetworkIO, Poll, X::ZeroTimeoutArg, 3},
    {"epoll_pwait", C::NetworkIO, Poll, X::ZeroTimeoutArg, 3},

    // dns
    {"getaddrinfo", C::DNS, DNS},
    {"gethostbyname", C::DNS, DNS},
    {"gethostbyname2", C::DNS, DNS},
    {"gethostbyname_r", C::DNS, DNS},
    {"gethostbyaddr", C::DNS, DNS},
    {"getnameinfo", C::DNS, DNS},

    // process
    {"system", C::Process, Process},
    {"popen", C::Process, Process},
    {"pclose", C::Process, Process},
    {"wait", C::Process, Process},
    {"waitpid", C::Process, Process, X::FlagBitArg, 2, WNoHang},
    {"wait3", C::Process, Process, X::FlagBitArg, 1, WNoHang},
    {"wait4", C::Process, Process, X::FlagBitArg, 2, WNoHang},

    // sync: mutexes and lock owners
    {"std::mutex::lock", C::Sync, Lock},
    {"std::timed_mutex::lock", C::Sync, Lock},
    {"std::recursive_mutex::lock", C::Sync, Lock},
    {"std::recursive_timed_mutex::lock", C::Sync, Lock},
    {"std::shared_mutex::lock", C::Sync, Lock},
    {"std::shared_mutex::lock_shared", C::Sync, Lock},
    {"std::shared_timed_mutex::lock", C::Sync, Lock},
    {"std::shared_timed_mutex::lock_shared", C::Sync, Lock},
    {"std::lock", C::Sync, Lock},
    {"std::lock_guard::lock_guard", C::Sync, Lock, X::NoResourceAcquired},
    {"std::unique_lock::unique_lock", C::Sync, Lock, X::NoResourceAcquired},
    {"std::shared_lock::shared_lock", C::Sync, Lock, X::NoResourceAcquired},
    {"std::scoped_lock::scoped_lock", C::Sync, Lock, X::NoResourceAcquired},
    {"std::unique_lock::lock", C::Sync, Lock},
    {"std::shared_lock::lock", C::Sync, Lock},
    {"pthread_mutex_lock", C::Sync, Lock},
    {"pthread_rwlock_rdlock", C::Sync, Lock},
    {"pthread_rwlock_wrlock", C::Sync, Lock},
    // sync: condition variables
    {"std::condition_variable::wait", C::Sync, CondVar},
    {"std::condition_variable::wait_for", C::Sync, CondVar, X::ZeroTimeoutArg, 1},
    {"std::condition_variable::wait_until", C::Sync, CondVar, X::ZeroTimeoutArg, 1},
    {"std::condition_variable_any::wait", C::Sync, CondVar},
    {"std::condition_variable_any::wait_for", C::Sync, CondVar, X::ZeroTimeoutArg, 1},
    {"std::condition_variable_any::wait_until", C::Sync, CondVar, X::ZeroTimeoutArg, 1},
    {"pthread_cond_wait", C::Sync, CondVar},
    {"pthread_cond_timedwait", C::Sync, CondVar},
    // sync: futures, threads, semaphores, latches, barriers, atomics
    {"std::future::get", C::Sync, Future},
    {"std::future::wait", C::Sync, Future},
    {"std::future::wait_for", C::Sync, Future, X::ZeroTimeoutArg, 0},
    {"std::future::wait_until", C::Sync, Future, X::ZeroTimeoutArg, 0},
    {"std::shared_future::get", C::Sync, Future},
    {"std::shared_future::wait", C::Sync, Future},
    {"std::shared_future::wait_for", C::Sync, Future, X::ZeroTimeoutArg, 0},
    {"std::shared_future::wait_until", C::Sync, Future, X::ZeroTimeoutArg, 0},
    {"std::thread::join", C::Sync, Future},
    {"std::jthread::join", C::Sync, Future},
    {"pthread_join", C::Sync, Future},
    {"std::counting_semaphore::acquire", C::Sync, Semaphore},
    {"std::counting_semaphore::try_acquire_for", C::Sync, Semaphore, X::ZeroTimeoutArg, 0},
    {"std::counting_semaphore::try_acquire_until", C::Sync, Semaphore, X::ZeroTimeoutArg, 0},
    {"sem_wait", C::Sync, Semaphore},
    {"sem_timedwait", C::Sync, Semaphore},
    {"std::latch::wait", C::Sync, Rendezvous},
    {"std::latch::arrive_and_wait", C::Sync, Rendezvous},
    {"std::barrier::arrive_and_wait", C::Sync, Rendezvous},
    {"std::barrier::wait", C::Sync, Rendezvous},
    {"pthread_barrier_wait", C::Sync, Rendezvous},
    {"std::atomic::wait", C::Sync, CondVar},
    {"std::atomic_flag::wait", C::Sync, CondVar},
    {"std::atomic_ref::wait", C::Sync, CondVar},
};

constexpr BlockingCategory Categories[] = {C::Sleep,   C::FileIO, C::NetworkIO,
                                           C::DNS,     C::Process, C::Sync,
                                           C::Custom};

constexpr llvm::StringLiteral CustomAlternative =
    "listed in BlockingFunctions; offload it with 'co_await aio::to_thread(...)' "
    "or use an async equivalent";

// ---------------------------------------------------------------------------
// Non-blocking forms.

/// Whether a constant value is zero throughout: 0, 0.0, or a class whose
/// fields are all zero (a std::chrono::duration of 0, the epoch time_point).
bool isAllZero(const APValue &V) {
  switch (V.getKind()) {
  case APValue::Int:
    return V.getInt().isZero();
  case APValue::Float:
    return V.getFloat().isZero();
  case APValue::Struct:
    for (unsigned I = 0; I < V.getStructNumBases(); ++I)
      if (!isAllZero(V.getStructBase(I)))
        return false;
    for (unsigned I = 0; I < V.getStructNumFields(); ++I)
      if (!isAllZero(V.getStructField(I)))
        return false;
    return true;
  default:
    return false;
  }
}

/// A timeout that does not wait: a constant zero duration or count, the
/// epoch, or `min()`.
bool isZeroTimeout(const Expr *E, ASTContext &Ctx) {
  E = ignoreWrappers(E);
  if (!E || E->isValueDependent())
    return false;
  if (const auto *Call = dyn_cast<CallExpr>(E)) // time_point::min()
    if (const FunctionDecl *FD = Call->getDirectCallee();
        FD && FD->getIdentifier() && FD->getName() == "min" &&
        Call->getNumArgs() == 0)
      return true;
  Expr::EvalResult R;
  return E->EvaluateAsRValue(R, Ctx) && isAllZero(R.Val);
}

bool hasFlagBit(const Expr *E, unsigned long long Bits, ASTContext &Ctx) {
  Expr::EvalResult R;
  return E && !E->isValueDependent() && E->EvaluateAsInt(R, Ctx) &&
         (R.Val.getInt().getZExtValue() & Bits) != 0;
}

bool isNamedRecord(QualType T, std::initializer_list<llvm::StringRef> Names) {
  const CXXRecordDecl *Record = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record)
    return false;
  std::string Name = canonicalRecordName(*Record);
  return llvm::is_contained(Names, Name);
}

bool acquiresNothing(const Expr &Call) {
  const auto *Construct = dyn_cast<CXXConstructExpr>(&Call);
  if (!Construct)
    return false;
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  if (Construct->getNumArgs() == 0 || Ctor->isCopyOrMoveConstructor())
    return true;
  for (const ParmVarDecl *Param : Ctor->parameters())
    if (isNamedRecord(Param->getType(), {"std::defer_lock_t", "std::try_to_lock_t",
                                         "std::adopt_lock_t"}))
      return true;
  return false;
}

/// Whether a stream expression is std::cin/std::wcin or a file stream.
bool isStdinOrFileStream(const Expr *Stream) {
  Stream = ignoreWrappers(Stream);
  if (!Stream)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Stream))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
        Var && Var->getIdentifier() &&
        (Var->getName() == "cin" || Var->getName() == "wcin") &&
        Var->isInStdNamespace())
      return true;
  QualType T = Stream->getType();
  if (const auto *Ptr = T->getAs<PointerType>())
    T = Ptr->getPointeeType();
  return isNamedRecord(T, {"std::basic_ifstream", "std::basic_ofstream",
                           "std::basic_fstream"});
}

const Expr *argOrNull(const Expr &Call, unsigned I) {
  if (const auto *C = dyn_cast<CallExpr>(&Call))
    return I < C->getNumArgs() ? C->getArg(I) : nullptr;
  if (const auto *C = dyn_cast<CXXConstructExpr>(&Call))
    return I < C->getNumArgs() ? C->getArg(I) : nullptr;
  return nullptr;
}

const Expr *streamOperand(const Expr &Call, const BlockingEntry &Entry) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
    return Member->getImplicitObjectArgument();
  return argOrNull(Call, Entry.Arg); // free functions and operator>> (arg 0)
}

bool isNonBlockingForm(const BlockingEntry &Entry, const Expr &Call,
                       ASTContext &Ctx) {
  switch (Entry.Except) {
  case X::Never:
    return false;
  case X::ZeroTimeoutArg: {
    const Expr *Arg = argOrNull(Call, Entry.Arg);
    return Arg && isZeroTimeout(Arg, Ctx);
  }
  case X::FlagBitArg:
    return hasFlagBit(argOrNull(Call, Entry.Arg), Entry.Bits, Ctx);
  case X::NoResourceAcquired:
    return acquiresNothing(Call);
  case X::StreamNotStdinOrFile:
    return !isStdinOrFileStream(streamOperand(Call, Entry));
  case X::FileStatusArg: {
    const Expr *Arg = argOrNull(Call, Entry.Arg);
    return Arg && isNamedRecord(Arg->getType(), {"std::filesystem::file_status"});
  }
  }
  return false;
}

} // namespace

llvm::StringRef categoryName(BlockingCategory Cat) {
  switch (Cat) {
  case C::Sleep: return "sleep";
  case C::FileIO: return "file-io";
  case C::NetworkIO: return "network-io";
  case C::DNS: return "dns";
  case C::Process: return "process";
  case C::Sync: return "sync";
  case C::Custom: return "custom";
  }
  return "custom";
}

std::optional<BlockingCategory> parseCategory(llvm::StringRef Name) {
  for (BlockingCategory Cat : Categories)
    if (categoryName(Cat) == Name)
      return Cat;
  return std::nullopt;
}

llvm::ArrayRef<BlockingCategory> allCategories() { return Categories; }

llvm::ArrayRef<BlockingEntry> BlockingCatalog::builtinEntries() { return Builtin; }

BlockingCatalog::BlockingCatalog(llvm::ArrayRef<UserBlockingFunction> Extra,
                                 llvm::ArrayRef<std::string> AllowedNames,
                                 llvm::ArrayRef<BlockingCategory> Enabled) {
  for (const std::string &Name : AllowedNames)
    Allowed[Name] = true;
  auto Add = [&](const BlockingEntry &Entry) {
    if (llvm::is_contained(Enabled, Entry.Category) && !Allowed.contains(Entry.Name))
      ByName[Entry.Name] = &Entry;
  };
  for (const BlockingEntry &Entry : Builtin)
    Add(Entry);
  for (const UserBlockingFunction &User : Extra) {
    auto Entry = std::make_unique<BlockingEntry>();
    Entry->Name = Saver.save(User.Name);
    Entry->Category = C::Custom;
    Entry->Alternative =
        User.Alternative.empty() ? llvm::StringRef(CustomAlternative)
                                 : Saver.save(User.Alternative);
    Add(*Entry);
    UserEntries.push_back(std::move(Entry));
  }
}

std::optional<BlockingMatch> BlockingCatalog::match(const Expr &Call,
                                                    ASTContext &Ctx) const {
  const FunctionDecl *Callee = calledFunction(Call);
  if (!Callee)
    return std::nullopt;
  for (std::string &Name : lookupNames(Call, *Callee)) {
    auto It = ByName.find(Name);
    if (It == ByName.end())
      continue;
    const BlockingEntry &Entry = *It->second;
    // A global C function must come from a system header, so that a user's
    // own `read` or `sleep` in the global namespace is not mistaken for it.
    if (Entry.Category != C::Custom && !Name.empty() &&
        llvm::StringRef(Name).find("::") == llvm::StringRef::npos &&
        !Ctx.getSourceManager().isInSystemHeader(Callee->getLocation()))
      return std::nullopt;
    if (isNonBlockingForm(Entry, Call, Ctx))
      return std::nullopt;
    return BlockingMatch{&Entry, std::move(Name)};
  }
  return std::nullopt;
}

std::vector<UserBlockingFunction> parseBlockingFunctions(llvm::StringRef Option) {
  std::vector<UserBlockingFunction> Result;
  llvm::SmallVector<llvm::StringRef, 8> Items;
  Option.split(Items, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Item : Items) {
    auto [Name, Alternative] = Item.split('=');
    Name = Name.trim();
    Name.consume_front("::");
    if (!Name.empty())
      Result.push_back({Name.str(), Alternative.trim().str()});
  }
  return Result;
}

} // namespace corolint
