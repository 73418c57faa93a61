// RUN: %check_coro coro-blocking-call %s -- -isystem %S/Inputs/drogon-standin
// drogon's synchronous calls in a drogon::Task handler (checks/catalogue/
// drogon.def). drogon is not packaged by Debian: the headers are a stand-in
// that copies the declarations of drogon at commit 74fc004c (see their top).
#include <drogon/HttpClient.h>
#include <drogon/HttpResponse.h>
#include <drogon/MultiPart.h>
#include <drogon/nosql/RedisClient.h>
#include <drogon/orm/CoroMapper.h>
#include <drogon/orm/DbClient.h>
#include <drogon/orm/Mapper.h>
#include <string>
#include <vector>

using namespace drogon;
using namespace drogon::orm;

struct User {
  using PrimaryKeyType = int;
};

Task<> database(DbClientPtr db) {
  Result r = db->execSqlSync("select * from users where id = $1", 42);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking call to 'drogon::orm::DbClient::execSqlSync' (network-io) in coroutine 'database' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: use 'co_await db->execSqlCoro(...)'; it suspends only this coroutine
  auto trans = db->newTransaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking call to 'drogon::orm::DbClient::newTransaction' (network-io) in coroutine 'database'
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: use 'co_await db->newTransactionCoro()'; it suspends only this coroutine
  auto committed = db->newTransaction([](bool) {}); // a commit callback, still blocking
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: blocking call to 'drogon::orm::DbClient::newTransaction' (network-io) in coroutine 'database'
  // CHECK-MESSAGES: :[[@LINE-2]]:24: note: use 'co_await db->newTransactionCoro()'; it suspends only this coroutine
  trans->execSqlSync("update users set seen = now()");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'drogon::orm::DbClient::execSqlSync' (network-io) in coroutine 'database'
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await db->execSqlCoro(...)'; it suspends only this coroutine
  (void)r;
  (void)committed;
  co_return;
}

