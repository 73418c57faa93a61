//===--- QueryDriver.h - a compiler's own target and system includes -*- C++ -*-===//
//
// --query-driver=<globs>, as clangd's option of that name: a compile command
// whose compiler (argv[0]) matches one of the globs gets that compiler's
// target (--target=) and its system include directories (-isystem, before a
// "--"), which the compiler prints when run as `<compiler> -E -v -x <lang>
// -` (GCC's "#include <...> search starts here:" list and "Target:" line).
// A cross compiler's headers, a toolchain outside /usr and a compiler's own
// include directories are then found by Clang too.
//
// It is clangd's own code, not a copy: clang::clangd::getSystemIncludeExtractor
// from the static library libclangDaemon.a (SystemIncludeExtractor.cpp), linked
// into corolint when the LLVM installation has it (tool/CMakeLists.txt). What
// it does is clangd's, to the letter:
//   - the globs: '*' is any run of characters but '/', '**' any run; no other
//     character is special. A compiler named without a '/' is looked up in
//     PATH; a relative path is taken against the command's directory. The
//     path is matched as written (a symbolic link is not resolved).
//   - what is asked: the compiler with the arguments of the command that
//     change the answer (-x, or the language of the file's extension;
//     -nostdinc, -nostdinc++, --sysroot, -isysroot, --target, -stdlib,
//     -specs), once per distinct set of those for the run (memoised,
//     thread-safe), then `<compiler> -print-file-name=include`, whose
//     directory (GCC's own builtin headers, the twin of Clang's resource
//     directory) is left out: Clang keeps its own.
//   - a command that already has a target keeps it.
//   - a compiler that fails or prints no search list adds nothing; the
//     command is used as it is.
//
// clangd's messages (it logs through clangd::detail::logImpl, which prints
// every level to stderr when no clangd logger is installed) are routed at
// link time (-Wl,--wrap, as corolint-clangd does): errors are printed as
// "corolint: warning: <message>", the rest (debug, verbose, info) dropped.
//
// Without clangd's libraries the option is an error (queryDriver below).
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_TOOL_QUERYDRIVER_H
#define COROLINT_TOOL_QUERYDRIVER_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>

namespace corolint {

/// Adds the queried target and system include directories to a compile
/// command; the StringRef is the file the command compiles (for its
/// language). Callable from any thread.
using DriverQuery = llvm::unique_function<void(clang::tooling::CompileCommand &,
                                               llvm::StringRef) const>;

/// The query for \p Globs (comma-split already): empty (no query) for no
/// globs. The error: this corolint was built without clangd's libraries.
llvm::Expected<DriverQuery> queryDriver(llvm::ArrayRef<std::string> Globs);

} // namespace corolint

#endif
