#include "wait.h"

namespace config {
void load() { CONFIG_WAIT(); }
}
