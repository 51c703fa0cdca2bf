// The app under faults (issue 17, item 6), on the real window offscreen: the register file
// deleted, moved away or replaced by another file while it is open. SQLite would go on writing
// into the old file, which nobody can open again once the window closes; instead the save is
// refused (Register::transaction, RegisterError::Code::FileGone), the user is told what happened
// and what to do, in Dutch and in English, and the edit stays in the form until the file is back.
// The register made read-only while open (readOnlyKeepsTheEdit): the same promise, with a
// message that says "read-only" (Register.cpp codeForResult reads the system's errno).
// A file that cannot come back (saveElsewhereKeepsTheEdit): File > Save register as writes an
// encrypted copy elsewhere, read through the open connection, with the edit in hand saved into
// it, and the window goes on there (app/gui/SaveRegisterAs.cpp).
// The disk-full case is tst_participantform's diskFullKeepsTheEdit.
#include "CreateRegisterDialog.h"
#include "GuiLocalization.h"
#include "GuiTestRegister.h"
#include "Localization.h"
#include "MainWindow.h"
#include "ParticipantTableModel.h"
#include "participants/ParticipantForm.h"
#include "storage/KeyStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <unistd.h>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

namespace {

// The immutable attribute (chattr +i) refuses writes even through a file already open, even to
// root: the way to make an open register read-only under the root account CI runs as (a chmod
// only affects later opens, and root ignores it).
bool setImmutable(const QStringList &files, bool on)
{
    QStringList arguments{on ? QStringLiteral("+i") : QStringLiteral("-i")};
    arguments.append(files);
    QProcess chattr;
    chattr.start(QStringLiteral("chattr"), arguments);
    return chattr.waitForFinished(10000) && chattr.exitStatus() == QProcess::NormalExit &&
           chattr.exitCode() == 0;
}

// The register at `path` opened in the real window, its first participant's town typed as
// "Ede" and not yet saved: the edit in hand that every fault here must not lose. Null when a
// step fails.
QLineEdit *editTownOfFirst(MainWindow &window, const QString &path)
{
    window.resize(1200, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    window.openAtStartup(path, GuiTestRegister::Passphrase);
    if (!window.currentRegister() ||
        !window.showParticipant(window.participantModel()->participantId(0),
                                QStringLiteral("woonplaats")))
        return nullptr;
    auto *town = window.findChild<QLineEdit *>(QStringLiteral("field_woonplaats"));
    if (town) {
        town->setText(QStringLiteral("Ede"));
        Q_EMIT town->textEdited(town->text());
    }
    return town;
}

QString shotName(const char *prefix)
{
    return QString::fromLatin1(prefix) + QString::fromLatin1(QTest::currentDataTag())
                                             .replace(QLatin1String(", "), QLatin1String("-"));
}

} // namespace

class TestAppFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fileGoneKeepsTheEdit_data();
    void fileGoneKeepsTheEdit();
    void readOnlyKeepsTheEdit_data();
    void readOnlyKeepsTheEdit();
    void saveElsewhereKeepsTheEdit_data();
    void saveElsewhereKeepsTheEdit();

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
    QLineEdit *town = editTownOfFirst(window, path);
    QVERIFY(town);

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
    QVERIFY(saveScreenshot(window.participantForm(), shotName("file-gone-")));
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

void TestAppFaults::readOnlyKeepsTheEdit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("said");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("is read-only");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("is alleen-lezen");
}

