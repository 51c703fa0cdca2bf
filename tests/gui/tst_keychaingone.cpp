// The keychain gone in the middle of a session (issue 17, item 6), on the real window offscreen.
// The register's key is read from the keychain once, at open; after that the register works
// without it, so saving goes on when the keychain stops. Locking is where it matters: a register
// locked while the keychain is gone cannot be unlocked until it is back. The window still locks
// (an unattended laptop is the reason to lock), the edit in hand is saved first, and the unlock
// dialog says, in Dutch and English, that the register is safe and how to go on; Open reads the
// keychain again as often as the user asks (UnlockDialog::unlockWithKeychain).
//
// The test runs its own Secret Service: a D-Bus daemon without service activation (a stopped
// keyring must stay stopped; the session bus of .ci/ctest-keyring.sh would start another one on
// the next call, and other suites share that keyring) and gnome-keyring-daemon on it, stopped
// and started again by the test. Both are set up in main(), before anything opens a bus.
#include "GuiLocalization.h"
#include "GuiTestRegister.h"
#include "Localization.h"
#include "MainWindow.h"
#include "ParticipantTableModel.h"
#include "UnlockDialog.h"
#include "keys/Keychain.h"
#include "participants/ParticipantForm.h"
#include "storage/KeyStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

namespace {

// A private session bus and a gnome-keyring on it, with its keyring files in a folder of its own.
class PrivateKeyring
{
public:
    static constexpr const char *Password = "veldboek-keyring-test";

    ~PrivateKeyring()
    {
        stopKeyring();
        stop(m_bus);
    }

    bool startBus()
    {
        if (!m_dir.isValid())
            return false;
        // No <servicedir>: nothing is started on demand, so a stopped keyring stays stopped.
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                   "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:dir=" +
                   QFile::encodeName(m_dir.path()) +
                   "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                   "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                   "<allow own=\"*\"/></policy></busconfig>\n");
        file.close();
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1")});
        if (!m_bus.waitForStarted(10000))
            return false;
        QDeadlineTimer deadline(10000);
        while (!m_bus.canReadLine() && !deadline.hasExpired())
            m_bus.waitForReadyRead(200);
        const QByteArray address = m_bus.readLine().trimmed();
        if (address.isEmpty())
            return false;
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QDir().mkpath(m_dir.filePath(QStringLiteral("data")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("runtime")));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("runtime"))));
        return true;
    }

    // Started unlocked with its password (the login keyring is made on the first start and
    // unlocked again on the next); true once the Secret Service answers.
    bool startKeyring()
    {
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                         QStringLiteral("--components=secrets")});
        if (!m_keyring.waitForStarted(10000))
            return false;
        m_keyring.write(Password);
        m_keyring.closeWriteChannel();
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            if (Keychain::probe().ok())
                return true;
            QTest::qWait(200);
        }
        return false;
    }

    void stopKeyring() { stop(m_keyring); }

private:
    static void stop(QProcess &process)
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
};

PrivateKeyring *keyring = nullptr;

QString townOfFirst(const QString &path)
{
    RegisterError error;
    auto reg = KeyStore::open(path, {}, &error); // from the keychain
    if (!reg)
        return QStringLiteral("<not opened: %1>").arg(error.message());
    return ParticipantRepository(*reg).all().first().value(u"woonplaats");
}

} // namespace

class TestKeychainGone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lockWhileTheKeychainIsGone_data();
    void lockWhileTheKeychainIsGone();

private:
    std::unique_ptr<GuiTestRegister> m_env;
};

void TestKeychainGone::init()
{
    m_env = std::make_unique<GuiTestRegister>();
    QVERIFY(m_env->isValid());
}

void TestKeychainGone::cleanup()
{
    m_env.reset();
    // The next test starts with a keyring, whatever this one left.
    if (!Keychain::probe().ok())
        QVERIFY(keyring->startKeyring());
}

void TestKeychainGone::lockWhileTheKeychainIsGone_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("said");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("cannot be reached now");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("is nu niet bereikbaar");
}

void TestKeychainGone::lockWhileTheKeychainIsGone()
{
    QFETCH(QString, language);
    QFETCH(QString, said);
    installTranslator(*qApp, language);
    setCurrentLanguage(language);

    // A register whose key is in the keychain, as the create dialog makes by default.
    const QString path = m_env->path(QStringLiteral("sleutelbos-") + language);
    {
        RegisterError error;
        auto reg = KeyStore::create(path, {KeyStore::Mode::Keychain, {}}, &error);
        QVERIFY2(reg, qPrintable(error.message()));
        Participant first = validParticipant(1);
        QVERIFY(ParticipantRepository(*reg).add(first));
    }

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openAtStartup(path);
    QVERIFY(window.currentRegister());
    QVERIFY(window.showParticipant(window.participantModel()->participantId(0),
                                   QStringLiteral("woonplaats")));
    auto *town = window.findChild<QLineEdit *>(QStringLiteral("field_woonplaats"));
    QVERIFY(town);

    // The keychain stops: saving does not need it.
    keyring->stopKeyring();
    QVERIFY(!Keychain::probe().ok());
    town->setText(QStringLiteral("Ede"));
    Q_EMIT town->textEdited(town->text());
    QVERIFY(window.participantForm()->save());

    // A second edit in hand, then Lock: the edit is saved, the register closed.
    town->setText(QStringLiteral("Epe"));
    Q_EMIT town->textEdited(town->text());
    window.lock();
    QVERIFY(!window.currentRegister());
    UnlockDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<UnlockDialog *>()));
    auto *intro = dialog->findChild<QLabel *>(QStringLiteral("labelIntro"));
    auto *open = dialog->findChild<QPushButton *>(QStringLiteral("pushButtonOpen"));
    QVERIFY(intro && open);

    // Open while the keychain is gone: the dialog says so and stays, nothing is lost.
    open->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(intro->text().contains(said), qPrintable(intro->text()));
    QVERIFY(!intro->text().contains(QStringLiteral("Epe")));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("keychain-gone-") + language));
    // Twice: a keychain still gone is said again, never "enter the passphrase" for a register
    // that has none.
    open->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(intro->text().contains(said), qPrintable(intro->text()));

    // The keychain back: Open unlocks, and the edit made before the lock is there.
    QVERIFY(keyring->startKeyring());
    open->click();
    QTRY_VERIFY(window.currentRegister());
    QVERIFY(window.showParticipant(window.participantModel()->participantId(0),
                                   QStringLiteral("woonplaats")));
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("field_woonplaats"))->text(),
             QStringLiteral("Epe"));
    window.closeRegister();
    QCOMPARE(townOfFirst(path), QStringLiteral("Epe"));
}

int main(int argc, char *argv[])
{
    PrivateKeyring privateKeyring;
    if (!privateKeyring.startBus()) {
        std::fprintf(stderr, "tst_keychaingone: dbus-daemon (Debian dbus-daemon) did not start\n");
        return 1;
    }
    keyring = &privateKeyring;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VeldboekTest"));
    QApplication::setApplicationName(QStringLiteral("tst_keychaingone"));
    if (!privateKeyring.startKeyring()) {
        std::fprintf(stderr, "tst_keychaingone: gnome-keyring-daemon did not answer\n");
        return 1;
    }
    TestKeychainGone test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychaingone.moc"
