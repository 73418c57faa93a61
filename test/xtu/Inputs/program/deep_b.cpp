#include "app.h"
#include <unistd.h>

namespace deep {
void l2() { l3(); }
void l4() { l5(); }
void l6() { sleep(1); }
}
