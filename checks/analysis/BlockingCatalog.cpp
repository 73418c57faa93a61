//===--- BlockingCatalog.cpp - known blocking functions -------------------===//
//
// The table below is the whole catalogue. To add a blocking function, add a
// row; to teach the checks a non-blocking form, give the row an exception.
//
//===----------------------------------------------------------------------===//

#include "BlockingCatalog.h"
#include "CalleeNames.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace corolint {

namespace {
using C = BlockingCategory;
using A = Advice;
using X = NonBlockingForm;

constexpr unsigned long long MsgDontWait = 0x40; // Linux MSG_DONTWAIT
constexpr unsigned long long WNoHang = 0x1;      // WNOHANG
constexpr unsigned long long LockNBOrUn = 0x4 | 0x8; // LOCK_NB, LOCK_UN
constexpr unsigned long long FLock = 1;          // lockf's F_LOCK
constexpr unsigned long long FSetLkW = 7;        // fcntl's F_SETLKW (Linux)

// Rows: {name, category, advice, non-blocking form, argument, bits}. The
// comment over each group names the peer rule it covers: flake8-async's
// ASYNCxxx rules (Python) and the lists of the never-merged clang-tidy check
// concurrency-async-blocking (D93940).
const BlockingEntry Builtin[] = {
    // sleep. ASYNC251 (time.sleep); concurrency-async-blocking: sleep(3)-like
    // functions, C11 thrd_sleep, boost::this_thread.
    {"sleep", C::Sleep, A::Sleep},
    {"usleep", C::Sleep, A::Sleep},
    {"nanosleep", C::Sleep, A::Sleep},
    {"clock_nanosleep", C::Sleep, A::Sleep},
    {"thrd_sleep", C::Sleep, A::Sleep},
    {"std::this_thread::sleep_for", C::Sleep, A::Sleep},
    {"std::this_thread::sleep_until", C::Sleep, A::Sleep},
    {"boost::this_thread::sleep", C::Sleep, A::Sleep},
    {"boost::this_thread::sleep_for", C::Sleep, A::Sleep},
    {"boost::this_thread::sleep_until", C::Sleep, A::Sleep},

    // file-io: C stdio and POSIX descriptors. ASYNC230 (open), ASYNC232
    // (methods of file objects). Writes to stdout/stderr are `console`.
    {"fopen", C::FileIO, A::File},
    {"freopen", C::FileIO, A::File},
    {"fclose", C::FileIO, A::File},
    {"fread", C::FileIO, A::File},
    {"fwrite", C::FileIO, A::File, X::StreamIsConsole, 3},
    {"fgets", C::FileIO, A::File},
    {"fgetc", C::FileIO, A::File},
    {"getc", C::FileIO, A::File},
    {"fputs", C::FileIO, A::File, X::StreamIsConsole, 1},
    {"fputc", C::FileIO, A::File, X::StreamIsConsole, 1},
    {"putc", C::FileIO, A::File, X::StreamIsConsole, 1},
    {"fprintf", C::FileIO, A::File, X::StreamIsConsole, 0},
    {"vfprintf", C::FileIO, A::File, X::StreamIsConsole, 0},
    {"fscanf", C::FileIO, A::File},
    {"fseek", C::FileIO, A::File},
    {"fflush", C::FileIO, A::File, X::StreamIsConsole, 0},
    {"getline", C::FileIO, A::File},
    {"getdelim", C::FileIO, A::File},
    {"read", C::FileIO, A::File},
    {"write", C::FileIO, A::File},
    {"readv", C::FileIO, A::File},
    {"writev", C::FileIO, A::File},
    {"pread", C::FileIO, A::File},
    {"pwrite", C::FileIO, A::File},
    {"open", C::FileIO, A::File},
    {"openat", C::FileIO, A::File},
    {"creat", C::FileIO, A::File},
    {"fsync", C::FileIO, A::File},
    {"fdatasync", C::FileIO, A::File},
    {"ftruncate", C::FileIO, A::File},
    {"truncate", C::FileIO, A::File},
    {"sendfile", C::FileIO, A::File},
    {"splice", C::FileIO, A::File},
    {"copy_file_range", C::FileIO, A::File},
    // file-io: standard input. ASYNC250 (input).
    {"scanf", C::FileIO, A::Stdin},
    {"getchar", C::FileIO, A::Stdin},
    // file-io: the file system. ASYNC240 (os.path, pathlib).
    {"stat", C::FileIO, A::File},
    {"lstat", C::FileIO, A::File},
    {"fstat", C::FileIO, A::File},
    {"fstatat", C::FileIO, A::File},
    {"statx", C::FileIO, A::File},
    {"statvfs", C::FileIO, A::File},
    {"access", C::FileIO, A::File},
    {"faccessat", C::FileIO, A::File},
    {"realpath", C::FileIO, A::File},
    {"readlink", C::FileIO, A::File},
    {"opendir", C::FileIO, A::File},
    {"fdopendir", C::FileIO, A::File},
    {"readdir", C::FileIO, A::File},
    {"scandir", C::FileIO, A::File},
    {"mkdir", C::FileIO, A::File},
    {"mkdirat", C::FileIO, A::File},
    {"rmdir", C::FileIO, A::File},
    {"unlink", C::FileIO, A::File},
    {"unlinkat", C::FileIO, A::File},
    {"remove", C::FileIO, A::File},
    {"rename", C::FileIO, A::File},
    {"renameat", C::FileIO, A::File},
    {"link", C::FileIO, A::File},
    {"symlink", C::FileIO, A::File},
    {"chmod", C::FileIO, A::File},
    {"chown", C::FileIO, A::File},
    // file-io: iostreams. Streams that are neither std::cin nor file streams
    // (string streams, std::cout) do not block on a device.
    {"std::basic_ifstream::basic_ifstream", C::FileIO, A::File, X::NoResourceAcquired},
    {"std::basic_ofstream::basic_ofstream", C::FileIO, A::File, X::NoResourceAcquired},
    {"std::basic_fstream::basic_fstream", C::FileIO, A::File, X::NoResourceAcquired},
    {"std::basic_ifstream::open", C::FileIO, A::File},
    {"std::basic_ofstream::open", C::FileIO, A::File},
    {"std::basic_fstream::open", C::FileIO, A::File},
    {"std::basic_filebuf::open", C::FileIO, A::File},
    {"std::basic_istream::read", C::FileIO, A::Stream, X::StreamNotStdinOrFile},
    {"std::basic_istream::getline", C::FileIO, A::Stream, X::StreamNotStdinOrFile},
    {"std::basic_istream::get", C::FileIO, A::Stream, X::StreamNotStdinOrFile},
    {"std::basic_istream::operator>>", C::FileIO, A::Stream, X::StreamNotStdinOrFile},
    {"std::basic_ostream::write", C::FileIO, A::Stream, X::StreamNotStdinOrFile},
    {"std::getline", C::FileIO, A::Stream, X::StreamNotStdinOrFile, 0},
    {"std::operator>>", C::FileIO, A::Stream, X::StreamNotStdinOrFile, 0},
    // file-io: std::filesystem operations that touch the disk. ASYNC240.
    {"std::filesystem::exists", C::FileIO, A::File, X::FileStatusArg, 0},
    {"std::filesystem::is_directory", C::FileIO, A::File, X::FileStatusArg, 0},
    {"std::filesystem::is_regular_file", C::FileIO, A::File, X::FileStatusArg, 0},
    {"std::filesystem::is_symlink", C::FileIO, A::File, X::FileStatusArg, 0},
    {"std::filesystem::is_block_file", C::FileIO, A::File, X::FileStatusArg, 0},
    {"std::filesystem::is_character_file", C::FileIO, A::File, X::FileStatusArg, 0},
    {"std::filesystem::is_fifo", C::FileIO, A::File, X::FileStatusArg, 0},
    {"std::filesystem::is_socket", C::FileIO, A::File, X::FileStatusArg, 0},
    {"std::filesystem::is_other", C::FileIO, A::File, X::FileStatusArg, 0},
    {"std::filesystem::is_empty", C::FileIO, A::File},
    {"std::filesystem::status", C::FileIO, A::File},
    {"std::filesystem::symlink_status", C::FileIO, A::File},
    {"std::filesystem::file_size", C::FileIO, A::File},
    {"std::filesystem::hard_link_count", C::FileIO, A::File},
    {"std::filesystem::last_write_time", C::FileIO, A::File},
    {"std::filesystem::create_directory", C::FileIO, A::File},
    {"std::filesystem::create_directories", C::FileIO, A::File},
    {"std::filesystem::create_symlink", C::FileIO, A::File},
    {"std::filesystem::create_directory_symlink", C::FileIO, A::File},
    {"std::filesystem::create_hard_link", C::FileIO, A::File},
    {"std::filesystem::copy", C::FileIO, A::File},
    {"std::filesystem::copy_file", C::FileIO, A::File},
    {"std::filesystem::copy_symlink", C::FileIO, A::File},
    {"std::filesystem::rename", C::FileIO, A::File},
    {"std::filesystem::remove", C::FileIO, A::File},
    {"std::filesystem::remove_all", C::FileIO, A::File},
    {"std::filesystem::resize_file", C::FileIO, A::File},
    {"std::filesystem::permissions", C::FileIO, A::File},
    {"std::filesystem::canonical", C::FileIO, A::File},
    {"std::filesystem::weakly_canonical", C::FileIO, A::File},
    {"std::filesystem::read_symlink", C::FileIO, A::File},
    {"std::filesystem::equivalent", C::FileIO, A::File},
    {"std::filesystem::space", C::FileIO, A::File},
    {"std::filesystem::directory_iterator::directory_iterator", C::FileIO, A::File, X::NoResourceAcquired},
    {"std::filesystem::recursive_directory_iterator::recursive_directory_iterator", C::FileIO, A::File, X::NoResourceAcquired},

    // network-io: sockets. concurrency-async-blocking: accept, recv*, poll,
    // select, epoll_wait. ASYNC210 (HTTP clients): libcurl's blocking calls.
    {"connect", C::NetworkIO, A::Socket},
    {"accept", C::NetworkIO, A::Socket},
    {"accept4", C::NetworkIO, A::Socket},
    {"recv", C::NetworkIO, A::Socket, X::FlagBitArg, 3, MsgDontWait},
    {"recvfrom", C::NetworkIO, A::Socket, X::FlagBitArg, 3, MsgDontWait},
    {"recvmsg", C::NetworkIO, A::Socket, X::FlagBitArg, 2, MsgDontWait},
    {"recvmmsg", C::NetworkIO, A::Socket, X::FlagBitArg, 3, MsgDontWait},
    {"send", C::NetworkIO, A::Socket, X::FlagBitArg, 3, MsgDontWait},
    {"sendto", C::NetworkIO, A::Socket, X::FlagBitArg, 3, MsgDontWait},
    {"sendmsg", C::NetworkIO, A::Socket, X::FlagBitArg, 2, MsgDontWait},
    {"sendmmsg", C::NetworkIO, A::Socket, X::FlagBitArg, 3, MsgDontWait},
    {"poll", C::NetworkIO, A::Poll, X::ZeroTimeoutArg, 2},
    {"ppoll", C::NetworkIO, A::Poll, X::ZeroTimeoutPointee, 2},
    {"select", C::NetworkIO, A::Poll, X::ZeroTimeoutPointee, 4},
    {"pselect", C::NetworkIO, A::Poll, X::ZeroTimeoutPointee, 4},
    {"epoll_wait", C::NetworkIO, A::Poll, X::ZeroTimeoutArg, 3},
    {"epoll_pwait", C::NetworkIO, A::Poll, X::ZeroTimeoutArg, 3},
    {"curl_easy_perform", C::NetworkIO, A::Socket},
    {"curl_easy_recv", C::NetworkIO, A::Socket},
    {"curl_easy_send", C::NetworkIO, A::Socket},
    {"curl_multi_wait", C::NetworkIO, A::Poll, X::ZeroTimeoutArg, 3},
    {"curl_multi_poll", C::NetworkIO, A::Poll, X::ZeroTimeoutArg, 3},

    // dns: name resolution, and the name service switch (users and groups,
    // which may be served by LDAP or NIS over the network).
    {"getaddrinfo", C::DNS, A::DNS},
    {"gethostbyname", C::DNS, A::DNS},
    {"gethostbyname2", C::DNS, A::DNS},
    {"gethostbyname_r", C::DNS, A::DNS},
    {"gethostbyname2_r", C::DNS, A::DNS},
    {"gethostbyaddr", C::DNS, A::DNS},
    {"gethostbyaddr_r", C::DNS, A::DNS},
    {"getnameinfo", C::DNS, A::DNS},
    {"res_query", C::DNS, A::DNS},
    {"res_search", C::DNS, A::DNS},
    {"getpwnam", C::DNS, A::DNS},
    {"getpwnam_r", C::DNS, A::DNS},
    {"getpwuid", C::DNS, A::DNS},
    {"getpwuid_r", C::DNS, A::DNS},
    {"getgrnam", C::DNS, A::DNS},
    {"getgrnam_r", C::DNS, A::DNS},
    {"getgrgid", C::DNS, A::DNS},
    {"getgrgid_r", C::DNS, A::DNS},
    {"getgrouplist", C::DNS, A::DNS},

    // process. ASYNC220 (create a subprocess), ASYNC221 (run one: system),
    // ASYNC222 (os.wait*); concurrency-async-blocking: wait*, system.
    {"system", C::Process, A::Process},
    {"popen", C::Process, A::Process},
    {"pclose", C::Process, A::Process},
    {"posix_spawn", C::Process, A::Process},
    {"posix_spawnp", C::Process, A::Process},
    {"wait", C::Process, A::Process},
    {"waitpid", C::Process, A::Process, X::FlagBitArg, 2, WNoHang},
    {"waitid", C::Process, A::Process, X::FlagBitArg, 3, WNoHang},
    {"wait3", C::Process, A::Process, X::FlagBitArg, 1, WNoHang},
    {"wait4", C::Process, A::Process, X::FlagBitArg, 2, WNoHang},

    // wait: condition variables (C++, C11, POSIX, Boost). concurrency-async-
    // blocking: waitable types and functions.
    {"std::condition_variable::wait", C::Wait, A::Event},
    {"std::condition_variable::wait_for", C::Wait, A::Event, X::ZeroTimeoutArg, 1},
    {"std::condition_variable::wait_until", C::Wait, A::Event, X::ZeroTimeoutArg, 1},
    {"std::condition_variable_any::wait", C::Wait, A::Event},
    {"std::condition_variable_any::wait_for", C::Wait, A::Event, X::ZeroTimeoutArg, 1},
    {"std::condition_variable_any::wait_until", C::Wait, A::Event, X::ZeroTimeoutArg, 1},
    {"boost::condition_variable::wait", C::Wait, A::Event},
    {"boost::condition_variable::wait_for", C::Wait, A::Event, X::ZeroTimeoutArg, 1},
    {"boost::condition_variable::wait_until", C::Wait, A::Event, X::ZeroTimeoutArg, 1},
    {"pthread_cond_wait", C::Wait, A::Event},
    {"pthread_cond_timedwait", C::Wait, A::Event},
    {"cnd_wait", C::Wait, A::Event},
    {"cnd_timedwait", C::Wait, A::Event},
    // wait: futures and threads.
    {"std::future::get", C::Wait, A::Future},
    {"std::future::wait", C::Wait, A::Future},
    {"std::future::wait_for", C::Wait, A::Future, X::ZeroTimeoutArg, 0},
    {"std::future::wait_until", C::Wait, A::Future, X::ZeroTimeoutArg, 0},
    {"std::shared_future::get", C::Wait, A::Future},
    {"std::shared_future::wait", C::Wait, A::Future},
    {"std::shared_future::wait_for", C::Wait, A::Future, X::ZeroTimeoutArg, 0},
    {"std::shared_future::wait_until", C::Wait, A::Future, X::ZeroTimeoutArg, 0},
    {"boost::future::get", C::Wait, A::Future},
    {"boost::future::wait", C::Wait, A::Future},
    {"boost::shared_future::get", C::Wait, A::Future},
    {"boost::shared_future::wait", C::Wait, A::Future},
    {"std::thread::join", C::Wait, A::Future},
    {"std::jthread::join", C::Wait, A::Future},
    {"boost::thread::join", C::Wait, A::Future},
    {"boost::thread::timed_join", C::Wait, A::Future},
    {"pthread_join", C::Wait, A::Future},
    {"pthread_timedjoin_np", C::Wait, A::Future},
    {"thrd_join", C::Wait, A::Future},
    // wait: semaphores, message queues, signals.
    {"std::counting_semaphore::acquire", C::Wait, A::Semaphore},
    {"std::counting_semaphore::try_acquire_for", C::Wait, A::Semaphore, X::ZeroTimeoutArg, 0},
    {"std::counting_semaphore::try_acquire_until", C::Wait, A::Semaphore, X::ZeroTimeoutArg, 0},
    {"sem_wait", C::Wait, A::Semaphore},
    {"sem_timedwait", C::Wait, A::Semaphore},
    {"semop", C::Wait, A::Semaphore},
    {"semtimedop", C::Wait, A::Semaphore},
    {"mq_receive", C::Wait, A::Event},
    {"mq_timedreceive", C::Wait, A::Event},
    {"msgsnd", C::Wait, A::Event},
    {"msgrcv", C::Wait, A::Event},
    {"pause", C::Wait, A::Event},
    {"sigsuspend", C::Wait, A::Event},
    {"sigwait", C::Wait, A::Event},
    {"sigwaitinfo", C::Wait, A::Event},
    {"sigtimedwait", C::Wait, A::Event, X::ZeroTimeoutPointee, 2},
    // wait: latches, barriers, atomic waits.
    {"std::latch::wait", C::Wait, A::Rendezvous},
    {"std::latch::arrive_and_wait", C::Wait, A::Rendezvous},
    {"std::barrier::arrive_and_wait", C::Wait, A::Rendezvous},
    {"std::barrier::wait", C::Wait, A::Rendezvous},
    {"boost::latch::wait", C::Wait, A::Rendezvous},
    {"boost::barrier::wait", C::Wait, A::Rendezvous},
    {"pthread_barrier_wait", C::Wait, A::Rendezvous},
    {"std::atomic::wait", C::Wait, A::Event},
    {"std::atomic_flag::wait", C::Wait, A::Event},
    {"std::atomic_ref::wait", C::Wait, A::Event},
    {"std::atomic_wait", C::Wait, A::Event},
    {"std::atomic_wait_explicit", C::Wait, A::Event},
    {"std::atomic_flag_wait", C::Wait, A::Event},
    {"std::atomic_flag_wait_explicit", C::Wait, A::Event},
    // wait: timed lock attempts, which wait for another thread to unlock.
    {"std::timed_mutex::try_lock_for", C::Wait, A::Lock, X::ZeroTimeoutArg, 0},
    {"std::timed_mutex::try_lock_until", C::Wait, A::Lock, X::ZeroTimeoutArg, 0},
    {"std::recursive_timed_mutex::try_lock_for", C::Wait, A::Lock, X::ZeroTimeoutArg, 0},
    {"std::recursive_timed_mutex::try_lock_until", C::Wait, A::Lock, X::ZeroTimeoutArg, 0},
    {"std::shared_timed_mutex::try_lock_for", C::Wait, A::Lock, X::ZeroTimeoutArg, 0},
    {"std::shared_timed_mutex::try_lock_until", C::Wait, A::Lock, X::ZeroTimeoutArg, 0},
    {"std::shared_timed_mutex::try_lock_shared_for", C::Wait, A::Lock, X::ZeroTimeoutArg, 0},
    {"std::shared_timed_mutex::try_lock_shared_until", C::Wait, A::Lock, X::ZeroTimeoutArg, 0},
    {"std::unique_lock::try_lock_for", C::Wait, A::Lock, X::ZeroTimeoutArg, 0},
    {"std::unique_lock::try_lock_until", C::Wait, A::Lock, X::ZeroTimeoutArg, 0},
    {"std::shared_lock::try_lock_for", C::Wait, A::Lock, X::ZeroTimeoutArg, 0},
    {"std::shared_lock::try_lock_until", C::Wait, A::Lock, X::ZeroTimeoutArg, 0},
    {"pthread_mutex_timedlock", C::Wait, A::Lock},
    {"pthread_rwlock_timedrdlock", C::Wait, A::Lock},
    {"pthread_rwlock_timedwrlock", C::Wait, A::Lock},
    {"mtx_timedlock", C::Wait, A::Lock},
    // wait: file locks held by other processes (LOCK_NB, LOCK_UN, F_TLOCK,
    // F_SETLK and fcntl's other commands do not wait).
    {"flock", C::Wait, A::Lock, X::FlagBitArg, 1, LockNBOrUn},
    {"lockf", C::Wait, A::Lock, X::ArgNotEqual, 1, FLock},
    {"fcntl", C::Wait, A::Lock, X::ArgNotEqual, 1, FSetLkW},

    // lock: plain mutex acquisition (off by default; the upstream check
    // cppcoreguidelines-no-suspend-with-lock reports a lock held across a
    // co_await). concurrency-async-blocking: lockable types.
    {"std::mutex::lock", C::Lock, A::Lock},
    {"std::timed_mutex::lock", C::Lock, A::Lock},
    {"std::recursive_mutex::lock", C::Lock, A::Lock},
    {"std::recursive_timed_mutex::lock", C::Lock, A::Lock},
    {"std::shared_mutex::lock", C::Lock, A::Lock},
    {"std::shared_mutex::lock_shared", C::Lock, A::Lock},
    {"std::shared_timed_mutex::lock", C::Lock, A::Lock},
    {"std::shared_timed_mutex::lock_shared", C::Lock, A::Lock},
    {"std::lock", C::Lock, A::Lock},
    {"std::lock_guard::lock_guard", C::Lock, A::Lock, X::NoResourceAcquired},
    {"std::unique_lock::unique_lock", C::Lock, A::Lock, X::NoResourceAcquired},
    {"std::shared_lock::shared_lock", C::Lock, A::Lock, X::NoResourceAcquired},
    {"std::scoped_lock::scoped_lock", C::Lock, A::Lock, X::NoResourceAcquired},
    {"std::unique_lock::lock", C::Lock, A::Lock},
    {"std::shared_lock::lock", C::Lock, A::Lock},
    {"boost::mutex::lock", C::Lock, A::Lock},
    {"boost::lock_guard::lock_guard", C::Lock, A::Lock, X::NoResourceAcquired},
    {"boost::unique_lock::unique_lock", C::Lock, A::Lock, X::NoResourceAcquired},
    {"pthread_mutex_lock", C::Lock, A::Lock},
    {"pthread_rwlock_rdlock", C::Lock, A::Lock},
    {"pthread_rwlock_wrlock", C::Lock, A::Lock},
    {"pthread_spin_lock", C::Lock, A::Lock},
    {"mtx_lock", C::Lock, A::Lock},

    // console: terminal output (off by default); concurrency-async-blocking
    // lists syslog.
    {"printf", C::Console, A::Console},
    {"vprintf", C::Console, A::Console},
    {"puts", C::Console, A::Console},
    {"putchar", C::Console, A::Console},
    {"fwrite", C::Console, A::Console, X::StreamNotConsole, 3},
    {"fputs", C::Console, A::Console, X::StreamNotConsole, 1},
    {"fputc", C::Console, A::Console, X::StreamNotConsole, 1},
    {"putc", C::Console, A::Console, X::StreamNotConsole, 1},
    {"fprintf", C::Console, A::Console, X::StreamNotConsole, 0},
    {"vfprintf", C::Console, A::Console, X::StreamNotConsole, 0},
    {"fflush", C::Console, A::Console, X::StreamNotConsole, 0},
    {"std::basic_ostream::operator<<", C::Console, A::Console, X::StreamNotConsole},
    {"std::operator<<", C::Console, A::Console, X::StreamNotConsole, 0},
    {"std::basic_ostream::write", C::Console, A::Console, X::StreamNotConsole},
    {"std::basic_ostream::put", C::Console, A::Console, X::StreamNotConsole},
    {"std::basic_ostream::flush", C::Console, A::Console, X::StreamNotConsole},
    {"openlog", C::Console, A::Console},
    {"syslog", C::Console, A::Console},
    {"vsyslog", C::Console, A::Console},
};

constexpr BlockingCategory Categories[] = {
    C::Sleep, C::FileIO, C::NetworkIO, C::DNS,   C::Process,
    C::Wait,  C::Lock,   C::Console,   C::Custom};
constexpr BlockingCategory Defaults[] = {C::Sleep, C::FileIO, C::NetworkIO,
                                         C::DNS,   C::Process, C::Wait,
                                         C::Custom};

/// Names accepted in Categories besides the categories' own.
struct CategoryAlias {
  llvm::StringRef Name;
  BlockingCategory First, Second;
};
constexpr CategoryAlias Aliases[] = {
    {"sync", C::Wait, C::Lock}, // deprecated: the category before the split
};

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

/// Whether a stream expression is the console: stdout or stderr (FILE*), or
/// std::cout, std::cerr, std::clog and their wide forms, named directly. In
/// a chain `std::cout << a << b` only the first `<<` names std::cout, so a
/// statement is reported once.
bool isConsoleStream(const Expr *Stream) {
  Stream = ignoreWrappers(Stream);
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Stream);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->getIdentifier())
    return false;
  llvm::StringRef Name = Var->getName();
  if (Var->isInStdNamespace())
    return llvm::is_contained({"cout", "cerr", "clog", "wcout", "wcerr", "wclog"},
                              Name);
  return Var->getDeclContext()->getRedeclContext()->isTranslationUnit() &&
         (Name == "stdout" || Name == "stderr");
}

