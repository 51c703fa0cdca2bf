// Drives the outcome tabs of the real main window on a real SQLCipher register: changing and
// deleting GAS scores, problem-reduction scores and CEM+ measurements, the audit rows each change
// leaves, undo and redo that restore the register itself, and the problems panel's dataset names.
// With VELDBOEK_SCREENSHOTS=DIR it also saves the outcome tabs as PNG for review; with
// VELDBOEK_REVIEW_QM=FILE too, that translation is installed first (to look at Dutch that is not
// in veldboek_nl.ts yet).
#include "GuiTestRegister.h"
#include "Localization.h"
#include "MainWindow.h"
#include "ParticipantTableModel.h"
#include "Question.h"
#include "check/RegisterCheck.h"
#include "participants/ParticipantForm.h"
#include "problems/ProblemsPanel.h"
#include "storage/AuditLog.h"
#include "storage/OutcomeRepository.h"
#include "storage/Register.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

namespace {

// Old enough for the youth questionnaire, with the BSN the outcome specs ask for.
Participant valid(int number)
{
    Participant p = validParticipant(number);
    p.setValue(u"bsn", QStringLiteral("111222333"));
    p.setValue(u"geboortedatum", QStringLiteral("12-05-2008"));
    return p;
}

// The ids of what makeRegister stored.
struct Stored
{
    qint64 goal = 0;
    qint64 gasScore = 0;
    qint64 problemScore = 0;
    qint64 measurement = 0;
};

QList<AuditEntry> audit(Register &reg, const QString &table, qint64 id)
{
    return AuditLog(reg).entriesFor(table, id);
}

bool hasEntry(const QList<AuditEntry> &entries, const QString &field, const QString &oldValue,
              const QString &newValue)
{
    for (const AuditEntry &entry : entries) {
        if (entry.field == field && entry.oldValue == oldValue && entry.newValue == newValue &&
            !entry.actor.isEmpty() && !entry.at.isEmpty())
            return true;
    }
    return false;
}

// The list's row of a record; in the GAS list goals are top-level rows and scores under them
// (a goal and a score may have the same id).
QTreeWidgetItem *itemWithId(QTreeWidget *tree, qint64 id, bool score = false)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toLongLong() == id &&
            ((*it)->parent() != nullptr) == score)
            return *it;
    }
    return nullptr;
}

} // namespace

class TestOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void editGasScoreUndoRestoresRegister();
    void editProblemScoreUndoRestoresRegister();
    void editGoalTextStaysLocalAndIsAudited();
    void undoAddGoalRemovesTheTrajectoryItCreated();
    void deleteMeasurementAfterConfirmingUndoBringsItBack();
    void editMeasurementAnswers();
    void problemsPanelShowsDatasetNames();
    void screenshots();

private:
    QString makeRegister(const QString &name, Stored *stored, const QString &gasValue = {});
    void openAt(MainWindow &window, const QString &path, const QString &tab);

    std::unique_ptr<GuiTestRegister> m_env;
};

void TestOutcomes::init()
{
    m_env = std::make_unique<GuiTestRegister>();
    QVERIFY(m_env->isValid());
}

void TestOutcomes::cleanup()
{
    m_env.reset();
}

