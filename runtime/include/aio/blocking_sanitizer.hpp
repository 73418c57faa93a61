// aio/blocking_sanitizer.hpp -- the blocking sanitizer: LLVM's
// RealtimeSanitizer (RTSan) watching every coroutine step, a BlockHound for
// C++20 coroutines.
//
// What it is for: built with clang++ 20 or later and -fsanitize=realtime
//     clang++-22 -std=c++20 -O1 -g -fsanitize=realtime -Iruntime/include prog.cpp
// (or CMake's -DAIO_SANITIZE_BLOCKING=ON), each resumption of a coroutine by
// aio's loop, and each callable run by aio::run_nonblocking (nonblocking.hpp),
// runs in RTSan's real-time context: the dynamic extent of a function marked
// [[clang::nonblocking]]. RTSan intercepts the libc calls that can block or
// take unbounded time (nanosleep, read, write, open, connect, recv, poll,
// pthread_cond_wait, getaddrinfo, ...) and reports each one made there with
// its symbolised stack, as it does a call to a function declared
// [[clang::blocking]]; aio adds the coroutine's name and definition site
// (debug.hpp's wording) after RTSan's first two lines:
//   ==4242==ERROR: RealtimeSanitizer: unsafe-library-call
//   Intercepted call to real-time unsafe function `nanosleep` in real-time context!
//   aio sanitizer: blocking call to 'nanosleep' in coroutine 'count' (defined at blocking.cpp:23)
//       #0 0x... in nanosleep
//       #1 0x... in std::this_thread::sleep_for<...> .../bits/this_thread_sleep.h:80:9
//       #2 0x... in count() (.resume) blocking.cpp:25:3
//       ...
//   SUMMARY: RealtimeSanitizer: unsafe-library-call ... in nanosleep
// The program goes on. At exit aio counts the reports by function and
// coroutine (RTSan's own exit statistics count only totals):
//   aio sanitizer: 3 blocking calls reported
//   aio sanitizer:   3 x nanosleep in coroutine 'count' (defined at blocking.cpp:23)
//
// Defaults. The program applies them itself, before main, through RTSan's
// __rtsan_default_options hook; RTSAN_OPTIONS, read after it, overrides each:
//   halt_on_error=false          report every call and go on
//   suppress_equal_stacks=false  report each call, also a repeated stack
//   suppressions=<aio's set>     blocking_sanitizer.def: allocation, plain
//                                mutex lock/unlock and console output are not
//                                reported (corolint's `lock` and `console`
//                                categories are off by default; coroutine
//                                frames allocate), nor, in a program that
//                                includes nonblocking.hpp, asio's own calls
//   external_symbolizer_path     the llvm-symbolizer of the compiler's own
//                                version (AIO_RTSAN_SYMBOLIZER, which CMake
//                                sets, or /usr/lib/llvm-<N>/bin), if it exists
//                                and RTSAN_SYMBOLIZER_PATH is not set
// AIO_SANITIZE_BLOCKING=lock,console,alloc (any of them, or `all`) in the
// environment reports those categories again; an unknown name is an error
// (exit status 2, before main).
// RTSan reads suppressions only from a file, and only once, before main: the
// hook writes aio's set into an anonymous memory file (memfd_create) and hands
// RTSan its /proc/self/fd/<n> path, so that nothing is written to disk and no
// flag is needed; the descriptor is closed again during static
// initialisation. The hook runs before RTSan has set up its interceptors, so
// it reaches libc's own functions through dlsym(RTLD_NEXT).
// The hooks are strong definitions of RTSan's weak __rtsan_default_options
// and __sanitizer_on_print, emitted by every translation unit that includes
// this header in a COMDAT group of their own, so that the linker keeps one
// (GNU/LLVM ELF on x86-64 and AArch64, RTSan's Linux targets). A program with
// its own definitions defines AIO_BLOCKING_SANITIZER_HOOKS=0 and loses aio's
// defaults and annotations, not the real-time contexts.
//
// What stays outside the real-time context, so that aio never reports
// itself: the loop's waits (epoll_wait, the virtual clock's jumps), its
// own non-blocking socket and epoll calls inside a step (marked with
// detail::OwnCall, RTSan's __rtsan::ScopedDisabler), the hand-off of a
// to_thread job to the worker pool (a mutex, a condition variable, the
// workers' creation) and debug mode's output. Work run by aio::to_thread runs
// on worker threads, which are never in a real-time context. The time a
// report takes (symbolising its stack) is left out of the virtual clock's
// charge for blocking and out of debug mode's slow-step timing.
// Everything goes to stderr.
//
// Without -fsanitize=realtime (g++, clang++ 19, clang++ without the flag)
// AIO_BLOCKING_SANITIZER is 0 and the helpers below compile to nothing.
// Defining AIO_BLOCKING_SANITIZER=0 keeps aio out of an RTSan build.
// Thread-safety: the hooks run under RTSan's report lock; which coroutine
// runs is recorded per thread.
#pragma once
#include <chrono>
#include <source_location>
#include <string>

