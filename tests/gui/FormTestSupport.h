#pragma once
// What the main-window tests of the participant form share (tst_participantform.cpp, the form;
// tst_participanttable.cpp, the table, the problems panel and the register around them).
#include "GuiTestRegister.h"
#include "MainWindow.h"
#include "check/RegisterCheck.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

namespace veldboek::test {

template<class T>
T *field(QWidget &window, const QString &key)
{
    return window.findChild<T *>(QStringLiteral("field_") + key);
}

// History... of the shown participant: the table of its audit log window, nullptr if none opens.
inline QTableWidget *openAuditLog(QWidget &window)
{
    window.findChild<QAction *>(QStringLiteral("actionAuditLog"))->trigger();
    QDialog *dialog = nullptr;
    const bool opened = QTest::qWaitFor([&] {
        return (dialog = window.findChild<QDialog *>(QStringLiteral("auditLogDialog"))) != nullptr;
    });
    return opened ? dialog->findChild<QTableWidget *>(QStringLiteral("tableAuditLog")) : nullptr;
}

inline QString message(QWidget &window, const QString &key)
{
    auto *label = window.findChild<QLabel *>(QStringLiteral("message_") + key);
    return label && label->isVisible() ? label->text() : QString();
}

// Shows the window, opens the register in it with the test passphrase and waits for the first
// check of the register, which runs once the table shows.
inline void openWindow(gui::MainWindow &window, const QString &path)
{
    window.resize(1200, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openAtStartup(path, GuiTestRegister::Passphrase);
    QVERIFY(window.currentRegister());
    const int before = window.registerCheck()->finishedRuns();
    QTRY_VERIFY(window.registerCheck()->finishedRuns() > before);
}

} // namespace veldboek::test
