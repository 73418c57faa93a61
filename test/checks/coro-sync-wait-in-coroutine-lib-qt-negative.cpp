// Qt and QCoro code that does not bridge stays silent, against the real
// headers (-isystem, and plain -I, where Qt's and QCoro's inline code is
// followed like a project's own): QFuture members that do not wait, a
// result read after the coroutine awaited the future (or the watcher's
// signal), the asynchronous forms the notes name (dialogs opened and their
// signal awaited, a menu popped up, a signal awaited with a timeout), the
// bridges where they belong (a plain function, a lambda handed to another
// thread or connected to a signal, a synchronous generator), and a user's
// own class with members named like Qt's.
// RUN: %check_coro coro-sync-wait-in-coroutine %s -- %qt_flags
// RUN: %check_coro coro-sync-wait-in-coroutine %s -- %qt_flags_user
#include <QCoroFuture>
#include <QCoroGenerator>
#include <QCoroSignal>
#include <QCoroTask>
#include <QCoroTimer>
#include <QDialog>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <chrono>

using namespace std::chrono_literals;

QCoro::Task<int> compute();

// Members that do not wait, results read once the future is awaited, and
// results read in a branch that tested their readiness.
QCoro::Task<int> futures(QFuture<int> future, QFuture<int> other, QFutureWatcher<int> &watcher,
                         QFuture<int> ready) {
  int n = 0;
  if (ready.isFinished())
    n += ready.result();
  if (n > 0 && ready.isResultReadyAt(1)) {
    n += ready.resultAt(1);
  }
  n += ready.isResultReadyAt(2) ? ready.resultAt(2) : 0;
  if (future.isFinished() || future.isResultReadyAt(0))
    n += future.resultCount() + future.progressValue();
  other.cancel();
  watcher.setFuture(other);
  n += co_await future;
  n += future.result();
  co_await qCoro(other).waitForFinished();
  n += int(other.results().size()) + other.resultAt(0) + other.takeResult();
  other.waitForFinished();
  co_await qCoro(&watcher, &QFutureWatcherBase::finished);
  n += watcher.result() + watcher.resultAt(0);
  watcher.waitForFinished();
  co_return n;
}

// The asynchronous forms the notes name.
QCoro::Task<> asynchronous(QDialog *dialog, QMessageBox *box, QMenu *menu, QObject *object,
                           QEventLoop &loop) {
  dialog->open();
  co_await qCoro(dialog, &QDialog::finished);
  box->open();
  co_await qCoro(box, &QDialog::finished);
  menu->popup(QPoint(0, 0));
  co_await qCoro(menu, &QMenu::triggered);
  co_await qCoro(object, &QObject::destroyed, 100ms);
  co_await QCoro::sleepFor(10ms);
  loop.processEvents();
  loop.quit();
  int n = co_await compute();
  (void)n;
}

// The bridges where they belong: a plain function, code handed to another
// thread or connected to a signal, a synchronous generator.
int plain(QFuture<int> future, QDialog &dialog) {
  QTest::qWait(10);
  dialog.exec();
  return QCoro::waitFor(compute()) + future.result();
}
QCoro::Task<> handedOff(QFuture<int> future, QTimer &timer) {
  int n = co_await QtConcurrent::run([future] { return future.result(); });
  QObject::connect(&timer, &QTimer::timeout, [] {
    QEventLoop nested;
    nested.exec();
  });
  (void)n;
}
QCoro::Generator<int> results(QFuture<int> future) {
  co_yield future.result();
}

// A user's own class whose members share Qt's names.
struct Query {
  int exec();
  int result();
  void waitForFinished();
};
QCoro::Task<int> userNames(Query &query) {
  query.waitForFinished();
  co_return query.exec() + query.result();
}
