// Named users in the real window, offscreen (issue 19; app/gui/users/UsersDialog.h): an invoerder
// finds export, submission, "save as" and Users greyed out with the reason, and the title names
// them; a beheerder adds a user and removes one in the Users dialog while the window keeps
// showing the register (removal re-keys it underneath); a zelfaanmelding user cannot open the
// window at all, only the kiosk, which staff leave with their own passphrase. Screenshots in Dutch
// and English go to build/screenshots (docs/testing.md).
#include "GuiLocalization.h"
#include "GuiTestRegister.h"
#include "Localization.h"
#include "MainWindow.h"
#include "ParticipantTableModel.h"
#include "kiosk/KioskWindow.h"
#include "storage/KeyStore.h"
#include "storage/Register.h"
#include "storage/RegisterUsers.h"
#include "users/UsersDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

namespace {

const QByteArray Entry = "invoerder op de school in Harlingen";
const QByteArray Kiosk = "kiosk in de aula van de school";
const QByteArray Added = "nieuwe collega met een lange zin";

bool showWindow(MainWindow &window)
{
    window.resize(1200, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowActive(&window);
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

class TestGuiUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<GuiTestRegister>();
        QVERIFY(m_env->isValid());
        QList<Participant> participants{validParticipant(1), validParticipant(2)};
        auto reg = m_env->create(QStringLiteral("gedeeld"), participants);
        QVERIFY(reg);
        RegisterError error;
        QVERIFY2(RegisterUsers::add(reg, GuiTestRegister::Passphrase, QStringLiteral("Bram"),
                                    Role::Invoerder, Entry, &error),
                 qPrintable(error.message()));
        QVERIFY(RegisterUsers::add(reg, GuiTestRegister::Passphrase, QStringLiteral("Kiosk"),
                                   Role::Zelfaanmelding, Kiosk, &error));
        m_path = reg->path();
    }
    void cleanup() { m_env.reset(); }

    void invoerderSeesWhatTheRoleAllows_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Alleen een beheerder");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Only a beheerder");
    }

    void invoerderSeesWhatTheRoleAllows()
    {
        QFETCH(QString, language);
        QFETCH(QString, refusal);
        installTranslator(*qApp, language);
        setCurrentLanguage(language);
        MainWindow window;
        QVERIFY(showWindow(window));
        window.openAtStartup(m_path, Entry);
        QVERIFY(window.currentRegister());
        QCOMPARE(window.currentRegister()->actor(), QStringLiteral("Bram"));
        QCOMPARE(window.participantModel()->rowCount(), 2);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Bram")));
        for (const char *name : {"actionExport", "actionSubmit", "actionSaveRegisterAs",
                                 "actionUsers", "actionConnectionSettings"}) {
            QVERIFY2(!action(window, name)->isEnabled(), name);
            QVERIFY2(action(window, name)->statusTip().contains(refusal),
                     qPrintable(action(window, name)->statusTip()));
        }
        for (const char *name : {"actionNewParticipant", "actionImport", "actionDashboard"})
            QVERIFY2(action(window, name)->isEnabled(), name);
        // The menu action is greyed out; triggered anyway (a shortcut), it does nothing.
        action(window, "actionUsers")->trigger();
        QVERIFY(!window.findChild<UsersDialog *>());
        QVERIFY(saveScreenshot(&window, QStringLiteral("users-invoerder-") + language));
    }

    void beheerderAddsAndRemovesUsers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << QStringLiteral("nl");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void beheerderAddsAndRemovesUsers()
    {
        QFETCH(QString, language);
        installTranslator(*qApp, language);
        setCurrentLanguage(language);
        MainWindow window;
        QVERIFY(showWindow(window));
        window.openAtStartup(m_path, GuiTestRegister::Passphrase);
        QVERIFY(window.currentRegister());
        QCOMPARE(window.currentRegister()->role(), Role::Beheerder);
        QVERIFY(action(window, "actionUsers")->isEnabled());
        action(window, "actionUsers")->trigger();
        UsersDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<UsersDialog *>()));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("tableUsers"));
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(saveScreenshot(dialog, QStringLiteral("users-dialog-") + language));

        // Add: the dialog asks name, role and passphrases; a too-easy passphrase keeps Add off.
        bool sawWeak = false;
        QTimer::singleShot(0, this, [&] {
            auto *ask = qobject_cast<AddUserDialog *>(QApplication::activeModalWidget());
            QVERIFY(ask);
            auto edit = [ask](const char *name) {
                return ask->findChild<QLineEdit *>(QString::fromLatin1(name));
            };
            QPushButton *ok = ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            edit("editUserName")->setText(QStringLiteral("Dewi"));
            edit("editNewPassphrase")->setText(QStringLiteral("welkom"));
            edit("editRepeatPassphrase")->setText(QStringLiteral("welkom"));
            sawWeak = !ok->isEnabled();
            edit("editNewPassphrase")->setText(QString::fromUtf8(Added));
            edit("editRepeatPassphrase")->setText(QString::fromUtf8(Added));
            edit("editOwnPassphrase")->setText(QString::fromUtf8(GuiTestRegister::Passphrase));
            ask->findChild<QComboBox *>(QStringLiteral("comboRole"))->setCurrentIndex(0);
            saveScreenshot(ask, QStringLiteral("users-add-") + language);
            ok->click();
        });
        dialog->findChild<QPushButton *>(QStringLiteral("buttonAddUser"))->click();
        QVERIFY(sawWeak);
        QCOMPARE(table->rowCount(), 4);
        RegisterError error;
        auto dewi = KeyStore::open(m_path, QByteArray(Added), &error);
        QVERIFY2(dewi, qPrintable(error.message()));
        QCOMPARE(dewi->actor(), QStringLiteral("Dewi"));
        dewi.reset();

        // Remove Bram: the register is re-keyed under the open window.
        int bram = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole + 1).toString() == QLatin1String("Bram"))
                bram = row;
        }
        QVERIFY(bram >= 0);
        table->selectRow(bram);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        dialog->findChild<QPushButton *>(QStringLiteral("buttonRemoveUser"))->click();
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(window.currentRegister());
        QCOMPARE(window.participantModel()->rowCount(), 2);
        QVERIFY(!KeyStore::open(m_path, QByteArray(Entry), &error));
        QCOMPARE(error.code, RegisterError::Code::WrongKey);
        QVERIFY(KeyStore::open(m_path, QByteArray(Added), &error));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("users-removed-") + language));
        dialog->reject();
    }

    // The kiosk account: its passphrase opens the register straight into the kiosk, never the
    // window; its own passphrase does not leave the kiosk, an invoerder's does, and then the
    // register closes so staff open it as themselves (app/gui/MainWindowKiosk.cpp).
    void kioskUserOpensOnlyTheKiosk()
    {
        MainWindow window;
        QVERIFY(showWindow(window));
        window.startKioskWhenOpen();
        window.openAtStartup(m_path, Kiosk);
        QVERIFY(window.currentRegister());
        QCOMPARE(window.currentRegister()->role(), Role::Zelfaanmelding);
        KioskWindow *kiosk = window.kioskWindow();
        QVERIFY(kiosk);
        QVERIFY(window.isHidden());
        QVERIFY(!kiosk->tryToLeave(Kiosk));
        QVERIFY(!kiosk->tryToLeave("raden maar"));
        QVERIFY(window.kioskWindow());
        QVERIFY(kiosk->tryToLeave(Entry));
        QTRY_VERIFY(!window.kioskWindow());
        QVERIFY(!window.currentRegister());
    }

    void staffLeaveTheKioskWithTheirOwnPassphrase()
    {
        MainWindow window;
        QVERIFY(showWindow(window));
        window.openAtStartup(m_path, Entry);
        QVERIFY(action(window, "actionStartKiosk")->isEnabled());
        action(window, "actionStartKiosk")->trigger();
        KioskWindow *kiosk = window.kioskWindow();
        QVERIFY(kiosk);
        QVERIFY(!kiosk->tryToLeave(Kiosk));                      // the kiosk account is no staff
        QVERIFY(kiosk->tryToLeave(GuiTestRegister::Passphrase)); // the beheerder is
        QTRY_VERIFY(!window.kioskWindow());
        QVERIFY(window.currentRegister()); // Bram's session goes on
        QCOMPARE(window.currentRegister()->actor(), QStringLiteral("Bram"));
    }

    // Security > Change my passphrase: Bram's own slot with named users; with one key, a re-key
    // under the open window.
    void userChangesTheirOwnPassphrase_data()
    {
        QTest::addColumn<bool>("named");
        QTest::newRow("named users") << true;
        QTest::newRow("one key") << false;
    }

    void userChangesTheirOwnPassphrase()
    {
        QFETCH(bool, named);
        QString path = m_path;
        QByteArray current = Entry;
        if (!named) {
            QList<Participant> participants{validParticipant(1)};
            auto reg = m_env->create(QStringLiteral("enkel"), participants);
            QVERIFY(reg);
            path = reg->path();
            current = GuiTestRegister::Passphrase;
        }
        MainWindow window;
        QVERIFY(showWindow(window));
        window.openAtStartup(path, current);
        QVERIFY(window.currentRegister());
        QVERIFY(action(window, "actionChangePassphrase")->isEnabled());
        const QByteArray fresh = "een geheel nieuwe zin voor het register";
        QTimer::singleShot(0, this, [&] {
            auto *ask = qobject_cast<ChangePassphraseDialog *>(QApplication::activeModalWidget());
            QVERIFY(ask);
            auto edit = [ask](const char *name) {
                return ask->findChild<QLineEdit *>(QString::fromLatin1(name));
            };
            edit("editCurrentPassphrase")->setText(QString::fromUtf8(current));
            edit("editNewPassphrase")->setText(QString::fromUtf8(fresh));
            edit("editRepeatPassphrase")->setText(QString::fromUtf8(fresh));
            saveScreenshot(ask, QStringLiteral("users-change-passphrase"));
            ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        action(window, "actionChangePassphrase")->trigger();
        QVERIFY(window.currentRegister());
        RegisterError error;
        QVERIFY(!KeyStore::open(path, QByteArray(current), &error));
        QCOMPARE(error.code, RegisterError::Code::WrongKey);
        auto reopened = KeyStore::open(path, QByteArray(fresh), &error);
        QVERIFY2(reopened, qPrintable(error.message()));
        if (named)
            QCOMPARE(reopened->actor(), QStringLiteral("Bram"));
    }

    void kioskUserCannotOpenTheWindow()
    {
        installTranslator(*qApp, QStringLiteral("en"));
        setCurrentLanguage(QStringLiteral("en"));
        MainWindow window;
        QVERIFY(showWindow(window));
        window.openAtStartup(m_path, Kiosk);
        QVERIFY(!window.currentRegister());
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("messageKioskOnly"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("kiosk")), qPrintable(box->text()));
    }

private:
    std::unique_ptr<GuiTestRegister> m_env;
    QString m_path;
};

QTEST_MAIN(TestGuiUsers)
#include "tst_users.moc"
