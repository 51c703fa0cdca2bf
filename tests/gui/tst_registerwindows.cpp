#include "CreateRegisterDialog.h"
#include "FileChooser.h"
#include "Localization.h"
#include "MainWindow.h"
#include "ParticipantTableModel.h"
#include "RecentRegisters.h"
#include "TestSupport.h"
#include "UnlockDialog.h"
#include "WidgetSizing.h"
#include "exchange/PortalExport.h"
#include "import/ExportDialog.h"
#include "import/ImportWizard.h"
#include "keys/Keychain.h"
#include "storage/KeyStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "validation/SpecLoader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>

using namespace veldboek;
using namespace veldboek::gui;

namespace {

const QByteArray Passphrase = "correct paard batterij";
const char *ChildVariable = "VELDBOEK_GUI_TEST_CHILD";

// The dialog of type T the window has open, waiting for it to appear.
template<class T>
T *openDialog(QWidget &window)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        const auto dialogs = window.findChildren<T *>();
        for (T *dialog : dialogs) {
            if (dialog->isVisible())
                found = dialog;
        }
        return found != nullptr;
    });
    return shown ? found : nullptr;
}

template<class T>
bool dialogGone(QWidget &window)
{
    return QTest::qWaitFor([&] { return window.findChildren<T *>().isEmpty(); });
}

QString labelText(QWidget *dialog, const char *name)
{
    auto *label = dialog->findChild<QLabel *>(QLatin1String(name));
    return label && label->isVisible() ? label->text() : QString();
}

// The main file and its -wal/-shm companions, to prove a failed attempt changed nothing.
QList<QByteArray> registerBytes(const QString &path)
{
    QList<QByteArray> bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = path + suffix;
        bytes.append(QFile::exists(file) ? test::readBytes(file) : QByteArray("<absent>"));
    }
    return bytes;
}

Participant participant(int number, const QString &first, const QString &last)
{
    Participant p;
    p.setValue(u"respondentnummer", QStringLiteral("MDT-%1").arg(number, 4, 10, QLatin1Char('0')));
    p.setValue(u"voornaam", first);
    p.setValue(u"achternaam", last);
    p.setValue(u"startdatum", QStringLiteral("01-03-2024"));
    p.setValue(u"einddatum", QStringLiteral("30-06-2024"));
    return p;
}

QList<Participant> sampleParticipants()
{
    return {participant(1, QStringLiteral("Fatima"), QStringLiteral("El Amrani")),
            participant(2, QStringLiteral("Joël"), QStringLiteral("de Vries")),
            participant(3, QStringLiteral("Ilse"), QStringLiteral("Ünal"))};
}

} // namespace

// Drives the real main window and its dialogs: create, unlock, errors in the dialog, keychain
// and passphrase modes, recent registers.
class TestRegisterWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void passphraseRegisterWrongThenRightPassphrase();
    void createDialogChecksPassphraseAndPath();
    void keychainRoundTrip();
    void withoutKeychainPassphraseIsOffered();
    void withoutKeychainChild();
    void notARegisterIsShownInTheDialog();
    void startupOpensTheLastRegister();
    void mainWindowFillsTheScreenThenRemembersItsPlace();
    void firstStartExplainsAndOffersRecentRegisters();
    void startupWithPassphraseFileOpensDirectly();
    void participantModelPassesTester();
    void importAndExportFromTheFileMenu();

private:
    // Creates a register through the File menu's dialog; an empty passphrase uses the keychain.
    bool createThroughDialog(MainWindow &window, const QString &path, const QByteArray &passphrase);
    bool addParticipants(const QString &path, const QByteArray &passphrase);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_chosenPath;
};

