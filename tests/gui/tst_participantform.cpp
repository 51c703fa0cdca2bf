// Drives the real main window on a register: the participant form with the engine's messages
// as the user types, opt-out, keyboard-only entry, likely duplicates, undo, leaving a record, the
// outcome tabs, and the bad inputs of issue 4. The table, the problems panel and the register
// around the form: tst_participanttable.cpp.
#include "FormTestSupport.h"
#include "Localization.h"
#include "ParticipantTableModel.h"
#include "Question.h"
#include "UnlockDialog.h"
#include "outcomes/CemTab.h"
#include "participants/DateLineEdit.h"
#include "participants/FieldEditor.h"
#include "participants/ParticipantForm.h"
#include "problems/ProblemsPanel.h"
#include "storage/KeyStore.h"
#include "storage/OutcomeRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

class TestParticipantForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void invalidBsnShowsMessageWhileTyping();
    void optOutHidesAddressFields();
    void keyboardOnlyEntryIsSavedAndFoundAfterReopening();
    void respondentNumberProposedAndChecked();
    void likelyDuplicateIsAskedBeforeSaving();
    void datesTypedShortAreNormalised();
    void badInputInFields();
    void undoRestoresValue();
    void leavingARecordSavesIt();
    void cemInformantsFollowAge();
    void cemAnswersAdvanceAndCount();
    void gasGoalsGetNextNumber();

private:
    QString makeRegister(const QString &name, QList<Participant> participants);

    std::unique_ptr<GuiTestRegister> m_env;
};

void TestParticipantForm::init()
{
    m_env = std::make_unique<GuiTestRegister>();
    QVERIFY(m_env->isValid());
}

void TestParticipantForm::cleanup()
{
    m_env.reset();
}

QString TestParticipantForm::makeRegister(const QString &name, QList<Participant> participants)
{
    return m_env->create(name, participants) ? m_env->path(name) : QString();
}

void TestParticipantForm::invalidBsnShowsMessageWhileTyping()
{
    const QString path =
        makeRegister(QStringLiteral("bsn"),
                     {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))});
    MainWindow window;
    openWindow(window, path);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *bsn = field<QLineEdit>(window, QStringLiteral("bsn"));
    QVERIFY(bsn);
    bsn->setFocus();
    QTest::keyClicks(bsn, QStringLiteral("123456789"));
    // Before the field is left: the message is there, and so are its colour and the tooltip.
    QVERIFY(bsn->hasFocus());
    QVERIFY(message(window, QStringLiteral("bsn")).contains(QStringLiteral("elfproef")) ||
            message(window, QStringLiteral("bsn")).contains(QStringLiteral("BSN")));
    QVERIFY(bsn->styleSheet().contains(QStringLiteral("border")));
    QVERIFY(!bsn->toolTip().isEmpty());
    QCOMPARE(window.participantForm()
                 ->editor(QStringLiteral("bsn"))
                 ->messageLabel()
                 ->property("severity"),
             QVariant(QStringLiteral("warning"))); // local-only: a warning, never a rejection
    // Fixed: the message goes while typing.
    QTest::keyClick(bsn, Qt::Key_Backspace);
    QTest::keyClick(bsn, Qt::Key_Backspace);
    QTest::keyClicks(bsn, QStringLiteral("82"));
    QCOMPARE(bsn->text(), QStringLiteral("123456782"));
    QVERIFY(message(window, QStringLiteral("bsn")).isEmpty());
    QVERIFY(bsn->styleSheet().isEmpty());
}

