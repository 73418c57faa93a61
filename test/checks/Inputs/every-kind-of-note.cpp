// One call of every kind of note (LibraryNotes.h's Advice), in a coroutine
// whose return type is the macro TASK. Used by coro-blocking-call-notes-no-aio.test.
#include "coro-libs.h"
#include "coro-task.h"
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <future>
#include <hiredis/hiredis.h>
#include <latch>
#include <mariadb/mysql.h>
#include <mutex>
#include <netdb.h>
#include <poll.h>
#include <postgresql/libpq-fe.h>
#include <semaphore>
#include <sqlite3.h>
#include <sys/socket.h>
#include <thread>

namespace legacy {
int query(const char *sql);
}
std::mutex m;
std::condition_variable cv;

TASK every_kind(std::future<int> f, std::ifstream &in, std::latch &latch,
                std::counting_semaphore<2> &sem, int fd, sqlite3 *db, PGconn *pg,
                redisContext *redis, MYSQL *mysql) {
  std::this_thread::sleep_for(std::chrono::seconds(1)); // Sleep
  std::fopen("a.txt", "r");                             // File
  std::getchar();                                       // Stdin
  char buf[4];
  in.read(buf, sizeof buf);                             // Stream
  recv(fd, buf, sizeof buf, 0);                         // Socket
  pollfd pfd{fd, POLLIN, 0};
  poll(&pfd, 1, 10);                                    // Poll
  gethostbyname("example.org");                         // DNS
  std::system("true");                                  // Process
  f.get();                                              // Future
  m.lock();                                             // Lock
  std::unique_lock lock(m, std::defer_lock);
  cv.wait(lock);                                        // Event
  sem.acquire();                                        // Semaphore
  latch.wait();                                         // Rendezvous
  std::printf("x\n");                                   // Console
  sqlite3_exec(db, "select 1", nullptr, nullptr, nullptr); // Database
  PQexec(pg, "select 1");                               // Libpq
  redisCommand(redis, "PING");                          // Hiredis
  mysql_query(mysql, "select 1");                       // MariaDB
  legacy::query("select 1");                            // Custom
  co_return;
}