QString TestOutcomes::makeRegister(const QString &name, Stored *stored, const QString &gasValue)
{
    QList<Participant> participants = {valid(1)};
    auto reg = m_env->create(name, participants);
    if (!reg)
        return {};
    OutcomeRepository outcomes(*reg);
    Trajectory trajectory;
    trajectory.participantId = participants.first().id;
    trajectory.beschikkingsnummer = QStringLiteral("4711");
    GasGoal goal;
    GasScore score;
    ProblemScore problem;
    CemMeasurement measurement;
    bool ok = outcomes.addTrajectory(trajectory);
    goal.trajectoryId = trajectory.id;
    goal.description = QStringLiteral("Zelf naar school");
    ok = ok && outcomes.addGoal(goal);
    score.goalId = goal.id;
    score.informant = QStringLiteral("C");
    score.datum = QStringLiteral("01-09-2024");
    score.waarde = gasValue.isEmpty() ? QStringLiteral("0") : gasValue;
    ok = ok && outcomes.addGasScore(score);
    problem.trajectoryId = trajectory.id;
    problem.informant = QStringLiteral("PC");
    problem.datum = QStringLiteral("01-09-2024");
    problem.waarde = QStringLiteral("1");
    ok = ok && outcomes.addProblemScore(problem);
    measurement.participantId = participants.first().id;
    measurement.metingId = QStringLiteral("M1");
    measurement.clientRef = QStringLiteral("MDT-0001");
    measurement.datumMeting = QStringLiteral("01-09-2024");
    measurement.informant = QStringLiteral("Jongere");
    measurement.vragenlijst = QStringLiteral("CEM+_2018_JE_v1");
    measurement.answers = {{QStringLiteral("VR01"), QStringLiteral("3")},
                           {QStringLiteral("VR02"), QStringLiteral("4")}};
    ok = ok && outcomes.addMeasurement(measurement);
    if (!ok)
        return {};
    *stored = {goal.id, score.id, problem.id, measurement.id};
    return m_env->path(name);
}

void TestOutcomes::openAt(MainWindow &window, const QString &path, const QString &tab)
{
    window.setAutoLockInterval(0);
    window.resize(1200, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openAtStartup(path, GuiTestRegister::Passphrase);
    QVERIFY(window.currentRegister());
    QTRY_VERIFY(window.registerCheck()->finishedRuns() > 0);
    QVERIFY(window.showParticipant(window.participantModel()->participantId(0)));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    tabs->setCurrentWidget(window.findChild<QWidget *>(tab));
}

void TestOutcomes::editGasScoreUndoRestoresRegister()
{
    Stored stored;
    const QString path = makeRegister(QStringLiteral("gas"), &stored);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    openAt(window, path, QStringLiteral("tabGas"));
    Register &reg = *window.currentRegister();
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("treeGas"));
    QTreeWidgetItem *item = itemWithId(tree, stored.gasScore, true);
    QVERIFY(item);
    // Keyboard only: the score chosen in the list, Enter to change it, the new value, Enter.
    tree->setFocus();
    tree->setCurrentItem(item);
    QTest::keyClick(tree, Qt::Key_Return);
    auto *value = window.findChild<QLineEdit *>(QStringLiteral("lineEditGasValue"));
    QCOMPARE(QApplication::focusWidget(), value);
    QCOMPARE(value->text(), QStringLiteral("0"));
    // A value the engine refuses: its message, nothing stored.
    QTest::keyClicks(value, QStringLiteral("5"));
    QTest::keyClick(value, Qt::Key_Return);
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("labelGasMessage"))->text().isEmpty());
    QCOMPARE(OutcomeRepository(reg).gasScore(stored.gasScore)->waarde, QStringLiteral("0"));
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("2"));
    QTest::keyClick(value, Qt::Key_Return);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("labelGasMessage"))->text().isEmpty());
    QCOMPARE(OutcomeRepository(reg).gasScore(stored.gasScore)->waarde, QStringLiteral("2"));
    QVERIFY(hasEntry(audit(reg, QStringLiteral("gas_scores"), stored.gasScore),
                     QStringLiteral("waarde"), QStringLiteral("0"), QStringLiteral("2")));
    // Outcome findings come from checks over the whole register: the edit starts one once the
    // user pauses, so the status column and the problems panel follow.
    QTRY_VERIFY_WITH_TIMEOUT(!window.registerCheck()->isRunning(), 20000);
    QSignalSpy checked(window.registerCheck(), &RegisterCheck::finished);
    QVERIFY(checked.wait(10000));

    // Undo (the Edit menu's action, as Ctrl+Z) puts the old value back in the register.
    auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(OutcomeRepository(reg).gasScore(stored.gasScore)->waarde, QStringLiteral("0"));
    QVERIFY(hasEntry(audit(reg, QStringLiteral("gas_scores"), stored.gasScore),
                     QStringLiteral("waarde"), QStringLiteral("2"), QStringLiteral("0")));
    QCOMPARE(itemWithId(tree, stored.gasScore, true)->text(4), QStringLiteral("0"));
    window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(OutcomeRepository(reg).gasScore(stored.gasScore)->waarde, QStringLiteral("2"));
    QCOMPARE(itemWithId(tree, stored.gasScore, true)->text(4), QStringLiteral("2"));
}

