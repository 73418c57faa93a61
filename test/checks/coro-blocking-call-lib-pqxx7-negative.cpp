// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -isystem %S/Inputs/pqxx7-standin
// libpqxx 7's calls that do not block stay silent: moving a connection,
// connecting with pqxx::connecting, a nontransaction (no BEGIN), reading
// the notifications already received. The header is a stand-in that copies
// libpqxx 7.7.5's declarations (see its top).
#include "coro-task.h"
#include <pqxx/pqxx>
#include <utility>

test::Task connectAsync(pqxx::connection &conn) {
  pqxx::connecting pending{"dbname=shop"};
  while (!pending.done()) {
    co_await test::Task{}; // the event loop waits on pending.sock()
    pending.process();
  }
  pqxx::connection ready{std::move(pending).produce()};
  pqxx::connection moved{std::move(conn)};
  pqxx::nontransaction tx{ready};
  ready.get_notifs();
}
