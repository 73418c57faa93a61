#include "coro-task.h"
#include "net.h"

test::Task poll_frames() {
  char frame[16];
  net::read_frame(frame);
  co_return;
}
