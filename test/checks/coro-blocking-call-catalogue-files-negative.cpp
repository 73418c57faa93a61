// RUN: %check_coro coro-blocking-call,coro-sync-wait-in-coroutine %s \
// RUN:   --config="{CheckOptions: {CatalogueFiles: '%S/Inputs/catalogues/inhouse.yaml'}}" \
// RUN:   -- -I%S/Inputs
// The non-blocking forms of the file's entries, and calls it does not list.
#include "inhouse.h"

test::Task silent(legacy::Db &db, int fd) {
  db.poll(0);                                  // zero-timeout-arg, Arg 0
  legacy::send_msg(fd, legacy::SendNoWait);    // flag-bit-arg, Bits 0x40
  legacy::send_msg(fd, 0x41);
  co_await legacy::refresh();                  // awaited, not bridged
  co_return;
}

// Outside coroutines, nothing is reported.
void plain(legacy::Db &db) {
  db.query("select 1");
  legacy::run_sync(legacy::refresh());
}

// The example of the docs (docs/examples/catalogue.yaml) loads without an
// error, and its entries name nothing here.
// RUN: %expect_exit 0 %corolint --checks='-*,coro-blocking-call,coro-sync-wait-in-coroutine' \
// RUN:   --config="{CheckOptions: {CatalogueFiles: '%src_root/docs/examples/catalogue.yaml'}}" \
// RUN:   %s -- -std=c++20 -I%S/Inputs