/// Counts, in one function body, the references to a variable and those
/// that are `&var` passed as argument \p Arg of a call named \p Callee.
class TimeoutUses : public RecursiveASTVisitor<TimeoutUses> {
public:
  TimeoutUses(const VarDecl &Var, llvm::StringRef Callee, unsigned Arg)
      : Var(&Var), Callee(Callee), Arg(Arg) {}
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    References += Ref->getDecl() == Var;
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (FD && FD->getIdentifier() && FD->getName() == Callee &&
        Arg < Call->getNumArgs() && addressedVar(Call->getArg(Arg)) == Var)
      ++AsTimeout;
    return true;
  }
  static const VarDecl *addressedVar(const Expr *E) {
    const auto *AddrOf = dyn_cast<UnaryOperator>(E->IgnoreParenImpCasts());
    if (!AddrOf || AddrOf->getOpcode() != UO_AddrOf)
      return nullptr;
    const auto *Ref = dyn_cast<DeclRefExpr>(AddrOf->getSubExpr()->IgnoreParens());
    return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  }
  unsigned References = 0, AsTimeout = 0;

private:
  const VarDecl *Var;
  llvm::StringRef Callee;
  unsigned Arg;
};

/// `&t` where t is a local timeval/timespec whose initialiser is zero and
/// which the function uses nowhere else than as this timeout: the call
/// returns at once. Anything else (a null pointer, a variable set later)
/// may wait.
bool pointsToZeroTimeout(const Expr *E, const FunctionDecl &Callee, unsigned Arg) {
  const VarDecl *Var = E ? TimeoutUses::addressedVar(E) : nullptr;
  if (!Var || !Var->hasLocalStorage() || !Var->hasInit() || !Callee.getIdentifier())
    return false;
  const APValue *Init = Var->evaluateValue();
  if (!Init || !isAllZero(*Init))
    return false;
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (!Function || !Function->getBody())
    return false;
  TimeoutUses Uses(*Var, Callee.getName(), Arg);
  Uses.TraverseStmt(Function->getBody());
  return Uses.References == Uses.AsTimeout;
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
  case X::StreamNotConsole:
    return !isConsoleStream(streamOperand(Call, Entry));
  case X::StreamIsConsole:
    return isConsoleStream(streamOperand(Call, Entry));
  case X::ArgNotEqual: {
    const Expr *Arg = argOrNull(Call, Entry.Arg);
    Expr::EvalResult R;
    return !(Arg && !Arg->isValueDependent() && Arg->EvaluateAsInt(R, Ctx) &&
             R.Val.getInt().getZExtValue() == Entry.Bits);
  }
  case X::ZeroTimeoutPointee: {
    const FunctionDecl *Callee = calledFunction(Call);
    return Callee && pointsToZeroTimeout(argOrNull(Call, Entry.Arg), *Callee, Entry.Arg);
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
  case C::Wait: return "wait";
  case C::Lock: return "lock";
  case C::Console: return "console";
  case C::Custom: return "custom";
  }
  return "custom";
}

