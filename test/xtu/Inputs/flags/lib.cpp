#include "flags.h"
#include <unistd.h>

void lib::slow() { sleep(1); }
void lib::fast() {}
