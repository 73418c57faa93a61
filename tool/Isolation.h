//===--- Isolation.h - a translation unit's crash is its own --*- C++ -*-===//
//
// runIsolated runs jobs (one translation unit each) on worker threads that
// each have clang's own stack size (clang::DesiredStackSize, as clang's
// driver gives the compiler) and know where their stack begins
// (clang::noteBottomOfStack, so that clang's own stack checks,
// runWithSufficientStackSpace, work there as in the compiler). Each job runs
// under its own llvm::CrashRecoveryContext: a crash (a signal such as
// SIGSEGV, SIGBUS or SIGABRT, or a report_fatal_error) ends only that job,
// which is then reported as crashed; the other jobs go on.
//
// A stack overflow is a crash like the others. CrashRecoveryContext's
// signal handler runs on the faulting thread's stack, which an overflow has
// used up, so the kernel would kill the process instead; enableCrashRecovery
// makes it run on an alternate signal stack (SA_ONSTACK), which each worker
// thread sets up (sigaltstack).
//
// Limits: a crashed job's memory is not freed (as in clang after a crash);
// a crash inside a shared structure's critical section (say, the allocator)
// could still deadlock a later job.
// Thread-safety: Job and Done run on the worker threads, concurrently for
// different jobs; the caller synchronises what they share.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_ISOLATION_H
#define COROLINT_TOOL_ISOLATION_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include <cstddef>
#include <vector>

namespace corolint {

/// The signals the process was started with ignored (nohup's SIGHUP, a
/// shell's `trap '' XFSZ` under `ulimit -f`, so that a write past the limit
/// fails with EFBIG instead of killing). LLVM's signal handlers (InitLLVM)
/// take every signal over; restore() ignores these again.
class InheritedIgnoredSignals {
public:
  InheritedIgnoredSignals();
  void restore() const;

private:
  std::vector<int> Signals;
};

/// Installs crash recovery for the process. Call once, from main, before the
/// first runIsolated.
void enableCrashRecovery();

/// Runs Job(0) ... Job(Count - 1) on up to \p Threads worker threads (0: one
/// per core), in index order of start; after each, Done(I, Crashed).
void runIsolated(size_t Count, unsigned Threads,
                 llvm::function_ref<void(size_t)> Job,
                 llvm::function_ref<void(size_t, bool Crashed)> Done);

} // namespace corolint

#endif
