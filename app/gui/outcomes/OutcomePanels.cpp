#include "OutcomePanels.h"

#include "OutcomeCommand.h"
#include "Question.h"
#include "participants/DateLineEdit.h"
#include "storage/OutcomeRepository.h"
#include "storage/Register.h"
#include "ui_OutcomeCemTab.h"
#include "ui_OutcomeGasTab.h"
#include "ui_OutcomeProblemTab.h"

#include <QBoxLayout>
#include <QDate>
#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QShortcut>
#include <QUndoStack>

namespace veldboek::gui {

namespace {

const QString Gas = QStringLiteral("gas");
const QString Problem = QStringLiteral("problem");
const QString Cem = QStringLiteral("cem");

constexpr int IdRole = Qt::UserRole;
constexpr int IsGoalRole = Qt::UserRole + 1;
constexpr int GoalNumberRole = Qt::UserRole + 2;

QDate parseDate(const QString &text)
{
    return QDate::fromString(DateLineEdit::expanded(text, QDate::currentDate().year()),
                             QStringLiteral("dd-MM-yyyy"));
}

QString expandedDate(const DateLineEdit *edit)
{
    return DateLineEdit::expanded(edit->lineEdit()->text().trimmed(), QDate::currentDate().year());
}

// The lists size their columns to what they hold; the last one takes the rest.
void setupList(QTreeWidget *tree)
{
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
}

// Every list of codes comes from the spec, with its labels in the validator's language.
void fillCodes(QComboBox *combo, const Validator &validator, const QString &dataset,
               const QString &field)
{
    combo->clear();
    const DatasetSpec *spec = validator.spec().dataset(dataset);
    const FieldSpec *fieldSpec = spec ? spec->field(field) : nullptr;
    if (!fieldSpec)
        return;
    for (const CodeSpec &code : fieldSpec->codes)
        combo->addItem(code.label.text(validator.language()), code.code);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

qint64 selectedId(const QTreeWidget *tree)
{
    const QTreeWidgetItem *item = tree->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

} // namespace

OutcomePanels::OutcomePanels(QBoxLayout *gas, QBoxLayout *problems, QBoxLayout *cem,
                             QUndoStack *undo, QWidget *parent)
    : QObject(parent)
    , m_gas(std::make_unique<Ui::OutcomeGasTab>())
    , m_problem(std::make_unique<Ui::OutcomeProblemTab>())
    , m_cem(std::make_unique<Ui::OutcomeCemTab>())
    , m_parent(parent)
    , m_undo(undo)
{
    // The tabs' layouts come from ParticipantForm.ui; each tab's content is its own form.
    auto *gasPage = new QWidget(gas->parentWidget());
    m_gas->setupUi(gasPage);
    gas->addWidget(gasPage);
    auto *problemPage = new QWidget(problems->parentWidget());
    m_problem->setupUi(problemPage);
    problems->addWidget(problemPage);
    auto *cemPage = new QWidget(cem->parentWidget());
    m_cem->setupUi(cemPage);
    cem->addWidget(cemPage);
    for (QBoxLayout *layout : {gas, problems, cem})
        layout->setContentsMargins(0, 0, 0, 0);
    setupGas();
    setupProblems();
    setupCem();
    stopEditing();
}

OutcomePanels::~OutcomePanels() = default;

void OutcomePanels::setupGas()
{
    setupList(m_gas->treeGas);
    m_gas->comboGasInformant->addItem(tr("Parent"), QStringLiteral("O"));
    m_gas->comboGasInformant->addItem(tr("Client"), QStringLiteral("C"));
    // The date's own line edit carries the name tests and screen readers use.
    m_gas->dateGas->lineEdit()->setObjectName(QStringLiteral("lineEditGasDate"));
    m_gas->dateGas->lineEdit()->setAccessibleName(tr("Date of the score"));
    m_gas->labelGasDate->setBuddy(m_gas->dateGas->lineEdit());
    // Enter moves on in entry order; on the value it saves.
    connect(m_gas->lineEditGoalText, &QLineEdit::returnPressed, this, &OutcomePanels::saveGoal);
    connect(m_gas->dateGas->lineEdit(), &QLineEdit::returnPressed, m_gas->lineEditGasValue,
            qOverload<>(&QWidget::setFocus));
    connect(m_gas->lineEditGasValue, &QLineEdit::returnPressed, this, &OutcomePanels::saveGasScore);
    connect(m_gas->pushButtonAddGoal, &QPushButton::clicked, this, &OutcomePanels::saveGoal);
    connect(m_gas->pushButtonAddGasScore, &QPushButton::clicked, this,
            &OutcomePanels::saveGasScore);
    connect(m_gas->pushButtonCancelGasEdit, &QPushButton::clicked, this,
            &OutcomePanels::stopEditing);
    connect(m_gas->pushButtonEditGas, &QPushButton::clicked, this, &OutcomePanels::editGasItem);
    connect(m_gas->pushButtonDeleteGas, &QPushButton::clicked, this, &OutcomePanels::deleteGasItem);
    connect(m_gas->treeGas, &QTreeWidget::itemActivated, this, &OutcomePanels::editGasItem);
    connect(m_gas->treeGas, &QTreeWidget::currentItemChanged, this,
            &OutcomePanels::updateEditState);
    auto *del = new QShortcut(QKeySequence::Delete, m_gas->treeGas);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &OutcomePanels::deleteGasItem);
    connect(m_gas->comboTrajectory, &QComboBox::currentIndexChanged, this, [this] {
        stopEditing();
        reload();
    });
    for (QWidget *input :
         {static_cast<QWidget *>(m_gas->lineEditGoalText), static_cast<QWidget *>(m_gas->comboGoal),
          static_cast<QWidget *>(m_gas->comboGasInformant),
          static_cast<QWidget *>(m_gas->dateGas->lineEdit()),
          static_cast<QWidget *>(m_gas->lineEditGasValue)})
        input->installEventFilter(this);
}

void OutcomePanels::setupProblems()
{
    setupList(m_problem->treeProblemScores);
    m_problem->dateProblem->lineEdit()->setObjectName(QStringLiteral("lineEditProblemDate"));
    m_problem->dateProblem->lineEdit()->setAccessibleName(tr("Date of the score"));
    m_problem->labelProblemDate->setBuddy(m_problem->dateProblem->lineEdit());
    connect(m_problem->dateProblem->lineEdit(), &QLineEdit::returnPressed,
            m_problem->comboProblemValue, qOverload<>(&QWidget::setFocus));
    connect(m_problem->pushButtonAddProblemScore, &QPushButton::clicked, this,
            &OutcomePanels::saveProblemScore);
    connect(m_problem->pushButtonCancelProblemEdit, &QPushButton::clicked, this,
            &OutcomePanels::stopEditing);
    connect(m_problem->pushButtonEditProblem, &QPushButton::clicked, this,
            &OutcomePanels::editProblemScore);
    connect(m_problem->pushButtonDeleteProblem, &QPushButton::clicked, this,
            &OutcomePanels::deleteProblemScore);
    connect(m_problem->treeProblemScores, &QTreeWidget::itemActivated, this,
            &OutcomePanels::editProblemScore);
    connect(m_problem->treeProblemScores, &QTreeWidget::currentItemChanged, this,
            &OutcomePanels::updateEditState);
    auto *del = new QShortcut(QKeySequence::Delete, m_problem->treeProblemScores);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &OutcomePanels::deleteProblemScore);
    for (QWidget *input : {static_cast<QWidget *>(m_problem->comboProblemInformant),
                           static_cast<QWidget *>(m_problem->dateProblem->lineEdit()),
                           static_cast<QWidget *>(m_problem->comboProblemValue)})
        input->installEventFilter(this);
}

void OutcomePanels::setupCem()
{
    setupList(m_cem->treeMeasurements);
    m_cem->dateCem->lineEdit()->setObjectName(QStringLiteral("lineEditCemDate"));
    m_cem->dateCem->lineEdit()->setAccessibleName(tr("Measurement date"));
    m_cem->labelCemDate->setBuddy(m_cem->dateCem->lineEdit());
    connect(m_cem->dateCem->lineEdit(), &QLineEdit::returnPressed, m_cem->comboCemInformant,
            qOverload<>(&QWidget::setFocus));
    connect(m_cem->comboQuestionnaire, &QComboBox::currentIndexChanged, this,
            &OutcomePanels::updateInformants);
    connect(m_cem->dateCem->lineEdit(), &QLineEdit::textChanged, this,
            &OutcomePanels::updateInformants);
    connect(m_cem->dateCem, &DateLineEdit::picked, this, &OutcomePanels::updateInformants);
    connect(m_cem->pushButtonSaveMeasurement, &QPushButton::clicked, this,
            &OutcomePanels::saveMeasurement);
    connect(m_cem->pushButtonCancelCemEdit, &QPushButton::clicked, this,
            &OutcomePanels::stopEditing);
    connect(m_cem->pushButtonEditMeasurement, &QPushButton::clicked, this,
            &OutcomePanels::editMeasurement);
    connect(m_cem->pushButtonDeleteMeasurement, &QPushButton::clicked, this,
            &OutcomePanels::deleteMeasurement);
    connect(m_cem->treeMeasurements, &QTreeWidget::itemActivated, this,
            &OutcomePanels::editMeasurement);
    connect(m_cem->treeMeasurements, &QTreeWidget::currentItemChanged, this,
            &OutcomePanels::updateEditState);
    auto *del = new QShortcut(QKeySequence::Delete, m_cem->treeMeasurements);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &OutcomePanels::deleteMeasurement);
    for (QWidget *input : {static_cast<QWidget *>(m_cem->comboQuestionnaire),
                           static_cast<QWidget *>(m_cem->dateCem->lineEdit()),
                           static_cast<QWidget *>(m_cem->comboCemInformant)})
        input->installEventFilter(this);
}