void TestRegisterWindows::initTestCase()
{
    // Recent registers go to a test-only settings file, never the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestRegisterWindows::init()
{
    RecentRegisters().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    FileChooser::setTestAnswer([this](FileChooser::Purpose) { return m_chosenPath; });
}

void TestRegisterWindows::cleanup()
{
    FileChooser::setTestAnswer({});
    m_dir.reset();
}

bool TestRegisterWindows::createThroughDialog(MainWindow &window, const QString &path,
                                              const QByteArray &passphrase)
{
    window.newRegister();
    auto *dialog = openDialog<CreateRegisterDialog>(window);
    if (!dialog)
        return false;
    m_chosenPath = path;
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pushButtonBrowse")),
                      Qt::LeftButton);
    if (!passphrase.isEmpty()) {
        dialog->findChild<QRadioButton *>(QStringLiteral("radioPassphrase"))->setChecked(true);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lineEditPassphrase")),
                         QString::fromUtf8(passphrase));
        auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("lineEditConfirm"));
        QTest::keyClicks(confirm, QString::fromUtf8(passphrase));
        // Enter in a field presses the default button, Create.
        QTest::keyClick(confirm, Qt::Key_Return);
    } else {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pushButtonCreate")),
                          Qt::LeftButton);
    }
    return dialogGone<CreateRegisterDialog>(window) && window.currentRegister() != nullptr;
}

bool TestRegisterWindows::addParticipants(const QString &path, const QByteArray &passphrase)
{
    RegisterError error;
    auto reg = KeyStore::open(path, passphrase, &error);
    if (!reg) {
        qWarning() << error.message();
        return false;
    }
    QList<Participant> participants = sampleParticipants();
    return ParticipantRepository(*reg).addAll(participants);
}

void TestRegisterWindows::passphraseRegisterWrongThenRightPassphrase()
{
    const QString path = m_dir->filePath(QStringLiteral("praktijk.veldboek"));
    {
        MainWindow window;
        window.show();
        QCOMPARE(window.windowTitle(), QStringLiteral("Veldboek"));
        QVERIFY(createThroughDialog(window, path, Passphrase));
        QCOMPARE(window.windowTitle(), QStringLiteral("praktijk - Veldboek"));
        QCOMPARE(window.participantModel()->rowCount(), 0);
        QVERIFY(QFile::exists(path));
    }
    QVERIFY(addParticipants(path, Passphrase));
    const QList<QByteArray> before = registerBytes(path);

    MainWindow window;
    window.show();
    window.openRegister(path);
    // No key in the keychain (or no keychain): the window asks for the passphrase.
    auto *dialog = openDialog<UnlockDialog>(window);
    QVERIFY(dialog);
    QCOMPARE(QFileInfo(dialog->path()), QFileInfo(path));
    QVERIFY(labelText(dialog, "labelError").isEmpty());
    auto *passphraseField = dialog->findChild<QLineEdit *>(QStringLiteral("lineEditPassphrase"));
    QCOMPARE(passphraseField->echoMode(), QLineEdit::Password);
    QVERIFY(!passphraseField->accessibleName().isEmpty());

    QTest::keyClicks(passphraseField, QStringLiteral("verkeerde wachtzin"));
    QTest::keyClick(passphraseField, Qt::Key_Return);
    QTRY_VERIFY(labelText(dialog, "labelError")
                    .contains(QStringLiteral("kon niet worden ontgrendeld: de wachtzin of sleutel "
                                             "is onjuist")));
    QVERIFY(labelText(dialog, "labelError").contains(QStringLiteral("praktijk.veldboek")));
    QVERIFY(dialog->isVisible());
    QVERIFY(!window.currentRegister());
    QCOMPARE(window.windowTitle(), QStringLiteral("Veldboek"));
    QCOMPARE(registerBytes(path), before);

    // The wrong passphrase is selected, so typing replaces it.
    QCOMPARE(passphraseField->selectedText(), QStringLiteral("verkeerde wachtzin"));
    QTest::keyClicks(passphraseField, QString::fromUtf8(Passphrase));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pushButtonOpen")),
                      Qt::LeftButton);
    QVERIFY(dialogGone<UnlockDialog>(window));
    QVERIFY(window.currentRegister());
    QCOMPARE(window.windowTitle(), QStringLiteral("praktijk - Veldboek"));

    auto *table = window.findChild<QTableView *>(QStringLiteral("tableParticipants"));
    QVERIFY(table->isVisible());
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), 6);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Respondentnummer"));
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Voornaam"));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("MDT-0001"));
    QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("Joël"));
    QCOMPARE(model->index(2, 2).data().toString(), QStringLiteral("Ünal"));
    QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("01-03-2024"));
    QCOMPARE(model->index(0, 4).data().toString(), QStringLiteral("30-06-2024"));
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    bool countShown = false;
    for (const QLabel *label : labels)
        countShown = countShown || label->text().startsWith(QStringLiteral("Deelnemers: 3 "));
    QVERIFY(countShown);

    QCOMPARE(QFileInfo(RecentRegisters().paths().value(0)), QFileInfo(path));
}