bool parseCategory(llvm::StringRef Name, llvm::SmallVectorImpl<BlockingCategory> &Out) {
  for (BlockingCategory Cat : Categories)
    if (categoryName(Cat) == Name) {
      Out.push_back(Cat);
      return true;
    }
  for (const CategoryAlias &Alias : Aliases)
    if (Alias.Name == Name) {
      Out.push_back(Alias.First);
      Out.push_back(Alias.Second);
      return true;
    }
  return false;
}

llvm::ArrayRef<BlockingCategory> allCategories() { return Categories; }
llvm::ArrayRef<BlockingCategory> defaultCategories() { return Defaults; }

std::string noteText(const BlockingEntry &Entry, const LibraryNotes &Lib) {
  if (!Entry.UserText.empty())
    return Entry.UserText.str();
  return adviceText(Entry.Note, Lib);
}

llvm::ArrayRef<BlockingEntry> BlockingCatalog::builtinEntries() { return Builtin; }

BlockingCatalog::BlockingCatalog(llvm::ArrayRef<UserBlockingFunction> Extra,
                                 llvm::ArrayRef<std::string> AllowedNames,
                                 llvm::ArrayRef<BlockingCategory> Enabled) {
  for (const std::string &Name : AllowedNames)
    Allowed[Name] = true;
  auto Add = [&](const BlockingEntry &Entry) {
    if (llvm::is_contained(Enabled, Entry.Category) && !Allowed.contains(Entry.Name))
      ByName[Entry.Name].push_back(&Entry);
  };
  for (const BlockingEntry &Entry : Builtin)
    Add(Entry);
  for (const UserBlockingFunction &User : Extra) {
    auto Entry = std::make_unique<BlockingEntry>();
    Entry->Name = Saver.save(User.Name);
    Entry->Category = C::Custom;
    Entry->Note = Advice::Custom;
    if (!User.Alternative.empty())
      Entry->UserText = Saver.save(User.Alternative);
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
    for (const BlockingEntry *Entry : It->second) {
      // A global C function must come from a system header, so that a
      // user's own `read` or `sleep` in the global namespace is not mistaken
      // for it.
      if (Entry->Category != C::Custom && !Name.empty() &&
          llvm::StringRef(Name).find("::") == llvm::StringRef::npos &&
          !Ctx.getSourceManager().isInSystemHeader(Callee->getLocation()))
        return std::nullopt;
      if (!isNonBlockingForm(*Entry, Call, Ctx))
        return BlockingMatch{Entry, std::move(Name)};
    }
    return std::nullopt;
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
