// The stand-in cross compiler's builtin headers: GCC's, not Clang's, and
// left out by --query-driver (Clang keeps its own resource directory).
#error "GCC's builtin stddef.h is used by Clang"
