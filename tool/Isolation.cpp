//===--- Isolation.cpp - a translation unit's crash is its own ------------===//

#include "Isolation.h"
#include "clang/Basic/Stack.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/thread.h"
#include <algorithm>
#include <atomic>
#include <csignal>
#include <memory>
#include <optional>
#include <vector>

namespace corolint {

InheritedIgnoredSignals::InheritedIgnoredSignals() {
  for (int Signal = 1; Signal < NSIG; ++Signal) {
    struct sigaction Action;
    if (Signal != SIGKILL && Signal != SIGSTOP &&
        ::sigaction(Signal, nullptr, &Action) == 0 && Action.sa_handler == SIG_IGN)
      Signals.push_back(Signal);
  }
}

void InheritedIgnoredSignals::restore() const {
  for (int Signal : Signals)
    ::signal(Signal, SIG_IGN);
}

void enableCrashRecovery() {
  llvm::CrashRecoveryContext::Enable();
  // The signals a stack overflow raises: keep CrashRecoveryContext's handler,
  // and have it run on the alternate stack.
  for (int Signal : {SIGSEGV, SIGBUS}) {
    struct sigaction Action;
    if (::sigaction(Signal, nullptr, &Action) == 0 &&
        Action.sa_handler != SIG_DFL && Action.sa_handler != SIG_IGN) {
      Action.sa_flags |= SA_ONSTACK;
      ::sigaction(Signal, &Action, nullptr);
    }
  }
}

namespace {
/// This thread's alternate signal stack, while it lives.
class AlternateSignalStack {
public:
  AlternateSignalStack()
      : Size(std::max<size_t>(64 * 1024, SIGSTKSZ)), Memory(new char[Size]) {
    stack_t Stack = {};
    Stack.ss_sp = Memory.get();
    Stack.ss_size = Size;
    Installed = ::sigaltstack(&Stack, nullptr) == 0;
  }
  ~AlternateSignalStack() {
    if (!Installed)
      return;
    stack_t Disable = {};
    Disable.ss_flags = SS_DISABLE;
    ::sigaltstack(&Disable, nullptr);
  }

private:
  size_t Size;
  std::unique_ptr<char[]> Memory;
  bool Installed = false;
};
} // namespace

void runIsolated(size_t Count, unsigned Threads,
                 llvm::function_ref<void(size_t)> Job,
                 llvm::function_ref<void(size_t, bool Crashed)> Done) {
  std::atomic<size_t> Next{0};
  auto Work = [&] {
    clang::noteBottomOfStack();
    AlternateSignalStack AltStack;
    for (size_t I; (I = Next++) < Count;) {
      llvm::CrashRecoveryContext Recovery;
      bool Crashed = !Recovery.RunSafely([&] { Job(I); });
      Done(I, Crashed);
    }
  };
  unsigned N = llvm::hardware_concurrency(Threads).compute_thread_count();
  N = std::max(1u, std::min<unsigned>(N, Count));
  std::vector<llvm::thread> Workers;
  for (unsigned T = 0; T < N; ++T)
    Workers.emplace_back(std::optional<unsigned>(clang::DesiredStackSize), Work);
  for (llvm::thread &Worker : Workers)
    Worker.join();
}

} // namespace corolint
