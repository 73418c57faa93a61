// A project's vendored sqlite3.h, as the SQLite amalgamation ships it next
// to sqlite3.c and a build finds it with -I (not a system header). A
// stand-in for corolint's lit tests: a few of SQLite 3.40's declarations,
// copied in shape from Debian's /usr/include/sqlite3.h.
#ifndef SQLITE3_H
#define SQLITE3_H
#define SQLITE_API
#ifdef __cplusplus
extern "C" {
#endif
typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;
SQLITE_API int sqlite3_open(const char *filename, sqlite3 **ppDb);
SQLITE_API int sqlite3_prepare_v2(sqlite3 *db, const char *zSql, int nByte,
                                  sqlite3_stmt **ppStmt, const char **pzTail);
SQLITE_API int sqlite3_step(sqlite3_stmt *);
SQLITE_API int sqlite3_column_int(sqlite3_stmt *, int iCol);
SQLITE_API int sqlite3_finalize(sqlite3_stmt *pStmt);
#ifdef __cplusplus
}
#endif
#endif
