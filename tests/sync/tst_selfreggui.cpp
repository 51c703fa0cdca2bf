// Edit > Self-registrations in the real main window, offscreen, against the real endpoint over
// TLS (issue 19, item 3; app/gui/selfreg/SelfRegDialog.h): a beheerder makes a link and sees its
// address; entries sealed to it are fetched; the one the spec's rule finds already registered is
// merged into that participant, a new one accepted with the proposed number (the window's table
// shows it at once), one rejected; the link closed. An invoerder may decide but not make links or
// fetch. Screenshots in Dutch and English.
#include "GuiLocalization.h"
#include "Localization.h"
#include "MainWindow.h"
#include "ParticipantTableModel.h"
#include "Question.h"
#include "SyncFixture.h"
#include "TestSupport.h"
#include "keys/SecretFile.h"
#include "selfreg/SelfRegDialog.h"
#include "selfreg/SelfRegInbox.h"
#include "storage/ParticipantRepository.h"
#include "storage/RegisterUsers.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

namespace {

Record person(const QString &first, const QString &last, const QString &born,
              const QString &postcode)
{
    return {{QStringLiteral("voornaam"), first},
            {QStringLiteral("achternaam"), last},
            {QStringLiteral("geboortedatum"), born},
            {QStringLiteral("postcode"), postcode},
            {QStringLiteral("huisnummer"), QStringLiteral("7")},
            {QStringLiteral("straat"), QStringLiteral("Kerkstraat")},
            {QStringLiteral("woonplaats"), QStringLiteral("Zwolle")},
            {QStringLiteral("email"), QStringLiteral("noor@example.org")}};
}

bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir =
        qEnvironmentVariable("VELDBOEK_BINARY_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return widget->grab().save(dir + QLatin1Char('/') + name);
}

QPushButton *button(QWidget *dialog, const char *name)
{
    return dialog->findChild<QPushButton *>(QLatin1String(name));
}

// Clicks a button that asks the endpoint and waits until the dialog is idle again.
bool clickAndWait(SelfRegDialog *dialog, const char *name)
{
    QSignalSpy idle(dialog, &SelfRegDialog::idle);
    QTest::mouseClick(button(dialog, name), Qt::LeftButton);
    return !idle.isEmpty() || idle.wait(60000);
}

} // namespace

