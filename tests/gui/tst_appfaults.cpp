// The app under faults (issue 17, item 6), on the real window offscreen: the register file
// deleted, moved away or replaced by another file while it is open. SQLite would go on writing
// into the old file, which nobody can open again once the window closes; instead the save is
// refused (Register::transaction, RegisterError::Code::FileGone), the user is told what happened
// and what to do, in Dutch and in English, and the edit stays in the form until the file is back.
// The disk-full case is tst_participantform's diskFullKeepsTheEdit.
#include "GuiLocalization.h"
#include "GuiTestRegister.h"
#include "Localization.h"
#include "MainWindow.h"
#include "ParticipantTableModel.h"
#include "participants/ParticipantForm.h"
#include "storage/KeyStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <unistd.h>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

class TestAppFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fileGoneKeepsTheEdit_data();
    void fileGoneKeepsTheEdit();

private:
    std::unique_ptr<GuiTestRegister> m_env;
};

void TestAppFaults::init()
{
    m_env = std::make_unique<GuiTestRegister>();
    QVERIFY(m_env->isValid());
}

void TestAppFaults::cleanup()
{
    m_env.reset();
}

void TestAppFaults::fileGoneKeepsTheEdit_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("said");
    // English first: a Dutch translator, once installed, stays for the rest of the process.
    QTest::newRow("deleted, en") << QStringLiteral("delete") << QStringLiteral("en")
                                 << QStringLiteral("moved, deleted or replaced while it was open");
    QTest::newRow("replaced, en") << QStringLiteral("replace") << QStringLiteral("en")
                                  << QStringLiteral("moved, deleted or replaced while it was open");
    QTest::newRow("moved, nl") << QStringLiteral("move") << QStringLiteral("nl")
                               << QStringLiteral("verplaatst, verwijderd of vervangen");
}

void TestAppFaults::fileGoneKeepsTheEdit()
{
    QFETCH(QString, fault);
    QFETCH(QString, language);
    QFETCH(QString, said);
    installTranslator(*qApp, language);
    setCurrentLanguage(language);

    QList<Participant> participants{validParticipant(1)};
    QVERIFY(m_env->create(QStringLiteral("weg"), participants));
    QList<Participant> others{validParticipant(2, QStringLiteral("Bram"), QStringLiteral("Smit"))};
    QVERIFY(m_env->create(QStringLiteral("ander"), others));
    const QString path = m_env->path(QStringLiteral("weg"));
    // A second name for the opened file, so that it can be put back the way a user would.
    const QString kept = path + QStringLiteral(".kept");
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(kept).constData()), 0);

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openAtStartup(path, GuiTestRegister::Passphrase);
    QVERIFY(window.currentRegister());
    QVERIFY(window.showParticipant(window.participantModel()->participantId(0),
                                   QStringLiteral("woonplaats")));
    auto *town = window.findChild<QLineEdit *>(QStringLiteral("field_woonplaats"));
    QVERIFY(town);
    town->setText(QStringLiteral("Ede"));
    Q_EMIT town->textEdited(town->text());

    if (fault == QLatin1String("delete")) {
        QVERIFY(QFile::remove(path));
    } else if (fault == QLatin1String("move")) {
        QVERIFY(QFile::rename(path, path + QStringLiteral(".elsewhere")));
    } else {
        // Another register renamed over it, as a sync tool or a restore by hand would.
        QCOMPARE(::rename(QFile::encodeName(m_env->path(QStringLiteral("ander"))).constData(),
                          QFile::encodeName(path).constData()),
                 0);
    }
    QVERIFY(!window.currentRegister()->fileInPlace());

    m_env->answer = false; // "discard the edit?" -> no
    QVERIFY(!window.participantForm()->save());
    auto *state = window.findChild<QLabel *>(QStringLiteral("labelSaveState"));
    QVERIFY2(state->text().contains(said), qPrintable(state->text()));
    // Nothing personal in the message: the file, never a value.
    QVERIFY(!state->text().contains(QStringLiteral("Ede")));
    // For the eye (docs/testing.md): the form with the message, in build/screenshots.
    const QString shots =
        qEnvironmentVariable("VELDBOEK_BINARY_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    QVERIFY(window.participantForm()->grab().save(
        shots + QStringLiteral("/file-gone-") +
        QString::fromLatin1(QTest::currentDataTag())
            .replace(QLatin1String(", "), QLatin1String("-")) +
        QStringLiteral(".png")));
    QCOMPARE(town->text(), QStringLiteral("Ede"));
    QVERIFY(window.participantForm()->isDirty());
    // Leaving the record would lose the edit: the user is asked, and keeps it.
    window.newParticipant();
    QCOMPARE(m_env->questions.last(), QStringLiteral("unsaved"));
    QCOMPARE(town->text(), QStringLiteral("Ede"));

    // The file put back (the same file, by its second name): the edit is saved into it.
    QFile::remove(path);
    QVERIFY(QFile::rename(kept, path));
    QVERIFY(window.currentRegister()->fileInPlace());
    QVERIFY(window.participantForm()->save());
    window.closeRegister();
    RegisterError error;
    auto reg = KeyStore::open(path, GuiTestRegister::Passphrase, &error);
    QVERIFY2(reg, qPrintable(error.message()));
    QCOMPARE(ParticipantRepository(*reg).all().first().value(u"woonplaats"), QStringLiteral("Ede"));
}

QTEST_MAIN(TestAppFaults)
#include "tst_appfaults.moc"
