#include "app.h"

namespace deep {
void l1() { l2(); }
void l3() { l4(); }
void l5() { l6(); }
}