void TestParticipantForm::optOutHidesAddressFields()
{
    const QString path = makeRegister(QStringLiteral("optout"), {});
    MainWindow window;
    openWindow(window, path);
    window.newParticipant();
    auto *street = field<QLineEdit>(window, QStringLiteral("straat"));
    auto *age = field<QLineEdit>(window, QStringLiteral("leeftijd"));
    auto *born = field<QLineEdit>(window, QStringLiteral("geboortedatum"));
    QVERIFY(street->isVisible());
    QVERIFY(!age->isVisible()); // the age is for opt-out only
    QTest::keyClicks(street, QStringLiteral("Kerkweg"));
    auto *optOut = field<QCheckBox>(window, QStringLiteral("opt_out"));
    optOut->setFocus();
    QTest::keyClick(optOut, Qt::Key_Space);
    QVERIFY(optOut->isChecked());
    QVERIFY(!street->isVisible());
    QVERIFY(!field<QLineEdit>(window, QStringLiteral("postcode"))->isVisible());
    QVERIFY(!field<QLineEdit>(window, QStringLiteral("woonplaats"))->isVisible());
    QVERIFY(!born->isVisible());
    QVERIFY(age->isVisible());
    QVERIFY(field<QWidget>(window, QStringLiteral("gemeente_doelocatie"))->isVisible());
    QCOMPARE(window.participantForm()->value(QStringLiteral("straat")), QString());
    // One undo brings back the tick box and the street together.
    window.participantForm()->undoStack()->undo();
    QVERIFY(!optOut->isChecked());
    QVERIFY(street->isVisible());
    QCOMPARE(street->text(), QStringLiteral("Kerkweg"));

    // "Geen adres" hides the address but keeps the date of birth.
    auto *noAddress = field<QCheckBox>(window, QStringLiteral("geen_adres"));
    noAddress->setFocus();
    QTest::keyClick(noAddress, Qt::Key_Space);
    QVERIFY(!street->isVisible());
    QVERIFY(born->isVisible());
    QVERIFY(!age->isVisible());
}