void TestOutcomes::editProblemScoreUndoRestoresRegister()
{
    Stored stored;
    const QString path = makeRegister(QStringLiteral("probleem"), &stored);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    openAt(window, path, QStringLiteral("tabProblemScores"));
    Register &reg = *window.currentRegister();
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("treeProblemScores"));
    QVERIFY(itemWithId(tree, stored.problemScore));
    tree->setCurrentItem(itemWithId(tree, stored.problemScore));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("pushButtonEditProblem")),
                      Qt::LeftButton);
    auto *value = window.findChild<QComboBox *>(QStringLiteral("comboProblemValue"));
    QCOMPARE(value->currentData().toString(), QStringLiteral("1"));
    value->setCurrentIndex(value->findData(QStringLiteral("3")));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("pushButtonAddProblemScore")),
                      Qt::LeftButton);
    QCOMPARE(OutcomeRepository(reg).problemScore(stored.problemScore)->waarde, QStringLiteral("3"));
    // Saved as a change, not as a second score.
    QCOMPARE(
        OutcomeRepository(reg)
            .problemScores(OutcomeRepository(reg).problemScore(stored.problemScore)->trajectoryId)
            .size(),
        1);
    QVERIFY(hasEntry(audit(reg, QStringLiteral("problem_scores"), stored.problemScore),
                     QStringLiteral("waarde"), QStringLiteral("1"), QStringLiteral("3")));
    // Ctrl+Z in the window goes to the same stack as the participant's fields.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(OutcomeRepository(reg).problemScore(stored.problemScore)->waarde, QStringLiteral("1"));
    QVERIFY(hasEntry(audit(reg, QStringLiteral("problem_scores"), stored.problemScore),
                     QStringLiteral("waarde"), QStringLiteral("3"), QStringLiteral("1")));
}

void TestOutcomes::editGoalTextStaysLocalAndIsAudited()
{
    Stored stored;
    const QString path = makeRegister(QStringLiteral("doel"), &stored);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    openAt(window, path, QStringLiteral("tabGas"));
    Register &reg = *window.currentRegister();
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("treeGas"));
    tree->setFocus();
    tree->setCurrentItem(itemWithId(tree, stored.goal));
    QTest::keyClick(tree, Qt::Key_Return);
    auto *text = window.findChild<QLineEdit *>(QStringLiteral("lineEditGoalText"));
    QCOMPARE(QApplication::focusWidget(), text);
    QCOMPARE(text->text(), QStringLiteral("Zelf naar school"));
    // Esc stops the change; nothing is stored.
    QTest::keyClicks(text, QStringLiteral("Iets anders"));
    QTest::keyClick(text, Qt::Key_Escape);
    QCOMPARE(OutcomeRepository(reg).goal(stored.goal)->description,
             QStringLiteral("Zelf naar school"));
    tree->setCurrentItem(itemWithId(tree, stored.goal));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("pushButtonEditGas")),
                      Qt::LeftButton);
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Zelf met de bus naar school"));
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(OutcomeRepository(reg).goal(stored.goal)->description,
             QStringLiteral("Zelf met de bus naar school"));
    QVERIFY(hasEntry(audit(reg, QStringLiteral("gas_goals"), stored.goal),
                     QStringLiteral("description"), QStringLiteral("Zelf naar school"),
                     QStringLiteral("Zelf met de bus naar school")));
    // Deleting the goal takes its score along; undo brings both back under their ids.
    tree->setFocus();
    tree->setCurrentItem(itemWithId(tree, stored.goal));
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(m_env->questions, QStringList{QStringLiteral("deleteOutcome")});
    QVERIFY(!OutcomeRepository(reg).goal(stored.goal));
    QVERIFY(!OutcomeRepository(reg).gasScore(stored.gasScore));
    window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(OutcomeRepository(reg).goal(stored.goal)->description,
             QStringLiteral("Zelf met de bus naar school"));
    QCOMPARE(OutcomeRepository(reg).gasScore(stored.gasScore)->goalId, stored.goal);
}

