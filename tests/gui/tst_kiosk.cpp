// The self-registration kiosk (issue 19, item 2; docs/gui.md, "The kiosk") in the real windows:
// started from the main window's menu on a real register, typed into as a young person would,
// each entry saved in the register and found again by staff after reopening it, and no way out
// or back to anyone else's data without the register's passphrase.
#include "FormTestSupport.h"
#include "GuiLocalization.h"
#include "Localization.h"
#include "ParticipantTableModel.h"
#include "kiosk/KioskForm.h"
#include "kiosk/KioskWindow.h"
#include "participants/FieldEditor.h"
#include "storage/KeyStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

class TestKiosk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsOnlyTheSelfRegistrationFields();
    void messagesAppearAsTyped();
    void entryIsSavedMarkedAndTheFormIsBlankAgain();
    void optOutAsksAgeAndMunicipality();
    void escapeAndCloseDoNotLeave();
    void onlyTheRightPassphraseLeaves();
    void nothingOfAnEarlierEntryIsReachable();
    void startsFromTheCommandLineOnceOpen();
    void notOnARegisterKeptByTheKeychain();
    void screenshots();

private:
    // A register with one participant filed by staff, opened in `window`, the kiosk started from
    // the Edit menu; nullptr when it did not start.
    KioskWindow *startKiosk(MainWindow &window, const QString &name);
    void type(KioskWindow *kiosk, const QString &key, const QString &text);
    void choose(KioskWindow *kiosk, const QString &key, const QString &code);
    void tick(KioskWindow *kiosk, const QString &key);
    void fillInAddressPerson(KioskWindow *kiosk);

    std::unique_ptr<GuiTestRegister> m_env;
};

void TestKiosk::initTestCase()
{
    // The application's default language, as a school's laptop would show it.
    installTranslator(*qApp, QStringLiteral("nl"));
    setCurrentLanguage(QStringLiteral("nl"));
}

void TestKiosk::init()
{
    m_env = std::make_unique<GuiTestRegister>();
    QVERIFY(m_env->isValid());
}

void TestKiosk::cleanup()
{
    m_env.reset();
}

KioskWindow *TestKiosk::startKiosk(MainWindow &window, const QString &name)
{
    QList<Participant> filed{validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))};
    if (!m_env->create(name, filed))
        return nullptr;
    openWindow(window, m_env->path(name));
    window.findChild<QAction *>(QStringLiteral("actionStartKiosk"))->trigger();
    KioskWindow *kiosk = window.kioskWindow();
    if (!kiosk)
        return nullptr;
    kiosk->setThankYouDuration(50);
    QApplication::setActiveWindow(kiosk);
    if (!QTest::qWaitForWindowActive(kiosk))
        return nullptr;
    return kiosk;
}

void TestKiosk::type(KioskWindow *kiosk, const QString &key, const QString &text)
{
    auto *line = kiosk->findChild<QLineEdit *>(QStringLiteral("field_") + key);
    QVERIFY2(line, qPrintable(key));
    QVERIFY2(line->isVisible(), qPrintable(key));
    line->setFocus();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Tab);
}

