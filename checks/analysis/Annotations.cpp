//===--- Annotations.cpp - the user's word: blocking or not ---------------===//

#include "Annotations.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Type.h"

using namespace clang;

namespace corolint {

/// The function effect of \p FD's type: Clang propagates effects to every
/// later redeclaration, so the most recent one has them all. A condition
/// that is still dependent (`nonblocking(B)` in a template pattern) says
/// nothing yet.
static Annotation effectOf(const FunctionDecl &FD) {
  FunctionEffectsRef Effects = FD.getFunctionEffects();
  for (size_t I = 0; I < Effects.size(); ++I) {
    if (!Effects.conditions().empty() && Effects.conditions()[I].getCondition())
      continue;
    switch (Effects.effects()[I].kind()) {
    case FunctionEffect::Kind::Blocking:
      return Annotation::Blocking;
    case FunctionEffect::Kind::NonBlocking:
      return Annotation::NonBlocking;
    default:
      break;
    }
  }
  return Annotation::None;
}

/// The annotate attributes of every redeclaration of \p FD.
static Annotation attributeOf(const FunctionDecl &FD) {
  Annotation Found = Annotation::None;
  for (const FunctionDecl *Redecl : FD.redecls())
    for (const auto *Attr : Redecl->specific_attrs<AnnotateAttr>()) {
      if (Attr->getAnnotation() == NonBlockingAnnotation)
        return Annotation::NonBlocking;
      if (Attr->getAnnotation() == BlockingAnnotation)
        Found = Annotation::Blocking;
    }
  return Found;
}

static Annotation ownAnnotation(const FunctionDecl &FD) {
  if (Annotation A = effectOf(FD); A != Annotation::None)
    return A;
  if (Annotation A = attributeOf(FD); A != Annotation::None)
    return A;
  if (const FunctionDecl *Pattern = FD.getTemplateInstantiationPattern();
      Pattern && Pattern != &FD)
    return ownAnnotation(*Pattern);
  return Annotation::None;
}

static Annotation inherited(const CXXMethodDecl &Method, unsigned Depth) {
  if (Depth > 16)
    return Annotation::None;
  for (const CXXMethodDecl *Base : Method.overridden_methods()) {
    if (Annotation A = ownAnnotation(*Base); A != Annotation::None)
      return A;
    if (Annotation A = inherited(*Base, Depth + 1); A != Annotation::None)
      return A;
  }
  return Annotation::None;
}

Annotation annotationOf(const FunctionDecl &FD) {
  if (Annotation A = ownAnnotation(FD); A != Annotation::None)
    return A;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&FD); Method && Method->isVirtual())
    return inherited(*Method->getCanonicalDecl(), 0);
  return Annotation::None;
}

} // namespace corolint