void TestOutcomes::undoAddGoalRemovesTheTrajectoryItCreated()
{
    Stored stored;
    const QString path = makeRegister(QStringLiteral("traject"), &stored);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    openAt(window, path, QStringLiteral("tabGas"));
    Register &reg = *window.currentRegister();
    const qint64 participantId = window.participantForm()->participantId();
    auto *trajectory = window.findChild<QComboBox *>(QStringLiteral("comboTrajectory"));
    auto *text = window.findChild<QLineEdit *>(QStringLiteral("lineEditGoalText"));
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("treeGas"));
    // The last choice is a new trajectory, made from the numbers typed with the goal.
    trajectory->setCurrentIndex(trajectory->count() - 1);
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("lineEditDecision")),
                     QStringLiteral("4712"));
    QTest::keyClicks(text, QStringLiteral("Zelf boodschappen doen"));
    QTest::keyClick(text, Qt::Key_Return);
    QList<Trajectory> trajectories = OutcomeRepository(reg).trajectories(participantId);
    QCOMPARE(trajectories.size(), 2);
    const Trajectory created = trajectories.last();
    QCOMPARE(created.beschikkingsnummer, QStringLiteral("4712"));
    QCOMPARE(trajectory->currentData().toLongLong(), created.id);
    QCOMPARE(OutcomeRepository(reg).goals(created.id).size(), 1);
    const qint64 goalId = OutcomeRepository(reg).goals(created.id).first().id;
    QVERIFY(hasEntry(audit(reg, QStringLiteral("trajectories"), created.id), QStringLiteral("*"),
                     QString(), QStringLiteral("created")));

    // Undone, the add leaves neither goal nor trajectory; the tab shows the one that is left.
    window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    trajectories = OutcomeRepository(reg).trajectories(participantId);
    QCOMPARE(trajectories.size(), 1);
    QVERIFY(!OutcomeRepository(reg).goal(goalId));
    QVERIFY(hasEntry(audit(reg, QStringLiteral("trajectories"), created.id), QStringLiteral("*"),
                     QStringLiteral("4712"), QStringLiteral("deleted")));
    QCOMPARE(trajectory->count(), 2); // the old trajectory and "new trajectory"
    QVERIFY(trajectory->findData(created.id) < 0);

    // Redone, both come back under their ids.
    window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    trajectories = OutcomeRepository(reg).trajectories(participantId);
    QCOMPARE(trajectories.size(), 2);
    QCOMPARE(trajectories.last().id, created.id);
    QCOMPARE(trajectories.last().beschikkingsnummer, QStringLiteral("4712"));
    QCOMPARE(OutcomeRepository(reg).goal(goalId)->trajectoryId, created.id);
    QVERIFY(trajectory->findData(created.id) >= 0);

    // A goal added to a trajectory that was there already leaves the trajectory on undo.
    trajectory->setCurrentIndex(trajectory->findData(trajectories.first().id));
    QTest::keyClicks(text, QStringLiteral("Vrienden maken"));
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(OutcomeRepository(reg).goals(trajectories.first().id).size(), 2);
    window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(OutcomeRepository(reg).goals(trajectories.first().id).size(), 1);
    QCOMPARE(OutcomeRepository(reg).trajectories(participantId).size(), 2);
    QCOMPARE(tree->topLevelItemCount(), 1);
}

