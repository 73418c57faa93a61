// Qt's and QCoro's blocking bridges (checks/catalogue/qt.def) against the
// real headers (-isystem, as CMake passes imported targets): QFuture's
// waiting members and QFutureWatcher's and QFutureSynchronizer's, nested
// event loops (QEventLoop, modal dialogs and their static functions, QMenu,
// QTest's waits, QSignalSpy), and QCoro::waitFor, whose fix-it awaits its
// argument. QMessageBox's exec() is QDialog's in the headers. The negative
// test runs with -I too.
// RUN: %check_coro coro-sync-wait-in-coroutine %s -- %qt_flags
#include <QCoroFuture>
#include <QCoroSignal>
#include <QCoroTask>
#include <QEventLoop>
#include <QFuture>
#include <QFutureSynchronizer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QDialog>
#include <QMessageBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QColorDialog>
#include <QFontDialog>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

QCoro::Task<int> compute();

// QFuture and the classes that wait on one.

QCoro::Task<int> futures(QFuture<int> future, QFutureWatcher<int> &watcher) {
  future.waitForFinished();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking bridge 'QFuture::waitForFinished' called in coroutine 'futures' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: 'co_await qCoro(future).waitForFinished()' instead (QCoro); it suspends only this coroutine
  int a = future.result();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking bridge 'QFuture::result' called in coroutine 'futures' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: 'co_await future' instead (QCoro awaits a QFuture and yields its result); it suspends only this coroutine
  int b = future.resultAt(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking bridge 'QFuture::resultAt' called in coroutine 'futures' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: 'co_await qCoro(future).waitForFinished()' (QCoro), then read 'future.resultAt(index)'; it suspends only this coroutine
  QList<int> all = future.results();
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: blocking bridge 'QFuture::results' called in coroutine 'futures' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:27: note: 'co_await qCoro(future).waitForFinished()' (QCoro), then read 'future.results()'; it suspends only this coroutine
  int c = future.takeResult();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking bridge 'QFuture::takeResult' called in coroutine 'futures' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: 'co_await qCoro(future).waitForFinished()' (QCoro), then 'future.takeResult()'; it suspends only this coroutine
  watcher.waitForFinished();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking bridge 'QFutureWatcher::waitForFinished' called in coroutine 'futures' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'co_await qCoro(watcher.future()).waitForFinished()' instead (QCoro); it suspends only this coroutine
  int d = watcher.result();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking bridge 'QFutureWatcher::result' called in coroutine 'futures' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: 'co_await watcher.future()' instead (QCoro awaits a QFuture and yields its result); it suspends only this coroutine
  int e = watcher.resultAt(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking bridge 'QFutureWatcher::resultAt' called in coroutine 'futures' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: 'co_await qCoro(watcher.future()).waitForFinished()' (QCoro), then read 'resultAt(index)'; it suspends only this coroutine
  QFutureSynchronizer<int> sync;
  sync.addFuture(future);
  sync.waitForFinished();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking bridge 'QFutureSynchronizer::waitForFinished' called in coroutine 'futures' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: 'co_await' each of its futures instead (QCoro awaits a QFuture); it suspends only this coroutine
  sync.setFuture(future);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking bridge 'QFutureSynchronizer::setFuture' called in coroutine 'futures' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: it waits for the futures it already holds: 'co_await' each of them instead (QCoro awaits a QFuture); it suspends only this coroutine
  if (!future.isFinished()) // not a test of readiness that makes the wait return at once
    future.waitForFinished();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking bridge 'QFuture::waitForFinished' called in coroutine 'futures' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: 'co_await qCoro(future).waitForFinished()' instead (QCoro); it suspends only this coroutine
  co_return a + b + c + d + e + int(all.size());
}

// Nested event loops.
QCoro::Task<> loops(QEventLoop &loop, QDialog &dialog, QMessageBox &box, QMenu &menu, QWidget *parent, QObject *object) {
  loop.exec();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking bridge 'QEventLoop::exec' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: this coroutine already runs on Qt's event loop: 'co_await qCoro(object, &Class::signal)' (QCoro) for the signal the nested loop waits for
  dialog.exec();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking bridge 'QDialog::exec' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: call 'dialog->open()' and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); exec() runs a nested event loop inside this coroutine
  box.exec();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'QDialog::exec' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: call 'dialog->open()' and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); exec() runs a nested event loop inside this coroutine
  QMessageBox::information(parent, "t", "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QMessageBox::information' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QMessageBox, 'open()' it and 'co_await qCoro(box, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QMessageBox::question(parent, "t", "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QMessageBox::question' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QMessageBox, 'open()' it and 'co_await qCoro(box, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QMessageBox::warning(parent, "t", "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QMessageBox::warning' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QMessageBox, 'open()' it and 'co_await qCoro(box, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QMessageBox::critical(parent, "t", "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QMessageBox::critical' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QMessageBox, 'open()' it and 'co_await qCoro(box, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QMessageBox::about(parent, "t", "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QMessageBox::about' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QMessageBox, 'open()' it and 'co_await qCoro(box, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QMessageBox::aboutQt(parent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QMessageBox::aboutQt' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QMessageBox, 'open()' it and 'co_await qCoro(box, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QFileDialog::getOpenFileName(parent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QFileDialog::getOpenFileName' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QFileDialog, 'open()' it and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QFileDialog::getOpenFileNames(parent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QFileDialog::getOpenFileNames' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QFileDialog, 'open()' it and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QFileDialog::getSaveFileName(parent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QFileDialog::getSaveFileName' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QFileDialog, 'open()' it and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QFileDialog::getExistingDirectory(parent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QFileDialog::getExistingDirectory' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QFileDialog, 'open()' it and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QFileDialog::getOpenFileUrl(parent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QFileDialog::getOpenFileUrl' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QFileDialog, 'open()' it and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QFileDialog::getOpenFileUrls(parent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QFileDialog::getOpenFileUrls' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QFileDialog, 'open()' it and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QFileDialog::getSaveFileUrl(parent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QFileDialog::getSaveFileUrl' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QFileDialog, 'open()' it and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QFileDialog::getExistingDirectoryUrl(parent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QFileDialog::getExistingDirectoryUrl' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QFileDialog, 'open()' it and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QInputDialog::getText(parent, "t", "l");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QInputDialog::getText' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QInputDialog, 'open()' it and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QInputDialog::getMultiLineText(parent, "t", "l");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QInputDialog::getMultiLineText' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QInputDialog, 'open()' it and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QInputDialog::getItem(parent, "t", "l", {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QInputDialog::getItem' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QInputDialog, 'open()' it and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QInputDialog::getInt(parent, "t", "l");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QInputDialog::getInt' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QInputDialog, 'open()' it and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QInputDialog::getDouble(parent, "t", "l");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QInputDialog::getDouble' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QInputDialog, 'open()' it and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  QColorDialog::getColor();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QColorDialog::getColor' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QColorDialog, 'open()' it and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  bool ok;
  QFontDialog::getFont(&ok, parent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QFontDialog::getFont' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: create the QFontDialog, 'open()' it and 'co_await qCoro(dialog, &QDialog::finished)' (QCoro); the static function runs a nested event loop inside this coroutine
  menu.exec();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking bridge 'QMenu::exec' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: call 'menu->popup(pos)' and 'co_await qCoro(menu, &QMenu::triggered)' (QCoro); exec() runs a nested event loop inside this coroutine
  menu.exec(QPoint(1, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking bridge 'QMenu::exec' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: call 'menu->popup(pos)' and 'co_await qCoro(menu, &QMenu::triggered)' (QCoro); exec() runs a nested event loop inside this coroutine
  QTest::qWait(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking bridge 'QTest::qWait' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use 'co_await QCoro::sleepFor(...)' (QCoro); qWait runs a nested event loop inside this coroutine
  (void)QTest::qWaitFor([] { return true; });
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking bridge 'QTest::qWaitFor' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: 'co_await qCoro(object, &Class::signal)' (QCoro) for the signal that makes the condition true; qWaitFor runs a nested event loop inside this coroutine
  QSignalSpy spy(object, &QObject::destroyed);
  spy.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking bridge 'QSignalSpy::wait' called in coroutine 'loops' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: use 'co_await qCoro(object, &Class::signal, timeout)' (QCoro); wait() runs a nested event loop inside this coroutine
  co_return;
}

// QCoro::waitFor runs a nested QEventLoop until the awaitable completes.
QCoro::Task<int> waits() {
  int n = QCoro::waitFor(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking bridge 'QCoro::waitFor' called in coroutine 'waits' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'co_await' the awaitable instead; it suspends only this coroutine
  // CHECK-FIXES: int n = co_await compute();
  QCoro::Task<int> t = compute();
  n += QCoro::waitFor(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking bridge 'QCoro::waitFor' called in coroutine 'waits' blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: 'co_await' the awaitable instead; it suspends only this coroutine
  // CHECK-FIXES: n += co_await t;
  co_return n;
}

// A helper that reaches a bridge.
int latest(QFuture<int> future) { return future.result(); }
QCoro::Task<int> viaHelper(QFuture<int> future) { co_return latest(future); }
// CHECK-MESSAGES: :[[@LINE-1]]:61: warning: call to 'latest' in coroutine 'viaHelper' reaches blocking bridge 'QFuture::result', which blocks the thread that should drive the awaited work; the coroutine deadlocks or stalls its event loop [coro-sync-wait-in-coroutine]
// CHECK-MESSAGES: :[[@LINE-3]]:49: note: 'latest' calls 'QFuture::result' here
// CHECK-MESSAGES: :[[@LINE-4]]:49: note: make the helper a coroutine and 'co_await' the work instead