void TestRegisterWindows::createDialogChecksPassphraseAndPath()
{
    MainWindow window;
    window.show();
    window.newRegister();
    auto *dialog = openDialog<CreateRegisterDialog>(window);
    QVERIFY(dialog);
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("pushButtonCreate"));
    QVERIFY(create->isDefault());

    // A free name in the start folder is proposed; without one, the dialog asks for it.
    auto *pathField = dialog->findChild<QLineEdit *>(QStringLiteral("lineEditPath"));
    const QString proposed = QDir::fromNativeSeparators(pathField->text());
    if (QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).exists()) {
        QVERIFY2(proposed.endsWith(QStringLiteral("/Deelnemers.veldboek")) ||
                     proposed.contains(QStringLiteral("/Deelnemers ")),
                 qPrintable(proposed));
        QVERIFY(!QFileInfo::exists(proposed));
    }
    pathField->clear();
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(labelText(dialog, "labelError"),
             QStringLiteral("Kies een bestandsnaam voor het register."));

    // A name without suffix gets ".veldboek".
    QTest::keyClicks(pathField, m_dir->filePath(QStringLiteral("kort")));
    dialog->findChild<QRadioButton *>(QStringLiteral("radioPassphrase"))->setChecked(true);
    auto *passphrase = dialog->findChild<QLineEdit *>(QStringLiteral("lineEditPassphrase"));
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("lineEditConfirm"));
    QVERIFY(passphrase->isEnabled());
    // The strength shows while typing, in words: a common password is weak, whatever its
    // kinds of characters; a sentence of unusual words is strong.
    QTest::keyClicks(passphrase, QStringLiteral("Wachtwoord1!"));
    QVERIFY2(labelText(dialog, "labelStrength").startsWith(QStringLiteral("Zwak")),
             qPrintable(labelText(dialog, "labelStrength")));
    passphrase->clear();
    QTest::keyClicks(passphrase, QStringLiteral("paarse giraffen dansen op de dijk bij Urk"));
    QCOMPARE(labelText(dialog, "labelStrength"), QStringLiteral("Sterk."));
    passphrase->clear();
    QTest::keyClicks(passphrase, QStringLiteral("1234567"));
    QTest::keyClicks(confirm, QStringLiteral("1234567"));
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(labelText(dialog, "labelError"),
             QStringLiteral("De wachtzin moet minimaal 8 tekens lang zijn."));

    // Long enough but on every password list: refused, with what to do about it.
    passphrase->clear();
    confirm->clear();
    QTest::keyClicks(passphrase, QStringLiteral("12345678"));
    QTest::keyClicks(confirm, QStringLiteral("12345678"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY2(labelText(dialog, "labelError")
                 .startsWith(QStringLiteral("Deze wachtzin is te makkelijk te raden.")),
             qPrintable(labelText(dialog, "labelError")));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("kort.veldboek"))));

    const QString strong = QStringLiteral("paarse giraffen dansen op de dijk");
    passphrase->clear();
    confirm->clear();
    QTest::keyClicks(passphrase, strong);
    QTest::keyClicks(confirm, strong + QLatin1Char('!'));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(labelText(dialog, "labelError")
                .startsWith(QStringLiteral("De twee wachtzinnen zijn niet gelijk.")));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("kort.veldboek"))));
    QVERIFY(!window.currentRegister());

    // An existing file is never overwritten; the dialog says so and stays open.
    const QString existing = m_dir->filePath(QStringLiteral("bestaat.veldboek"));
    test::writeBytes(existing, "iets anders");
    pathField->setText(existing);
    confirm->clear();
    QTest::keyClicks(confirm, strong);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY(labelText(dialog, "labelError").contains(QStringLiteral("bestaat al")));
    QCOMPARE(test::readBytes(existing), QByteArray("iets anders"));

    pathField->setText(m_dir->filePath(QStringLiteral("kort")));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(dialogGone<CreateRegisterDialog>(window));
    QVERIFY(window.currentRegister());
    QCOMPARE(window.windowTitle(), QStringLiteral("kort - Veldboek"));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("kort.veldboek"))));
}