void TestParticipantForm::keyboardOnlyEntryIsSavedAndFoundAfterReopening()
{
    const QString path =
        makeRegister(QStringLiteral("toetsenbord"),
                     {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))});
    {
        MainWindow window;
        openWindow(window, path);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QCOMPARE(focus->objectName(), QStringLiteral("field_voornaam"));
        // Entry order: first name, last name, respondent number, citizen service number, gender.
        QTest::keyClicks(focus, QStringLiteral("Sanne"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("de Wit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Enter moves on too
        QCOMPARE(QApplication::focusWidget()->objectName(),
                 QStringLiteral("field_respondentnummer"));
        QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(),
                 QStringLiteral("MDT-0002"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("field_bsn"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("field_geslacht"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_V); // "vrouw"
        QCOMPARE(window.participantForm()->value(QStringLiteral("geslacht")), QStringLiteral("v"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("field_opt_out"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("field_geboortedatum"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("030406"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(window.participantForm()->value(QStringLiteral("geboortedatum")),
                 QStringLiteral("03-04-2006"));
        // The age field is hidden without opt-out: Tab skips it to "no address".
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("field_geen_adres"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Lindelaan"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("7"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // no addition
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("field_postcode"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3512jk"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(window.participantForm()->value(QStringLiteral("postcode")),
                 QStringLiteral("3512 JK"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Utrecht"));
        window.participantForm()->focusField(QStringLiteral("startdatum"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("01-09-2024"));
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!window.participantForm()->isDirty());
        QVERIFY(window.participantForm()->participantId() > 0);
        QCOMPARE(window.participantModel()->rowCount(), 2);
        window.closeRegister();
    }
    MainWindow window;
    openWindow(window, path);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("lineEditSearch"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("de wit"));
    QTRY_COMPARE(window.participantModel()->rowCount(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(window.participantForm()->value(QStringLiteral("voornaam")),
                 QStringLiteral("Sanne"));
    QCOMPARE(window.participantForm()->value(QStringLiteral("postcode")),
             QStringLiteral("3512 JK"));
    QCOMPARE(window.participantForm()->value(QStringLiteral("geboortedatum")),
             QStringLiteral("03-04-2006"));
}

void TestParticipantForm::respondentNumberProposedAndChecked()
{
    const QString path =
        makeRegister(QStringLiteral("nummer"),
                     {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker")),
                      validParticipant(7, QStringLiteral("Bram"), QStringLiteral("Kok"))});
    MainWindow window;
    openWindow(window, path);
    window.newParticipant();
    auto *number = field<QLineEdit>(window, QStringLiteral("respondentnummer"));
    QCOMPARE(number->text(), QStringLiteral("MDT-0008"));
    number->selectAll();
    QTest::keyClicks(number, QStringLiteral("MDT-0007"));
    QTRY_VERIFY(message(window, QStringLiteral("respondentnummer"))
                    .contains(QStringLiteral("meer dan eens")));
    QTest::keyClick(number, Qt::Key_Backspace);
    QTest::keyClicks(number, QStringLiteral("9"));
    QTRY_VERIFY(message(window, QStringLiteral("respondentnummer")).isEmpty());
}

void TestParticipantForm::likelyDuplicateIsAskedBeforeSaving()
{
    const QString path =
        makeRegister(QStringLiteral("dubbel"),
                     {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))});
    MainWindow window;
    openWindow(window, path);
    window.newParticipant();
    ParticipantForm *form = window.participantForm();
    const Participant same = validParticipant(2, QStringLiteral("Anna"), QStringLiteral("Bakker"));
    for (const QString &key : {QStringLiteral("voornaam"), QStringLiteral("achternaam"),
                               QStringLiteral("geboortedatum"), QStringLiteral("postcode")}) {
        form->focusField(key);
        QTest::keyClicks(QApplication::focusWidget(), same.value(key));
    }
    m_env->answer = false;
    QVERIFY(!form->save());
    QCOMPARE(m_env->questions, QStringList{QStringLiteral("duplicate")});
    QVERIFY(Question::lastText().contains(QStringLiteral("MDT-0001")));
    QVERIFY(form->isDirty()); // nothing lost: the user can look at the other record first
    m_env->answer = true;
    QVERIFY(form->save());
    QCOMPARE(ParticipantRepository(*window.currentRegister()).count(), 2);
}

void TestParticipantForm::datesTypedShortAreNormalised()
{
    QCOMPARE(DateLineEdit::expanded(QStringLiteral("010322"), 2026), QStringLiteral("01-03-2022"));
    QCOMPARE(DateLineEdit::expanded(QStringLiteral("01032022"), 2026),
             QStringLiteral("01-03-2022"));
    QCOMPARE(DateLineEdit::expanded(QStringLiteral("120598"), 2026), QStringLiteral("12-05-1998"));
    QCOMPARE(DateLineEdit::expanded(QStringLiteral("1-3-2022"), 2026), QStringLiteral("1-3-2022"));
    const QString path = makeRegister(QStringLiteral("datum"), {});
    MainWindow window;
    openWindow(window, path);
    window.newParticipant();
    auto *start = field<QLineEdit>(window, QStringLiteral("startdatum"));
    start->setFocus();
    QTest::keyClicks(start, QStringLiteral("010322"));
    QVERIFY(message(window, QStringLiteral("startdatum")).isEmpty()); // valid as typed
    QTest::keyClick(start, Qt::Key_Tab);
    QCOMPARE(start->text(), QStringLiteral("01-03-2022"));
}

void TestParticipantForm::badInputInFields()
{
    const QString path = makeRegister(QStringLiteral("fout"), {});
    MainWindow window;
    openWindow(window, path);
    window.newParticipant();
    // Letters in a number.
    auto *house = field<QLineEdit>(window, QStringLiteral("huisnummer"));
    house->setFocus();
    QTest::keyClicks(house, QStringLiteral("12a"));
    QVERIFY(!message(window, QStringLiteral("huisnummer")).isEmpty());
    // A date that does not exist.
    auto *born = field<QLineEdit>(window, QStringLiteral("geboortedatum"));
    born->setFocus();
    QTest::keyClicks(born, QStringLiteral("31-02-2005"));
    QVERIFY(!message(window, QStringLiteral("geboortedatum")).isEmpty());
    // 10,000 pasted characters: checked at once, the message says it is too long.
    auto *notes = field<QLineEdit>(window, QStringLiteral("notities"));
    notes->setFocus();
    QElapsedTimer timer;
    timer.start();
    notes->insert(QString(10000, QLatin1Char('x')));
    Q_EMIT notes->textEdited(notes->text());
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(!message(window, QStringLiteral("notities")).isEmpty());
    // Everything is kept as typed, so the user can correct it; saving keeps it flagged.
    QVERIFY(window.participantForm()->save());
    const auto saved = ParticipantRepository(*window.currentRegister())
                           .find(window.participantForm()->participantId());
    QVERIFY(saved);
    QCOMPARE(saved->value(u"huisnummer"), QStringLiteral("12a"));
    QCOMPARE(saved->value(u"notities").size(), 10000);
}

void TestParticipantForm::undoRestoresValue()
{
    const QString path =
        makeRegister(QStringLiteral("ongedaan"),
                     {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))});
    MainWindow window;
    openWindow(window, path);
    QVERIFY(window.showParticipant(window.participantModel()->participantId(0),
                                   QStringLiteral("woonplaats")));
    auto *town = field<QLineEdit>(window, QStringLiteral("woonplaats"));
    QCOMPARE(QApplication::focusWidget(), town);
    QTest::keyClicks(town, QStringLiteral("Amersfoort")); // replaces the selected text
    QTest::keyClick(town, Qt::Key_Tab);
    QCOMPARE(town->text(), QStringLiteral("Amersfoort"));
    auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(town->text(), QStringLiteral("Utrecht"));
    QCOMPARE(window.participantForm()->value(QStringLiteral("woonplaats")),
             QStringLiteral("Utrecht"));
    window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(town->text(), QStringLiteral("Amersfoort"));
    // Ctrl+Z in the field goes to the form's stack too.
    town->setFocus();
    QTest::keyClick(town, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(town->text(), QStringLiteral("Utrecht"));
}

void TestParticipantForm::leavingARecordSavesIt()
{
    const QString path =
        makeRegister(QStringLiteral("verlaten"),
                     {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker")),
                      validParticipant(2, QStringLiteral("Bram"), QStringLiteral("Kok"))});
    MainWindow window;
    openWindow(window, path);
    auto *table = window.findChild<QTableView *>(QStringLiteral("tableParticipants"));
    table->setFocus();
    table->selectRow(0);
    QTRY_COMPARE(window.participantForm()->value(QStringLiteral("voornaam")),
                 QStringLiteral("Anna"));
    auto *town = field<QLineEdit>(window, QStringLiteral("woonplaats"));
    town->selectAll();
    QTest::keyClicks(town, QStringLiteral("Zeist"));
    table->selectRow(1);
    QTRY_COMPARE(window.participantForm()->value(QStringLiteral("voornaam")),
                 QStringLiteral("Bram"));
    QVERIFY(m_env->questions.isEmpty()); // nothing could be lost, so nothing was asked
    const auto anna = ParticipantRepository(*window.currentRegister())
                          .find(window.participantModel()->participantId(0));
    QCOMPARE(anna->value(u"woonplaats"), QStringLiteral("Zeist"));
}

void TestParticipantForm::cemInformantsFollowAge()
{
    Participant child = validParticipant(1, QStringLiteral("Kees"), QStringLiteral("Jong"));
    child.setValue(u"geboortedatum", QStringLiteral("01-06-2012"));
    const QString path = makeRegister(QStringLiteral("cem"), {child});
    MainWindow window;
    openWindow(window, path);
    QVERIFY(window.showParticipant(window.participantModel()->participantId(0)));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("tabCem")));
    auto *questionnaire = window.findChild<QComboBox *>(QStringLiteral("comboQuestionnaire"));
    auto *date = window.findChild<QLineEdit *>(QStringLiteral("lineEditCemDate"));
    auto *panels = window.findChild<CemTab *>();
    QVERIFY(panels);
    questionnaire->setCurrentIndex(questionnaire->findData(QStringLiteral("CEM+_2018_JE_v1")));
    // Ten at the measurement: the parents fill it in; a youth questionnaire has nobody.
    date->setText(QStringLiteral("01-09-2022"));
    QCOMPARE(panels->ageAtMeasurement(), 10);
    QVERIFY(panels->offeredInformants().isEmpty());
    questionnaire->setCurrentIndex(questionnaire->findData(QStringLiteral("CEM+_2018_OE_v1")));
    QVERIFY(panels->offeredInformants().contains(QStringLiteral("Moeder")));
    QVERIFY(!panels->offeredInformants().contains(QStringLiteral("Jongere")));
    // Twelve: the young person fills in the youth questionnaire.
    questionnaire->setCurrentIndex(questionnaire->findData(QStringLiteral("CEM+_2018_JE_v1")));
    date->setText(QStringLiteral("010925")); // typed short, as users do
    QCOMPARE(panels->ageAtMeasurement(), 13);
    QCOMPARE(panels->offeredInformants(), QStringList{QStringLiteral("Jongere")});
}

void TestParticipantForm::cemAnswersAdvanceAndCount()
{
    const QString path =
        makeRegister(QStringLiteral("cemantwoord"),
                     {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))});
    MainWindow window;
    openWindow(window, path);
    QVERIFY(window.showParticipant(window.participantModel()->participantId(0)));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("tabCem")));
    auto *questionnaire = window.findChild<QComboBox *>(QStringLiteral("comboQuestionnaire"));
    questionnaire->setCurrentIndex(questionnaire->findData(QStringLiteral("CEM+_2018_JE_v1")));
    window.findChild<QLineEdit *>(QStringLiteral("lineEditCemDate"))
        ->setText(QStringLiteral("01-09-2024"));
    auto *first = window.findChild<QLineEdit *>(QStringLiteral("answer_VR01"));
    first->setFocus();
    QTest::keyClick(first, Qt::Key_3);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("answer_VR02"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_9); // outside 1-4: stays, says so
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("answer_VR02"));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("labelCemMessage"))->text().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_4);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("answer_VR03"));
    // A report grade: "1" may still become "10", so the cursor waits.
    auto *grade = window.findChild<QLineEdit *>(QStringLiteral("answer_VR09A"));
    grade->setFocus();
    QTest::keyClick(grade, Qt::Key_1);
    QCOMPARE(QApplication::focusWidget(), grade);
    QTest::keyClick(grade, Qt::Key_0);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("answer_VR09B"));
    // In the user's language, whatever the state of its translation.
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("labelCompleteness"))
                ->text()
                .startsWith(
                    QCoreApplication::translate("veldboek::gui::CemTab", "%1 of %2 items answered")
                        .arg(3)
                        .section(QLatin1Char(' '), 0, 1)));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("pushButtonSaveMeasurement")),
                      Qt::LeftButton);
    const auto measurements = OutcomeRepository(*window.currentRegister())
                                  .measurements(window.participantForm()->participantId());
    QCOMPARE(measurements.size(), 1);
    QCOMPARE(measurements.first().answers.size(), 3);
    QCOMPARE(measurements.first().informant, QStringLiteral("Jongere"));
}

