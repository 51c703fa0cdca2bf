#include "ProblemScoreTab.h"

#include "AddedOutcomeFields.h"
#include "storage/OutcomeRepository.h"
#include "ui_OutcomeProblemTab.h"

#include <QLineEdit>

namespace veldboek::gui {

namespace {

const QString Problem = QStringLiteral("problem");

} // namespace

ProblemScoreTab::ProblemScoreTab(QBoxLayout *host, QUndoStack *undo, QObject *parent)
    : OutcomeTab(host, undo, parent)
    , m_ui(std::make_unique<Ui::OutcomeProblemTab>())
{
    m_ui->setupUi(page());
    nameDate(m_ui->dateProblem, QStringLiteral("lineEditProblemDate"), tr("Date of the score"),
             m_ui->labelProblemDate);
    connectList(m_ui->treeProblemScores, m_ui->pushButtonEditProblem, m_ui->pushButtonDeleteProblem,
                m_ui->pushButtonCancelProblemEdit);
    connect(m_ui->dateProblem->lineEdit(), &QLineEdit::returnPressed, m_ui->comboProblemValue,
            qOverload<>(&QWidget::setFocus));
    connect(m_ui->pushButtonAddProblemScore, &QPushButton::clicked, this, &ProblemScoreTab::save);
    // Above the buttons' row (forms/OutcomeProblemTab.ui: informant, date, score, buttons).
    m_added = new AddedOutcomeFields(m_ui->problemScoreForm, 3, this);
    connect(m_added, &AddedOutcomeFields::edited, this, &ProblemScoreTab::checkAddedFields);
    watchEscape(
        {m_ui->comboProblemInformant, m_ui->dateProblem->lineEdit(), m_ui->comboProblemValue});
    stopEditing();
}

ProblemScoreTab::~ProblemScoreTab() = default;

QLabel *ProblemScoreTab::messageLabel() const
{
    return m_ui->labelProblemMessage;
}

void ProblemScoreTab::setRegister(Register *reg, std::shared_ptr<const Validator> validator)
{
    OutcomeTab::setRegister(reg, std::move(validator));
    m_added->setSpec(m_validator.get(), Problem);
    // Fields a fetched spec added take rows of the entry form: the list gives up three of its
    // six rows, so the tab still fits a window 800 pixels high.
    setListHeight(m_ui->treeProblemScores, m_added->isEmpty() ? 6 : 3);
    if (m_validator) {
        fillCodes(m_ui->comboProblemInformant, Problem, QStringLiteral("type"));
        fillCodes(m_ui->comboProblemValue, Problem, QStringLiteral("waarde"));
    }
}

void ProblemScoreTab::showTrajectory(qint64 trajectoryId)
{
    // Another trajectory: a change begun on a score of the last one stops.
    if (trajectoryId != m_trajectoryId)
        stopEditing();
    m_trajectoryId = trajectoryId;
    reload();
}

QString ProblemScoreTab::informantName(const QString &code) const
{
    const int index = m_ui->comboProblemInformant->findData(code);
    return index >= 0 ? m_ui->comboProblemInformant->itemText(index) : code;
}

void ProblemScoreTab::reload()
{
    m_ui->treeProblemScores->clear();
    if (m_register && m_hasParticipant && m_trajectoryId > 0) {
        const QList<ProblemScore> scores =
            OutcomeRepository(*m_register).problemScores(m_trajectoryId);
        for (const ProblemScore &score : scores) {
            auto *item = new QTreeWidgetItem(m_ui->treeProblemScores);
            item->setText(0, score.datum);
            item->setText(1, informantName(score.informant));
            item->setText(2, score.waarde);
            item->setData(0, IdRole, score.id);
        }
    }
    updateEditState();
}

void ProblemScoreTab::stopEditing()
{
    m_editing = false;
    m_added->clear();
    updateEditState();
}

void ProblemScoreTab::updateEditState()
{
    // The entry fields add a score, or change the one chosen; the buttons say which.
    m_ui->pushButtonAddProblemScore->setText(m_editing ? tr("Save &change") : tr("&Add score"));
    m_ui->groupBoxProblemScore->setTitle(m_editing ? tr("Change score") : tr("Score"));
    m_ui->pushButtonCancelProblemEdit->setVisible(m_editing);
    const bool selected = m_ui->treeProblemScores->currentItem() != nullptr;
    m_ui->pushButtonEditProblem->setEnabled(selected);
    m_ui->pushButtonDeleteProblem->setEnabled(selected);
}

void ProblemScoreTab::save()
{
    m_ui->labelProblemMessage->clear();
    if (!canWrite())
        return;
    if (m_trajectoryId <= 0) {
        m_ui->labelProblemMessage->setText(tr("Choose or add a trajectory on the GAS tab first."));
        return;
    }
    const Record values = enteredValues();
    const QString date = values.value(QStringLiteral("datum"));
    QString problem =
        problemWith(Problem, values,
                    {QStringLiteral("waarde"), QStringLiteral("datum"), QStringLiteral("type")});
    const QString addedProblem = m_added->showFindings(m_validator->checkRecord(Problem, values));
    if (problem.isEmpty())
        problem = addedProblem;
    if (!problem.isEmpty()) {
        m_ui->labelProblemMessage->setText(problem);
        return;
    }
    ProblemScore score = m_editing ? m_edited : ProblemScore();
    score.trajectoryId = m_editing ? score.trajectoryId : m_trajectoryId;
    score.informant = values.value(QStringLiteral("type"));
    score.datum = date;
    score.waarde = values.value(QStringLiteral("waarde"));
    m_added->writeInto(&score.extra);
    OutcomeRepository repository(*m_register);
    if (m_editing) {
        if (record(
                repository.updateProblemScore(score), tr("change problem-reduction score"),
                [before = m_edited](OutcomeRepository &r) { return r.updateProblemScore(before); },
                [score](OutcomeRepository &r) { return r.updateProblemScore(score); }))
            finish(tr("Problem-reduction score changed."));
        return;
    }
    const bool written = repository.addProblemScore(score, OutcomeRepository::Audited::Yes);
    if (record(
            written, tr("add problem-reduction score"),
            [id = score.id](OutcomeRepository &r) { return r.removeProblemScore(id); },
            [score](OutcomeRepository &r) mutable {
                return r.addProblemScore(score, OutcomeRepository::Audited::Yes);
            })) {
        reload();
        Q_EMIT statusMessage(tr("Problem-reduction score saved."));
    }
}

Record ProblemScoreTab::enteredValues() const
{
    Record values = {
        {QStringLiteral("bsn"), m_participant.value(u"bsn")},
        {QStringLiteral("beschikkingsnummer"), QStringLiteral("1")},
        {QStringLiteral("type"), m_ui->comboProblemInformant->currentData().toString()},
        {QStringLiteral("waarde"), m_ui->comboProblemValue->currentData().toString()},
        {QStringLiteral("datum"), expandedDate(m_ui->dateProblem)}};
    m_added->addTo(&values);
    return values;
}

void ProblemScoreTab::checkAddedFields()
{
    if (m_validator)
        m_added->showFindings(m_validator->checkRecord(Problem, enteredValues()));
}

std::optional<ProblemScore> ProblemScoreTab::selectedScore() const
{
    const qint64 id = selectedId(m_ui->treeProblemScores);
    if (!m_register || id <= 0)
        return std::nullopt;
    return OutcomeRepository(*m_register).problemScore(id);
}

void ProblemScoreTab::editSelected()
{
    const std::optional<ProblemScore> score = selectedScore();
    if (!score)
        return;
    stopEditing();
    m_ui->labelProblemMessage->clear();
    m_editing = true;
    m_edited = *score;
    m_added->startEditing(&m_edited.extra);
    selectData(m_ui->comboProblemInformant, score->informant);
    m_ui->dateProblem->lineEdit()->setText(score->datum);
    selectData(m_ui->comboProblemValue, score->waarde);
    updateEditState();
    Q_EMIT editingStarted();
    m_ui->comboProblemValue->setFocus();
}

void ProblemScoreTab::deleteSelected()
{
    const std::optional<ProblemScore> score = selectedScore();
    if (!score)
        return;
    const qint64 id = score->id;
    deleteRecord(
        tr("Delete the problem-reduction score %1 of %2 (%3)?")
            .arg(score->waarde, score->datum, informantName(score->informant)),
        tr("delete problem-reduction score"), tr("Problem-reduction score deleted."),
        [id](OutcomeRepository &r) { return r.removeProblemScore(id); },
        [removed = *score](OutcomeRepository &r) mutable {
            return r.addProblemScore(removed, OutcomeRepository::Audited::Yes);
        });
}

} // namespace veldboek::gui
