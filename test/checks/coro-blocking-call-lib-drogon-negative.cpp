// RUN: %check_coro 'coro-blocking-call,coro-sync-wait-in-coroutine' %s -- -isystem %S/Inputs/drogon-standin
// drogon's asynchronous forms stay silent: the callback overloads of the
// names drogon.def lists (CallbackParam), the coroutine forms (CoroMapper,
// execSqlCoro, sendRequestCoro, execCommandCoro), the future forms, a file
// response made from memory, an uploaded file's content in memory, and the synchronous forms outside coroutines.
// The headers are a stand-in for drogon at commit 74fc004c (see their top).
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

Task<> callbacks(DbClientPtr db, User user) {
  Mapper<User> mapper(db);
  auto onError = [](const DrogonDbException &) {};
  mapper.findByPrimaryKey(42, [](User) {}, onError);
  mapper.findAll([](std::vector<User>) {}, onError);
  Criteria adults("age", CompareOperator::GE, 18);
  mapper.findBy(adults, [](std::vector<User>) {}, onError);
  mapper.findOne(adults, [](User) {}, onError);
  mapper.count(adults, [](size_t) {}, onError);
  Mapper<User>::SingleRowCallback named = [](User) {};
  mapper.insert(user, named, onError);
  mapper.update(user, [](size_t) {}, onError);
  mapper.updateBy({"name"}, [](size_t) {}, onError, adults, std::string("x"));
  mapper.increment({"visits"}, [](size_t) {}, onError, adults, 1);
  mapper.deleteOne(user, [](size_t) {}, onError);
  mapper.deleteBy(adults, [](size_t) {}, onError);
  mapper.deleteByPrimaryKey(42, [](size_t) {}, onError);
  // The future forms return at once (their get() is std::future::get).
  auto later = mapper.findFutureBy(adults);
  db->execSqlAsync("select 1", [](const Result &) {}, [](const DrogonDbException &) {});
  db->newTransactionAsync([](const std::shared_ptr<Transaction> &) {});
  (void)later;
  co_return;
}

// The upload's content in memory, not the file system.
Task<std::string> uploaded(const HttpFile &file) {
  std::string copy(file.fileContent());
  copy += file.getFileName();
  copy += std::string(file.getFileExtension());
  copy += file.getMd5();
  (void)file.fileLength();
  co_return copy;
}

// Outside a coroutine, saving is not a stall of an event loop.
int saveNow(const HttpFile &file) { return file.saveAs("a.png"); }

Task<> coroutines(DbClientPtr db, User user, nosql::RedisClientPtr redis) {
  CoroMapper<User> mapper(db);
  User found = co_await mapper.findByPrimaryKey(42);
  std::vector<User> all = co_await mapper.findAll();
  Criteria adults("age", CompareOperator::GE, 18);
  std::vector<User> some = co_await mapper.limit(10).findBy(adults);
  size_t n = co_await mapper.count();
  co_await mapper.insert(user);
  co_await mapper.update(user);
  co_await mapper.deleteByPrimaryKey(42);
  Result r = co_await db->execSqlCoro("select 1");
  auto trans = co_await db->newTransactionCoro();
  auto value = co_await redis->execCommandCoro("get %s", "key");
  auto redisTrans = co_await redis->newTransactionCoro();
  (void)found, (void)all, (void)some, (void)n, (void)r, (void)trans, (void)value,
      (void)redisTrans;
}

Task<HttpResponsePtr> http(HttpClientPtr client, HttpRequestPtr req,
                           trantor::EventLoop *loop) {
  client->sendRequest(req, [](ReqResult, const HttpResponsePtr &) {});
  HttpReqCallback onReply = [](ReqResult, const HttpResponsePtr &) {};
  client->sendRequest(req, onReply, 5.0);
  client->sendRequest(req, std::move(onReply));
  HttpResponsePtr resp = co_await client->sendRequestCoro(req);
  co_await sleepCoro(loop, 1.5);
  co_await queueInLoopCoro(loop, [] {});
  static const unsigned char logo[] = {0x89, 'P', 'N', 'G'};
  auto inMemory = HttpResponse::newFileResponse(logo, sizeof logo, "logo.png");
  auto streamed = HttpResponse::newStreamResponse(
      [](char *, std::size_t) -> std::size_t { return 0; });
  (void)inMemory, (void)streamed;
  co_return resp;
}

// Outside coroutines, the synchronous forms and the bridge are fine.
std::string warmUp(DbClientPtr db, HttpClientPtr client, HttpRequestPtr req) {
  db->execSqlSync("select 1");
  Mapper<User>(db).findAll();
  client->sendRequest(req);
  HttpResponse::newFileResponse("/srv/index.html");
  sync_wait(client->sendRequestCoro(req));
  return "warm";
}