void TestKiosk::choose(KioskWindow *kiosk, const QString &key, const QString &code)
{
    auto *combo = kiosk->findChild<QComboBox *>(QStringLiteral("field_") + key);
    QVERIFY2(combo, qPrintable(key));
    const int index = combo->findData(code);
    QVERIFY(index > 0);
    combo->setFocus();
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

void TestKiosk::tick(KioskWindow *kiosk, const QString &key)
{
    auto *box = kiosk->findChild<QCheckBox *>(QStringLiteral("field_") + key);
    QVERIFY2(box, qPrintable(key));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

void TestKiosk::fillInAddressPerson(KioskWindow *kiosk)
{
    type(kiosk, QStringLiteral("voornaam"), QStringLiteral("Sem"));
    type(kiosk, QStringLiteral("achternaam"), QStringLiteral("de Jong"));
    choose(kiosk, QStringLiteral("geslacht"), QStringLiteral("m"));
    type(kiosk, QStringLiteral("geboortedatum"), QStringLiteral("17032008"));
    type(kiosk, QStringLiteral("straat"), QStringLiteral("Lindelaan"));
    type(kiosk, QStringLiteral("huisnummer"), QStringLiteral("7"));
    type(kiosk, QStringLiteral("postcode"), QStringLiteral("3511ab"));
    type(kiosk, QStringLiteral("woonplaats"), QStringLiteral("Utrecht"));
    type(kiosk, QStringLiteral("email"), QStringLiteral("sem@voorbeeld.nl"));
    choose(kiosk, QStringLiteral("opleidingsniveau"), QStringLiteral("vmbo"));
    type(kiosk, QStringLiteral("postcode_doelocatie"), QStringLiteral("3512 JE"));
}

void TestKiosk::showsOnlyTheSelfRegistrationFields()
{
    MainWindow window;
    KioskWindow *kiosk = startKiosk(window, QStringLiteral("velden"));
    QVERIFY(kiosk);
    QVERIFY(kiosk->isVisible());
    QVERIFY(kiosk->isFullScreen());
    QVERIFY(window.isHidden()); // the table and the menus are out of reach
    // Exactly the fields the spec marks, in the spec's words for young people.
    SpecError error;
    const std::optional<Spec> mdt = SpecLoader::builtin(QStringLiteral("mdt"), &error);
    QVERIFY(mdt);
    const DatasetSpec &spec = *mdt->dataset(QStringLiteral("participants"));
    QStringList marked;
    for (const FieldSpec &field : spec.fields) {
        if (field.selfRegistration)
            marked.append(field.key);
    }
    QStringList onForm = kiosk->form()->fieldKeys();
    QStringList made;
    const auto inputs = kiosk->findChildren<QWidget *>();
    for (QWidget *input : inputs) {
        if (input->objectName().startsWith(QStringLiteral("field_")))
            made.append(input->objectName().mid(6));
    }
    marked.sort();
    onForm.sort();
    made.sort();
    made.removeDuplicates();
    QCOMPARE(onForm, marked);
    QCOMPARE(made, marked);
    for (const char *internal : {"respondentnummer", "bsn", "startdatum", "einddatum",
                                 "reden_beeindiging", "verkorte_deelname", "notities"})
        QVERIFY(!made.contains(QString::fromLatin1(internal)));
    auto *label = kiosk->findChild<QLabel *>(QStringLiteral("label_voornaam"));
    QCOMPARE(label->text(), spec.field(QStringLiteral("voornaam"))->selfLabel.nl);
    // Nothing of the register: no table, no menu, and the filed participant nowhere.
    QVERIFY(kiosk->findChildren<QTableView *>().isEmpty());
    QVERIFY(kiosk->findChildren<QMenuBar *>().isEmpty());
    QVERIFY(kiosk->findChildren<QMenu *>().isEmpty());
    for (QLabel *text : kiosk->findChildren<QLabel *>())
        QVERIFY(!text->text().contains(QStringLiteral("Bakker")));
    for (QLineEdit *line : kiosk->findChildren<QLineEdit *>())
        QVERIFY(line->text().isEmpty());
    // Without opt-out: the date of birth and the address, not the age or the municipality.
    QVERIFY(kiosk->form()->isShown(QStringLiteral("geboortedatum")));
    QVERIFY(kiosk->form()->isShown(QStringLiteral("straat")));
    QVERIFY(!kiosk->form()->isShown(QStringLiteral("leeftijd")));
    QVERIFY(!kiosk->form()->isShown(QStringLiteral("gemeente_doelocatie")));
}

void TestKiosk::messagesAppearAsTyped()
{
    MainWindow window;
    KioskWindow *kiosk = startKiosk(window, QStringLiteral("meldingen"));
    QVERIFY(kiosk);
    auto *postcode = kiosk->findChild<QLineEdit *>(QStringLiteral("field_postcode"));
    auto *message = kiosk->findChild<QLabel *>(QStringLiteral("message_postcode"));
    postcode->setFocus();
    QTest::keyClicks(postcode, QStringLiteral("12"));
    // While the field still has the focus: the engine's own message, as the participant form
    // shows it (one definition of each rule: Validator::checkField).
    QVERIFY(postcode->hasFocus());
    QVERIFY(message->isVisible());
    SpecError error;
    const std::optional<Spec> mdt = SpecLoader::builtin(QStringLiteral("mdt"), &error);
    QVERIFY(mdt);
    const FieldCheck check = Validator(*mdt).checkField(
        QStringLiteral("participants"), QStringLiteral("postcode"), QStringLiteral("12"));
    QCOMPARE(check.severity, Severity::Error);
    QVERIFY(message->text().contains(check.message.toHtmlEscaped()));
    QCOMPARE(
        kiosk->form()->editor(QStringLiteral("postcode"))->messageLabel()->property("severity"),
        QVariant(QStringLiteral("error")));
    QTest::keyClicks(postcode, QStringLiteral("34AB"));
    QVERIFY(!message->isVisible());
    // Signing up with fields left empty: every missing field speaks, nothing is saved.
    const int before = ParticipantRepository(*window.currentRegister()).count();
    QTest::mouseClick(kiosk->findChild<QPushButton *>(QStringLiteral("kioskSignUp")),
                      Qt::LeftButton);
    QCOMPARE(kiosk->page(), KioskWindow::Page::Form);
    QVERIFY(kiosk->findChild<QLabel *>(QStringLiteral("kioskFormProblem"))->isVisible());
    QVERIFY(kiosk->findChild<QLabel *>(QStringLiteral("message_geslacht"))->isVisible());
    QVERIFY(kiosk->form()->fieldsWithErrors().contains(QStringLiteral("straat")));
    QCOMPARE(ParticipantRepository(*window.currentRegister()).count(), before);
}

void TestKiosk::entryIsSavedMarkedAndTheFormIsBlankAgain()
{
    const QString name = QStringLiteral("aanmelding");
    qint64 savedId = 0;
    {
        MainWindow window;
        KioskWindow *kiosk = startKiosk(window, name);
        QVERIFY(kiosk);
        QSignalSpy saved(kiosk, &KioskWindow::entrySaved);
        fillInAddressPerson(kiosk);
        QVERIFY2(kiosk->form()->fieldsWithErrors().isEmpty(),
                 qPrintable(kiosk->form()->fieldsWithErrors().join(u',')));
        QVERIFY(kiosk->signUp());
        QCOMPARE(saved.size(), 1);
        savedId = saved.first().first().toLongLong();
        // The thank-you page, with the form already empty behind it; then the form again.
        QCOMPARE(kiosk->page(), KioskWindow::Page::Thanks);
        QVERIFY(kiosk->findChild<QLabel *>(QStringLiteral("kioskThanks"))->isVisible());
        for (const QString &key : kiosk->form()->fieldKeys())
            QCOMPARE(kiosk->form()->value(key), QString());
        QTRY_COMPARE(kiosk->page(), KioskWindow::Page::Form);
        for (QLineEdit *line : kiosk->findChildren<QLineEdit *>())
            QCOMPARE(line->text(), QString());
        // Saved at once, in the register, while the kiosk still runs.
        const Participant entry = *ParticipantRepository(*window.currentRegister()).find(savedId);
        QVERIFY(!entry.selfRegisteredAt.isEmpty());
        QCOMPARE(entry.value(u"respondentnummer"), QStringLiteral("MDT-0002")); // proposed
        QCOMPARE(entry.value(u"voornaam"), QStringLiteral("Sem"));
        QCOMPARE(entry.value(u"geboortedatum"), QStringLiteral("17-03-2008")); // normalised
        QCOMPARE(entry.value(u"postcode"), QStringLiteral("3511 AB"));
        QCOMPARE(entry.value(u"einddatum"), QString()); // for staff to complete
        QVERIFY(kiosk->tryToLeave(GuiTestRegister::Passphrase));
        QTRY_VERIFY(!window.kioskWindow());
        QVERIFY(window.isVisible());
    }
    // Staff see the mark after reopening: the filter and the form's title.
    MainWindow window;
    openWindow(window, m_env->path(name));
    auto *filter = window.findChild<QComboBox *>(QStringLiteral("comboStateFilter"));
    filter->setCurrentIndex(int(ParticipantTableModel::StateFilter::SelfRegistered));
    QCOMPARE(filter->currentText(), QStringLiteral("Zelf aangemeld"));
    QTRY_COMPARE(window.participantModel()->rowCount(), 1);
    QCOMPARE(window.participantModel()->participantId(0), savedId);
    QVERIFY(window.participantModel()
                ->data(window.participantModel()->index(0, 0), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("kiosk")));
    QVERIFY(window.showParticipant(savedId));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("labelTitle"))
                ->text()
                .contains(QStringLiteral("zelf aangemeld")));
    filter->setCurrentIndex(0);
    QTRY_COMPARE(window.participantModel()->rowCount(), 2);
}

