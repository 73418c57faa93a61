// Qt 6's blocking calls (checks/catalogue/qt.def) against Debian's real Qt
// and QCoro headers, passed as CMake passes imported targets (-isystem,
// %qt_flags), and again as plain -I (%qt_flags_user): with Qt's headers as
// user headers, the rows still match and Qt's inline code is not reported as
// a helper chain (QRecursiveMutex::lock calls tryLock(-1), a `wait` row, in
// its inline body: a catalogued function is not followed). Plain locking is
// category `lock`, off by default (the CHECK-LOCK run). The notes speak
// QCoro's words: every coroutine returns a QCoro::Task.
// RUN: %check_coro coro-blocking-call %s -- %qt_flags
// RUN: %check_coro coro-blocking-call %s -- %qt_flags_user
// RUN: env CHECK_PREFIX=CHECK-LOCK %check_coro coro-blocking-call %s \
// RUN:   --config="{CheckOptions: {coro-blocking-call.Categories: 'lock'}}" -- %qt_flags
#include <QCoroDBus>
#include <QCoroTask>
#include <QDBusInterface>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QMutex>
#include <QProcess>
#include <QReadWriteLock>
#include <QSaveFile>
#include <QSemaphore>
#include <QSettings>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>
#include <QtCore/qtestsupport_core.h>
#include <chrono>

using namespace std::chrono_literals;

