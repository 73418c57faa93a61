//===--- corolint-clangd.cpp - clangd with the coro-* checks built in -----===//
//
// clangd cannot load clang-tidy plugins (clangd/clangd#1458), so this is
// Debian's clangd-19 or clangd-22 (clangdMain from the static clangd
// libraries of the LLVM the build selects) linked with the coro-* checks. It
// behaves exactly like clangd, with three changes, the first two made at link
// time (tool/CMakeLists.txt passes -Wl,--wrap for the two clangd functions
// below) since neither clangd 19 nor clangd 22 has a hook for them: no
// command-line flag or API of clangdMain adds default checks or marks a
// check as fast (--clang-tidy-checks is an obsolete, ignored flag in both);
// only each project's .clangd and .clang-tidy files could.
//
// Both functions, and the TidyProvider type, are the same in clangd 19 and
// 22 (TidyProvider.h; nm on libclangDaemon.a gives the same mangled names),
// and each is still called from another object file of the archives
// (ClangdMain.cpp calls combine; ConfigCompile.cpp and ParsedAST.cpp call
// isFastTidyCheck), which --wrap needs: nothing differs between the two
// versions here.
//
//  1. coro-* is enabled with no configuration. clangd builds each file's
//     clang-tidy options with combine({environment, .clang-tidy files,
//     .clangd config, default checks, unusable checks}); the wrapped combine
//     puts "coro-*" in front of the list that stock clangd computes. So the
//     stock default checks still run, and everything after it can turn the
//     checks off again, as with `corolint`'s default: `.clang-tidy`
//     (`Checks: -coro-*` or `-*,...`) and `.clangd`
//     (`Diagnostics: ClangTidy: Remove: coro-*`). Check options come from
//     both files as usual.
//  2. coro-* counts as a fast check. clangd's ClangTidy.FastCheckFilter
//     (default Strict) keeps only the checks listed as fast in its generated
//     TidyFastChecks.inc; the wrapped isFastTidyCheck answers "fast" for
//     coro-* (they start from coroutine bodies: docs/user-guide.md gives the
//     measured overhead) and defers to clangd for every other check.
//  3. The clang resource directory (stddef.h, ...) is Debian's clang-<N>
//     one, as for `corolint`, unless --resource-dir is given: clangd looks
//     for it next to its executable, which would be build/lib/clang/<N> here.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/StringRef.h"
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

extern volatile int CorolintModuleAnchorSource;
static int CorolintModuleAnchor = CorolintModuleAnchorSource;

namespace clang::clangd {
// From clangd's ClangdMain.h and TidyProvider.h, which Debian does not ship.
int clangdMain(int argc, char *argv[]);
using TidyProvider =
    llvm::unique_function<void(tidy::ClangTidyOptions &, llvm::StringRef) const>;
} // namespace clang::clangd

using clang::clangd::TidyProvider;

// The checks this front end turns on by default.
static constexpr llvm::StringLiteral DefaultChecks = "coro-*";

// clang::clangd::combine(std::vector<TidyProvider>) and
// clang::clangd::isFastTidyCheck(llvm::StringRef), renamed by --wrap.
TidyProvider realCombine(std::vector<TidyProvider> Providers) asm(
    "__real__ZN5clang6clangd7combineESt6vectorIN4llvm15unique_functionIKFvRNS_"
    "4tidy16ClangTidyOptionsENS2_9StringRefEEEESaIS9_EE");
std::optional<bool> realIsFastTidyCheck(llvm::StringRef Check) asm(
    "__real__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");

TidyProvider wrapCombine(std::vector<TidyProvider> Providers) asm(
    "__wrap__ZN5clang6clangd7combineESt6vectorIN4llvm15unique_functionIKFvRNS_"
    "4tidy16ClangTidyOptionsENS2_9StringRefEEEESaIS9_EE");
std::optional<bool> wrapIsFastTidyCheck(llvm::StringRef Check) asm(
    "__wrap__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");

TidyProvider wrapCombine(std::vector<TidyProvider> Providers) {
  return [Stock = realCombine(std::move(Providers))](
             clang::tidy::ClangTidyOptions &Opts, llvm::StringRef File) {
    Stock(Opts, File);
    if (!Opts.Checks || Opts.Checks->empty())
      Opts.Checks = DefaultChecks.str();
    else
      Opts.Checks = (DefaultChecks + "," + *Opts.Checks).str();
  };
}

std::optional<bool> wrapIsFastTidyCheck(llvm::StringRef Check) {
  if (Check.starts_with("coro-"))
    return true;
  return realIsFastTidyCheck(Check);
}

static bool hasResourceDirFlag(llvm::StringRef Args) {
  return Args.contains("-resource-dir");
}

int main(int argc, char **argv) {
  (void)CorolintModuleAnchor;
  std::vector<char *> Args(argv, argv + argc);
  bool Given = false;
  for (int I = 1; I < argc; ++I)
    Given |= hasResourceDirFlag(argv[I]);
  if (const char *Env = std::getenv("CLANGD_FLAGS"))
    Given |= hasResourceDirFlag(Env);
  static std::string ResourceDirFlag =
      std::string("--resource-dir=") + COROLINT_RESOURCE_DIR;
  if (!Given)
    Args.insert(Args.begin() + 1, ResourceDirFlag.data());
  Args.push_back(nullptr);
  return clang::clangd::clangdMain(static_cast<int>(Args.size()) - 1,
                                   Args.data());
}
