// A team's in-house library, for the CatalogueFiles tests: a synchronous
// database client, a message socket, a bridge, and a C function declared
// outside any system header. The catalogue for it is catalogues/inhouse.yaml.
#ifndef COROLINT_TEST_INHOUSE_H
#define COROLINT_TEST_INHOUSE_H
#include "coro-task.h"

namespace legacy {
struct Db {
  int query(const char *sql);
  int poll(int timeout_ms);
};
constexpr int SendNoWait = 0x40;
int send_msg(int fd, int flags);
template <class Awaitable> void run_sync(Awaitable &&work);
test::Task refresh();
} // namespace legacy
extern "C" void legacy_pause_ms(int ms);
#endif
