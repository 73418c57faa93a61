#include "pool.h"
#include <thread>
#include <unistd.h>
int work();
namespace pool {
void fan_out() { std::jthread t(work); }
void enqueue(int) { usleep(1); }
int drain() { return 0; }
} // namespace pool
