// Qt code that does not block a coroutine stays silent, against the real Qt
// and QCoro headers (-isystem, as CMake passes them, and plain -I, where
// Qt's and QCoro's inline code is followed like a project's own): zero
// timeouts and the default of waitForNewConnection (0), the try* forms
// without a timeout, reads and writes on devices that are not files
// (QBuffer, sockets, processes, a QIODevice of unknown kind), QFileInfo
// queries that read its cache, the awaitable QCoro forms the notes name
// (every one of them, which also proves they exist), a user's own class
// with a waitForFinished member, plain locks with the default categories,
// work handed to QtConcurrent or connected to a signal, and D-Bus calls
// that do not wait (QDBus::NoBlock, asyncCall awaited through QCoro).
// RUN: %check_coro coro-blocking-call %s -- %qt_flags
// RUN: %check_coro coro-blocking-call %s -- %qt_flags_user
#include <QBuffer>
#include <QCoroAbstractSocket>
#include <QCoroDBus>
#include <QCoroFuture>
#include <QCoroGenerator>
#include <QCoroIODevice>
#include <QCoroLocalSocket>
#include <QCoroProcess>
#include <QCoroSignal>
#include <QCoroTask>
#include <QCoroTcpServer>
#include <QCoroThread>
#include <QCoroTimer>
#include <QDBusInterface>
#include <QDBusReply>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QMutex>
#include <QProcess>
#include <QReadWriteLock>
#include <QSemaphore>
#include <QSettings>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentRun>
#include <chrono>

using namespace std::chrono_literals;

// A zero timeout does not wait; waitForNewConnection's default is 0.
QCoro::Task<> zeroTimeouts(QIODevice *device, QTcpSocket &tcp, QLocalSocket &local,
                           QProcess &process, QTcpServer &server, QLocalServer &localServer,
                           QThread *thread, QThreadPool &pool, QWaitCondition &cond,
                           QMutex &mutex) {
  device->waitForReadyRead(0);
  device->waitForBytesWritten(0);
  tcp.waitForConnected(0);
  tcp.waitForReadyRead(0);
  local.waitForReadyRead(0);
  process.waitForFinished(0);
  process.waitForStarted(0);
  server.waitForNewConnection();
  server.waitForNewConnection(0);
  localServer.waitForNewConnection();
  thread->wait(0);
  pool.waitForDone(0);
  cond.wait(&mutex, 0);
  co_return;
}

// try* forms without a timeout, or with a zero one.
QCoro::Task<> tries(QSemaphore &sem, QMutex &mutex, QRecursiveMutex &rmutex,
                    QReadWriteLock &rw, QLockFile &lockFile) {
  sem.tryAcquire();
  sem.tryAcquire(2);
  sem.tryAcquire(1, 0);
  sem.try_acquire();
  sem.try_acquire_for(0ms);
  if (mutex.tryLock())
    mutex.unlock();
  if (mutex.tryLock(0))
    mutex.unlock();
  if (mutex.try_lock_for(0ms))
    mutex.unlock();
  if (rmutex.tryLock())
    rmutex.unlock();
  if (rw.tryLockForRead())
    rw.unlock();
  if (rw.tryLockForWrite(0))
    rw.unlock();
  lockFile.tryLock();
  lockFile.tryLock(0ms);
  co_return;
}

// QIODevice reads and writes on devices that are not files.
QCoro::Task<QByteArray> notFiles(QIODevice *device, QTcpSocket &tcp, QLocalSocket &local,
                                 QProcess &process) {
  QByteArray bytes("data");
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::ReadWrite);
  buffer.write("more");
  buffer.seek(0);
  QByteArray all = buffer.readAll();
  buffer.readLine();
  buffer.read(2);
  buffer.close();
  tcp.write(all);
  tcp.readAll();
  tcp.read(4);
  tcp.flush();
  local.write(all);
  local.readAll();
  process.write(all);
  process.readAllStandardOutput();
  device->readAll(); // a QIODevice of unknown kind: silent
  device->write(all);
  co_return all;
}

// Name-only members and constructors do not touch the disk.
QCoro::Task<QString> names(const QString &path) {
  QFile file(path);
  QDir dir(path);
  QFileInfo info(path);
  QTemporaryFile temporary;
  QSettings settings;
  QString name = file.fileName() + dir.path() + dir.filePath("x") + info.fileName() +
                 info.suffix() + info.path() + info.absoluteFilePath();
  co_return name;
}

