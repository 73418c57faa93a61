// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -D_FILE_OFFSET_BITS=64
// The POSIX neighbours of posix.def's issue-12 rows that do not block stay
// silent: msync with MS_ASYNC, a waitpid with WNOHANG, preparing a spawn's
// attributes, lseek64 (no I/O), and a lockf64 test or unlock.
#include "coro-task.h"
#include <fcntl.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

test::Task quiet(void *addr, size_t length, int fd) {
  msync(addr, length, MS_ASYNC);
  msync(addr, length, MS_ASYNC | MS_INVALIDATE);
  int status = 0;
  waitpid(-1, &status, WNOHANG);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addclose(&actions, 0);
  posix_spawn_file_actions_destroy(&actions);
  lseek64(fd, 0, SEEK_SET);
  lockf64(fd, F_TLOCK, 0);
  lockf64(fd, F_ULOCK, 0);
  getpid();
  co_return;
}
