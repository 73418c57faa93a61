// pool.cpp's functions, as another TU sees them.
#include "corolint/annotations.h"
namespace pool {
void fan_out();                       // a local std::jthread joins
void enqueue(int job) COROLINT_NONBLOCKING; // sleeps, but the user vouches for it
int drain() COROLINT_BLOCKING;        // returns at once, but the user says it blocks
} // namespace pool
