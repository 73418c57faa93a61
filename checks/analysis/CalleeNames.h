//===--- CalleeNames.h - canonical names of called functions ---*- C++ -*-===//
//
// The catalogues (BlockingCatalog, the sync-bridge table) key their entries by
// *canonical names*: a declaration's fully qualified name with inline
// namespaces (std::__1, std::__cxx11) and template arguments dropped, so that
// "std::future::get" names the member of every std::future<T>, and
// "std::basic_ifstream::basic_ifstream" names every file-stream constructor.
//
// Thread-safety: free functions without state; safe to call concurrently on
// different ASTContexts.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_CALLEENAMES_H
#define COROLINT_ANALYSIS_CALLEENAMES_H

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include <string>

namespace corolint {

/// Qualified name of \p Record without template arguments, e.g.
/// "std::basic_ifstream" for std::ifstream.
std::string canonicalRecordName(const clang::CXXRecordDecl &Record);

/// Canonical name of a function: "sleep", "std::this_thread::sleep_for",
/// "std::mutex::lock", "std::lock_guard::lock_guard" (constructors).
std::string canonicalFunctionName(const clang::FunctionDecl &FD);

/// The function a call or construction expression invokes, or null (calls
/// through function pointers, dependent calls).
const clang::FunctionDecl *calledFunction(const clang::Expr &E);

/// The names under which a catalogue may know the call \p E: the callee's
/// canonical name and, for member calls, "<class>::<method>" for the static
/// type of the object and each of its bases (so "std::basic_ifstream::read"
/// matches `file.read(...)` although `read` is declared in basic_istream).
/// The callee's own name comes first.
llvm::SmallVector<std::string, 4> lookupNames(const clang::Expr &E,
                                              const clang::FunctionDecl &Callee);

/// Whether \p T is (a reference to) std::error_code or
/// boost::system::error_code: the argument of the overloads that report
/// errors instead of throwing (asio, Beast, std::filesystem).
bool isErrorCodeType(clang::QualType T);

/// Strips implicit nodes, parentheses, temporaries and functional casts.
const clang::Expr *ignoreWrappers(const clang::Expr *E);

} // namespace corolint

#endif
