/* corolint/annotations.h - tell corolint which functions block.
 *
 * Two macros mark a function, after JetBrains' @Blocking and @NonBlocking:
 *
 *   COROLINT_BLOCKING     the function blocks the calling thread (it waits
 *                         for a lock, a socket, a disk, another thread):
 *                         coro-blocking-call reports every call of it made
 *                         by an async coroutine, directly or through helper
 *                         functions, in category `custom`;
 *   COROLINT_NONBLOCKING  the function does not block, whatever it calls:
 *                         corolint trusts it, and neither reports a call of
 *                         it nor follows it as a helper (not even when a
 *                         catalogue row or an option names it).
 *
 * Where to write them: after the parameter list and its qualifiers (const,
 * &, &&, noexcept), before `override`, `final`, `= 0`, `= default`, the
 * body or the `;`. One spelling serves declarations and definitions, free
 * functions, members, constructors, destructors, operators and templates:
 *
 *   int query(Db &db, const char *sql) COROLINT_BLOCKING;
 *   struct Queue {
 *     void push(Job job) noexcept COROLINT_NONBLOCKING;
 *     virtual Job wait_pop() COROLINT_BLOCKING = 0;
 *     Job try_pop() const COROLINT_NONBLOCKING override;
 *   };
 *
 * A declaration in a header is enough: the annotation holds for the call of
 * the definition in a .cpp file. An override without an annotation of its
 * own has the annotation of the function it overrides. Not for lambdas
 * (their syntax has no place for it) nor for functions with a trailing
 * return type (`auto f() -> int`): write Clang's `[[clang::blocking]]`
 * there, which corolint reads too.
 *
 * What they expand to:
 *   - on Clang: `__attribute__((annotate("corolint::blocking")))` (or
 *     "corolint::nonblocking"), a declaration attribute that corolint reads;
 *     in this position GNU attributes apply to the declaration;
 *   - COROLINT_BLOCKING also to Clang's function effect `[[clang::blocking]]`
 *     where the compiler has it (`__has_cpp_attribute(clang::blocking)`,
 *     Clang 19 and later), a type attribute of the same position, so that
 *     RealtimeSanitizer and -Wfunction-effects see the function too;
 *   - COROLINT_NONBLOCKING does not expand to `[[clang::nonblocking]]`
 *     unless COROLINT_NONBLOCKING_IS_REALTIME is defined to 1 before this
 *     header: Clang's `nonblocking` is a real-time contract (no allocation,
 *     no lock, no exception, nothing but `nonblocking` callees; checked by
 *     -Wfunction-effects and enforced at run time by -fsanitize=realtime),
 *     much stronger than "does not stall the event loop" (with it, Clang
 *     also wants the macro repeated on an out-of-line definition: Clang
 *     19's -Wall warns, Clang 22's -Wfunction-effect-redeclarations);
 *   - to nothing on other compilers (GCC, MSVC): the code still compiles,
 *     without warnings, and corolint (a Clang tool) reads the annotations
 *     when it parses it.
 *
 * Header only, C++ and C; no state.
 */

#ifndef COROLINT_ANNOTATIONS_H
#define COROLINT_ANNOTATIONS_H

#if defined(__has_attribute)
#if __has_attribute(annotate)
#define COROLINT_ANNOTATE_(WHAT) __attribute__((annotate(WHAT)))
#endif
#endif
#ifndef COROLINT_ANNOTATE_
#define COROLINT_ANNOTATE_(WHAT)
#endif

#if defined(__cplusplus) && defined(__has_cpp_attribute)
#if __has_cpp_attribute(clang::blocking)
#define COROLINT_EFFECT_BLOCKING_ [[clang::blocking]]
#endif
#if __has_cpp_attribute(clang::nonblocking) && defined(COROLINT_NONBLOCKING_IS_REALTIME) && \
    COROLINT_NONBLOCKING_IS_REALTIME
#define COROLINT_EFFECT_NONBLOCKING_ [[clang::nonblocking]]
#endif
#endif
#ifndef COROLINT_EFFECT_BLOCKING_
#define COROLINT_EFFECT_BLOCKING_
#endif
#ifndef COROLINT_EFFECT_NONBLOCKING_
#define COROLINT_EFFECT_NONBLOCKING_
#endif

#define COROLINT_BLOCKING COROLINT_EFFECT_BLOCKING_ COROLINT_ANNOTATE_("corolint::blocking")
#define COROLINT_NONBLOCKING                                                   \
  COROLINT_EFFECT_NONBLOCKING_ COROLINT_ANNOTATE_("corolint::nonblocking")

#endif /* COROLINT_ANNOTATIONS_H */
