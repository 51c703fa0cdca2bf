// Splitters are where the user left them (issue 20, item 5): moved, closed, opened again, the
// same sizes; a splitter never moved keeps the program's proposal.
#include "GuiTestRegister.h"
#include "MainWindow.h"
#include "WidgetSizing.h"
#include "dashboard/DashboardView.h"
#include "storage/Register.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMouseEvent>
#include <QSettings>
#include <QSplitter>
#include <QTest>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

namespace {

// A drag of the splitter's first handle by `dx` pixels, as the mouse makes it.
void drag(QSplitter *splitter, int dx)
{
    QSplitterHandle *handle = splitter->handle(1);
    const QPoint start = handle->rect().center();
    const QPoint end = start + QPoint(dx, 0);
    QMouseEvent press(QEvent::MouseButtonPress, start, handle->mapToGlobal(start), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(handle, &press);
    QMouseEvent move(QEvent::MouseMove, end, handle->mapToGlobal(end), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(handle, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, end, handle->mapToGlobal(end), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(handle, &release);
}

} // namespace

class TestSplitters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mainWindowSplitterIsRemembered();
    void dashboardSplitterIsRemembered();
    void problemsPanelIsRemembered();

private:
    QList<int> openMain(const QString &path, int dx);
    std::unique_ptr<GuiTestRegister> m_env;
};

void TestSplitters::init()
{
    m_env = std::make_unique<GuiTestRegister>();
    QVERIFY(m_env->isValid());
    QSettings().remove(QStringLiteral("splitters"));
    QSettings().remove(QStringLiteral("mainWindow"));
}

void TestSplitters::cleanup()
{
    QSettings().remove(QStringLiteral("splitters"));
    QSettings().remove(QStringLiteral("mainWindow"));
    m_env.reset();
}

// Opens the register in a main window of a fixed size, drags the table/form splitter by `dx`
// (0: not at all) and returns its sizes as the window closes.
QList<int> TestSplitters::openMain(const QString &path, int dx)
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    window.openAtStartup(path, GuiTestRegister::Passphrase);
    if (!window.currentRegister())
        return {};
    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("splitterMain"));
    if (dx != 0)
        drag(splitter, dx);
    const QList<int> sizes = splitter->sizes();
    window.close();
    return sizes;
}

void TestSplitters::mainWindowSplitterIsRemembered()
{
    QList<Participant> people{validParticipant(1), validParticipant(2)};
    QVERIFY(m_env->create(QStringLiteral("main"), people));
    const QString path = m_env->path(QStringLiteral("main"));
    const QList<int> proposed = openMain(path, 0);
    QCOMPARE(proposed.size(), 2);
    // Never moved: the next start proposes the same again.
    QCOMPARE(openMain(path, 0), proposed);
    const QList<int> moved = openMain(path, 160);
    QVERIFY2(moved.at(0) >= proposed.at(0) + 100,
             qPrintable(QStringLiteral("%1 -> %2").arg(proposed.at(0)).arg(moved.at(0))));
    // Opened again (the register's table fitted anew): the user's sizes, not the proposal.
    QCOMPARE(openMain(path, 0), moved);
}

void TestSplitters::dashboardSplitterIsRemembered()
{
    QList<Participant> people{validParticipant(1)};
    auto reg = m_env->create(QStringLiteral("dashboard"), people);
    QVERIFY(reg);
    QList<int> moved;
    {
        DashboardView view(*reg);
        view.resize(1280, 820);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *splitter = view.findChild<QSplitter *>(QStringLiteral("splitterDashboard"));
        QVERIFY(splitter);
        const QList<int> before = splitter->sizes();
        drag(splitter, 120);
        moved = splitter->sizes();
        QVERIFY2(moved.at(0) >= before.at(0) + 80,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before.at(0)).arg(moved.at(0))));
    }
    DashboardView again(*reg);
    again.resize(1280, 820);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("splitterDashboard"))->sizes(), moved);
}

// The problems panel likewise (issue 20, item 5): where the user docked it, and closed when the
// user closed it, for the next register and the next start; opened again from the View menu.
void TestSplitters::problemsPanelIsRemembered()
{
    QList<Participant> people{validParticipant(1)};
    QVERIFY(m_env->create(QStringLiteral("panel"), people));
    const QString path = m_env->path(QStringLiteral("panel"));
    const auto open = [&path](MainWindow &window) -> QDockWidget * {
        restoreMainWindowGeometry(&window);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        window.openAtStartup(path, GuiTestRegister::Passphrase);
        return window.currentRegister()
                   ? window.findChild<QDockWidget *>(QStringLiteral("dockProblems"))
                   : nullptr;
    };
    {
        MainWindow window;
        QDockWidget *dock = open(window);
        QVERIFY(dock);
        QVERIFY(dock->isVisible()); // shown unless the user closed it
        QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
        window.addDockWidget(Qt::RightDockWidgetArea, dock); // where a drag would put it
        dock->close();                                       // its own close button
        QVERIFY(!dock->isVisible());
        window.close();
    }
    {
        MainWindow window;
        QDockWidget *dock = open(window);
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
        window.findChild<QAction *>(QStringLiteral("actionShowProblems"))->trigger();
        QVERIFY(dock->isVisible());
        window.close();
    }
    MainWindow window;
    QDockWidget *dock = open(window);
    QVERIFY(dock);
    QVERIFY(dock->isVisible());
    QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
}

QTEST_MAIN(TestSplitters)
#include "tst_splitters.moc"
