// A project's own header (found with -I): global functions that share a
// name, or a library's prefix, with catalogued C functions.
#ifndef APP_IO_H
#define APP_IO_H
#include "sqlite3.h"
int read(int key);                          // not the POSIX read
int sqlite3_app_open(const char *name);     // a wrapper of its own, not catalogued
int redis_cache_get(const char *key);       // not hiredis
#endif