void TestOutcomes::deleteMeasurementAfterConfirmingUndoBringsItBack()
{
    Stored stored;
    const QString path = makeRegister(QStringLiteral("meting"), &stored);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    openAt(window, path, QStringLiteral("tabCem"));
    Register &reg = *window.currentRegister();
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("treeMeasurements"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0));
    // Said no: nothing deleted.
    m_env->answer = false;
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(m_env->questions, QStringList{QStringLiteral("deleteOutcome")});
    QVERIFY(Question::lastText().contains(QStringLiteral("01-09-2024")));
    QVERIFY(OutcomeRepository(reg).measurement(stored.measurement));
    // Said yes: gone from the register and the list, and in the audit log.
    m_env->answer = true;
    QTest::mouseClick(
        window.findChild<QPushButton *>(QStringLiteral("pushButtonDeleteMeasurement")),
        Qt::LeftButton);
    QCOMPARE(m_env->questions.size(), 2);
    QVERIFY(!OutcomeRepository(reg).measurement(stored.measurement));
    QCOMPARE(tree->topLevelItemCount(), 0);
    QVERIFY(hasEntry(audit(reg, QStringLiteral("cem_measurements"), stored.measurement),
                     QStringLiteral("*"), QStringLiteral("01-09-2024 CEM+_2018_JE_v1 Jongere"),
                     QStringLiteral("deleted")));
    // Undo: back in the register under its own id, with its answers.
    window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    const auto back = OutcomeRepository(reg).measurement(stored.measurement);
    QVERIFY(back);
    QCOMPARE(back->answers.size(), 2);
    QCOMPARE(back->answers.first().second, QStringLiteral("3"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QVERIFY(hasEntry(audit(reg, QStringLiteral("cem_measurements"), stored.measurement),
                     QStringLiteral("*"), QString(), QStringLiteral("created")));
    window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    QVERIFY(!OutcomeRepository(reg).measurement(stored.measurement));
}

void TestOutcomes::editMeasurementAnswers()
{
    Stored stored;
    const QString path = makeRegister(QStringLiteral("antwoorden"), &stored);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    openAt(window, path, QStringLiteral("tabCem"));
    Register &reg = *window.currentRegister();
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("treeMeasurements"));
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::keyClick(tree, Qt::Key_Return);
    auto *first = window.findChild<QLineEdit *>(QStringLiteral("answer_VR01"));
    QCOMPARE(QApplication::focusWidget(), first);
    QCOMPARE(first->text(), QStringLiteral("3"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("labelCompleteness"))
                ->text()
                .startsWith(QStringLiteral("2 ")));
    // Typed as digits, the cursor moves on: VR01 changed, VR02 emptied, VR03 answered.
    first->selectAll();
    QTest::keyClick(first, Qt::Key_1);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("answer_VR02"));
    static_cast<QLineEdit *>(QApplication::focusWidget())->clear();
    window.findChild<QLineEdit *>(QStringLiteral("answer_VR03"))->setText(QStringLiteral("2"));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("pushButtonSaveMeasurement")),
                      Qt::LeftButton);
    const auto changed = OutcomeRepository(reg).measurement(stored.measurement);
    QVERIFY(changed);
    QCOMPARE(changed->answers.size(), 2);
    QCOMPARE(OutcomeRepository(reg).measurements(changed->participantId).size(), 1);
    const auto entries = audit(reg, QStringLiteral("cem_measurements"), stored.measurement);
    QVERIFY(hasEntry(entries, QStringLiteral("VR01"), QStringLiteral("3"), QStringLiteral("1")));
    QVERIFY(hasEntry(entries, QStringLiteral("VR02"), QStringLiteral("4"), QString()));
    QVERIFY(hasEntry(entries, QStringLiteral("VR03"), QString(), QStringLiteral("2")));
    window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    const auto undone = OutcomeRepository(reg).measurement(stored.measurement);
    QCOMPARE(undone->answers,
             (QList<std::pair<QString, QString>>{{QStringLiteral("VR01"), QStringLiteral("3")},
                                                 {QStringLiteral("VR02"), QStringLiteral("4")}}));
}