void TestAppFaults::readOnlyKeepsTheEdit()
{
    QFETCH(QString, language);
    QFETCH(QString, said);
    installTranslator(*qApp, language);
    setCurrentLanguage(language);

    QList<Participant> participants{validParticipant(1)};
    QVERIFY(m_env->create(QStringLiteral("alleen"), participants));
    const QString path = m_env->path(QStringLiteral("alleen"));

    MainWindow window;
    QLineEdit *town = editTownOfFirst(window, path);
    QVERIFY(town);

    // The register and its write-ahead log (where a commit goes first) made read-only.
    const QStringList files{path, path + QStringLiteral("-wal")};
    for (const QString &file : files)
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    if (!setImmutable(files, true))
        QSKIP("chattr +i needs root (CAP_LINUX_IMMUTABLE) and a file system with attributes; "
              "CI runs as root on ext4");
    struct Writable
    {
        QStringList files;
        ~Writable() { setImmutable(files, false); }
    } writableAgain{files};

    m_env->answer = false; // "discard the edit?" -> no
    QVERIFY(!window.participantForm()->save());
    QCOMPARE(window.currentRegister()->lastError().code, RegisterError::Code::ReadOnly);
    auto *state = window.findChild<QLabel *>(QStringLiteral("labelSaveState"));
    QVERIFY2(state->text().contains(said), qPrintable(state->text()));
    QVERIFY(!state->text().contains(QStringLiteral("Ede")));
    QVERIFY(saveScreenshot(window.participantForm(), shotName("read-only-")));
    QCOMPARE(town->text(), QStringLiteral("Ede"));
    QVERIFY(window.participantForm()->isDirty());

    // Writable again: the same edit is saved, and what was there before is intact.
    QVERIFY(setImmutable(files, false));
    QVERIFY(window.participantForm()->save());
    window.closeRegister();
    RegisterError error;
    auto reg = KeyStore::open(path, GuiTestRegister::Passphrase, &error);
    QVERIFY2(reg, qPrintable(error.message()));
    QCOMPARE(reg->integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(ParticipantRepository(*reg).all().first().value(u"woonplaats"), QStringLiteral("Ede"));
}

void TestAppFaults::saveElsewhereKeepsTheEdit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("hint");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("File > Save register as");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Bestand > Register opslaan als");
}

void TestAppFaults::saveElsewhereKeepsTheEdit()
{
    QFETCH(QString, language);
    QFETCH(QString, hint);
    installTranslator(*qApp, language);
    setCurrentLanguage(language);

    QList<Participant> participants{
        validParticipant(1), validParticipant(2, QStringLiteral("Bram"), QStringLiteral("Smit"))};
    QVERIFY(m_env->create(QStringLiteral("kwijt"), participants));
    const QString path = m_env->path(QStringLiteral("kwijt"));
    MainWindow window;
    QLineEdit *town = editTownOfFirst(window, path);
    QVERIFY(town);

    // The file deleted for good: the save is refused and the message points the way out.
    QVERIFY(QFile::remove(path));
    QVERIFY(!window.participantForm()->save());
    auto *state = window.findChild<QLabel *>(QStringLiteral("labelSaveState"));
    QVERIFY2(state->text().contains(hint), qPrintable(state->text()));

    window.findChild<QAction *>(QStringLiteral("actionSaveRegisterAs"))->trigger();
    CreateRegisterDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<CreateRegisterDialog *>()));
    const QString elsewhere = m_env->path(QStringLiteral("elders"));
    auto *pathField = dialog->findChild<QLineEdit *>(QStringLiteral("lineEditPath"));
    pathField->setText(elsewhere);
    dialog->findChild<QRadioButton *>(QStringLiteral("radioPassphrase"))->setChecked(true);
    const QString passphrase = QString::fromUtf8(GuiTestRegister::Passphrase);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lineEditPassphrase")),
                     passphrase);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lineEditConfirm")), passphrase);
    QVERIFY(saveScreenshot(dialog, QStringLiteral("save-register-as-") + language));
    dialog->findChild<QPushButton *>(QStringLiteral("pushButtonCreate"))->click();

    // The window goes on in the copy, the edit saved there and shown, nothing left unsaved.
    QTRY_COMPARE(QFileInfo(window.currentRegister()->path()).absoluteFilePath(),
                 QFileInfo(elsewhere).absoluteFilePath());
    QVERIFY(!window.participantForm()->isDirty());
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("field_woonplaats"))->text(),
             QStringLiteral("Ede"));
    QVERIFY(window.participantForm()->save()); // and it keeps saving, into the copy
    window.closeRegister();

    // The copy opens with its passphrase and holds both participants and the edit.
    RegisterError error;
    auto reg = KeyStore::open(elsewhere, GuiTestRegister::Passphrase, &error);
    QVERIFY2(reg, qPrintable(error.message()));
    QCOMPARE(reg->integrityCheck(), QStringLiteral("ok"));
    const QList<Participant> kept = ParticipantRepository(*reg).all();
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.first().value(u"woonplaats"), QStringLiteral("Ede"));
    QCOMPARE(kept.last().value(u"achternaam"), QStringLiteral("Smit"));
}

QTEST_MAIN(TestAppFaults)
#include "tst_appfaults.moc"
