// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -D_FILE_OFFSET_BITS=64
// POSIX calls added to posix.def for issue 12: fork, vfork and the exec
// family, posix_spawn with waitpid, msync, and the large-file (*64) forms of
// the file calls. The second run builds with -D_FILE_OFFSET_BITS=64, where
// glibc renames `open` to `open64` by an asm label: the call still names
// `open`, so both spellings are reported under their own names either way.
// Negative cases are in coro-blocking-call-posix-gaps-negative.cpp.
#include "coro-task.h"
#include <cstdio>
#include <dirent.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

test::Task spawn(char *const argv[]) {
  pid_t child = fork();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking call to 'fork' (process) in coroutine 'spawn' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: offload to a thread pool and await the result so the event loop keeps running
  if (child == 0) {
    execve("/bin/true", argv, environ);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'execve' (process) in coroutine 'spawn'
    execv("/bin/true", argv);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'execv' (process) in coroutine 'spawn'
    execvp("true", argv);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'execvp' (process) in coroutine 'spawn'
    execvpe("true", argv, environ);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'execvpe' (process) in coroutine 'spawn'
    execl("/bin/true", "true", nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'execl' (process) in coroutine 'spawn'
    execlp("true", "true", nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'execlp' (process) in coroutine 'spawn'
    execle("/bin/true", "true", nullptr, environ);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'execle' (process) in coroutine 'spawn'
    fexecve(3, argv, environ);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'fexecve' (process) in coroutine 'spawn'
    execveat(3, "", argv, environ, AT_EMPTY_PATH);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'execveat' (process) in coroutine 'spawn'
  }
  pid_t shared = vfork();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking call to 'vfork' (process) in coroutine 'spawn'
  pid_t pid = 0;
  posix_spawn(&pid, "/bin/true", nullptr, nullptr, argv, environ);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'posix_spawn' (process) in coroutine 'spawn'
  posix_spawnp(&pid, "true", nullptr, nullptr, argv, environ);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'posix_spawnp' (process) in coroutine 'spawn'
  int status = 0;
  waitpid(pid, &status, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'waitpid' (process) in coroutine 'spawn'
  (void)shared;
  co_return;
}

test::Task mapped(void *addr, size_t length) {
  msync(addr, length, MS_SYNC);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'msync' (file-io) in coroutine 'mapped'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: offload the file access to a thread pool and await the result
  msync(addr, length, MS_SYNC | MS_INVALIDATE);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'msync' (file-io) in coroutine 'mapped'
  co_return;
}

test::Task largeFiles(int dirfd, int out, int in) {
  int fd = open("a.bin", O_RDONLY);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'open' (file-io) in coroutine 'largeFiles'
  fd = open64("a.bin", O_RDONLY);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'open64' (file-io) in coroutine 'largeFiles'
  fd = openat64(dirfd, "a.bin", O_RDONLY);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'openat64' (file-io) in coroutine 'largeFiles'
  fd = creat64("b.bin", 0644);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'creat64' (file-io) in coroutine 'largeFiles'
  FILE *file = fopen64("a.bin", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: blocking call to 'fopen64' (file-io) in coroutine 'largeFiles'
  file = freopen64("b.bin", "w", file);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'freopen64' (file-io) in coroutine 'largeFiles'
  struct stat64 st;
  stat64("a.bin", &st);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'stat64' (file-io) in coroutine 'largeFiles'
  lstat64("a.bin", &st);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'lstat64' (file-io) in coroutine 'largeFiles'
  fstat64(fd, &st);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'fstat64' (file-io) in coroutine 'largeFiles'
  fstatat64(dirfd, "a.bin", &st, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'fstatat64' (file-io) in coroutine 'largeFiles'
  struct statvfs64 vfs;
  statvfs64("/", &vfs);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'statvfs64' (file-io) in coroutine 'largeFiles'
  char buf[64];
  pread64(fd, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pread64' (file-io) in coroutine 'largeFiles'
  pwrite64(fd, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pwrite64' (file-io) in coroutine 'largeFiles'
  ftruncate64(fd, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'ftruncate64' (file-io) in coroutine 'largeFiles'
  truncate64("a.bin", 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'truncate64' (file-io) in coroutine 'largeFiles'
  off64_t offset = 0;
  sendfile64(out, in, &offset, 4096);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sendfile64' (file-io) in coroutine 'largeFiles'
  DIR *dir = opendir(".");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: blocking call to 'opendir' (file-io) in coroutine 'largeFiles'
  readdir64(dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'readdir64' (file-io) in coroutine 'largeFiles'
  struct dirent64 **entries = nullptr;
  scandir64(".", &entries, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'scandir64' (file-io) in coroutine 'largeFiles'
  lockf64(fd, F_LOCK, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'lockf64' (wait) in coroutine 'largeFiles'
  co_return;
}
