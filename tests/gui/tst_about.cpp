#include "AboutDialog.h"
#include "GuiLocalization.h"
#include "Localization.h"
#include "MainWindow.h"
#include "storage/LibraryVersions.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTimer>

using namespace veldboek;
using veldboek::gui::AboutDialog;

// Help > About: the project's one version and the versions of Qt, SQLCipher and OpenSSL in use.
class TestAbout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void libraryVersionsAreReal();
    void dialogShowsEveryVersion();
    void helpMenuOpensIt();
};

void TestAbout::libraryVersionsAreReal()
{
    const LibraryVersions v = libraryVersions();
    QCOMPARE(v.qtRuntime, QString::fromLatin1(qVersion()));
    // SQLCipher answers its pragma only when it is really SQLCipher that is linked in.
    QVERIFY2(v.sqlcipher != QLatin1String("?") && v.sqlcipher.at(0).isDigit(),
             qPrintable(v.sqlcipher));
    QVERIFY2(v.sqlite.startsWith(QLatin1String("3.")), qPrintable(v.sqlite));
    QVERIFY2(v.openssl.startsWith(QLatin1String("OpenSSL ")), qPrintable(v.openssl));
    QVERIFY(libraryVersionLines().contains(v.sqlcipher));
}

void TestAbout::dialogShowsEveryVersion()
{
    AboutDialog about;
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    QCOMPARE(about.windowTitle(), QStringLiteral("Over Veldboek"));
    auto *title = about.findChild<QLabel *>(QStringLiteral("aboutTitle"));
    QVERIFY(title);
    QVERIFY2(title->text().contains(QStringLiteral(VELDBOEK_VERSION)), qPrintable(title->text()));
    const LibraryVersions v = libraryVersions();
    const QString versions = about.versionsText();
    for (const QString &expected : {v.qtRuntime, v.sqlcipher, v.sqlite, v.openssl})
        QVERIFY2(versions.contains(expected.toHtmlEscaped()), qPrintable(expected));
    // A picture to look at (docs/screenshots/about.png is made this way).
    const QString png = qEnvironmentVariable("VELDBOEK_ABOUT_PNG");
    if (!png.isEmpty())
        QVERIFY(about.grab().save(png));
}

void TestAbout::helpMenuOpensIt()
{
    gui::MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("actionAbout"));
    QVERIFY(action);
    QCOMPARE(action->menuRole(), QAction::AboutRole);
    auto *help = window.findChild<QMenu *>(QStringLiteral("menuHelp"));
    QVERIFY(help);
    QVERIFY(help->actions().contains(action));
    QVERIFY(window.menuBar()->actions().contains(help->menuAction()));
    // The dialog is modal: answered by closing it as soon as it is shown.
    bool shown = false;
    QTimer::singleShot(0, &window, [&shown] {
        auto *about = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
        shown = about != nullptr;
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    action->trigger();
    QVERIFY(shown);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VeldboekTest"));
    QApplication::setApplicationName(QStringLiteral("tst_about"));
    QApplication::setApplicationVersion(QStringLiteral(VELDBOEK_VERSION));
    // The users' language: the test reads the Dutch title.
    installTranslator(app, QStringLiteral("nl"));
    // Qt's own Dutch too, as the application loads it: the screenshot shows "Sluiten".
    gui::installQtTranslator(app, QStringLiteral("nl"));
    TestAbout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_about.moc"