void TestRegisterWindows::keychainRoundTrip()
{
    if (!test::keyringRunning())
        QSKIP("No Secret Service; run through the README's test command");
    const QString path = m_dir->filePath(QStringLiteral("sleutelhanger.veldboek"));
    QString fileId;
    {
        MainWindow window;
        window.show();
        window.newRegister();
        auto *dialog = openDialog<CreateRegisterDialog>(window);
        QVERIFY(dialog);
        auto *keychain = dialog->findChild<QRadioButton *>(QStringLiteral("radioKeychain"));
        QVERIFY(keychain->isEnabled());
        QVERIFY(keychain->isChecked());
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("lineEditPassphrase"))->isEnabled());
        dialog->reject();
        QVERIFY(dialogGone<CreateRegisterDialog>(window));

        QVERIFY(createThroughDialog(window, path, {}));
        QCOMPARE(window.windowTitle(), QStringLiteral("sleutelhanger - Veldboek"));
        fileId = window.currentRegister()->fileId();
        QList<Participant> participants = sampleParticipants();
        QVERIFY(ParticipantRepository(*window.currentRegister()).addAll(participants));
        window.reloadParticipants();
        QCOMPARE(window.participantModel()->rowCount(), 3);
        window.closeRegister();
        QVERIFY(!window.currentRegister());
        QCOMPARE(window.windowTitle(), QStringLiteral("Veldboek"));

        // Reopened from the keychain without a question.
        window.openRegister(path);
        QVERIFY(window.currentRegister());
        QVERIFY(window.findChildren<UnlockDialog *>().isEmpty());
        QCOMPARE(window.participantModel()->rowCount(), 3);
        QCOMPARE(window.windowTitle(), QStringLiteral("sleutelhanger - Veldboek"));
    }
    // Without its key in the keychain, the window asks for a passphrase instead of failing.
    KeyStore::forgetFile(fileId);
    MainWindow window;
    window.show();
    window.openRegister(path);
    auto *dialog = openDialog<UnlockDialog>(window);
    QVERIFY(dialog);
    QVERIFY(labelText(dialog, "labelError").isEmpty());
    dialog->reject();
}

void TestRegisterWindows::withoutKeychainPassphraseIsOffered()
{
    if (qEnvironmentVariableIsSet(ChildVariable))
        QSKIP("Runs in the parent process only");
    // The same test executable runs the child test with no D-Bus session bus at all.
    QProcessEnvironment environment = test::environmentWithoutKeychain();
    environment.insert(QString::fromLatin1(ChildVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const test::ProcessResult child =
        test::runProgram(QCoreApplication::applicationFilePath(),
                         {QStringLiteral("withoutKeychainChild")}, environment);
    QVERIFY2(child.exitCode == 0, qPrintable(child.out + child.err));
    QVERIFY2(
        child.out.contains(QStringLiteral("PASS   : TestRegisterWindows::withoutKeychainChild")),
        qPrintable(child.out));
}

void TestRegisterWindows::withoutKeychainChild()
{
    if (!qEnvironmentVariableIsSet(ChildVariable))
        QSKIP("Run by withoutKeychainPassphraseIsOffered in a process without a keychain");
    QVERIFY(!Keychain::probe().ok());

    const QString path = m_dir->filePath(QStringLiteral("zonder-sleutelhanger.veldboek"));
    MainWindow window;
    window.show();
    window.newRegister();
    auto *dialog = openDialog<CreateRegisterDialog>(window);
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("radioKeychain"))->isEnabled());
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("radioPassphrase"))->isChecked());
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("lineEditPassphrase"))->isEnabled());
    QVERIFY(
        labelText(dialog, "labelKeychainUnavailable").contains(QStringLiteral("sleutelhanger")));
    dialog->reject();
    QVERIFY(dialogGone<CreateRegisterDialog>(window));

    QVERIFY(createThroughDialog(window, path, Passphrase));
    QCOMPARE(window.windowTitle(), QStringLiteral("zonder-sleutelhanger - Veldboek"));
    window.closeRegister();

    window.openRegister(path);
    auto *unlock = openDialog<UnlockDialog>(window);
    QVERIFY(unlock);
    QVERIFY(labelText(unlock, "labelIntro").contains(QStringLiteral("geen sleutelhanger")));
    QVERIFY(labelText(unlock, "labelError").isEmpty());
    auto *field = unlock->findChild<QLineEdit *>(QStringLiteral("lineEditPassphrase"));
    QTest::keyClicks(field, QString::fromUtf8(Passphrase));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(dialogGone<UnlockDialog>(window));
    QVERIFY(window.currentRegister());
}