#ifndef AIO_BLOCKING_SANITIZER
#if defined(__has_feature)
#if __has_feature(realtime_sanitizer)
#define AIO_BLOCKING_SANITIZER 1
#endif
#endif
#endif
#ifndef AIO_BLOCKING_SANITIZER
#define AIO_BLOCKING_SANITIZER 0
#endif

#if AIO_BLOCKING_SANITIZER
// Defined (weak, inline) by nonblocking.hpp; null in a program without it.
extern "C" [[gnu::weak]] int aio_blocking_sanitizer_executor_rows();

#include <sanitizer/rtsan_interface.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef AIO_BLOCKING_SANITIZER_HOOKS
#if defined(__linux__) && (defined(__x86_64__) || defined(__aarch64__))
#define AIO_BLOCKING_SANITIZER_HOOKS 1
#else
#define AIO_BLOCKING_SANITIZER_HOOKS 0
#endif
#endif
#endif

namespace aio::detail {

// debug.hpp, included at the end (it includes this header for OwnCall).
inline std::string coro_desc(const std::source_location& loc);

#if AIO_BLOCKING_SANITIZER

// RAII: aio's own non-blocking system calls inside a step (a non-blocking
// recv, epoll_ctl, handing a job to the pool) are not the coroutine's.
using OwnCall = __rtsan::ScopedDisabler;

// The coroutine running on this thread, for the reports; set by the loop
// around each resumption and on every switch between parent and child.
// sanitizer_unknown_coroutine stands for a coroutine resumed through
// aio::call_soon, whose promise the loop does not know.
inline constinit thread_local const std::source_location* sanitizer_running = nullptr;
inline const std::source_location sanitizer_unknown_coroutine{};
inline void sanitizer_note_running(const std::source_location* where) noexcept {
  sanitizer_running = where;
}
// Wall time this thread spent printing reports (symbolising their stacks),
// which the virtual clock does not charge to the step (loop.hpp).
inline constinit thread_local std::chrono::nanoseconds sanitizer_report_time{};
inline std::chrono::nanoseconds sanitizer_reporting() noexcept { return sanitizer_report_time; }

#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wfunction-effects"
// The real-time context. RTSan's instrumentation enters it on the entry of a
// [[clang::nonblocking]] function and leaves it on each return, but not on an
// exception propagating out, so the exception is caught inside and rethrown
// by the caller, outside the context.
template <class Fn>
std::exception_ptr call_in_realtime_context(Fn& fn) noexcept [[clang::nonblocking]] {
  try {
    fn();
  } catch (...) {
    return std::current_exception();
  }
  return nullptr;
}
#pragma clang diagnostic pop

namespace sanitizer {

enum Category : unsigned { alloc = 1, lock = 2, console = 4, runtime = 8 };

struct Suppression {
  Category category;
  const char* type;
  const char* pattern;
};
inline constexpr Suppression kSuppressions[] = {
#define AIO_RTSAN_SUPPRESSION(CATEGORY, TYPE, PATTERN) {CATEGORY, TYPE, PATTERN},
#include "blocking_sanitizer.def"
#undef AIO_RTSAN_SUPPRESSION
};

// libc's own function, past RTSan's interceptor (usable before RTSan is
// initialised, when the interceptors have nowhere to forward yet).
template <class F>
F libc(const char* name) {
  return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}
inline void write_all(int fd, const char* text, std::size_t n) {
  auto write_fn = libc<ssize_t (*)(int, const void*, std::size_t)>("write");
  while (write_fn && n > 0) {
    ssize_t w = write_fn(fd, text, n);
    if (w <= 0) return;
    text += w;
    n -= static_cast<std::size_t>(w);
  }
}

// The variable NAME of the environment the process started with, into out
// (truncated to size); false when it is not set. The hook runs before libc
// has set up `environ` (from the executable's .preinit_array), so getenv
// would see nothing: this reads /proc/self/environ, as RTSan itself does.
inline bool startup_env(const char* name, char* out, std::size_t size) {
  auto open_fn = libc<int (*)(const char*, int, ...)>("open");
  auto read_fn = libc<ssize_t (*)(int, void*, std::size_t)>("read");
  auto close_fn = libc<int (*)(int)>("close");
  if (!open_fn || !read_fn || !close_fn) return false;
  int fd = open_fn("/proc/self/environ", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  const std::size_t name_len = std::strlen(name);
  std::size_t pos = 0;    // position within the current NAME=value entry
  bool matching = true;   // the entry so far matches "NAME="
  bool found = false;
  std::size_t n_out = 0;
  char buf[4096];
  ssize_t got;
  while (!found && (got = read_fn(fd, buf, sizeof buf)) > 0) {
    for (ssize_t i = 0; i < got; ++i) {
      char c = buf[i];
      if (c == '\0') {
        if (matching && pos > name_len) {
          found = true;
          break;
        }
        pos = 0;
        matching = true;
        n_out = 0;
        continue;
      }
      if (matching) {
        if (pos < name_len) matching = c == name[pos];
        else if (pos == name_len) matching = c == '=';
        else if (n_out + 1 < size) out[n_out++] = c;
      }
      ++pos;
    }
  }
  if (matching && pos > name_len) found = true; // the last entry, unterminated
  close_fn(fd);
  if (found && size > 0) out[n_out] = '\0';
  return found;
}

// AIO_SANITIZE_BLOCKING: the categories to report, as a mask; exits with
// status 2 on an unknown name (the hook runs before main: there is no caller
// to throw to).
inline unsigned reported_categories(const char* spec) {
  unsigned mask = 0;
  if (spec == nullptr) return mask;
  const char* p = spec;
  while (*p) {
    std::size_t n = std::strcspn(p, ",; ");
    auto is = [&](const char* word) { return n == std::strlen(word) && std::strncmp(p, word, n) == 0; };
    if (n == 0) {
    } else if (is("alloc")) {
      mask |= alloc;
    } else if (is("lock")) {
      mask |= lock;
    } else if (is("console")) {
      mask |= console;
    } else if (is("all")) {
      mask |= alloc | lock | console;
    } else {
      char msg[256];
      int len = std::snprintf(msg, sizeof msg,
                              "aio sanitizer: AIO_SANITIZE_BLOCKING: unknown category '%.*s' "
                              "(known: alloc, lock, console, all)\n",
                              static_cast<int>(std::min<std::size_t>(n, 64)), p);
      write_all(2, msg, static_cast<std::size_t>(std::max(len, 0)));
      ::_exit(2);
    }
    p += n;
    if (*p) ++p;
  }
  return mask;
}

inline int& suppressions_fd() {
  static int fd = -1;
  return fd;
}

// The suppressions file: aio's rows minus the categories to report, in an
// anonymous memory file. -1 when it cannot be made.
inline int make_suppressions(unsigned report) {
  // The runtime rows (asio's internals) match call stacks, which costs a
  // symbolisation of every unsuppressed call: only programs that include
  // nonblocking.hpp, which defines this function, need them.
  bool executor_rows = &aio_blocking_sanitizer_executor_rows != nullptr;
  auto memfd = libc<int (*)(const char*, unsigned)>("memfd_create");
  if (memfd == nullptr) return -1;
  int fd = memfd("aio-rtsan-suppressions", MFD_CLOEXEC);
  if (fd < 0) return -1;
  for (const Suppression& s : kSuppressions) {
    if ((s.category & report) || (s.category == runtime && !executor_rows)) continue;
    char line[256];
    int len = std::snprintf(line, sizeof line, "%s:%s\n", s.type, s.pattern);
    if (len > 0) write_all(fd, line, static_cast<std::size_t>(len));
  }
  return fd;
}

#define AIO_DETAIL_STR2(x) #x
#define AIO_DETAIL_STR(x) AIO_DETAIL_STR2(x)
inline const char* symbolizer() {
#ifdef AIO_RTSAN_SYMBOLIZER
  const char* path = AIO_RTSAN_SYMBOLIZER;
#else
  const char* path = "/usr/lib/llvm-" AIO_DETAIL_STR(__clang_major__) "/bin/llvm-symbolizer";
#endif
  char user[8];
  if (startup_env("RTSAN_SYMBOLIZER_PATH", user, sizeof user)) return nullptr; // the user's choice
  auto access_fn = libc<int (*)(const char*, int)>("access");
  return access_fn && access_fn(path, X_OK) == 0 ? path : nullptr;
}
#undef AIO_DETAIL_STR
#undef AIO_DETAIL_STR2

// __rtsan_default_options: runs once, inside RTSan's initialisation.
inline const char* default_options() {
  static char options[1024];
  char spec[256];
  unsigned report =
      reported_categories(startup_env("AIO_SANITIZE_BLOCKING", spec, sizeof spec) ? spec : nullptr);
  int len = std::snprintf(options, sizeof options, "halt_on_error=false:suppress_equal_stacks=false");
  int fd = make_suppressions(report);
  suppressions_fd() = fd;
  if (fd >= 0) {
    len += std::snprintf(options + len, sizeof options - static_cast<std::size_t>(len),
                         ":suppressions=/proc/self/fd/%d", fd);
  } else {
    const char msg[] = "aio sanitizer: cannot create the suppressions file (memfd_create); "
                       "allocation, locks and console output are reported too\n";
    write_all(2, msg, sizeof msg - 1);
  }
  if (const char* path = symbolizer())
    std::snprintf(options + len, sizeof options - static_cast<std::size_t>(len),
                  ":external_symbolizer_path=%s", path);
  return options;
}

// RTSan has read the suppressions by the time static initialisation runs.
inline const bool suppressions_closed = [] {
  int& fd = suppressions_fd();
  if (fd >= 0) ::close(fd);
  fd = -1;
  return true;
}();

// The reports, counted by (function, coroutine) for the exit summary.
struct Count {
  char function[64];
  std::source_location where;
  bool in_coroutine; // in a step of aio's loop
  bool unknown;      // ... of a coroutine it does not know
  unsigned n;
};
inline Count make_count(const char* function, const std::source_location* where) {
  Count c{};
  std::snprintf(c.function, sizeof c.function, "%s", function);
  c.in_coroutine = where != nullptr;
  c.unknown = where == &sanitizer_unknown_coroutine;
  if (where) c.where = *where;
  return c;
}
inline bool same(const Count& a, const Count& b) {
  if (std::strcmp(a.function, b.function) != 0 || a.in_coroutine != b.in_coroutine ||
      a.unknown != b.unknown)
    return false;
  return !a.in_coroutine || a.unknown ||
         (a.where.line() == b.where.line() &&
          std::strcmp(a.where.file_name(), b.where.file_name()) == 0 &&
          std::strcmp(a.where.function_name(), b.where.function_name()) == 0);
}
struct Reports {
  Count rows[64];
  unsigned used = 0;
  unsigned total = 0;
  unsigned dropped = 0; // rows that did not fit
  bool pending = false; // a report's first line was seen, aio's line is due
  char function[64] = {};
  const std::source_location* where = nullptr;
  bool summary_registered = false;
  bool in_report = false; // between a report's first line and its SUMMARY line
  std::chrono::steady_clock::time_point mark{};
};
inline Reports& reports() {
  static Reports r;
  return r;
}

// aio's lines go to stderr, where RTSan writes its reports. (A report file
// set with __sanitizer_set_report_path is RTSan's alone: appending to it
// through a second descriptor would be overwritten by RTSan's next write.)
inline void emit(const std::string& text) { write_all(2, text.data(), text.size()); }

// " in coroutine 'count' (defined at blocking.cpp:23)"
inline std::string context(const Count& c) {
  if (!c.in_coroutine) return " in a step run through aio::run_nonblocking";
  if (c.unknown) return " in a coroutine resumed through aio::call_soon";
  return " in coroutine " + coro_desc(c.where);
}

inline void print_summary() {
  OwnCall own; // exit() may run inside a step
  Reports& r = reports();
  std::sort(r.rows, r.rows + r.used, [](const Count& a, const Count& b) {
    if (a.n != b.n) return a.n > b.n;
    return std::strcmp(a.function, b.function) < 0;
  });
  std::string out = "aio sanitizer: " + std::to_string(r.total) + " blocking call" +
                    (r.total == 1 ? "" : "s") + " reported\n";
  for (unsigned i = 0; i < r.used; ++i)
    out += "aio sanitizer:   " + std::to_string(r.rows[i].n) + " x " + r.rows[i].function +
           context(r.rows[i]) + "\n";
  if (r.dropped > 0) out += "aio sanitizer:   " + std::to_string(r.dropped) + " x (other)\n";
  emit(out);
}

inline void count(const Count& report) {
  Reports& r = reports();
  ++r.total;
  for (unsigned i = 0; i < r.used; ++i) {
    if (same(r.rows[i], report)) {
      ++r.rows[i].n;
      return;
    }
  }
  if (r.used == std::size(r.rows)) {
    ++r.dropped;
    return;
  }
  r.rows[r.used] = report;
  r.rows[r.used++].n = 1;
}

// The function between the backquotes of RTSan's second line
// ("Intercepted call to real-time unsafe function `nanosleep` in real-time
// context!", or "Call to blocking function `f` ..." for [[clang::blocking]]),
// without its colour escapes. False for any other text.
inline bool reported_function(const char* text, char* out, std::size_t size) {
  const char* at = std::strstr(text, "real-time unsafe function `");
  if (at == nullptr) at = std::strstr(text, "Call to blocking function `");
  if (at == nullptr) return false;
  const char* p = std::strchr(at, '`') + 1;
  std::size_t n = 0;
  while (*p && *p != '`') {
    if (*p == '\033') { // ESC [ ... letter
      ++p;
      if (*p == '[') ++p;
      while (*p && !((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'))) ++p;
      if (*p) ++p;
      continue;
    }
    if (n + 1 < size) out[n++] = *p;
    ++p;
  }
  out[n] = '\0';
  return true;
}

// __sanitizer_on_print: RTSan hands over each piece of text it prints. After
// the second line of a report, aio adds its own line: the function and the
// coroutine that was running.
inline void on_print(const char* text) {
  Reports& r = reports();
  auto now = std::chrono::steady_clock::now();
  if (std::strstr(text, "ERROR: RealtimeSanitizer") != nullptr) {
    r.in_report = true;
  } else if (r.in_report) {
    sanitizer_report_time += now - r.mark;
    if (std::strstr(text, "SUMMARY: RealtimeSanitizer") != nullptr) r.in_report = false;
  }
  r.mark = now;
  if (!r.pending) {
    if (!reported_function(text, r.function, sizeof r.function)) return;
    r.pending = true;
    r.where = sanitizer_running;
  }
  std::size_t len = std::strlen(text);
  if (len == 0 || text[len - 1] != '\n') return; // the line is not finished yet
  r.pending = false;
  Count c = make_count(r.function, r.where);
  emit("aio sanitizer: blocking call to '" + std::string(c.function) + "'" + context(c) + "\n");
  count(c);
  if (!r.summary_registered) {
    r.summary_registered = true;
    std::atexit(print_summary);
  }
}

} // namespace sanitizer

#else // !AIO_BLOCKING_SANITIZER

struct OwnCall {
  OwnCall() noexcept {} // user-provided: no unused-variable warning
  ~OwnCall() {}
};
inline void sanitizer_note_running(const std::source_location*) noexcept {}
inline std::chrono::nanoseconds sanitizer_reporting() noexcept { return {}; }

#endif

} // namespace aio::detail

#if AIO_BLOCKING_SANITIZER && AIO_BLOCKING_SANITIZER_HOOKS
extern "C" [[gnu::used]] inline const char* aio_blocking_sanitizer_default_options() {
  return aio::detail::sanitizer::default_options();
}
extern "C" [[gnu::used]] inline void aio_blocking_sanitizer_on_print(const char* text) {
  aio::detail::sanitizer::on_print(text);
}
// A strong definition of RTSan's weak hook NAME that jumps to IMPL, in a
// COMDAT group named after it: each translation unit emits one, the linker
// keeps the first and it wins over the runtime's weak default.
#if defined(__x86_64__)
#define AIO_DETAIL_JUMP(IMPL) "jmp " #IMPL "@PLT\n"
#else
#define AIO_DETAIL_JUMP(IMPL) "b " #IMPL "\n"
#endif
#define AIO_DETAIL_RTSAN_HOOK(NAME, IMPL)                                                \
  __asm__(".pushsection .text." #NAME ",\"axG\",%progbits," #NAME ",comdat\n"          \
          ".globl " #NAME "\n"                                                           \
          ".type " #NAME ",%function\n" #NAME ":\n" AIO_DETAIL_JUMP(IMPL) ".size " #NAME \
          ",.-" #NAME "\n"                                                               \
          ".popsection\n");
AIO_DETAIL_RTSAN_HOOK(__rtsan_default_options, aio_blocking_sanitizer_default_options)
AIO_DETAIL_RTSAN_HOOK(__sanitizer_on_print, aio_blocking_sanitizer_on_print)
#undef AIO_DETAIL_RTSAN_HOOK
#undef AIO_DETAIL_JUMP
#endif

#include "debug.hpp"