void TestKiosk::optOutAsksAgeAndMunicipality()
{
    MainWindow window;
    KioskWindow *kiosk = startKiosk(window, QStringLiteral("optout"));
    QVERIFY(kiosk);
    KioskForm *form = kiosk->form();
    type(kiosk, QStringLiteral("voornaam"), QStringLiteral("Noor"));
    type(kiosk, QStringLiteral("straat"), QStringLiteral("Kerkweg"));
    type(kiosk, QStringLiteral("geboortedatum"), QStringLiteral("01-02-2007"));
    // The young person chooses opt-out: no address, the age instead of the date of birth, the
    // municipality instead of the site postcode (resources/specs/mdt.json, docs/domain.md).
    tick(kiosk, QStringLiteral("opt_out"));
    QVERIFY(!form->isShown(QStringLiteral("geboortedatum")));
    QVERIFY(!form->isShown(QStringLiteral("straat")));
    QVERIFY(!form->isShown(QStringLiteral("postcode")));
    QVERIFY(!form->isShown(QStringLiteral("postcode_doelocatie")));
    QVERIFY(form->isShown(QStringLiteral("leeftijd")));
    QVERIFY(form->isShown(QStringLiteral("gemeente_doelocatie")));
    QCOMPARE(form->value(QStringLiteral("straat")), QString()); // what was typed goes with it
    QCOMPARE(form->value(QStringLiteral("geboortedatum")), QString());
    choose(kiosk, QStringLiteral("geslacht"), QStringLiteral("v"));
    type(kiosk, QStringLiteral("leeftijd"), QStringLiteral("17"));
    type(kiosk, QStringLiteral("gemeente_doelocatie"), QStringLiteral("0344"));
    type(kiosk, QStringLiteral("email"), QStringLiteral("noor@voorbeeld.nl"));
    choose(kiosk, QStringLiteral("opleidingsniveau"), QStringLiteral("havo"));
    QVERIFY2(form->fieldsWithErrors().isEmpty(), qPrintable(form->fieldsWithErrors().join(u',')));
    QSignalSpy saved(kiosk, &KioskWindow::entrySaved);
    QVERIFY(kiosk->signUp());
    const Participant entry =
        *ParticipantRepository(*window.currentRegister()).find(saved.first().first().toLongLong());
    QCOMPARE(entry.value(u"opt_out"), QStringLiteral("ja"));
    QCOMPARE(entry.value(u"leeftijd"), QStringLiteral("17"));
    QCOMPARE(entry.value(u"gemeente_doelocatie"), QStringLiteral("0344"));
    QCOMPARE(entry.value(u"geboortedatum"), QString());
    QCOMPARE(entry.value(u"straat"), QString());
    QVERIFY(!entry.selfRegisteredAt.isEmpty());
    // The next person starts without opt-out.
    QTRY_COMPARE(kiosk->page(), KioskWindow::Page::Form);
    QVERIFY(!kiosk->findChild<QCheckBox *>(QStringLiteral("field_opt_out"))->isChecked());
    QVERIFY(form->isShown(QStringLiteral("geboortedatum")));
    QVERIFY(kiosk->tryToLeave(GuiTestRegister::Passphrase));
}