void TestRegisterWindows::notARegisterIsShownInTheDialog()
{
    const QString path = m_dir->filePath(QStringLiteral("boodschappen.veldboek"));
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "melk, brood, kaas\n";
    test::writeBytes(path, text);

    MainWindow window;
    window.show();
    m_chosenPath = path;
    window.findChild<QAction *>(QStringLiteral("actionOpenRegister"))->trigger();
    auto *dialog = openDialog<UnlockDialog>(window);
    QVERIFY(dialog);
    QVERIFY(labelText(dialog, "labelError").contains(QStringLiteral("geen Veldboek-register")));
    QCOMPARE(test::readBytes(path), text);

    // "Other file…" lets the user pick the right register from the same dialog.
    const QString good = m_dir->filePath(QStringLiteral("goed.veldboek"));
    {
        RegisterError error;
        QVERIFY(KeyStore::create(good, {KeyStore::Mode::Passphrase, Passphrase}, &error));
    }
    m_chosenPath = good;
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pushButtonBrowse")),
                      Qt::LeftButton);
    QCOMPARE(QFileInfo(dialog->path()), QFileInfo(good));
    QVERIFY(labelText(dialog, "labelError").isEmpty());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lineEditPassphrase")),
                     QString::fromUtf8(Passphrase));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pushButtonOpen")),
                      Qt::LeftButton);
    QVERIFY(dialogGone<UnlockDialog>(window));
    QCOMPARE(window.windowTitle(), QStringLiteral("goed - Veldboek"));
}

void TestRegisterWindows::startupOpensTheLastRegister()
{
    const QString older = m_dir->filePath(QStringLiteral("oud.veldboek"));
    const QString last = m_dir->filePath(QStringLiteral("laatst.veldboek"));
    for (const QString &path : {older, last}) {
        RegisterError error;
        QVERIFY(KeyStore::create(path, {KeyStore::Mode::Passphrase, Passphrase}, &error));
        RecentRegisters().add(path);
    }
    // A register that is gone is skipped.
    RecentRegisters().add(m_dir->filePath(QStringLiteral("weg.veldboek")));

    MainWindow window;
    window.show();
    auto *recentMenu = window.findChild<QMenu *>(QStringLiteral("menuRecent"));
    QVERIFY(recentMenu->isEnabled());
    window.openAtStartup({});
    auto *dialog = openDialog<UnlockDialog>(window);
    QVERIFY(dialog);
    QCOMPARE(QFileInfo(dialog->path()), QFileInfo(last));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lineEditPassphrase")),
                     QString::fromUtf8(Passphrase));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("lineEditPassphrase")),
                    Qt::Key_Return);
    QVERIFY(dialogGone<UnlockDialog>(window));
    QCOMPARE(window.windowTitle(), QStringLiteral("laatst - Veldboek"));

    // The recent menu opens the older one.
    QAction *olderAction = nullptr;
    const auto actions = recentMenu->actions();
    for (QAction *action : actions) {
        if (QFileInfo(action->data().toString()) == QFileInfo(older))
            olderAction = action;
    }
    QVERIFY(olderAction);
    olderAction->trigger();
    dialog = openDialog<UnlockDialog>(window);
    QVERIFY(dialog);
    QCOMPARE(QFileInfo(dialog->path()), QFileInfo(older));
    dialog->reject();
    QVERIFY(dialogGone<UnlockDialog>(window));
    // Cancelling keeps the register that was open.
    QCOMPARE(window.windowTitle(), QStringLiteral("laatst - Veldboek"));
}

