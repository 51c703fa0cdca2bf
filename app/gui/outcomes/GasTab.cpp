#include "GasTab.h"

#include "AddedOutcomeFields.h"
#include "storage/OutcomeRepository.h"
#include "storage/Register.h"
#include "ui_OutcomeGasTab.h"

#include <QLineEdit>

namespace veldboek::gui {

namespace {

const QString Gas = QStringLiteral("gas");
constexpr int IsGoalRole = Qt::UserRole + 1;
constexpr int GoalNumberRole = Qt::UserRole + 2;

} // namespace

GasTab::GasTab(QBoxLayout *host, QUndoStack *undo, QObject *parent)
    : OutcomeTab(host, undo, parent)
    , m_ui(std::make_unique<Ui::OutcomeGasTab>())
{
    m_ui->setupUi(page());
    m_ui->comboGasInformant->addItem(tr("Parent"), QStringLiteral("O"));
    m_ui->comboGasInformant->addItem(tr("Client"), QStringLiteral("C"));
    nameDate(m_ui->dateGas, QStringLiteral("lineEditGasDate"), tr("Date of the score"),
             m_ui->labelGasDate);
    connectList(m_ui->treeGas, m_ui->pushButtonEditGas, m_ui->pushButtonDeleteGas,
                m_ui->pushButtonCancelGasEdit);
    // Enter moves on in entry order; on the value it saves.
    connect(m_ui->lineEditGoalText, &QLineEdit::returnPressed, this, &GasTab::saveGoal);
    connect(m_ui->dateGas->lineEdit(), &QLineEdit::returnPressed, m_ui->lineEditGasValue,
            qOverload<>(&QWidget::setFocus));
    connect(m_ui->lineEditGasValue, &QLineEdit::returnPressed, this, &GasTab::saveScore);
    connect(m_ui->pushButtonAddGoal, &QPushButton::clicked, this, &GasTab::saveGoal);
    connect(m_ui->pushButtonAddGasScore, &QPushButton::clicked, this, &GasTab::saveScore);
    connect(m_ui->comboTrajectory, &QComboBox::currentIndexChanged, this, [this] {
        stopEditing();
        showGoals();
    });
    watchEscape({m_ui->lineEditGoalText, m_ui->comboGoal, m_ui->comboGasInformant,
                 m_ui->dateGas->lineEdit(), m_ui->lineEditGasValue});
    m_added = new AddedOutcomeFields(m_ui->gasAddedForm, 0, this);
    connect(m_added, &AddedOutcomeFields::edited, this, [this] {
        if (m_validator)
            m_added->showFindings(m_validator->checkRecord(Gas, scoreValues()));
    });
    stopEditing();
}

void GasTab::setRegister(Register *reg, std::shared_ptr<const Validator> validator)
{
    OutcomeTab::setRegister(reg, std::move(validator));
    m_added->setSpec(m_validator.get(), Gas);
    m_ui->widgetGasAdded->setVisible(!m_added->isEmpty());
    // Fields a fetched spec added take rows of the entry form: the list gives up three of its
    // six rows, so the tab still fits a window 800 pixels high (tst_outcomefieldtabs checks).
    setListHeight(m_ui->treeGas, m_added->isEmpty() ? 6 : 3);
}

GasTab::~GasTab() = default;

QLabel *GasTab::messageLabel() const
{
    return m_ui->labelGasMessage;
}

void GasTab::reload()
{
    showTrajectories(m_ui->comboTrajectory->currentData().toLongLong());
}

void GasTab::showTrajectories(qint64 chosen)
{
    QComboBox *combo = m_ui->comboTrajectory;
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        const QList<Trajectory> trajectories =
            m_register && m_hasParticipant
                ? OutcomeRepository(*m_register).trajectories(m_participant.id)
                : QList<Trajectory>();
        for (const Trajectory &trajectory : trajectories) {
            const QString text = !trajectory.beschikkingsnummer.isEmpty()
                                     ? tr("Decision %1").arg(trajectory.beschikkingsnummer)
                                     : tr("Assignment %1").arg(trajectory.toewijzingsnummer);
            combo->addItem(text, trajectory.id);
        }
        combo->addItem(tr("New trajectory (numbers below)"), 0);
        if (chosen > 0)
            selectData(combo, chosen);
    }
    showGoals();
}

