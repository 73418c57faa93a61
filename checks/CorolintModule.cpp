//===--- CorolintModule.cpp - registers every coro-* check ----------------===//
//
// The module is linked into the clang-tidy plugin and into the corolint
// command; both register it through ClangTidyModuleRegistry.
//
//===----------------------------------------------------------------------===//

#include "BlockingCallCheck.h"
#include "SyncWaitInCoroutineCheck.h"
#include "UnawaitedTaskCheck.h"
#include "analysis/Compat.h" // ClangTidyModule and its registry, in 19 and 22

namespace corolint {

class CorolintModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<BlockingCallCheck>("coro-blocking-call");
    Factories.registerCheck<SyncWaitInCoroutineCheck>("coro-sync-wait-in-coroutine");
    Factories.registerCheck<UnawaitedTaskCheck>("coro-unawaited-task");
  }
};

} // namespace corolint

static clang::tidy::ClangTidyModuleRegistry::Add<corolint::CorolintModule>
    X("corolint-module", "Checks for code that blocks the event loop in C++20 coroutines.");

// Referenced by the corolint command so that the linker keeps this object.
volatile int CorolintModuleAnchorSource = 0;
