// A library that annotates its functions with include/corolint/annotations.h,
// for the annotation tests: declarations only, as in an installed header.
#ifndef COROLINT_TEST_ANNOTATED_LIB_H
#define COROLINT_TEST_ANNOTATED_LIB_H
#include "corolint/annotations.h"

namespace store {
int fetch(int key) COROLINT_BLOCKING;
void remember(int key, int value) COROLINT_NONBLOCKING;
struct Connection {
  explicit Connection(const char *url) COROLINT_BLOCKING;
  Connection() = default;
  int roundtrip() COROLINT_BLOCKING;
};
struct Cache {
  virtual int lookup(int key) COROLINT_BLOCKING;
  virtual int peek(int key) const COROLINT_NONBLOCKING;
  virtual ~Cache() = default;
};
template <class T> T load(T key) COROLINT_BLOCKING;
} // namespace store
#endif