void TestKiosk::escapeAndCloseDoNotLeave()
{
    MainWindow window;
    KioskWindow *kiosk = startKiosk(window, QStringLiteral("ontsnappen"));
    QVERIFY(kiosk);
    type(kiosk, QStringLiteral("voornaam"), QStringLiteral("Lot"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTest::keyClick(kiosk, Qt::Key_Escape);
    QVERIFY(kiosk->isVisible());
    QCOMPARE(kiosk->page(), KioskWindow::Page::Form);
    QCOMPARE(kiosk->form()->value(QStringLiteral("voornaam")), QStringLiteral("Lot"));
    // Alt+F4 or the window's close button: the window stays and asks for staff.
    QVERIFY(!kiosk->close());
    QVERIFY(kiosk->isVisible());
    QCOMPARE(kiosk->page(), KioskWindow::Page::Leave);
    QVERIFY(window.isHidden());
    QVERIFY(window.kioskWindow());
    // Back to the form: the person's answers are still there.
    QTest::mouseClick(kiosk->findChild<QPushButton *>(QStringLiteral("kioskBack")), Qt::LeftButton);
    QCOMPARE(kiosk->page(), KioskWindow::Page::Form);
    QCOMPARE(kiosk->form()->value(QStringLiteral("voornaam")), QStringLiteral("Lot"));
    // The main window's own lock and shortcuts do not reach past it either.
    window.lock();
    QVERIFY(window.currentRegister());
    QVERIFY(kiosk->tryToLeave(GuiTestRegister::Passphrase));
}

void TestKiosk::onlyTheRightPassphraseLeaves()
{
    MainWindow window;
    KioskWindow *kiosk = startKiosk(window, QStringLiteral("wachtzin"));
    QVERIFY(kiosk);
    QTest::mouseClick(kiosk->findChild<QPushButton *>(QStringLiteral("kioskStaffButton")),
                      Qt::LeftButton);
    QCOMPARE(kiosk->page(), KioskWindow::Page::Leave);
    auto *passphrase = kiosk->findChild<QLineEdit *>(QStringLiteral("kioskPassphrase"));
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    auto *closeButton = kiosk->findChild<QPushButton *>(QStringLiteral("kioskClose"));
    // Wrong, and empty (which would otherwise mean "ask the keychain"): the kiosk stays.
    for (const QString &wrong : {QStringLiteral("raden maar"), QString()}) {
        passphrase->setFocus();
        QTest::keyClicks(passphrase, wrong);
        QTest::mouseClick(closeButton, Qt::LeftButton);
        QVERIFY(kiosk->isVisible());
        QVERIFY(window.isHidden());
        QVERIFY(kiosk->findChild<QLabel *>(QStringLiteral("kioskLeaveProblem"))->isVisible());
        QCOMPARE(passphrase->text(), QString()); // not left in the field
    }
    QVERIFY(!kiosk->tryToLeave("raden maar"));
    QVERIFY(window.kioskWindow());
    // The register's passphrase, typed and confirmed with Enter: the kiosk closes and the main
    // window is back, with the register still open.
    passphrase->setFocus();
    QTest::keyClicks(passphrase, QString::fromUtf8(GuiTestRegister::Passphrase));
    QTest::keyClick(passphrase, Qt::Key_Return);
    QTRY_VERIFY(!window.kioskWindow());
    QVERIFY(window.isVisible());
    QVERIFY(window.currentRegister());
}

void TestKiosk::nothingOfAnEarlierEntryIsReachable()
{
    MainWindow window;
    KioskWindow *kiosk = startKiosk(window, QStringLiteral("vorige"));
    QVERIFY(kiosk);
    fillInAddressPerson(kiosk);
    auto *first = kiosk->findChild<QLineEdit *>(QStringLiteral("field_voornaam"));
    first->selectAll();
    QApplication::clipboard()->setText(first->text());
    QVERIFY(kiosk->signUp());
    QTRY_COMPARE(kiosk->page(), KioskWindow::Page::Form);
    // Undo and redo, in every line of the blank form: nothing comes back.
    for (QLineEdit *line : kiosk->findChildren<QLineEdit *>()) {
        if (!line->isVisible())
            continue;
        line->setFocus();
        QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(line, Qt::Key_Y, Qt::ControlModifier);
        QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(line->text(), QString());
        QVERIFY(!line->isUndoAvailable());
    }
    for (const QString &key : kiosk->form()->fieldKeys())
        QCOMPARE(kiosk->form()->value(key), QString());
    QVERIFY(!kiosk->findChild<QCheckBox *>(QStringLiteral("field_opt_out"))->isChecked());
    QCOMPARE(kiosk->findChild<QComboBox *>(QStringLiteral("field_geslacht"))->currentIndex(), 0);
    // Not on the clipboard either, and no context menu opens (no undo, no paste from there).
    QCOMPARE(QApplication::clipboard()->text(), QString());
    QContextMenuEvent menu(QContextMenuEvent::Keyboard, QPoint(5, 5),
                           first->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(first, &menu);
    QVERIFY(!QApplication::activePopupWidget());
    // Within one person's entry, Ctrl+Z does not take back across fields either.
    QTest::keyClicks(first, QStringLiteral("Jip"));
    QTest::keyClick(first, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(first->text(), QStringLiteral("Jip"));
    QVERIFY(kiosk->tryToLeave(GuiTestRegister::Passphrase));
}

void TestKiosk::startsFromTheCommandLineOnceOpen()
{
    // `veldboek REGISTER --kiosk --passphrase-file F` (app/gui/main.cpp): the kiosk starts as soon
    // as the register is open, and the main window never shows the table meanwhile.
    QList<Participant> none;
    QVERIFY(m_env->create(QStringLiteral("opdrachtregel"), none));
    MainWindow window;
    window.show();
    window.startKioskWhenOpen();
    window.openAtStartup(m_env->path(QStringLiteral("opdrachtregel")), GuiTestRegister::Passphrase);
    QVERIFY(window.currentRegister());
    QVERIFY(window.kioskWindow());
    QVERIFY(window.kioskWindow()->isVisible());
    QVERIFY(window.isHidden());
    QVERIFY(window.kioskWindow()->tryToLeave(GuiTestRegister::Passphrase));
    QTRY_VERIFY(!window.kioskWindow());
    // Once: locking and opening again later does not start it again.
    window.closeRegister();
    window.openRegister(m_env->path(QStringLiteral("opdrachtregel")), GuiTestRegister::Passphrase);
    QVERIFY(window.currentRegister());
    QVERIFY(!window.kioskWindow());
}

void TestKiosk::notOnARegisterKeptByTheKeychain()
{
    // The keychain opens the register for anyone at this account, the young person included:
    // it cannot tell staff, so the kiosk does not start (docs/gui.md, "The kiosk").
    const QString path = m_env->path(QStringLiteral("sleutelhanger"));
    {
        RegisterError error;
        auto reg = KeyStore::create(path, {KeyStore::Mode::Keychain, {}}, &error);
        QVERIFY2(reg, qPrintable(error.message()));
    }
    MainWindow window;
    window.show();
    window.openAtStartup(path);
    QVERIFY(window.currentRegister());
    window.findChild<QAction *>(QStringLiteral("actionStartKiosk"))->trigger();
    QVERIFY(!window.kioskWindow());
    QVERIFY(window.isVisible());
    QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("messageKioskNeedsPassphrase")));
}

void TestKiosk::screenshots()
{
    // For the eye (docs/gui.md, "The kiosk"): the form in Dutch, with an error, the thank-you
    // page, the staff page; and the form in English. Saved in build/screenshots.
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        installTranslator(*qApp, language);
        setCurrentLanguage(language);
        MainWindow window;
        KioskWindow *kiosk = startKiosk(window, QStringLiteral("beeld-") + language);
        QVERIFY(kiosk);
        kiosk->setThankYouDuration(60000);
        kiosk->resize(1366, 768); // a school laptop's screen
        QVERIFY(saveScreenshot(kiosk, QStringLiteral("kiosk-form-") + language));
        if (language == QLatin1String("nl")) {
            type(kiosk, QStringLiteral("voornaam"), QStringLiteral("Sem"));
            auto *postcode = kiosk->findChild<QLineEdit *>(QStringLiteral("field_postcode"));
            kiosk->findChild<QWidget *>(QStringLiteral("kioskScroll"))->setFocus();
            type(kiosk, QStringLiteral("geboortedatum"), QStringLiteral("31-02-2008"));
            postcode->setFocus();
            QTest::keyClicks(postcode, QStringLiteral("12"));
            QVERIFY(saveScreenshot(kiosk, QStringLiteral("kiosk-error-nl")));
            kiosk->form()->clear();
            fillInAddressPerson(kiosk);
            QVERIFY(kiosk->signUp());
            QVERIFY(saveScreenshot(kiosk, QStringLiteral("kiosk-thanks-nl")));
            kiosk->askToLeave();
            auto *passphrase = kiosk->findChild<QLineEdit *>(QStringLiteral("kioskPassphrase"));
            QTest::keyClicks(passphrase, QStringLiteral("fout"));
            QTest::keyClick(passphrase, Qt::Key_Return);
            QVERIFY(saveScreenshot(kiosk, QStringLiteral("kiosk-leave-nl")));
        }
        QVERIFY(kiosk->tryToLeave(GuiTestRegister::Passphrase));
        QTRY_VERIFY(!window.kioskWindow());
    }
    installTranslator(*qApp, QStringLiteral("nl"));
    setCurrentLanguage(QStringLiteral("nl"));
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
