#include "app.h"

namespace cycle {
int ping(int n) { return n <= 0 ? 0 : pong(n - 1); }
int even(int n) { return n == 0 ? 1 : odd(n - 1); }
}
