#include "flags.h"
#include <unistd.h>

// Listed twice: it blocks only with -DDISK.
void lib::load() {
#ifdef DISK
  fsync(3);
#endif
}
