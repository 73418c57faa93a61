//===--- Annotations.h - the user's word: blocking or not ------*- C++ -*-===//
//
// A function the user declares blocking or non-blocking, after JetBrains'
// @Blocking/@NonBlocking. Two spellings are read:
//
//   - Clang's function effects (since Clang 19, the type attributes of
//     RealtimeSanitizer): `void f() [[clang::blocking]];` and
//     `void g() [[clang::nonblocking]];` (also `nonblocking(false)`, which
//     Clang records as blocking);
//   - corolint's own declaration attributes, written by the macros of
//     include/corolint/annotations.h (COROLINT_BLOCKING, COROLINT_NONBLOCKING):
//     `__attribute__((annotate("corolint::blocking")))` and
//     `__attribute__((annotate("corolint::nonblocking")))`.
//
// A function's annotation is found on any of its redeclarations (the
// declaration in a header counts for the call of the definition), on the
// pattern it was instantiated from, and, for a virtual member function
// without an annotation of its own, on the functions it overrides (the
// nearest annotated one): an override keeps its interface's contract, as
// Clang's -Wfunction-effects expects. A function effect beats an annotate
// attribute; with both kinds of annotate attribute, non-blocking wins
// (silence when the user's word is contradictory).
//
// What the checks do with it (BlockingCatalog::match, BlockingAnalysis):
// a blocking function is a catalogue entry of category `custom`; a
// non-blocking one is trusted, neither reported nor followed as a helper,
// even when a catalogue row or the BlockingFunctions option names it.
//
// Thread-safety: stateless; safe to call concurrently on different ASTs.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_ANNOTATIONS_H
#define COROLINT_ANALYSIS_ANNOTATIONS_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/StringRef.h"

namespace corolint {

enum class Annotation { None, Blocking, NonBlocking };

/// The annotate-attribute strings the macros of include/corolint/annotations.h
/// write.
constexpr llvm::StringLiteral BlockingAnnotation = "corolint::blocking";
constexpr llvm::StringLiteral NonBlockingAnnotation = "corolint::nonblocking";

/// What the user declared \p FD to be.
Annotation annotationOf(const clang::FunctionDecl &FD);

} // namespace corolint

#endif