Task<> orm(DbClientPtr db, User user) {
  Mapper<User> mapper(db);
  User found = mapper.findByPrimaryKey(42);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: blocking call to 'drogon::orm::Mapper::findByPrimaryKey' (network-io) in coroutine 'orm'
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: use 'co_await mapper.findByPrimaryKey(...)' on a 'drogon::orm::CoroMapper'
  std::vector<User> all = mapper.findAll();
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: blocking call to 'drogon::orm::Mapper::findAll' (network-io) in coroutine 'orm'
  // CHECK-MESSAGES: :[[@LINE-2]]:34: note: use 'co_await mapper.findAll()' on a 'drogon::orm::CoroMapper'
  Criteria adults("age", CompareOperator::GE, 18);
  std::vector<User> some = mapper.limit(10).findBy(adults);
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: blocking call to 'drogon::orm::Mapper::findBy' (network-io) in coroutine 'orm'
  // CHECK-MESSAGES: :[[@LINE-2]]:45: note: use 'co_await mapper.findBy(...)' on a 'drogon::orm::CoroMapper'
  User one = mapper.findOne(adults);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'drogon::orm::Mapper::findOne' (network-io) in coroutine 'orm'
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: use 'co_await mapper.findOne(...)' on a 'drogon::orm::CoroMapper'
  size_t n = mapper.count();
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'drogon::orm::Mapper::count' (network-io) in coroutine 'orm'
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: use 'co_await mapper.count(...)' on a 'drogon::orm::CoroMapper'
  mapper.insert(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'drogon::orm::Mapper::insert' (network-io) in coroutine 'orm'
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await mapper.insert(...)' on a 'drogon::orm::CoroMapper'
  mapper.update(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'drogon::orm::Mapper::update' (network-io) in coroutine 'orm'
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await mapper.update(...)' on a 'drogon::orm::CoroMapper'
  mapper.updateBy({"name"}, adults, std::string("x"));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'drogon::orm::Mapper::updateBy' (network-io) in coroutine 'orm'
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await mapper.updateBy(...)' on a 'drogon::orm::CoroMapper'
  mapper.increment({"visits"}, adults, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'drogon::orm::Mapper::increment' (network-io) in coroutine 'orm'
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await mapper.increment(...)' on a 'drogon::orm::CoroMapper'
  mapper.deleteOne(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'drogon::orm::Mapper::deleteOne' (network-io) in coroutine 'orm'
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await mapper.deleteOne(...)' on a 'drogon::orm::CoroMapper'
  mapper.deleteBy(adults);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'drogon::orm::Mapper::deleteBy' (network-io) in coroutine 'orm'
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await mapper.deleteBy(...)' on a 'drogon::orm::CoroMapper'
  mapper.deleteByPrimaryKey(42);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'drogon::orm::Mapper::deleteByPrimaryKey' (network-io) in coroutine 'orm'
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await mapper.deleteByPrimaryKey(...)' on a 'drogon::orm::CoroMapper'
  (void)found, (void)all, (void)some, (void)one, (void)n;
  co_return;
}

// A CoroMapper's base Mapper members, called by their qualified name, are
// the blocking ones.
Task<> explicitBase(DbClientPtr db) {
  CoroMapper<User> mapper(db);
  auto rows = mapper.Mapper<User>::findAll();
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: blocking call to 'drogon::orm::Mapper::findAll' (network-io) in coroutine 'explicitBase'
  // CHECK-MESSAGES: :[[@LINE-2]]:36: note: use 'co_await mapper.findAll()' on a 'drogon::orm::CoroMapper'
  (void)rows;
  co_return;
}

Task<> redis(nosql::RedisClientPtr client) {
  std::string value = client->execCommandSync(
      [](const nosql::RedisResult &r) { return r.asString(); }, "get %s", "key");
  // CHECK-MESSAGES: :[[@LINE-2]]:31: warning: blocking call to 'drogon::nosql::RedisClient::execCommandSync' (network-io) in coroutine 'redis'
  // CHECK-MESSAGES: :[[@LINE-3]]:31: note: use 'co_await redis->execCommandCoro(...)'; it suspends only this coroutine
  auto trans = client->newTransaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: blocking call to 'drogon::nosql::RedisClient::newTransaction' (network-io) in coroutine 'redis'
  // CHECK-MESSAGES: :[[@LINE-2]]:24: note: use 'co_await redis->newTransactionCoro()'; it suspends only this coroutine
  (void)trans;
  co_return;
}

Task<HttpResponsePtr> proxy(HttpClientPtr client, HttpRequestPtr req) {
  auto [result, resp] = client->sendRequest(req);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: blocking call to 'drogon::HttpClient::sendRequest' (network-io) in coroutine 'proxy'
  // CHECK-MESSAGES: :[[@LINE-2]]:33: note: use 'co_await client->sendRequestCoro(req)'; it suspends only this coroutine
  auto timed = client->sendRequest(req, 2.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: blocking call to 'drogon::HttpClient::sendRequest' (network-io) in coroutine 'proxy'
  // CHECK-MESSAGES: :[[@LINE-2]]:24: note: use 'co_await client->sendRequestCoro(req)'; it suspends only this coroutine
  (void)result, (void)timed;
  co_return resp;
}

Task<HttpResponsePtr> download(std::string path) {
  auto resp = HttpResponse::newFileResponse(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call to 'drogon::HttpResponse::newFileResponse' (file-io) in coroutine 'download'
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: offload the file access with 'co_await drogon::queueInLoopCoro(loop, ...)' on an event loop kept for blocking work
  auto part = HttpResponse::newFileResponse(path, 0, 1024, true, "part.bin");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call to 'drogon::HttpResponse::newFileResponse' (file-io) in coroutine 'download'
  (void)part;
  co_return resp;
}

Task<> upload(const HttpFile &file, std::string name) {
  file.save();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'drogon::HttpFile::save' (file-io) in coroutine 'upload' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await drogon::queueInLoopCoro(loop, ...)' on an event loop kept for blocking work
  file.save("./images");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'drogon::HttpFile::save' (file-io) in coroutine 'upload'
  if (file.saveAs(name) != 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'drogon::HttpFile::saveAs' (file-io) in coroutine 'upload'
    co_return;
}

// An AsyncTask (fire and forget) is a drogon coroutine too.
AsyncTask background(DbClientPtr db) {
  db->execSqlSync("vacuum");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'drogon::orm::DbClient::execSqlSync' (network-io) in coroutine 'background'
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use 'co_await db->execSqlCoro(...)'; it suspends only this coroutine
  co_return;
}
