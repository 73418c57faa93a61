#include "lib.h"
#include <unistd.h>
namespace lib {
void slow() { sleep(1); }
}