// Devices, sockets, servers: waitFor* with a timeout that waits (the
// defaults are 30000 ms; QTcpServer's and QLocalServer's is 0, see the
// negative test).
QCoro::Task<> devices(QIODevice *device, QTcpSocket &tcp, QSslSocket &ssl,
                      QLocalSocket &local, QTcpServer &server, QLocalServer &localServer) {
  device->waitForReadyRead(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'QIODevice::waitForReadyRead' (wait) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: use 'co_await qCoro(device).waitForReadyRead(timeout)' or 'co_await qCoro(device).readAll()' (QCoro); it suspends only this coroutine
  device->waitForBytesWritten(-1);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'QIODevice::waitForBytesWritten' (wait) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: use 'co_await qCoro(device).waitForBytesWritten(timeout)' (QCoro); it suspends only this coroutine
  tcp.waitForConnected();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QAbstractSocket::waitForConnected' (network-io) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use 'co_await qCoro(socket).waitForConnected()' or 'co_await qCoro(socket).connectToHost(host, port)' (QCoro); it suspends only this coroutine
  tcp.waitForReadyRead();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QAbstractSocket::waitForReadyRead' (network-io) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use 'co_await qCoro(socket).waitForReadyRead(timeout)' or 'co_await qCoro(socket).readAll()' (QCoro); it suspends only this coroutine
  tcp.waitForBytesWritten(1000);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QAbstractSocket::waitForBytesWritten' (network-io) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use 'co_await qCoro(socket).waitForBytesWritten(timeout)' (QCoro); it suspends only this coroutine
  tcp.waitForDisconnected();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QAbstractSocket::waitForDisconnected' (network-io) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use 'co_await qCoro(socket).waitForDisconnected()' (QCoro); it suspends only this coroutine
  ssl.waitForEncrypted();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QSslSocket::waitForEncrypted' (network-io) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use 'co_await qCoro(socket, &QSslSocket::encrypted)' (QCoro); it suspends only this coroutine
  ssl.waitForConnected();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QSslSocket::waitForConnected' (network-io) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use 'co_await qCoro(socket).waitForConnected()' or 'co_await qCoro(socket).connectToHost(host, port)' (QCoro); it suspends only this coroutine
  ssl.waitForReadyRead();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QSslSocket::waitForReadyRead' (network-io) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use 'co_await qCoro(socket).waitForReadyRead(timeout)' or 'co_await qCoro(socket).readAll()' (QCoro); it suspends only this coroutine
  ssl.waitForBytesWritten();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QSslSocket::waitForBytesWritten' (network-io) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use 'co_await qCoro(socket).waitForBytesWritten(timeout)' (QCoro); it suspends only this coroutine
  ssl.waitForDisconnected();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QSslSocket::waitForDisconnected' (network-io) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use 'co_await qCoro(socket).waitForDisconnected()' (QCoro); it suspends only this coroutine
  local.waitForConnected();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'QLocalSocket::waitForConnected' (network-io) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use 'co_await qCoro(socket).waitForConnected()' or 'co_await qCoro(socket).connectToServer(name)' (QCoro); it suspends only this coroutine
  local.waitForReadyRead();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'QLocalSocket::waitForReadyRead' (network-io) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use 'co_await qCoro(socket).waitForReadyRead(timeout)' or 'co_await qCoro(socket).readAll()' (QCoro); it suspends only this coroutine
  local.waitForBytesWritten();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'QLocalSocket::waitForBytesWritten' (network-io) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use 'co_await qCoro(socket).waitForBytesWritten(timeout)' (QCoro); it suspends only this coroutine
  local.waitForDisconnected(500);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'QLocalSocket::waitForDisconnected' (network-io) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use 'co_await qCoro(socket).waitForDisconnected()' (QCoro); it suspends only this coroutine
  server.waitForNewConnection(-1);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'QTcpServer::waitForNewConnection' (network-io) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use 'co_await qCoro(server).waitForNewConnection(timeout)' (QCoro); it suspends only this coroutine
  localServer.waitForNewConnection(5000);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call to 'QLocalServer::waitForNewConnection' (network-io) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: use 'co_await qCoro(server, &QLocalServer::newConnection)' (QCoro), then 'server->nextPendingConnection()'; it suspends only this coroutine
  QHostInfo::fromName("example.org");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'QHostInfo::fromName' (dns) in coroutine 'devices' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'QHostInfo::lookupHost(name, context, functor)', which resolves off the event loop thread, or let 'co_await qCoro(socket).connectToHost(host, port)' (QCoro) resolve the name
  co_return;
}

// D-Bus: a call that waits for its reply, and the proxy whose constructor
// introspects the remote object (qcoro's examples/dbus/coroutine/main.cpp).
QCoro::Task<QString> dbus(QDBusAbstractInterface &proxy) {
  auto iface = QDBusInterface{QStringLiteral("org.example.Service"), QStringLiteral("/"),
                              QStringLiteral("org.example.Service"), QDBusConnection::sessionBus()};
  // CHECK-MESSAGES: :[[@LINE-2]]:16: warning: blocking call to 'QDBusInterface::QDBusInterface' (network-io) in coroutine 'dbus' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: construct the QDBusInterface once, outside the coroutine, or use a proxy class generated by qdbusxml2cpp, which does not introspect the remote object
  QDBusMessage reply = iface.call(QStringLiteral("ping"), 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: blocking call to 'QDBusAbstractInterface::call' (network-io) in coroutine 'dbus' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:30: note: use 'co_await iface.asyncCall(method, args...)' (QCoro awaits the QDBusPendingCall); it suspends only this coroutine
  proxy.call(QDBus::Block, QStringLiteral("ping"));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'QDBusAbstractInterface::call' (network-io) in coroutine 'dbus'
  proxy.callWithArgumentList(QDBus::AutoDetect, QStringLiteral("ping"), {});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'QDBusAbstractInterface::callWithArgumentList' (network-io) in coroutine 'dbus'
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use 'co_await iface.asyncCallWithArgumentList(method, args)' (QCoro awaits the QDBusPendingCall); it suspends only this coroutine
  co_return reply.errorMessage();
}

// Processes: the waits, and QProcess::execute, which runs the program to
// its end.
QCoro::Task<int> processes(QProcess &process) {
  process.start("ls", {});
  process.waitForStarted();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'QProcess::waitForStarted' (process) in coroutine 'processes' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: use 'co_await qCoro(process).waitForStarted()' or 'co_await qCoro(process).start(program, arguments)' (QCoro); it suspends only this coroutine
  process.waitForReadyRead();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'QProcess::waitForReadyRead' (process) in coroutine 'processes' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: use 'co_await qCoro(process).waitForReadyRead(timeout)' or 'co_await qCoro(process).readAll()' (QCoro); it suspends only this coroutine
  process.waitForBytesWritten(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'QProcess::waitForBytesWritten' (process) in coroutine 'processes' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: use 'co_await qCoro(process).waitForBytesWritten(timeout)' (QCoro); it suspends only this coroutine
  process.waitForFinished(-1);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'QProcess::waitForFinished' (process) in coroutine 'processes' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: use 'co_await qCoro(process).waitForFinished()' (QCoro); it suspends only this coroutine
  int code = QProcess::execute("true", {});
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: blocking call to 'QProcess::execute' (process) in coroutine 'processes' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:14: note: start it with 'co_await qCoro(process).start(program, arguments)' and wait with 'co_await qCoro(process).waitForFinished()' (QCoro); they suspend only this coroutine
  co_return code;
}

// Sleeps, thread and pool joins, condition variables, semaphores, timed
// lock attempts, lock files.
QCoro::Task<> threads(QThread *thread, QThreadPool &pool, QWaitCondition &cond, QMutex &mutex,
                      QSemaphore &sem, QRecursiveMutex &rmutex, QReadWriteLock &rw,
                      QLockFile &lockFile) {
  QThread::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'QThread::sleep' (sleep) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await QCoro::sleepFor(...)'; it suspends only this coroutine
  QThread::msleep(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'QThread::msleep' (sleep) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await QCoro::sleepFor(...)'; it suspends only this coroutine
  QThread::usleep(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'QThread::usleep' (sleep) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await QCoro::sleepFor(...)'; it suspends only this coroutine
  QTest::qSleep(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'QTest::qSleep' (sleep) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await QCoro::sleepFor(...)'; it suspends only this coroutine
  thread->wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'QThread::wait' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: use 'co_await qCoro(thread).waitForFinished()' (QCoro); it suspends only this coroutine
  thread->wait(1000);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'QThread::wait' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: use 'co_await qCoro(thread).waitForFinished()' (QCoro); it suspends only this coroutine
  pool.waitForDone();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QThreadPool::waitForDone' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: await the work instead of blocking on it: make it a coroutine, or offload it with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  cond.wait(&mutex);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QWaitCondition::wait' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: use a signal ('co_await qCoro(object, &Class::signal)')
  cond.wait(&mutex, 100);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QWaitCondition::wait' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: use a signal ('co_await qCoro(object, &Class::signal)')
  sem.acquire();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QSemaphore::acquire' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use your library's async semaphore and 'co_await' it
  sem.tryAcquire(1, 100);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QSemaphore::tryAcquire' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use your library's async semaphore and 'co_await' it
  sem.tryAcquire(2, -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QSemaphore::tryAcquire' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use your library's async semaphore and 'co_await' it
  sem.try_acquire_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QSemaphore::try_acquire_for' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use your library's async semaphore and 'co_await' it
  sem.try_acquire_until(std::chrono::steady_clock::now() + 10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QSemaphore::try_acquire_until' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use your library's async semaphore and 'co_await' it
  mutex.tryLock(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'QMutex::tryLock' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use your library's async mutex, or keep the critical section out of the coroutine
  mutex.try_lock_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'QMutex::try_lock_for' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use your library's async mutex, or keep the critical section out of the coroutine
  mutex.try_lock_until(std::chrono::steady_clock::now() + 10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'QMutex::try_lock_until' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: use your library's async mutex, or keep the critical section out of the coroutine
  rmutex.tryLock(-1);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'QRecursiveMutex::tryLock' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use your library's async mutex, or keep the critical section out of the coroutine
  rmutex.try_lock_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'QRecursiveMutex::try_lock_for' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use your library's async mutex, or keep the critical section out of the coroutine
  rmutex.try_lock_until(std::chrono::steady_clock::now() + 10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'QRecursiveMutex::try_lock_until' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: use your library's async mutex, or keep the critical section out of the coroutine
  rw.tryLockForRead(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'QReadWriteLock::tryLockForRead' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use your library's async mutex, or keep the critical section out of the coroutine
  rw.tryLockForWrite(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'QReadWriteLock::tryLockForWrite' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: use your library's async mutex, or keep the critical section out of the coroutine
  lockFile.lock();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'QLockFile::lock' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: use your library's async mutex, or keep the critical section out of the coroutine
  lockFile.tryLock(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'QLockFile::tryLock' (wait) in coroutine 'threads' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: use your library's async mutex, or keep the critical section out of the coroutine
  co_return;
}

// Files: QFile, QSaveFile, QTemporaryFile and QFileDevice members (reads
// and writes are QIODevice's, matched through the object's file class).
QCoro::Task<QByteArray> files(const QString &path) {
  QFile file(path);
  file.open(QIODevice::ReadWrite);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFile::open' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QByteArray all = file.readAll();
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: blocking call to 'QFileDevice::readAll' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QByteArray some = file.read(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking call to 'QFileDevice::read' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:26: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  char buffer[16];
  file.read(buffer, sizeof buffer);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFileDevice::read' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.readLine();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFileDevice::readLine' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.peek(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFileDevice::peek' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  char c;
  file.getChar(&c);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFileDevice::getChar' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.skip(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFileDevice::skip' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.write(all);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFileDevice::write' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.putChar('x');
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFileDevice::putChar' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFileDevice::flush' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.size();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFile::size' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.resize(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFile::resize' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.permissions();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFile::permissions' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.setPermissions(QFile::ReadOwner);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFile::setPermissions' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.fileTime(QFileDevice::FileModificationTime);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFileDevice::fileTime' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.setFileTime(QDateTime(), QFileDevice::FileModificationTime);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFileDevice::setFileTime' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFileDevice::close' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.exists();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFile::exists' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFile::exists(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'QFile::exists' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.remove();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFile::remove' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFile::remove(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'QFile::remove' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.rename("b");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFile::rename' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFile::copy(path, "c");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'QFile::copy' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.link("d");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFile::link' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.moveToTrash();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFile::moveToTrash' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFile::resize(path, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'QFile::resize' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFile::permissions(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'QFile::permissions' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFile::setPermissions(path, QFile::ReadOwner);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'QFile::setPermissions' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  file.symLinkTarget();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFile::symLinkTarget' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QSaveFile save(path);
  save.open(QIODevice::WriteOnly);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QSaveFile::open' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  save.write(some);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QFileDevice::write' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  save.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'QSaveFile::commit' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QTemporaryFile temporary;
  temporary.open();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call to 'QTemporaryFile::open' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  temporary.rename("e");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call to 'QTemporaryFile::rename' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileDevice &device = file;
  device.open(QIODevice::ReadOnly);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'QFileDevice::open' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  device.readAll();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'QFileDevice::readAll' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  device.size();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'QFileDevice::size' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  device.resize(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'QFileDevice::resize' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  device.permissions();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'QFileDevice::permissions' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  device.setPermissions(QFile::ReadOwner);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'QFileDevice::setPermissions' (file-io) in coroutine 'files' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  co_return all;
}

// Directories and settings.
QCoro::Task<> directories(const QString &path) {
  QDir dir(path);
  dir.exists();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::exists' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.exists("child");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::exists' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.mkdir("a");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::mkdir' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.mkpath("a/b");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::mkpath' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.rmdir("a");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::rmdir' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.rmpath("a/b");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::rmpath' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.remove("f");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::remove' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.rename("f", "g");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::rename' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.entryList();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::entryList' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.entryInfoList(QDir::Files);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::entryInfoList' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.count();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::count' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.isEmpty();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::isEmpty' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.isReadable();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::isReadable' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.canonicalPath();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::canonicalPath' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.cd("sub");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::cd' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.cdUp();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::cdUp' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  dir.removeRecursively();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'QDir::removeRecursively' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QDirIterator it(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: blocking call to 'QDirIterator::QDirIterator' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:16: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QSettings settings;
  settings.sync();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'QSettings::sync' (file-io) in coroutine 'directories' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  co_return;
}

// QFileInfo caches: the static exists(), queries of temporaries, and the
// first query of a local built from a path read the file system.
QCoro::Task<> infos(const QString &path, const QDir &dir, QFile &file) {
  QFileInfo::exists(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'QFileInfo::exists' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).exists();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::exists' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(dir, "name").isDir();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking call to 'QFileInfo::isDir' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:26: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo info(path);
  if (info.isFile() && info.size() > 0) // only the first query reads
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'QFileInfo::isFile' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
    co_return;
  QFileInfo other(file);
  other.lastModified();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'QFileInfo::lastModified' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo third(path);
  third.stat(); // always reads; the next queries read its cache
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'QFileInfo::stat' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  third.isSymLink();
  QFileInfo(path).isSymLink();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::isSymLink' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).isSymbolicLink();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::isSymbolicLink' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).size();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::size' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).isReadable();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::isReadable' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).isWritable();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::isWritable' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).isExecutable();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::isExecutable' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).lastRead();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::lastRead' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).birthTime();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::birthTime' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).metadataChangeTime();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::metadataChangeTime' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).fileTime(QFileDevice::FileAccessTime);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::fileTime' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).permission(QFile::ReadOwner);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::permission' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).permissions();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::permissions' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).owner();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::owner' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).ownerId();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::ownerId' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).group();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::group' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).groupId();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::groupId' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).canonicalFilePath();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::canonicalFilePath' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).canonicalPath();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::canonicalPath' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
  QFileInfo(path).symLinkTarget();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'QFileInfo::symLinkTarget' (file-io) in coroutine 'infos' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: offload the file access with 'co_await QtConcurrent::run(...)' (QCoro awaits the QFuture)
}

// Plain locks: silent by default, reported with Categories=lock.
QCoro::Task<> locks(QMutex &mutex, QRecursiveMutex &rmutex, QReadWriteLock &rw) {
  mutex.lock();
  // CHECK-LOCK: :[[@LINE-1]]:9: warning: blocking call to 'QMutex::lock' (lock) in coroutine 'locks' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-LOCK: :[[@LINE-2]]:9: note: use your library's async mutex, or keep the critical section out of the coroutine
  mutex.unlock();
  rmutex.lock();
  // CHECK-LOCK: :[[@LINE-1]]:10: warning: blocking call to 'QRecursiveMutex::lock' (lock) in coroutine 'locks' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-LOCK: :[[@LINE-2]]:10: note: use your library's async mutex, or keep the critical section out of the coroutine
  rmutex.unlock();
  {
    QMutexLocker locker(&mutex);
    // CHECK-LOCK: :[[@LINE-1]]:18: warning: blocking call to 'QMutexLocker::QMutexLocker' (lock) in coroutine 'locks' stalls every coroutine on its event loop [coro-blocking-call]
    // CHECK-LOCK: :[[@LINE-2]]:18: note: use your library's async mutex, or keep the critical section out of the coroutine
    locker.unlock();
    locker.relock();
    // CHECK-LOCK: :[[@LINE-1]]:12: warning: blocking call to 'QMutexLocker::relock' (lock) in coroutine 'locks' stalls every coroutine on its event loop [coro-blocking-call]
    // CHECK-LOCK: :[[@LINE-2]]:12: note: use your library's async mutex, or keep the critical section out of the coroutine
  }
  rw.lockForRead();
  // CHECK-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'QReadWriteLock::lockForRead' (lock) in coroutine 'locks' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-LOCK: :[[@LINE-2]]:6: note: use your library's async mutex, or keep the critical section out of the coroutine
  rw.unlock();
  rw.lockForWrite();
  // CHECK-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'QReadWriteLock::lockForWrite' (lock) in coroutine 'locks' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-LOCK: :[[@LINE-2]]:6: note: use your library's async mutex, or keep the critical section out of the coroutine
  rw.unlock();
  {
    QReadLocker reader(&rw);
    // CHECK-LOCK: :[[@LINE-1]]:17: warning: blocking call to 'QReadLocker::QReadLocker' (lock) in coroutine 'locks' stalls every coroutine on its event loop [coro-blocking-call]
    // CHECK-LOCK: :[[@LINE-2]]:17: note: use your library's async mutex, or keep the critical section out of the coroutine
    reader.unlock();
    reader.relock();
    // CHECK-LOCK: :[[@LINE-1]]:12: warning: blocking call to 'QReadLocker::relock' (lock) in coroutine 'locks' stalls every coroutine on its event loop [coro-blocking-call]
    // CHECK-LOCK: :[[@LINE-2]]:12: note: use your library's async mutex, or keep the critical section out of the coroutine
  }
  {
    QWriteLocker writer(&rw);
    // CHECK-LOCK: :[[@LINE-1]]:18: warning: blocking call to 'QWriteLocker::QWriteLocker' (lock) in coroutine 'locks' stalls every coroutine on its event loop [coro-blocking-call]
    // CHECK-LOCK: :[[@LINE-2]]:18: note: use your library's async mutex, or keep the critical section out of the coroutine
    writer.unlock();
    writer.relock();
    // CHECK-LOCK: :[[@LINE-1]]:12: warning: blocking call to 'QWriteLocker::relock' (lock) in coroutine 'locks' stalls every coroutine on its event loop [coro-blocking-call]
    // CHECK-LOCK: :[[@LINE-2]]:12: note: use your library's async mutex, or keep the critical section out of the coroutine
  }
  co_return;
}