void TestRegisterWindows::mainWindowFillsTheScreenThenRemembersItsPlace()
{
    QSettings().remove(QStringLiteral("mainWindow"));
    QRect available;
    {
        MainWindow window;
        restoreMainWindowGeometry(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        available = window.screen()->availableGeometry();
        // The first start uses the screen, not the window's own size hint (960 wide): nine
        // tenths of it, never more than the screen, never under what the window needs.
        QVERIFY2(window.width() >= std::min(available.width() * 9 / 10, 1600) ||
                     window.width() == window.minimumSizeHint().width(),
                 qPrintable(QStringLiteral("%1 of %2").arg(window.width()).arg(available.width())));
        QVERIFY(window.width() <= available.width());
        QVERIFY(window.height() <= available.height());
        QVERIFY(available.contains(window.frameGeometry().center()));
        window.resize(window.minimumSizeHint().expandedTo(QSize(700, 500)));
        window.close();
    }
    const QByteArray saved = QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray();
    QVERIFY(!saved.isEmpty());
    MainWindow again;
    restoreMainWindowGeometry(&again);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), again.minimumSizeHint().expandedTo(QSize(700, 500)));
}

void TestRegisterWindows::firstStartExplainsAndOffersRecentRegisters()
{
    {
        // The very first start: what Veldboek is, New as the default, no empty problems panel.
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(labelText(&window, "labelWelcome").startsWith(QStringLiteral("Veldboek bewaart")));
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("dockProblems"))->isVisible());
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("widgetRecent"))->isVisible());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("pushButtonNew"))->isDefault());
    }
    const QString path = m_dir->filePath(QStringLiteral("school.veldboek"));
    RegisterError error;
    QVERIFY(KeyStore::create(path, {KeyStore::Mode::Passphrase, Passphrase}, &error));
    RecentRegisters().add(path);

    // Later starts: the registers opened last, one click each; Open is the default.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("widgetRecent"))->isVisible());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("pushButtonOpen"))->isDefault());
    auto *recent = window.findChild<QCommandLinkButton *>(QStringLiteral("recentRegister1"));
    QVERIFY(recent);
    QCOMPARE(recent->text(), QStringLiteral("school.veldboek"));
    QTest::mouseClick(recent, Qt::LeftButton);
    auto *dialog = openDialog<UnlockDialog>(window);
    QVERIFY(dialog);
    QCOMPARE(QFileInfo(dialog->path()), QFileInfo(path));
    dialog->reject();
    QVERIFY(dialogGone<UnlockDialog>(window));
}

void TestRegisterWindows::startupWithPassphraseFileOpensDirectly()
{
    const QString path = m_dir->filePath(QStringLiteral("direct.veldboek"));
    {
        RegisterError error;
        QVERIFY(KeyStore::create(path, {KeyStore::Mode::Passphrase, Passphrase}, &error));
    }
    QVERIFY(addParticipants(path, Passphrase));
    MainWindow window;
    window.show();
    window.openAtStartup(path, Passphrase);
    QVERIFY(window.findChildren<UnlockDialog *>().isEmpty());
    QVERIFY(window.currentRegister());
    QCOMPARE(window.participantModel()->rowCount(), 3);

    // A wrong passphrase from a file opens the dialog with the message (the first window lets
    // go of the register: two windows never have one register open).
    window.closeRegister();
    MainWindow second;
    second.show();
    second.openAtStartup(path, "niet deze");
    auto *dialog = openDialog<UnlockDialog>(second);
    QVERIFY(dialog);
    QVERIFY(labelText(dialog, "labelError").contains(QStringLiteral("onjuist")));
}