bool OutcomePanels::eventFilter(QObject *watched, QEvent *event)
{
    // Esc while changing a record stops the change. The form's own Esc (undo unsaved
    // participant changes) must not see it then, hence ShortcutOverride.
    if (m_editing != Editing::None &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            stopEditing();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void OutcomePanels::setRegister(Register *reg, std::shared_ptr<const Validator> outcomes,
                                std::shared_ptr<const Validator> cem)
{
    m_register = reg;
    m_sorValidator = std::move(outcomes);
    m_cemValidator = std::move(cem);
    if (m_sorValidator) {
        fillCodes(m_problem->comboProblemInformant, *m_sorValidator, Problem,
                  QStringLiteral("type"));
        fillCodes(m_problem->comboProblemValue, *m_sorValidator, Problem, QStringLiteral("waarde"));
    }
    if (m_cemValidator)
        fillCodes(m_cem->comboQuestionnaire, *m_cemValidator, Cem, QStringLiteral("vragenlijst"));
    buildAnswerFields();
    updateCompleteness();
}

void OutcomePanels::buildAnswerFields()
{
    // One answer field per item of the CEM+ spec, in its order.
    QGridLayout *grid = m_cem->answersGrid;
    m_answers.clear();
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const DatasetSpec *spec = m_cemValidator ? m_cemValidator->spec().dataset(Cem) : nullptr;
    const FieldSpec *items = spec ? spec->field(QStringLiteral("vraag")) : nullptr;
    QWidget *box = m_cem->groupBoxAnswers;
    const int perColumn = 7;
    QWidget *previous = m_cem->comboCemInformant;
    for (qsizetype i = 0; items && i < items->codes.size(); ++i) {
        const QString code = items->codes.at(i).code;
        auto *edit = new QLineEdit(box);
        edit->setObjectName(QStringLiteral("answer_") + code);
        edit->setAccessibleName(tr("Answer to %1").arg(code));
        edit->setMaxLength(4);
        edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 16);
        auto *label = new QLabel(code, box);
        label->setBuddy(edit);
        const int row = int(i % perColumn);
        const int column = int(i / perColumn) * 3;
        grid->addWidget(label, row, column);
        grid->addWidget(edit, row, column + 1);
        // A gap before the next pair of columns, so an answer sits beside its own item.
        grid->setColumnMinimumWidth(column + 2, 24);
        const int index = int(m_answers.size());
        m_answers.append({code, edit});
        connect(edit, &QLineEdit::textEdited, this, [this, index] { answerEdited(index); });
        // Enter moves on like a completed answer does; after the last, to Save.
        connect(edit, &QLineEdit::returnPressed, this, [this, index] {
            if (index + 1 < m_answers.size()) {
                m_answers.at(index + 1).second->setFocus();
                m_answers.at(index + 1).second->selectAll();
            } else
                m_cem->pushButtonSaveMeasurement->setFocus();
        });
        edit->installEventFilter(this);
        // Entry order: after "filled in by", the answers, then Save.
        QWidget::setTabOrder(previous, edit);
        previous = edit;
    }
    grid->setColumnStretch(grid->columnCount(), 1);
    QWidget::setTabOrder(previous, m_cem->pushButtonSaveMeasurement);
}

void OutcomePanels::setParticipant(const Participant *participant)
{
    m_hasParticipant = participant != nullptr;
    m_participant = participant ? *participant : Participant();
    m_gas->labelGasMessage->clear();
    m_problem->labelProblemMessage->clear();
    m_cem->labelCemMessage->clear();
    stopEditing();
    reloadTrajectories();
    updateInformants();
}

void OutcomePanels::reloadTrajectories()
{
    const qint64 current = m_gas->comboTrajectory->currentData().toLongLong();
    const QSignalBlocker blocker(m_gas->comboTrajectory);
    m_gas->comboTrajectory->clear();
    m_trajectories.clear();
    if (m_register && m_hasParticipant)
        m_trajectories = OutcomeRepository(*m_register).trajectories(m_participant.id);
    for (const Trajectory &trajectory : std::as_const(m_trajectories)) {
        const QString text = !trajectory.beschikkingsnummer.isEmpty()
                                 ? tr("Decision %1").arg(trajectory.beschikkingsnummer)
                                 : tr("Assignment %1").arg(trajectory.toewijzingsnummer);
        m_gas->comboTrajectory->addItem(text, trajectory.id);
    }
    m_gas->comboTrajectory->addItem(tr("New trajectory (numbers below)"), 0);
    if (current > 0)
        selectData(m_gas->comboTrajectory, current);
    reload();
}

QString OutcomePanels::informantName(const QString &code) const
{
    const int index = m_problem->comboProblemInformant->findData(code);
    return index >= 0 ? m_problem->comboProblemInformant->itemText(index) : code;
}

void OutcomePanels::reload()
{
    const qint64 chosenGoal = m_gas->comboGoal->currentData().toLongLong();
    m_gas->treeGas->clear();
    m_problem->treeProblemScores->clear();
    m_cem->treeMeasurements->clear();
    m_gas->comboGoal->clear();
    if (m_register && m_hasParticipant) {
        OutcomeRepository repository(*m_register);
        const qint64 trajectoryId = m_gas->comboTrajectory->currentData().toLongLong();
        if (trajectoryId > 0) {
            const QList<GasGoal> goals = repository.goals(trajectoryId);
            for (const GasGoal &goal : goals) {
                auto *item = new QTreeWidgetItem(m_gas->treeGas);
                item->setText(0, tr("Goal %1").arg(goal.number));
                item->setText(1, goal.description);
                item->setData(0, IdRole, goal.id);
                item->setData(0, IsGoalRole, true);
                m_gas->comboGoal->addItem(tr("Goal %1").arg(goal.number), goal.id);
                m_gas->comboGoal->setItemData(m_gas->comboGoal->count() - 1, goal.number,
                                              GoalNumberRole);
                const QList<GasScore> scores = repository.gasScores(goal.id);
                for (const GasScore &score : scores) {
                    auto *child = new QTreeWidgetItem(item);
                    child->setText(2, score.informant == QLatin1String("O") ? tr("Parent")
                                                                            : tr("Client"));
                    child->setText(3, score.datum);
                    child->setText(4, score.waarde);
                    child->setData(0, IdRole, score.id);
                    child->setData(0, IsGoalRole, false);
                }
                item->setExpanded(true);
            }
            const QList<ProblemScore> scores = repository.problemScores(trajectoryId);
            for (const ProblemScore &score : scores) {
                auto *item = new QTreeWidgetItem(m_problem->treeProblemScores);
                item->setText(0, score.datum);
                item->setText(1, informantName(score.informant));
                item->setText(2, score.waarde);
                item->setData(0, IdRole, score.id);
            }
        }
        const QList<CemMeasurement> measurements = repository.measurements(m_participant.id);
        for (const CemMeasurement &measurement : measurements) {
            auto *item = new QTreeWidgetItem(m_cem->treeMeasurements);
            item->setText(0, measurement.datumMeting);
            const int questionnaire = m_cem->comboQuestionnaire->findData(measurement.vragenlijst);
            item->setText(1, questionnaire >= 0 ? m_cem->comboQuestionnaire->itemText(questionnaire)
                                                : measurement.vragenlijst);
            item->setText(2, measurement.informant);
            item->setText(3, QString::number(measurement.answers.size()));
            item->setData(0, IdRole, measurement.id);
        }
    }
    if (chosenGoal > 0)
        selectData(m_gas->comboGoal, chosenGoal);
    updateEditState();
}

QString OutcomePanels::problemWith(const Validator &validator, const QString &dataset,
                                   const Record &values, const QStringList &fields) const
{
    const QList<Finding> findings = validator.checkRecord(dataset, values);
    for (const Finding &finding : findings) {
        if (finding.severity == Severity::Error && fields.contains(finding.field))
            return finding.message;
    }
    return {};
}

void OutcomePanels::pushEdit(const QString &text, std::function<bool()> undo,
                             std::function<bool()> redo)
{
    // The steps find the register when they run: the stack is cleared whenever the form
    // shows another participant or register, but a closed register must not be touched.
    const auto guarded = [this](std::function<bool()> step) {
        return [this, step = std::move(step)] {
            return m_register && step();
        };
    };
    m_undo->push(new OutcomeCommand(
        text, guarded(std::move(undo)), guarded(std::move(redo)), [this](bool ok) {
            // The register is what counts: show it as it now is, whatever was half typed.
            stopEditing();
            reloadTrajectories();
            if (!ok && m_register)
                Q_EMIT statusMessage(
                    tr("Undo or redo failed: %1").arg(m_register->lastError().message()));
        }));
}

bool OutcomePanels::confirmDelete(const QString &text)
{
    return Question::ask(m_parent, QStringLiteral("deleteOutcome"), tr("Delete"), text,
                         tr("Delete"));
}

void OutcomePanels::showNotSaved(QLabel *message)
{
    message->setText(tr("Not saved: %1").arg(m_register->lastError().message()));
}

bool OutcomePanels::ensureTrajectory(qint64 *id)
{
    *id = m_gas->comboTrajectory->currentData().toLongLong();
    if (*id > 0)
        return true;
    const Record values = {
        {QStringLiteral("beschikkingsnummer"), m_gas->lineEditDecision->text().trimmed()},
        {QStringLiteral("toewijzingsnummer"), m_gas->lineEditAssignment->text().trimmed()}};
    const QString problem =
        problemWith(*m_sorValidator, Gas, values,
                    {QStringLiteral("beschikkingsnummer"), QStringLiteral("toewijzingsnummer")});
    if (!problem.isEmpty()) {
        m_gas->labelGasMessage->setText(problem);
        m_gas->lineEditDecision->setFocus();
        return false;
    }
    Trajectory trajectory;
    trajectory.participantId = m_participant.id;
    trajectory.beschikkingsnummer = values.value(QStringLiteral("beschikkingsnummer"));
    trajectory.toewijzingsnummer = values.value(QStringLiteral("toewijzingsnummer"));
    if (!OutcomeRepository(*m_register).addTrajectory(trajectory)) {
        showNotSaved(m_gas->labelGasMessage);
        return false;
    }
    m_gas->lineEditDecision->clear();
    m_gas->lineEditAssignment->clear();
    reloadTrajectories();
    {
        const QSignalBlocker blocker(m_gas->comboTrajectory);
        selectData(m_gas->comboTrajectory, trajectory.id);
    }
    reload();
    *id = trajectory.id;
    return true;
}

void OutcomePanels::saveGoal()
{
    m_gas->labelGasMessage->clear();
    if (!m_register || !m_hasParticipant || !m_sorValidator)
        return;
    OutcomeRepository repository(*m_register);
    if (m_editing == Editing::Goal) {
        const GasGoal before = m_editedGoal;
        GasGoal after = before;
        after.description = m_gas->lineEditGoalText->text().trimmed();
        if (!repository.updateGoal(after)) {
            showNotSaved(m_gas->labelGasMessage);
            return;
        }
        pushEdit(
            tr("change goal %1").arg(after.number),
            [this, before] { return OutcomeRepository(*m_register).updateGoal(before); },
            [this, after] { return OutcomeRepository(*m_register).updateGoal(after); });
        stopEditing();
        reload();
        Q_EMIT statusMessage(tr("Goal %1 changed.").arg(after.number));
        return;
    }
    qint64 trajectoryId = 0;
    if (!ensureTrajectory(&trajectoryId))
        return;
    GasGoal goal;
    goal.trajectoryId = trajectoryId;
    goal.description = m_gas->lineEditGoalText->text().trimmed();
    if (!repository.addGoal(goal, OutcomeRepository::Audited::Yes)) {
        showNotSaved(m_gas->labelGasMessage);
        return;
    }
    pushEdit(
        tr("add goal %1").arg(goal.number),
        [this, goal] { return OutcomeRepository(*m_register).removeGoal(goal.id); },
        [this, goal] { return OutcomeRepository(*m_register).restoreGoal(goal, {}); });
    m_gas->lineEditGoalText->clear();
    reload();
    selectData(m_gas->comboGoal, goal.id);
    Q_EMIT statusMessage(tr("Goal %1 added.").arg(goal.number));
}

void OutcomePanels::saveGasScore()
{
    m_gas->labelGasMessage->clear();
    if (!m_register || !m_hasParticipant || !m_sorValidator ||
        m_gas->comboGoal->currentIndex() < 0) {
        m_gas->labelGasMessage->setText(tr("Add a goal first."));
        return;
    }
    const QString number = m_gas->comboGoal->currentData(GoalNumberRole).toString();
    const QString date = expandedDate(m_gas->dateGas);
    const Record values = {
        {QStringLiteral("bsn"), m_participant.value(u"bsn")},
        {QStringLiteral("beschikkingsnummer"), QStringLiteral("1")},
        {QStringLiteral("type"),
         QStringLiteral("D%1%2").arg(number, m_gas->comboGasInformant->currentData().toString())},
        {QStringLiteral("waarde"), m_gas->lineEditGasValue->text().trimmed()},
        {QStringLiteral("datum"), date}};
    const QString problem =
        problemWith(*m_sorValidator, Gas, values,
                    {QStringLiteral("waarde"), QStringLiteral("datum"), QStringLiteral("type")});
    if (!problem.isEmpty() || date.isEmpty()) {
        m_gas->labelGasMessage->setText(problem.isEmpty() ? tr("Fill in the date of the score.")
                                                          : problem);
        m_gas->lineEditGasValue->setFocus();
        return;
    }
    GasScore score = m_editing == Editing::GasScore ? m_editedGasScore : GasScore();
    score.goalId = m_gas->comboGoal->currentData().toLongLong();
    score.informant = m_gas->comboGasInformant->currentData().toString();
    score.datum = date;
    score.waarde = values.value(QStringLiteral("waarde"));
    OutcomeRepository repository(*m_register);
    if (m_editing == Editing::GasScore) {
        const GasScore before = m_editedGasScore;
        if (!repository.updateGasScore(score)) {
            showNotSaved(m_gas->labelGasMessage);
            return;
        }
        pushEdit(
            tr("change GAS score"),
            [this, before] { return OutcomeRepository(*m_register).updateGasScore(before); },
            [this, score] { return OutcomeRepository(*m_register).updateGasScore(score); });
        stopEditing();
        reload();
        Q_EMIT statusMessage(tr("GAS score changed."));
        return;
    }
    if (!repository.addGasScore(score, OutcomeRepository::Audited::Yes)) {
        showNotSaved(m_gas->labelGasMessage);
        return;
    }
    pushEdit(
        tr("add GAS score"),
        [this, id = score.id] { return OutcomeRepository(*m_register).removeGasScore(id); },
        [this, score]() mutable {
            return OutcomeRepository(*m_register)
                .addGasScore(score, OutcomeRepository::Audited::Yes);
        });
    m_gas->lineEditGasValue->clear();
    reload();
    Q_EMIT statusMessage(tr("GAS score saved."));
}

void OutcomePanels::editGasItem()
{
    const QTreeWidgetItem *item = m_gas->treeGas->currentItem();
    if (!m_register || !item)
        return;
    m_gas->labelGasMessage->clear();
    const qint64 id = item->data(0, IdRole).toLongLong();
    OutcomeRepository repository(*m_register);
    if (item->data(0, IsGoalRole).toBool()) {
        const std::optional<GasGoal> goal = repository.goal(id);
        if (!goal)
            return;
        stopEditing();
        m_editing = Editing::Goal;
        m_editedGoal = *goal;
        m_gas->lineEditGoalText->setText(goal->description);
        updateEditState();
        m_gas->lineEditGoalText->setFocus();
        m_gas->lineEditGoalText->selectAll();
        return;
    }
    const std::optional<GasScore> score = repository.gasScore(id);
    if (!score)
        return;
    stopEditing();
    m_editing = Editing::GasScore;
    m_editedGasScore = *score;
    selectData(m_gas->comboGoal, score->goalId);
    selectData(m_gas->comboGasInformant, score->informant);
    m_gas->dateGas->lineEdit()->setText(score->datum);
    m_gas->lineEditGasValue->setText(score->waarde);
    updateEditState();
    m_gas->lineEditGasValue->setFocus();
    m_gas->lineEditGasValue->selectAll();
}

void OutcomePanels::deleteGasItem()
{
    const QTreeWidgetItem *item = m_gas->treeGas->currentItem();
    if (!m_register || !item)
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    OutcomeRepository repository(*m_register);
    if (item->data(0, IsGoalRole).toBool()) {
        const std::optional<GasGoal> goal = repository.goal(id);
        if (!goal)
            return;
        const QList<GasScore> scores = repository.gasScores(id);
        if (!confirmDelete(tr("Delete goal %1 with its %n score(s)?", nullptr, int(scores.size()))
                               .arg(goal->number)))
            return;
        if (!repository.removeGoal(id)) {
            showNotSaved(m_gas->labelGasMessage);
            return;
        }
        pushEdit(
            tr("delete goal %1").arg(goal->number),
            [this, removed = *goal, scores] {
                return OutcomeRepository(*m_register).restoreGoal(removed, scores);
            },
            [this, id] { return OutcomeRepository(*m_register).removeGoal(id); });
        Q_EMIT statusMessage(tr("Goal %1 deleted.").arg(goal->number));
    } else {
        const std::optional<GasScore> score = repository.gasScore(id);
        if (!score ||
            !confirmDelete(tr("Delete the GAS score %1 of %2?").arg(score->waarde, score->datum)))
            return;
        if (!repository.removeGasScore(id)) {
            showNotSaved(m_gas->labelGasMessage);
            return;
        }
        pushEdit(
            tr("delete GAS score"),
            [this, removed = *score]() mutable {
                return OutcomeRepository(*m_register)
                    .addGasScore(removed, OutcomeRepository::Audited::Yes);
            },
            [this, id] { return OutcomeRepository(*m_register).removeGasScore(id); });
        Q_EMIT statusMessage(tr("GAS score deleted."));
    }
    stopEditing();
    reload();
}

void OutcomePanels::saveProblemScore()
{
    m_problem->labelProblemMessage->clear();
    if (!m_register || !m_hasParticipant || !m_sorValidator)
        return;
    const qint64 trajectoryId = m_gas->comboTrajectory->currentData().toLongLong();
    if (trajectoryId <= 0) {
        m_problem->labelProblemMessage->setText(
            tr("Choose or add a trajectory on the GAS tab first."));
        return;
    }
    const QString date = expandedDate(m_problem->dateProblem);
    const Record values = {
        {QStringLiteral("bsn"), m_participant.value(u"bsn")},
        {QStringLiteral("beschikkingsnummer"), QStringLiteral("1")},
        {QStringLiteral("type"), m_problem->comboProblemInformant->currentData().toString()},
        {QStringLiteral("waarde"), m_problem->comboProblemValue->currentData().toString()},
        {QStringLiteral("datum"), date}};
    const QString problem =
        problemWith(*m_sorValidator, Problem, values,
                    {QStringLiteral("waarde"), QStringLiteral("datum"), QStringLiteral("type")});
    if (!problem.isEmpty()) {
        m_problem->labelProblemMessage->setText(problem);
        return;
    }
    ProblemScore score = m_editing == Editing::ProblemScore ? m_editedProblemScore : ProblemScore();
    score.trajectoryId = m_editing == Editing::ProblemScore ? score.trajectoryId : trajectoryId;
    score.informant = values.value(QStringLiteral("type"));
    score.datum = date;
    score.waarde = values.value(QStringLiteral("waarde"));
    OutcomeRepository repository(*m_register);
    if (m_editing == Editing::ProblemScore) {
        const ProblemScore before = m_editedProblemScore;
        if (!repository.updateProblemScore(score)) {
            showNotSaved(m_problem->labelProblemMessage);
            return;
        }
        pushEdit(
            tr("change problem-reduction score"),
            [this, before] { return OutcomeRepository(*m_register).updateProblemScore(before); },
            [this, score] { return OutcomeRepository(*m_register).updateProblemScore(score); });
        stopEditing();
        reload();
        Q_EMIT statusMessage(tr("Problem-reduction score changed."));
        return;
    }
    if (!repository.addProblemScore(score, OutcomeRepository::Audited::Yes)) {
        showNotSaved(m_problem->labelProblemMessage);
        return;
    }
    pushEdit(
        tr("add problem-reduction score"),
        [this, id = score.id] { return OutcomeRepository(*m_register).removeProblemScore(id); },
        [this, score]() mutable {
            return OutcomeRepository(*m_register)
                .addProblemScore(score, OutcomeRepository::Audited::Yes);
        });
    reload();
    Q_EMIT statusMessage(tr("Problem-reduction score saved."));
}

void OutcomePanels::editProblemScore()
{
    const qint64 id = selectedId(m_problem->treeProblemScores);
    if (!m_register || id <= 0)
        return;
    const std::optional<ProblemScore> score = OutcomeRepository(*m_register).problemScore(id);
    if (!score)
        return;
    stopEditing();
    m_problem->labelProblemMessage->clear();
    m_editing = Editing::ProblemScore;
    m_editedProblemScore = *score;
    selectData(m_problem->comboProblemInformant, score->informant);
    m_problem->dateProblem->lineEdit()->setText(score->datum);
    selectData(m_problem->comboProblemValue, score->waarde);
    updateEditState();
    m_problem->comboProblemValue->setFocus();
}

void OutcomePanels::deleteProblemScore()
{
    const qint64 id = selectedId(m_problem->treeProblemScores);
    if (!m_register || id <= 0)
        return;
    OutcomeRepository repository(*m_register);
    const std::optional<ProblemScore> score = repository.problemScore(id);
    if (!score ||
        !confirmDelete(tr("Delete the problem-reduction score %1 of %2 (%3)?")
                           .arg(score->waarde, score->datum, informantName(score->informant))))
        return;
    if (!repository.removeProblemScore(id)) {
        showNotSaved(m_problem->labelProblemMessage);
        return;
    }
    pushEdit(
        tr("delete problem-reduction score"),
        [this, removed = *score]() mutable {
            return OutcomeRepository(*m_register)
                .addProblemScore(removed, OutcomeRepository::Audited::Yes);
        },
        [this, id] { return OutcomeRepository(*m_register).removeProblemScore(id); });
    stopEditing();
    reload();
    Q_EMIT statusMessage(tr("Problem-reduction score deleted."));
}

void OutcomePanels::stopEditing()
{
    const bool wasEditing = m_editing != Editing::None;
    m_editing = Editing::None;
    if (wasEditing) {
        m_gas->lineEditGoalText->clear();
        m_gas->lineEditGasValue->clear();
        for (const auto &[item, edit] : std::as_const(m_answers)) {
            edit->clear();
            edit->setStyleSheet(QString());
        }
        updateCompleteness();
    }
    updateEditState();
}

void OutcomePanels::updateEditState()
{
    // The entry fields add a record, or change the one chosen; the buttons say which.
    const bool goal = m_editing == Editing::Goal;
    const bool gasScore = m_editing == Editing::GasScore;
    m_gas->pushButtonAddGoal->setText(goal ? tr("Save &goal") : tr("Add &goal"));
    m_gas->pushButtonAddGasScore->setText(gasScore ? tr("Save &change") : tr("Add &score"));
    m_gas->groupBoxGasScore->setTitle(gasScore ? tr("Change score") : tr("Score"));
    m_gas->comboGoal->setEnabled(!gasScore);
    m_gas->pushButtonCancelGasEdit->setVisible(goal || gasScore);
    const bool gasSelected = m_gas->treeGas->currentItem() != nullptr;
    m_gas->pushButtonEditGas->setEnabled(gasSelected);
    m_gas->pushButtonDeleteGas->setEnabled(gasSelected);

    const bool problem = m_editing == Editing::ProblemScore;
    m_problem->pushButtonAddProblemScore->setText(problem ? tr("Save &change") : tr("&Add score"));
    m_problem->groupBoxProblemScore->setTitle(problem ? tr("Change score") : tr("Score"));
    m_problem->pushButtonCancelProblemEdit->setVisible(problem);
    const bool problemSelected = m_problem->treeProblemScores->currentItem() != nullptr;
    m_problem->pushButtonEditProblem->setEnabled(problemSelected);
    m_problem->pushButtonDeleteProblem->setEnabled(problemSelected);

    const bool measurement = m_editing == Editing::Measurement;
    m_cem->pushButtonSaveMeasurement->setText(measurement ? tr("Save &change")
                                                          : tr("Save &measurement"));
    m_cem->groupBoxAnswers->setTitle(
        measurement ? tr("Answers of the measurement of %1").arg(m_editedMeasurement.datumMeting)
                    : tr("Answers (type the digit; the cursor moves on)"));
    m_cem->pushButtonCancelCemEdit->setVisible(measurement);
    const bool measurementSelected = m_cem->treeMeasurements->currentItem() != nullptr;
    m_cem->pushButtonEditMeasurement->setEnabled(measurementSelected);
    m_cem->pushButtonDeleteMeasurement->setEnabled(measurementSelected);
}

int OutcomePanels::ageAtMeasurement() const
{
    const QDate at = parseDate(m_cem->dateCem->lineEdit()->text());
    const QDate born = parseDate(m_participant.value(u"geboortedatum"));
    if (!at.isValid() || !born.isValid()) {
        bool ok = false;
        const int age = m_participant.value(u"leeftijd").toInt(&ok);
        return ok ? age : -1;
    }
    int years = at.year() - born.year();
    if (at.month() < born.month() || (at.month() == born.month() && at.day() < born.day()))
        --years;
    return years;
}

void OutcomePanels::updateInformants()
{
    QComboBox *combo = m_cem->comboCemInformant;
    const QString previous = combo->currentData().toString();
    combo->clear();
    if (!m_cemValidator)
        return;
    const int age = ageAtMeasurement();
    m_cem->labelCemAge->setText(age >= 0 ? tr("%n year(s)", nullptr, age) : tr("unknown"));
    const DatasetSpec *spec = m_cemValidator->spec().dataset(Cem);
    const FieldSpec *informants = spec ? spec->field(QStringLiteral("informant")) : nullptr;
    if (!informants)
        return;
    // Offered: the informants the engine accepts for this questionnaire at this age.
    for (const CodeSpec &code : informants->codes) {
        Record values = {
            {QStringLiteral("vragenlijst"), m_cem->comboQuestionnaire->currentData().toString()},
            {QStringLiteral("informant"), code.code}};
        if (age >= 0)
            values.insert(QStringLiteral("leeftijd"), QString::number(age));
        if (problemWith(*m_cemValidator, Cem, values, {QStringLiteral("informant")}).isEmpty())
            combo->addItem(code.label.text(m_cemValidator->language()), code.code);
    }
    selectData(combo, previous);
}

QStringList OutcomePanels::offeredInformants() const
{
    QStringList codes;
    for (int i = 0; i < m_cem->comboCemInformant->count(); ++i)
        codes.append(m_cem->comboCemInformant->itemData(i).toString());
    return codes;
}

bool OutcomePanels::answerValid(const QString &item, const QString &answer) const
{
    const Record values = {{QStringLiteral("vraag"), item}, {QStringLiteral("antwoord"), answer}};
    return problemWith(*m_cemValidator, Cem, values, {QStringLiteral("antwoord")}).isEmpty();
}

bool OutcomePanels::answerComplete(const QString &item, const QString &answer) const
{
    // Complete when no further digit could still make a valid answer ("1" may become "10").
    if (!answerValid(item, answer))
        return false;
    for (char digit = '0'; digit <= '9'; ++digit) {
        if (answerValid(item, answer + QLatin1Char(digit)))
            return false;
    }
    return true;
}

void OutcomePanels::answerEdited(int index)
{
    const auto &[item, edit] = m_answers.at(index);
    const QString text = edit->text().trimmed();
    if (text.isEmpty() || !m_cemValidator) {
        edit->setStyleSheet(QString());
    } else if (!answerValid(item, text)) {
        edit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #b01c1c; }"));
        m_cem->labelCemMessage->setText(tr("%1: %2").arg(
            item, problemWith(*m_cemValidator, Cem,
                              {{QStringLiteral("vraag"), item}, {QStringLiteral("antwoord"), text}},
                              {QStringLiteral("antwoord")})));
    } else {
        edit->setStyleSheet(QString());
        m_cem->labelCemMessage->clear();
        if (answerComplete(item, text) && index + 1 < m_answers.size()) {
            // Selected, so a digit typed over an answer being changed replaces it.
            m_answers.at(index + 1).second->setFocus();
            m_answers.at(index + 1).second->selectAll();
        }
    }
    updateCompleteness();
}

void OutcomePanels::updateCompleteness()
{
    int answered = 0;
    for (const auto &[item, edit] : std::as_const(m_answers)) {
        if (!edit->text().trimmed().isEmpty() && m_cemValidator &&
            answerValid(item, edit->text().trimmed()))
            ++answered;
    }
    m_cem->labelCompleteness->setText(
        tr("%1 of %2 items answered").arg(answered).arg(m_answers.size()));
}

void OutcomePanels::saveMeasurement()
{
    QLabel *message = m_cem->labelCemMessage;
    message->clear();
    if (!m_register || !m_hasParticipant || !m_cemValidator)
        return;
    const QString date = expandedDate(m_cem->dateCem);
    const Record head = {
        {QStringLiteral("datum_meting"), date},
        {QStringLiteral("vragenlijst"), m_cem->comboQuestionnaire->currentData().toString()},
        {QStringLiteral("informant"), m_cem->comboCemInformant->currentData().toString()},
        {QStringLiteral("leeftijd"), QString::number(ageAtMeasurement())}};
    const QString problem =
        problemWith(*m_cemValidator, Cem, head,
                    {QStringLiteral("datum_meting"), QStringLiteral("vragenlijst"),
                     QStringLiteral("informant")});
    if (!problem.isEmpty()) {
        message->setText(problem);
        return;
    }
    const bool editing = m_editing == Editing::Measurement;
    CemMeasurement measurement = editing ? m_editedMeasurement : CemMeasurement();
    if (!editing) {
        measurement.participantId = m_participant.id;
        measurement.clientRef = m_participant.value(u"respondentnummer");
        measurement.metingId = QStringLiteral("M%1").arg(QDateTime::currentMSecsSinceEpoch());
    }
    measurement.datumMeting = date;
    measurement.informant = head.value(QStringLiteral("informant"));
    measurement.vragenlijst = head.value(QStringLiteral("vragenlijst"));
    measurement.answers.clear();
    for (const auto &[item, edit] : std::as_const(m_answers)) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        if (!answerValid(item, text)) {
            message->setText(tr("The answer to %1 is outside its scale.").arg(item));
            edit->setFocus();
            return;
        }
        measurement.answers.append({item, text});
    }
    OutcomeRepository repository(*m_register);
    if (editing) {
        const CemMeasurement before = m_editedMeasurement;
        if (!repository.updateMeasurement(measurement)) {
            showNotSaved(message);
            return;
        }
        pushEdit(
            tr("change CEM+ measurement"),
            [this, before] { return OutcomeRepository(*m_register).updateMeasurement(before); },
            [this, measurement] {
                return OutcomeRepository(*m_register).updateMeasurement(measurement);
            });
        stopEditing();
        reload();
        Q_EMIT statusMessage(tr("CEM+ measurement changed."));
        return;
    }
    if (!repository.addMeasurement(measurement, OutcomeRepository::Audited::Yes)) {
        showNotSaved(message);
        return;
    }
    pushEdit(
        tr("add CEM+ measurement"),
        [this, id = measurement.id] {
            return OutcomeRepository(*m_register).removeMeasurement(id);
        },
        [this, measurement]() mutable {
            return OutcomeRepository(*m_register)
                .addMeasurement(measurement, OutcomeRepository::Audited::Yes);
        });
    for (const auto &[item, edit] : std::as_const(m_answers))
        edit->clear();
    updateCompleteness();
    reload();
    Q_EMIT statusMessage(tr("CEM+ measurement saved."));
}