void GasTab::showGoals()
{
    const qint64 chosenGoal = m_ui->comboGoal->currentData().toLongLong();
    m_ui->treeGas->clear();
    m_ui->comboGoal->clear();
    const qint64 trajectoryId = m_ui->comboTrajectory->currentData().toLongLong();
    if (m_register && m_hasParticipant && trajectoryId > 0) {
        OutcomeRepository repository(*m_register);
        const QList<GasGoal> goals = repository.goals(trajectoryId);
        for (const GasGoal &goal : goals) {
            auto *item = new QTreeWidgetItem(m_ui->treeGas);
            item->setText(0, tr("Goal %1").arg(goal.number));
            item->setText(1, goal.description);
            item->setData(0, IdRole, goal.id);
            item->setData(0, IsGoalRole, true);
            m_ui->comboGoal->addItem(tr("Goal %1").arg(goal.number), goal.id);
            m_ui->comboGoal->setItemData(m_ui->comboGoal->count() - 1, goal.number, GoalNumberRole);
            const QList<GasScore> scores = repository.gasScores(goal.id);
            for (const GasScore &score : scores) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(2,
                               score.informant == QLatin1String("O") ? tr("Parent") : tr("Client"));
                child->setText(3, score.datum);
                child->setText(4, score.waarde);
                child->setData(0, IdRole, score.id);
                child->setData(0, IsGoalRole, false);
            }
            item->setExpanded(true);
        }
    }
    if (chosenGoal > 0)
        selectData(m_ui->comboGoal, chosenGoal);
    updateEditState();
    Q_EMIT trajectoryChosen(m_register && m_hasParticipant ? trajectoryId : 0);
}

void GasTab::stopEditing()
{
    if (m_editing != Editing::None) {
        m_ui->lineEditGoalText->clear();
        m_ui->lineEditGasValue->clear();
    }
    m_added->clear();
    m_editing = Editing::None;
    updateEditState();
}

void GasTab::updateEditState()
{
    // The entry fields add a record, or change the one chosen; the buttons say which.
    const bool goal = m_editing == Editing::Goal;
    const bool score = m_editing == Editing::Score;
    m_ui->pushButtonAddGoal->setText(goal ? tr("Save &goal") : tr("Add &goal"));
    m_ui->pushButtonAddGasScore->setText(score ? tr("Save &change") : tr("Add &score"));
    m_ui->groupBoxGasScore->setTitle(score ? tr("Change score") : tr("Score"));
    m_ui->comboGoal->setEnabled(!score);
    m_ui->pushButtonCancelGasEdit->setVisible(goal || score);
    const bool selected = m_ui->treeGas->currentItem() != nullptr;
    m_ui->pushButtonEditGas->setEnabled(selected);
    m_ui->pushButtonDeleteGas->setEnabled(selected);
}

bool GasTab::newTrajectory(Trajectory *trajectory)
{
    const Record values = {
        {QStringLiteral("beschikkingsnummer"), m_ui->lineEditDecision->text().trimmed()},
        {QStringLiteral("toewijzingsnummer"), m_ui->lineEditAssignment->text().trimmed()}};
    const QString problem = problemWith(
        Gas, values, {QStringLiteral("beschikkingsnummer"), QStringLiteral("toewijzingsnummer")});
    if (!problem.isEmpty()) {
        m_ui->labelGasMessage->setText(problem);
        m_ui->lineEditDecision->setFocus();
        return false;
    }
    trajectory->participantId = m_participant.id;
    trajectory->beschikkingsnummer = values.value(QStringLiteral("beschikkingsnummer"));
    trajectory->toewijzingsnummer = values.value(QStringLiteral("toewijzingsnummer"));
    return true;
}