void TestRegisterWindows::participantModelPassesTester()
{
    const QString path = m_dir->filePath(QStringLiteral("model.veldboek"));
    RegisterError error;
    auto reg = KeyStore::create(path, {KeyStore::Mode::Passphrase, Passphrase}, &error);
    QVERIFY(reg);
    QList<Participant> participants = sampleParticipants();
    QVERIFY(ParticipantRepository(*reg).addAll(participants));

    ParticipantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setRegister(reg.get()));
    QCOMPARE(model.rowCount(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

// File > Import brings a CSV into the open register through the wizard and the table shows the
// rows; File > Export writes the portal file of what came in.
void TestRegisterWindows::importAndExportFromTheFileMenu()
{
    SpecError specError;
    const std::optional<Spec> mdt = SpecLoader::builtin(QStringLiteral("mdt"), &specError);
    QVERIFY(mdt);
    const PortalFormat format = *PortalFormat::byId(QStringLiteral("mdt-proces1"));
    QByteArray csv;
    {
        const QString source = m_dir->filePath(QStringLiteral("source.veldboek"));
        RegisterError error;
        auto reg = KeyStore::create(source, {KeyStore::Mode::Passphrase, Passphrase}, &error);
        QVERIFY(reg);
        QList<Participant> participants = sampleParticipants();
        QVERIFY(ParticipantRepository(*reg).addAll(participants));
        const PortalExport::Result result = PortalExport::run(*reg, format, *mdt);
        QVERIFY2(result.ok(), qPrintable(result.error));
        csv = result.csv;
    }
    const QString file = m_dir->filePath(QStringLiteral("deelnemers.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(csv), csv.size());
    }
    const QString path = m_dir->filePath(QStringLiteral("target.veldboek"));
    {
        RegisterError error;
        QVERIFY(KeyStore::create(path, {KeyStore::Mode::Passphrase, Passphrase}, &error));
    }
    MainWindow window;
    window.show();
    window.openAtStartup(path, Passphrase);
    QVERIFY(window.currentRegister());
    QCOMPARE(window.participantModel()->rowCount(), 0);

    auto *importAction = window.findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(importAction && importAction->isEnabled());
    bool driven = false;
    // The wizard is modal: it is driven from inside its own event loop.
    QTimer::singleShot(0, &window, [&] {
        ImportWizard *wizard = openDialog<ImportWizard>(window);
        if (!wizard)
            return;
        wizard->findChild<QLineEdit *>(QStringLiteral("lineEditFile"))->setText(file);
        for (int page = 0; page < 3; ++page) {
            QAbstractButton *next =
                wizard->button(wizard->currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                     : QWizard::NextButton);
            if (!next->isEnabled())
                return;
            next->click();
        }
        if (!QTest::qWaitFor([&] { return wizard->button(QWizard::FinishButton)->isEnabled(); }))
            return;
        driven = wizard->imported();
        wizard->button(QWizard::FinishButton)->click();
    });
    importAction->trigger();
    QVERIFY(driven);
    QCOMPARE(window.participantModel()->rowCount(), 3);

    auto *exportAction = window.findChild<QAction *>(QStringLiteral("actionExport"));
    QVERIFY(exportAction && exportAction->isEnabled());
    QString written;
    QTimer::singleShot(0, &window, [&] {
        ExportDialog *dialog = openDialog<ExportDialog>(window);
        if (!dialog)
            return;
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("comboFormat"));
        combo->setCurrentIndex(combo->findData(format.id));
        dialog->findChild<QLineEdit *>(QStringLiteral("lineEditFolder"))->setText(m_dir->path());
        dialog->exportNow();
        written = dialog->writtenPath();
    });
    exportAction->trigger();
    QVERIFY(!written.isEmpty());
    QCOMPARE(test::readBytes(written), csv);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VeldboekTest"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_registerwindows"));
    // The users' language: the tests read the Dutch messages.
    installTranslator(app, QStringLiteral("nl"));
    TestRegisterWindows test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_registerwindows.moc"
