// Bad catalogue files are configuration errors in both front ends, each
// naming its file, line and column (corolint exits 2); the good files still
// apply. One run lists every kind of bad file.
// RUN: not %clang_tidy --load=%plugin --checks='-*,coro-blocking-call,coro-sync-wait-in-coroutine' \
// RUN:   --config="{CheckOptions: {CatalogueFiles: '%S/Inputs/catalogues/missing.yaml;%S/Inputs/catalogues;%S/Inputs/catalogues/bad-syntax.yaml;%S/Inputs/catalogues/not-a-mapping.yaml;%S/Inputs/catalogues/bad-category.yaml;%S/Inputs/catalogues/bad-advice.yaml;%S/Inputs/catalogues/bad-form.yaml;%S/Inputs/catalogues/bad-bridge-form.yaml;%S/Inputs/catalogues/no-name.yaml;%S/Inputs/catalogues/unknown-key.yaml;%S/Inputs/catalogues/no-advice.yaml;%S/Inputs/catalogues/no-bits.yaml;%S/Inputs/catalogues/inhouse.yaml'}}" \
// RUN:   %s -- -std=c++20 -I%S/Inputs > %t.plugin 2>&1
// RUN: FileCheck %s < %t.plugin
// RUN: %expect_exit 2 %corolint --checks='-*,coro-blocking-call,coro-sync-wait-in-coroutine' \
// RUN:   --config="{CheckOptions: {CatalogueFiles: '%S/Inputs/catalogues/missing.yaml;%S/Inputs/catalogues;%S/Inputs/catalogues/bad-syntax.yaml;%S/Inputs/catalogues/not-a-mapping.yaml;%S/Inputs/catalogues/bad-category.yaml;%S/Inputs/catalogues/bad-advice.yaml;%S/Inputs/catalogues/bad-form.yaml;%S/Inputs/catalogues/bad-bridge-form.yaml;%S/Inputs/catalogues/no-name.yaml;%S/Inputs/catalogues/unknown-key.yaml;%S/Inputs/catalogues/no-advice.yaml;%S/Inputs/catalogues/no-bits.yaml;%S/Inputs/catalogues/inhouse.yaml'}}" \
// RUN:   %s -- -std=c++20 -I%S/Inputs > %t.tool 2>&1
// RUN: FileCheck %s --check-prefixes=CHECK,TOOL < %t.tool
//
// A missing file, and a directory.
// CHECK-DAG: error: cannot read catalogue file '{{.*}}/Inputs/catalogues/missing.yaml': No such file or directory (option 'CatalogueFiles') [clang-tidy-config]
// CHECK-DAG: error: cannot read catalogue file '{{.*}}/Inputs/catalogues': Is a directory (option 'CatalogueFiles') [clang-tidy-config]
// Bad YAML, and YAML that is not a catalogue.
// CHECK-DAG: error: {{.*}}/Inputs/catalogues/bad-syntax.yaml:4:20: Could not find closing ]! (option 'CatalogueFiles') [clang-tidy-config]
// CHECK-DAG: error: {{.*}}/Inputs/catalogues/not-a-mapping.yaml:1:1: not a mapping (option 'CatalogueFiles') [clang-tidy-config]
// Unknown values, with what is accepted.
// CHECK-DAG: error: {{.*}}/Inputs/catalogues/bad-category.yaml:3:15: unknown category 'networking'; expected any of 'sleep;file-io;network-io;dns;process;wait;lock;console;custom' (option 'CatalogueFiles') [clang-tidy-config]
// CHECK-DAG: error: {{.*}}/Inputs/catalogues/bad-advice.yaml:2:62: unknown advice 'sockets'; expected any of 'sleep;file;stdin;stream;socket;poll;dns;process;future;lock;event;semaphore;rendezvous;console;database;libpq;hiredis;mariadb' (option 'CatalogueFiles') [clang-tidy-config]
// CHECK-DAG: error: {{.*}}/Inputs/catalogues/bad-form.yaml:5:13: unknown non-blocking form 'zero-timeout'; expected any of 'never;zero-timeout-arg;flag-bit-arg;no-resource-acquired;stream-not-stdin-or-file;file-status-arg;stream-not-console;stream-is-console;arg-not-equal;zero-timeout-pointee;callback-param;buffer-param;deferred-connection;expired-deadline-arg;readiness-checked;no-timeout-or-zero-arg;cached-after-first-query' (option 'CatalogueFiles') [clang-tidy-config]
// CHECK-DAG: error: {{.*}}/Inputs/catalogues/bad-bridge-form.yaml:3:11: unknown bridge form 'function'; expected any of 'awaitable;sender;member;event-loop' (option 'CatalogueFiles') [clang-tidy-config]
// Incomplete entries; a misspelt key. (clang-tidy sorts these errors.)
// CHECK-DAG: error: {{.*}}/Inputs/catalogues/no-name.yaml:5:5: missing required key 'Name' (option 'CatalogueFiles') [clang-tidy-config]
// CHECK-DAG: error: {{.*}}/Inputs/catalogues/unknown-key.yaml:5:5: unknown key 'Alternatve' (option 'CatalogueFiles') [clang-tidy-config]
// CHECK-DAG: error: {{.*}}/Inputs/catalogues/no-advice.yaml:2:5: entry 'legacy::send_msg' needs 'Advice' or 'Alternative' (the note's text) (option 'CatalogueFiles') [clang-tidy-config]
// CHECK-DAG: error: {{.*}}/Inputs/catalogues/no-bits.yaml:2:5: entry 'legacy::send_msg' has form 'flag-bit-arg' but no 'Bits' (option 'CatalogueFiles') [clang-tidy-config]
// The good file still applies, to both checks.
// CHECK: :[[@LINE+5]]:6: warning: blocking call to 'legacy::Db::query' (network-io) in coroutine 'f'
// CHECK: :[[@LINE+5]]:3: warning: blocking bridge 'legacy::run_sync' called in coroutine 'f'
// TOOL: corolint: error: invalid configuration while analysing '{{.*}}coro-blocking-call-catalogue-files-bad.cpp'
#include "inhouse.h"
test::Task f(legacy::Db &db) {
  db.query("select 1");
  legacy::run_sync(legacy::refresh());
  co_return;
}