void GasTab::saveGoal()
{
    m_ui->labelGasMessage->clear();
    if (!canWrite())
        return;
    OutcomeRepository repository(*m_register);
    if (m_editing == Editing::Goal) {
        const GasGoal before = m_editedGoal;
        GasGoal after = before;
        after.description = m_ui->lineEditGoalText->text().trimmed();
        if (record(
                repository.updateGoal(after), tr("change goal %1").arg(after.number),
                [before](OutcomeRepository &r) { return r.updateGoal(before); },
                [after](OutcomeRepository &r) { return r.updateGoal(after); }))
            finish(tr("Goal %1 changed.").arg(after.number));
        return;
    }
    // A goal for a new trajectory brings the trajectory with it, in the same transaction and
    // the same undo step: undone, neither is left behind.
    Trajectory trajectory;
    trajectory.id = m_ui->comboTrajectory->currentData().toLongLong();
    const bool creates = trajectory.id <= 0;
    if (creates && !newTrajectory(&trajectory))
        return;
    GasGoal goal;
    goal.description = m_ui->lineEditGoalText->text().trimmed();
    const bool written = m_register->transaction([&] {
        if (creates && !repository.addTrajectory(trajectory, OutcomeRepository::Audited::Yes))
            return false;
        goal.trajectoryId = trajectory.id;
        return repository.addGoal(goal, OutcomeRepository::Audited::Yes);
    });
    if (!record(
            written, tr("add goal %1").arg(goal.number),
            [goal, trajectory, creates](OutcomeRepository &r) {
                return r.removeGoal(goal.id) && (!creates || r.removeTrajectory(trajectory.id));
            },
            [goal, trajectory, creates](OutcomeRepository &r) mutable {
                return (!creates || r.addTrajectory(trajectory, OutcomeRepository::Audited::Yes)) &&
                       r.restoreGoal(goal, {});
            }))
        return;
    m_ui->lineEditGoalText->clear();
    if (creates) {
        m_ui->lineEditDecision->clear();
        m_ui->lineEditAssignment->clear();
    }
    showTrajectories(trajectory.id);
    selectData(m_ui->comboGoal, goal.id);
    Q_EMIT statusMessage(tr("Goal %1 added.").arg(goal.number));
}

void GasTab::saveScore()
{
    m_ui->labelGasMessage->clear();
    if (!canWrite() || m_ui->comboGoal->currentIndex() < 0) {
        m_ui->labelGasMessage->setText(tr("Add a goal first."));
        return;
    }
    const Record values = scoreValues();
    const QString date = values.value(QStringLiteral("datum"));
    QString problem = problemWith(
        Gas, values, {QStringLiteral("waarde"), QStringLiteral("datum"), QStringLiteral("type")});
    const QString addedProblem = m_added->showFindings(m_validator->checkRecord(Gas, values));
    if (problem.isEmpty())
        problem = addedProblem;
    if (!problem.isEmpty() || date.isEmpty()) {
        m_ui->labelGasMessage->setText(problem.isEmpty() ? tr("Fill in the date of the score.")
                                                         : problem);
        m_ui->lineEditGasValue->setFocus();
        return;
    }
    const bool editing = m_editing == Editing::Score;
    GasScore score = editing ? m_editedScore : GasScore();
    score.goalId = m_ui->comboGoal->currentData().toLongLong();
    score.informant = m_ui->comboGasInformant->currentData().toString();
    score.datum = date;
    score.waarde = values.value(QStringLiteral("waarde"));
    m_added->writeInto(&score.extra);
    OutcomeRepository repository(*m_register);
    if (editing) {
        if (record(
                repository.updateGasScore(score), tr("change GAS score"),
                [before = m_editedScore](OutcomeRepository &r) { return r.updateGasScore(before); },
                [score](OutcomeRepository &r) { return r.updateGasScore(score); }))
            finish(tr("GAS score changed."));
        return;
    }
    const bool written = repository.addGasScore(score, OutcomeRepository::Audited::Yes);
    if (!record(
            written, tr("add GAS score"),
            [id = score.id](OutcomeRepository &r) { return r.removeGasScore(id); },
            [score](OutcomeRepository &r) mutable {
                return r.addGasScore(score, OutcomeRepository::Audited::Yes);
            }))
        return;
    m_ui->lineEditGasValue->clear();
    m_added->clear();
    showGoals();
    Q_EMIT statusMessage(tr("GAS score saved."));
}