void OutcomePanels::editMeasurement()
{
    const qint64 id = selectedId(m_cem->treeMeasurements);
    if (!m_register || id <= 0)
        return;
    const std::optional<CemMeasurement> measurement =
        OutcomeRepository(*m_register).measurement(id);
    if (!measurement)
        return;
    stopEditing();
    m_cem->labelCemMessage->clear();
    m_editing = Editing::Measurement;
    m_editedMeasurement = *measurement;
    selectData(m_cem->comboQuestionnaire, measurement->vragenlijst);
    m_cem->dateCem->lineEdit()->setText(measurement->datumMeting);
    updateInformants();
    selectData(m_cem->comboCemInformant, measurement->informant);
    for (const auto &[item, edit] : std::as_const(m_answers)) {
        edit->clear();
        for (const auto &[answerItem, answer] : measurement->answers) {
            if (answerItem == item)
                edit->setText(answer);
        }
    }
    updateCompleteness();
    updateEditState();
    if (!m_answers.isEmpty()) {
        m_answers.first().second->setFocus();
        m_answers.first().second->selectAll();
    }
}

void OutcomePanels::deleteMeasurement()
{
    const qint64 id = selectedId(m_cem->treeMeasurements);
    if (!m_register || id <= 0)
        return;
    OutcomeRepository repository(*m_register);
    const std::optional<CemMeasurement> measurement = repository.measurement(id);
    if (!measurement ||
        !confirmDelete(tr("Delete the CEM+ measurement of %1 with its %n answer(s)?", nullptr,
                          int(measurement->answers.size()))
                           .arg(measurement->datumMeting)))
        return;
    if (!repository.removeMeasurement(id)) {
        showNotSaved(m_cem->labelCemMessage);
        return;
    }
    pushEdit(
        tr("delete CEM+ measurement"),
        [this, removed = *measurement]() mutable {
            return OutcomeRepository(*m_register)
                .addMeasurement(removed, OutcomeRepository::Audited::Yes);
        },
        [this, id] { return OutcomeRepository(*m_register).removeMeasurement(id); });
    stopEditing();
    reload();
    Q_EMIT statusMessage(tr("CEM+ measurement deleted."));
}

} // namespace veldboek::gui