void TestParticipantForm::gasGoalsGetNextNumber()
{
    const QString path =
        makeRegister(QStringLiteral("gas"),
                     {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))});
    MainWindow window;
    openWindow(window, path);
    QVERIFY(window.showParticipant(window.participantModel()->participantId(0)));
    auto *addGoal = window.findChild<QPushButton *>(QStringLiteral("pushButtonAddGoal"));
    // Neither number of the trajectory: the engine's message, nothing added.
    QTest::mouseClick(addGoal, Qt::LeftButton);
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("labelGasMessage"))->text().isEmpty());
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("lineEditDecision")),
                     QStringLiteral("4711"));
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("lineEditGoalText")),
                     QStringLiteral("Zelf naar school"));
    QTest::mouseClick(addGoal, Qt::LeftButton);
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("lineEditGoalText")),
                     QStringLiteral("Vrienden maken"));
    QTest::mouseClick(addGoal, Qt::LeftButton);
    auto *goal = window.findChild<QComboBox *>(QStringLiteral("comboGoal"));
    QCOMPARE(goal->count(), 2);
    QCOMPARE(goal->currentText(),
             QCoreApplication::translate("veldboek::gui::GasTab", "Goal %1").arg(2));
    window.findChild<QLineEdit *>(QStringLiteral("lineEditGasDate"))
        ->setText(QStringLiteral("010924"));
    auto *value = window.findChild<QLineEdit *>(QStringLiteral("lineEditGasValue"));
    QTest::keyClicks(value, QStringLiteral("3"));
    QTest::keyClick(value, Qt::Key_Return);
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("labelGasMessage"))->text().isEmpty());
    value->clear();
    QTest::keyClicks(value, QStringLiteral("-1"));
    QTest::keyClick(value, Qt::Key_Return);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("labelGasMessage"))->text().isEmpty());
    OutcomeRepository outcomes(*window.currentRegister());
    const auto trajectories = outcomes.trajectories(window.participantForm()->participantId());
    QCOMPARE(trajectories.size(), 1);
    const auto goals = outcomes.goals(trajectories.first().id);
    QCOMPARE(goals.size(), 2);
    QCOMPARE(goals.at(1).number, 2);
    const auto scores = outcomes.gasScores(goals.at(1).id);
    QCOMPARE(scores.size(), 1);
    QCOMPARE(scores.first().waarde, QStringLiteral("-1"));
    QCOMPARE(scores.first().datum, QStringLiteral("01-09-2024"));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VeldboekTest"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_participantform"));
    // The users' language: the tests read the Dutch messages.
    installTranslator(app, QStringLiteral("nl"));
    TestParticipantForm test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_participantform.moc"
