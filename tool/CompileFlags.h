//===--- CompileFlags.h - compile commands as Clang takes them -*- C++ -*-===//
//
// A compilation database written for GCC (CMake configured with g++) holds
// options clang++ rejects ("unknown argument"), and a translation unit whose
// command does not parse is not analysed. Before clang-tidy's engine sees a
// compile command, every command of the run (compile_commands.json,
// compile_flags.txt, or the arguments after '--') passes through, in order:
//
//   0. --query-driver (QueryDriver.h, clangd's own code): a command whose
//      compiler matches one of the user's globs gets that compiler's target
//      (--target=) and system include directories (-isystem), asked from
//      the compiler once per distinct query for the run; the options it
//      reads are GCC's, so it sees the command before the steps below
//      rewrite it (and step 2 then sees what it added). The commands of
//      '--' and compile_flags.txt name no compiler and are not queried.
//   1. the table GccOnlyOptions.def: GCC-only options dropped or replaced by
//      Clang's spelling;
//   2. --remove-arg: each argument matching one of the user's globs
//      (llvm::GlobPattern) dropped;
//   3. -Wno-unknown-warning-option, -Wno-ignored-optimization-argument and
//      -Wno-unused-command-line-argument appended (before a "--", if any),
//      so that GCC-only warnings (-Wduplicated-cond), optimisation flags
//      Clang ignores, and options Clang ignores under -Werror are not
//      errors. Clang reads the warning options of a command in two passes,
//      so these also hold for the -Werror and -W options before them.
//
// Steps 1 and 2 never touch argv[0], the arguments after "--", nor the
// argument that names the command's own file. The arguments after '--' on
// corolint's command line are adjusted before the driver reads them. A command with no GCC-only
// option is unchanged but for step 3. The adjusters are tooling's own
// (ArgumentsAdjuster, combineAdjusters, getInsertArgumentAdjuster,
// ArgumentsAdjustingCompilations). Thread-safety: the adjuster and the
// database only read their state (the query's memo is clangd's, behind a
// mutex), and may be used from any thread.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_COMPILEFLAGS_H
#define COROLINT_TOOL_COMPILEFLAGS_H

#include "QueryDriver.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace corolint {

/// The adjuster of steps 1-3 (see the file comment), with the globs of
/// --remove-arg. The error names an invalid glob.
llvm::Expected<clang::tooling::ArgumentsAdjuster>
clangCompatibleArguments(llvm::ArrayRef<std::string> RemoveGlobs);

/// \p Args (compiler arguments, without argv[0] and file) through \p Adjust.
std::vector<std::string> adjustArguments(const clang::tooling::ArgumentsAdjuster &Adjust,
                                         llvm::ArrayRef<std::string> Args);

/// The database of the compiler arguments after '--', as
/// tooling::FixedCompilationDatabase::loadFromCommandLine makes it (which
/// runs the driver over them, hence adjustArguments first); \p Error is set
/// when the driver rejects them.
std::unique_ptr<clang::tooling::CompilationDatabase>
fixedDatabase(llvm::ArrayRef<std::string> Args, std::string &Error);

/// \p DB, each of whose commands passes through \p Query (step 0; none if
/// empty), then \p Adjust (steps 1-3).
std::unique_ptr<clang::tooling::CompilationDatabase>
adjustCommands(std::unique_ptr<clang::tooling::CompilationDatabase> DB,
               DriverQuery Query, clang::tooling::ArgumentsAdjuster Adjust);

} // namespace corolint

#endif