// QFileInfo queries that read the cache: a second query of a local, a
// query after stat(), objects of unknown state (parameters, copies, members,
// the entries of entryInfoList, whose listing is the finding).
struct Cache {
  QFileInfo info;
};
QCoro::Task<> cached(const QFileInfo &param, Cache &cache, QFileInfoList list) {
  param.isDir();
  param.size();
  cache.info.exists();
  QFileInfo copy = param;
  copy.isFile();
  for (const QFileInfo &entry : list)
    entry.isDir();
  list.first().lastModified();
  co_return;
}

// The awaitable forms the notes name.
QCoro::Task<> awaited(QIODevice *device, QTcpSocket *tcp, QSslSocket *ssl, QLocalSocket *local,
                      QProcess *process, QTcpServer *server, QLocalServer *localServer,
                      QThread *thread, QObject *context) {
  co_await qCoro(device).waitForReadyRead(100);
  co_await qCoro(device).readAll();
  co_await qCoro(device).waitForBytesWritten(100);
  co_await qCoro(tcp).waitForConnected();
  co_await qCoro(tcp).connectToHost(QStringLiteral("example.org"), 80);
  co_await qCoro(tcp).waitForDisconnected();
  co_await qCoro(tcp).waitForReadyRead(100);
  co_await qCoro(tcp).readAll();
  co_await qCoro(tcp).waitForBytesWritten(100);
  co_await qCoro(ssl, &QSslSocket::encrypted);
  co_await qCoro(local).waitForConnected();
  co_await qCoro(local).connectToServer(QStringLiteral("name"));
  co_await qCoro(local).waitForDisconnected();
  co_await qCoro(server).waitForNewConnection(100);
  co_await qCoro(localServer, &QLocalServer::newConnection);
  localServer->nextPendingConnection();
  co_await qCoro(process).start(QStringLiteral("ls"), {});
  co_await qCoro(process).waitForStarted();
  co_await qCoro(process).waitForReadyRead(100);
  co_await qCoro(process).waitForBytesWritten(100);
  co_await qCoro(process).waitForFinished();
  co_await qCoro(thread).waitForFinished();
  co_await QCoro::sleepFor(10ms);
  QHostInfo::lookupHost(QStringLiteral("example.org"), context, [](const QHostInfo &) {});
  // File access handed to a worker thread, and work connected to a signal.
  QByteArray data = co_await QtConcurrent::run([] {
    QFile file(QStringLiteral("a.txt"));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
  });
  QTimer timer;
  QObject::connect(&timer, &QTimer::timeout, [] { QThread::msleep(10); });
  co_await timer;
}

// D-Bus without waiting: the call placed with QDBus::NoBlock, and the
// asynchronous forms the notes name, awaited through QCoro.
QCoro::Task<QString> dbus(QDBusAbstractInterface &proxy) {
  proxy.call(QDBus::NoBlock, QStringLiteral("notify"));
  proxy.callWithArgumentList(QDBus::NoBlock, QStringLiteral("notify"), {});
  QDBusReply<QString> reply = co_await proxy.asyncCall(QStringLiteral("ping"), 1);
  co_await proxy.asyncCallWithArgumentList(QStringLiteral("ping"), {});
  co_return reply.value();
}

// Outside a coroutine, the proxy's introspection stalls no event loop.
QString makeProxy() {
  QDBusInterface iface(QStringLiteral("org.example.Service"), QStringLiteral("/"));
  return iface.call(QStringLiteral("ping")).errorMessage();
}

// A user's own class whose members share the names of Qt's.
struct Job {
  bool waitForFinished(int msecs = 30000);
  bool waitForReadyRead(int msecs);
  void sleep(unsigned long secs);
};
QCoro::Task<> userNames(Job &job) {
  job.waitForFinished();
  job.waitForReadyRead(100);
  job.sleep(1);
  co_return;
}

// Plain locks: category `lock`, off by default.
QCoro::Task<> locks(QMutex &mutex, QReadWriteLock &rw) {
  {
    QMutexLocker locker(&mutex);
  }
  mutex.lock();
  mutex.unlock();
  {
    QReadLocker reader(&rw);
  }
  rw.lockForWrite();
  rw.unlock();
  co_return;
}

// A synchronous generator runs when its caller iterates it.
QCoro::Generator<QByteArray> lines(QFile &file) {
  while (!file.atEnd())
    co_yield file.readLine();
}