Record GasTab::scoreValues() const
{
    const QString number = m_ui->comboGoal->currentData(GoalNumberRole).toString();
    Record values = {
        {QStringLiteral("bsn"), m_participant.value(u"bsn")},
        {QStringLiteral("beschikkingsnummer"), QStringLiteral("1")},
        {QStringLiteral("type"),
         QStringLiteral("D%1%2").arg(number, m_ui->comboGasInformant->currentData().toString())},
        {QStringLiteral("waarde"), m_ui->lineEditGasValue->text().trimmed()},
        {QStringLiteral("datum"), expandedDate(m_ui->dateGas)}};
    m_added->addTo(&values);
    return values;
}

void GasTab::editSelected()
{
    const QTreeWidgetItem *item = m_ui->treeGas->currentItem();
    if (!m_register || !item)
        return;
    m_ui->labelGasMessage->clear();
    const qint64 id = item->data(0, IdRole).toLongLong();
    OutcomeRepository repository(*m_register);
    if (item->data(0, IsGoalRole).toBool()) {
        const std::optional<GasGoal> goal = repository.goal(id);
        if (!goal)
            return;
        stopEditing();
        m_editing = Editing::Goal;
        m_editedGoal = *goal;
        m_ui->lineEditGoalText->setText(goal->description);
        updateEditState();
        Q_EMIT editingStarted();
        m_ui->lineEditGoalText->setFocus();
        m_ui->lineEditGoalText->selectAll();
        return;
    }
    const std::optional<GasScore> score = repository.gasScore(id);
    if (!score)
        return;
    stopEditing();
    m_editing = Editing::Score;
    m_editedScore = *score;
    m_added->startEditing(&m_editedScore.extra);
    selectData(m_ui->comboGoal, score->goalId);
    selectData(m_ui->comboGasInformant, score->informant);
    m_ui->dateGas->lineEdit()->setText(score->datum);
    m_ui->lineEditGasValue->setText(score->waarde);
    updateEditState();
    Q_EMIT editingStarted();
    m_ui->lineEditGasValue->setFocus();
    m_ui->lineEditGasValue->selectAll();
}

void GasTab::deleteSelected()
{
    const QTreeWidgetItem *item = m_ui->treeGas->currentItem();
    if (!m_register || !item)
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    OutcomeRepository repository(*m_register);
    if (item->data(0, IsGoalRole).toBool()) {
        const std::optional<GasGoal> goal = repository.goal(id);
        if (!goal)
            return;
        const QList<GasScore> scores = repository.gasScores(id);
        deleteRecord(
            tr("Delete goal %1 with its %n score(s)?", nullptr, int(scores.size()))
                .arg(goal->number),
            tr("delete goal %1").arg(goal->number), tr("Goal %1 deleted.").arg(goal->number),
            [id](OutcomeRepository &r) { return r.removeGoal(id); },
            [removed = *goal, scores](OutcomeRepository &r) {
                return r.restoreGoal(removed, scores);
            });
        return;
    }
    const std::optional<GasScore> score = repository.gasScore(id);
    if (!score)
        return;
    deleteRecord(
        tr("Delete the GAS score %1 of %2?").arg(score->waarde, score->datum),
        tr("delete GAS score"), tr("GAS score deleted."),
        [id](OutcomeRepository &r) { return r.removeGasScore(id); },
        [removed = *score](OutcomeRepository &r) mutable {
            return r.addGasScore(removed, OutcomeRepository::Audited::Yes);
        });
}

} // namespace veldboek::gui