class SelfRegGuiTest : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fixture;

    QByteArray passphrase()
    {
        QString error;
        return readSecretFile(m_fixture.passphraseFile(), &error);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    }

    void beheerderMakesALinkFetchesAndDecides_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << QStringLiteral("nl");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void beheerderMakesALinkFetchesAndDecides()
    {
        QFETCH(QString, language);
        installTranslator(*qApp, language);
        setCurrentLanguage(language);
        const QString token = m_fixture.newAccount();
        QString path;
        Participant filed;
        {
            auto reg = m_fixture.makeRegister(QStringLiteral("selfreg-gui-") + language, 4,
                                              m_fixture.profile(token));
            QVERIFY(reg);
            filed = *ParticipantRepository(*reg).find(2);
            filed.setValue(u"email", QString()); // what the merge may fill in
            QVERIFY(ParticipantRepository(*reg).update(filed));
            path = reg->path();
        }
        MainWindow window;
        window.setAutoLockInterval(0);
        window.resize(1200, 760);
        window.show();
        window.openRegister(path, passphrase());
        QVERIFY(window.currentRegister());
        QCOMPARE(window.participantModel()->rowCount(), 4);
        QAction *open = window.findChild<QAction *>(QStringLiteral("actionSelfRegistrations"));
        QVERIFY(open && open->isEnabled());
        open->trigger();
        auto *dialog = window.findChild<SelfRegDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("selfRegAddress"));
        QVERIFY(address->text().isEmpty());

        QVERIFY(clickAndWait(dialog, "selfRegMakeLink"));
        QVERIFY2(address->text().startsWith(m_fixture.url() + QStringLiteral("/r/")),
                 qPrintable(address->text() +
                            dialog->findChild<QLabel *>(QStringLiteral("selfRegStatus"))->text()));
        const SelfRegLinkRecord link = SelfRegInbox(*window.currentRegister()).links().value(0);
        QCOMPARE(link.publicKey.size(), 32);

        const QString fresh = m_fixture.storeSelfRegEntry(
            link.id, link.specId, link.publicKey,
            person(QStringLiteral("Noor"), QStringLiteral("Vermeulen"),
                   QStringLiteral("14-03-2007"), QStringLiteral("3511 AB")));
        const QString known = m_fixture.storeSelfRegEntry(
            link.id, link.specId, link.publicKey,
            person(filed.value(u"voornaam"), filed.value(u"achternaam"),
                   filed.value(u"geboortedatum"), filed.value(u"postcode")));
        const QString spam = m_fixture.storeSelfRegEntry(
            link.id, link.specId, link.publicKey,
            person(QStringLiteral("Test"), QStringLiteral("Test"), QStringLiteral("01-01-2001"),
                   QStringLiteral("1000 AA")));
        QVERIFY(!fresh.isEmpty() && !known.isEmpty() && !spam.isEmpty());

        QVERIFY(clickAndWait(dialog, "selfRegPull"));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("selfRegTable"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(m_fixture.selfRegWaitingAt(link.id), 0);
        // Entries sent in the same millisecond come in any order: rows are found by name.
        const auto rowOf = [table](const QString &name) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 1)->text().startsWith(name))
                    return row;
            }
            return -1;
        };
        const QString filedName = filed.value(u"voornaam") + QLatin1Char(' ');
        QVERIFY(rowOf(filedName) >= 0);
        QVERIFY(
            table->item(rowOf(filedName), 5)->text().contains(filed.value(u"respondentnummer")));
        QVERIFY(table->item(rowOf(QStringLiteral("Noor ")), 5)->text().isEmpty());
        QVERIFY(saveScreenshot(dialog, QStringLiteral("selfreg-dialog-%1.png").arg(language)));

        // The known one: merge fills the empty e-mail address only.
        table->selectRow(rowOf(filedName));
        QVERIFY(button(dialog, "selfRegMerge")->isEnabled());
        QTest::mouseClick(button(dialog, "selfRegMerge"), Qt::LeftButton);
        const Participant merged = *ParticipantRepository(*window.currentRegister()).find(filed.id);
        QCOMPARE(merged.value(u"email"), QStringLiteral("noor@example.org"));
        QCOMPARE(merged.value(u"achternaam"), filed.value(u"achternaam"));
        QCOMPARE(table->rowCount(), 2);

        // The new one: accepted with the proposed number; the window's table has it at once.
        table->selectRow(rowOf(QStringLiteral("Noor ")));
        QVERIFY(!button(dialog, "selfRegMerge")->isEnabled());
        const QString number =
            dialog->findChild<QLineEdit *>(QStringLiteral("selfRegNumber"))->text();
        QVERIFY(!number.isEmpty());
        QTest::mouseClick(button(dialog, "selfRegAccept"), Qt::LeftButton);
        QCOMPARE(window.participantModel()->rowCount(), 5);
        QCOMPARE(table->rowCount(), 1);

        // The last one rejected, after the question.
        Question::setTestAnswer([](const QString &, const QString &) { return true; });
        auto restore = qScopeGuard([] { Question::setTestAnswer({}); });
        table->selectRow(0);
        QTest::mouseClick(button(dialog, "selfRegReject"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(SelfRegInbox(*window.currentRegister()).entry(spam)->state,
                 InboxEntry::State::Rejected);

        // Closed: the address goes, the endpoint has it closed.
        QVERIFY(clickAndWait(dialog, "selfRegCloseLink"));
        QVERIFY(address->text().isEmpty());
        QVERIFY(!SelfRegInbox(*window.currentRegister()).links().value(0).closedAt.isEmpty());
        QVERIFY(saveScreenshot(dialog, QStringLiteral("selfreg-dialog-done-%1.png").arg(language)));
        dialog->close();
    }

    void invoerderDecidesButMakesNoLinks()
    {
        installTranslator(*qApp, QStringLiteral("en"));
        setCurrentLanguage(QStringLiteral("en"));
        const QString token = m_fixture.newAccount();
        const QByteArray entry = "invoerder op locatie in Zwolle";
        QString path;
        {
            auto reg = m_fixture.makeRegister(QStringLiteral("selfreg-gui-roles"), 2,
                                              m_fixture.profile(token));
            QVERIFY(reg);
            RegisterError error;
            QVERIFY2(RegisterUsers::add(reg, passphrase(), QStringLiteral("Ines"), Role::Invoerder,
                                        entry, &error),
                     qPrintable(error.message()));
            path = reg->path();
        }
        MainWindow window;
        window.setAutoLockInterval(0);
        window.show();
        window.openRegister(path, entry);
        QVERIFY(window.currentRegister());
        QCOMPARE(window.currentRegister()->actor(), QStringLiteral("Ines"));
        window.findChild<QAction *>(QStringLiteral("actionSelfRegistrations"))->trigger();
        auto *dialog = window.findChild<SelfRegDialog *>();
        QVERIFY(dialog);
        for (const char *name : {"selfRegMakeLink", "selfRegPull"}) {
            QVERIFY2(!button(dialog, name)->isEnabled(), name);
            QVERIFY(button(dialog, name)->toolTip().contains(QStringLiteral("Only a beheerder")));
        }
        dialog->close();
    }
};

QTEST_MAIN(SelfRegGuiTest)
#include "tst_selfreggui.moc"