void TestOutcomes::problemsPanelShowsDatasetNames()
{
    Stored stored;
    // A GAS value outside the scale: a finding in the "gas" dataset.
    const QString path = makeRegister(QStringLiteral("problemen"), &stored, QStringLiteral("7"));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    openAt(window, path, QStringLiteral("tabParticipant"));
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("treeProblems"));
    QTreeWidgetItem *row = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it && !row; ++it) {
        if ((*it)->childCount() == 0 &&
            (*it)->data(0, Qt::UserRole + 2) == QStringLiteral("waarde"))
            row = *it;
    }
    QVERIFY(row);
    QVERIFY(!row->text(0).contains(QStringLiteral("gas,")));
    QVERIFY(row->text(0).contains(ProblemsPanel::datasetName(QStringLiteral("gas"))));
    // Dutch is the users' language.
    QCOMPARE(row->text(0), QStringLiteral("MDT-0001 (GAS-scores, regel 2)"));
}

void TestOutcomes::screenshots()
{
    const QString dir = qEnvironmentVariable("VELDBOEK_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set VELDBOEK_SCREENSHOTS=DIR to save the outcome tabs as PNG");
    QDir().mkpath(dir);
    QTranslator review;
    const QString reviewQm = qEnvironmentVariable("VELDBOEK_REVIEW_QM");
    if (!reviewQm.isEmpty()) {
        QVERIFY(review.load(reviewQm));
        QCoreApplication::installTranslator(&review);
    }
    Stored stored;
    const QString path = makeRegister(QStringLiteral("beelden"), &stored);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    openAt(window, path, QStringLiteral("tabGas"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    const auto save = [&](const QString &name) {
        QApplication::processEvents();
        QVERIFY(tabs->grab().save(QDir(dir).filePath(name)));
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("window-") + name)));
    };
    auto *gasTree = window.findChild<QTreeWidget *>(QStringLiteral("treeGas"));
    save(QStringLiteral("gas.png"));
    gasTree->setFocus();
    gasTree->setCurrentItem(itemWithId(gasTree, stored.gasScore, true));
    QTest::keyClick(gasTree, Qt::Key_Return);
    auto *value = window.findChild<QLineEdit *>(QStringLiteral("lineEditGasValue"));
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("5"));
    save(QStringLiteral("gas-edit.png"));
    QTest::keyClick(value, Qt::Key_Return);
    save(QStringLiteral("gas-error.png"));
    QTest::keyClick(value, Qt::Key_Escape);

    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("tabProblemScores")));
    save(QStringLiteral("problem.png"));
    auto *problemTree = window.findChild<QTreeWidget *>(QStringLiteral("treeProblemScores"));
    problemTree->setFocus();
    problemTree->setCurrentItem(problemTree->topLevelItem(0));
    QTest::keyClick(problemTree, Qt::Key_Return);
    window.findChild<QLineEdit *>(QStringLiteral("lineEditProblemDate"))
        ->setText(QStringLiteral("31-02-2024"));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("pushButtonAddProblemScore")),
                      Qt::LeftButton);
    save(QStringLiteral("problem-edit-error.png"));

    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("tabCem")));
    save(QStringLiteral("cem.png"));
    auto *cemTree = window.findChild<QTreeWidget *>(QStringLiteral("treeMeasurements"));
    cemTree->setFocus();
    cemTree->setCurrentItem(cemTree->topLevelItem(0));
    QTest::keyClick(cemTree, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_9);
    save(QStringLiteral("cem-edit-error.png"));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VeldboekTest"));
    QApplication::setApplicationName(QStringLiteral("tst_outcomes"));
    // The users' language: the tests read the Dutch messages.
    installTranslator(app, QStringLiteral("nl"));
    TestOutcomes test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outcomes.moc"
