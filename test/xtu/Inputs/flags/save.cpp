#include "flags.h"
#include <unistd.h>

// Listed twice: it blocks either way, through another call.
void lib::save() {
#ifdef SYNC
  fsync(3);
#else
  usleep(10);
#endif
}
