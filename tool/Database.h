//===--- Database.h - compilation databases and input files ---*- C++ -*-===//
//
// Where the compile commands come from, and which files a run analyses.
//
// Loading (loadDatabase), in clang-tidy's order of precedence:
//   - compiler arguments after '--' (tooling::FixedCompilationDatabase);
//   - -p <build-dir> (or the compile_commands.json itself);
//   - else the nearest compile_commands.json (or compile_flags.txt) in the
//     first file's directory or above it.
// A compile_commands.json is read as users write it: a relative
// "directory" is resolved against the database's own directory (clang's
// JSON loader would take it relative to the current directory, and every
// file would then be "Skipping ... Compile command not found"). A file the
// database does not list gets a command inferred from its neighbours
// (tooling::inferMissingCompileCommands).
//
// Inputs (checkInputs): the files named on the command line, or every file
// the database lists, each made absolute and checked before it is
// analysed: it exists, is a regular file (not a directory), has a compile
// command, and that command's directory exists. Each failure is a problem
// of that file, reported as an error (exit 2); the other files are still
// analysed. A file named twice (a.cpp ./a.cpp) is analysed once.
//
// Errors are one line each, without the "corolint: error: " prefix.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_DATABASE_H
#define COROLINT_TOOL_DATABASE_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace corolint {

struct LoadedDatabase {
  std::unique_ptr<clang::tooling::CompilationDatabase> DB;
  /// The compile_commands.json read, or empty ('--', compile_flags.txt).
  std::string Path;
  /// With '--': the database knows no files, only flags.
  bool FromCommandLine = false;
};

/// Loads the database (see the file comment). \p FirstFile is the first
/// file named, for the search of a database next to it.
llvm::Expected<LoadedDatabase>
loadDatabase(llvm::StringRef BuildPath, llvm::StringRef FirstFile,
             std::unique_ptr<clang::tooling::CompilationDatabase> Fixed);

/// Every file the database lists, absolute, in path order, once each.
std::vector<std::string> listedFiles(const LoadedDatabase &Loaded);

struct InputProblem {
  std::string File;    ///< as named
  std::string Message; ///< e.g. "no such file: 'x.cpp'"
};

struct Inputs {
  std::vector<std::string> Files; ///< absolute, in the order named, once each
  std::vector<InputProblem> Problems;
};

/// Checks each of \p Named (see the file comment).
Inputs checkInputs(const LoadedDatabase &Loaded, llvm::ArrayRef<std::string> Named);

} // namespace corolint

#endif
