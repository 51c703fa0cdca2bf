#include "OutcomePanels.h"

#include "participants/DateLineEdit.h"
#include "storage/OutcomeRepository.h"
#include "storage/Register.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

namespace veldboek::gui {

namespace {

const QString Gas = QStringLiteral("gas");
const QString Problem = QStringLiteral("problem");
const QString Cem = QStringLiteral("cem");

QDate parseDate(const QString &text)
{
    return QDate::fromString(DateLineEdit::expanded(text, QDate::currentDate().year()),
                             QStringLiteral("dd-MM-yyyy"));
}

QLabel *messageLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    return label;
}

QTreeWidget *listOf(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QLatin1String(name));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
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

} // namespace

OutcomePanels::OutcomePanels(QBoxLayout *gas, QBoxLayout *problems, QBoxLayout *cem,
                             QWidget *parent)
    : QObject(parent)
{
    buildGas(gas, gas->parentWidget());
    buildProblems(problems, problems->parentWidget());
    buildCem(cem, cem->parentWidget());
}

void OutcomePanels::buildGas(QBoxLayout *layout, QWidget *parent)
{
    auto *trajectoryBox = new QGroupBox(tr("Trajectory"), parent);
    auto *trajectoryForm = new QFormLayout(trajectoryBox);
    m_trajectory = new QComboBox(trajectoryBox);
    m_trajectory->setObjectName(QStringLiteral("comboTrajectory"));
    m_trajectory->setAccessibleName(tr("Trajectory"));
    trajectoryForm->addRow(tr("&Trajectory"), m_trajectory);
    m_decision = new QLineEdit(trajectoryBox);
    m_decision->setObjectName(QStringLiteral("lineEditDecision"));
    m_decision->setAccessibleName(tr("Decision number for a new trajectory"));
    m_assignment = new QLineEdit(trajectoryBox);
    m_assignment->setObjectName(QStringLiteral("lineEditAssignment"));
    m_assignment->setAccessibleName(tr("Assignment number for a new trajectory"));
    trajectoryForm->addRow(tr("New: &decision number"), m_decision);
    trajectoryForm->addRow(tr("or &assignment number"), m_assignment);
    layout->addWidget(trajectoryBox);

    m_gasTree = listOf(parent, "treeGas",
                       {tr("Goal"), tr("Description"), tr("Informant"), tr("Date"), tr("Score")});
    m_gasTree->setRootIsDecorated(true);
    layout->addWidget(m_gasTree, 1);

    auto *goalRow = new QHBoxLayout;
    m_goalText = new QLineEdit(parent);
    m_goalText->setObjectName(QStringLiteral("lineEditGoalText"));
    m_goalText->setAccessibleName(tr("Goal (stays with the organisation)"));
    m_goalText->setPlaceholderText(tr("Goal, in your own words (not submitted)"));
    auto *addGoalButton = new QPushButton(tr("Add &goal"), parent);
    addGoalButton->setObjectName(QStringLiteral("pushButtonAddGoal"));
    goalRow->addWidget(m_goalText, 1);
    goalRow->addWidget(addGoalButton);
    layout->addLayout(goalRow);

    auto *scoreBox = new QGroupBox(tr("Score"), parent);
    auto *scoreForm = new QFormLayout(scoreBox);
    m_goal = new QComboBox(scoreBox);
    m_goal->setObjectName(QStringLiteral("comboGoal"));
    m_gasInformant = new QComboBox(scoreBox);
    m_gasInformant->setObjectName(QStringLiteral("comboGasInformant"));
    m_gasInformant->addItem(tr("Parent"), QStringLiteral("O"));
    m_gasInformant->addItem(tr("Client"), QStringLiteral("C"));
    m_gasDate = new DateLineEdit(scoreBox);
    m_gasDate->lineEdit()->setObjectName(QStringLiteral("lineEditGasDate"));
    m_gasValue = new QLineEdit(scoreBox);
    m_gasValue->setObjectName(QStringLiteral("lineEditGasValue"));
    m_gasValue->setPlaceholderText(tr("-1, 0, 1 or 2"));
    scoreForm->addRow(tr("G&oal"), m_goal);
    scoreForm->addRow(tr("&Informant"), m_gasInformant);
    scoreForm->addRow(tr("Da&te"), m_gasDate);
    scoreForm->addRow(tr("&Value"), m_gasValue);
    m_goal->setAccessibleName(tr("Goal"));
    m_gasInformant->setAccessibleName(tr("Informant"));
    m_gasDate->lineEdit()->setAccessibleName(tr("Date of the score"));
    m_gasValue->setAccessibleName(tr("GAS score"));
    auto *addScore = new QPushButton(tr("Add &score"), scoreBox);
    addScore->setObjectName(QStringLiteral("pushButtonAddGasScore"));
    scoreForm->addRow(QString(), addScore);
    layout->addWidget(scoreBox);
    m_gasMessage = messageLabel(parent, "labelGasMessage");
    layout->addWidget(m_gasMessage);

    connect(addGoalButton, &QPushButton::clicked, this, &OutcomePanels::addGoal);
    connect(addScore, &QPushButton::clicked, this, &OutcomePanels::addGasScore);
    connect(m_gasValue, &QLineEdit::returnPressed, this, &OutcomePanels::addGasScore);
    connect(m_trajectory, &QComboBox::currentIndexChanged, this, [this] { reload(); });
}

void OutcomePanels::buildProblems(QBoxLayout *layout, QWidget *parent)
{
    m_problemTree = listOf(parent, "treeProblemScores", {tr("Date"), tr("Informant"), tr("Score")});
    layout->addWidget(new QLabel(tr("Scores of the trajectory chosen on the GAS tab."), parent));
    layout->addWidget(m_problemTree, 1);
    auto *box = new QGroupBox(tr("Score"), parent);
    auto *form = new QFormLayout(box);
    m_problemInformant = new QComboBox(box);
    m_problemInformant->setObjectName(QStringLiteral("comboProblemInformant"));
    m_problemInformant->setAccessibleName(tr("Informant"));
    m_problemDate = new DateLineEdit(box);
    m_problemDate->lineEdit()->setObjectName(QStringLiteral("lineEditProblemDate"));
    m_problemDate->lineEdit()->setAccessibleName(tr("Date of the score"));
    m_problemValue = new QComboBox(box);
    m_problemValue->setObjectName(QStringLiteral("comboProblemValue"));
    m_problemValue->setAccessibleName(tr("Problem-reduction score"));
    form->addRow(tr("&Informant"), m_problemInformant);
    form->addRow(tr("Da&te"), m_problemDate);
    form->addRow(tr("&Score"), m_problemValue);
    auto *add = new QPushButton(tr("&Add score"), box);
    add->setObjectName(QStringLiteral("pushButtonAddProblemScore"));
    form->addRow(QString(), add);
    layout->addWidget(box);
    m_problemMessage = messageLabel(parent, "labelProblemMessage");
    layout->addWidget(m_problemMessage);
    connect(add, &QPushButton::clicked, this, &OutcomePanels::addProblemScore);
}

void OutcomePanels::buildCem(QBoxLayout *layout, QWidget *parent)
{
    auto *head = new QFormLayout;
    m_questionnaire = new QComboBox(parent);
    m_questionnaire->setObjectName(QStringLiteral("comboQuestionnaire"));
    m_questionnaire->setAccessibleName(tr("Questionnaire"));
    m_cemDate = new DateLineEdit(parent);
    m_cemDate->lineEdit()->setObjectName(QStringLiteral("lineEditCemDate"));
    m_cemDate->lineEdit()->setAccessibleName(tr("Measurement date"));
    m_age = new QLabel(parent);
    m_age->setObjectName(QStringLiteral("labelCemAge"));
    m_informant = new QComboBox(parent);
    m_informant->setObjectName(QStringLiteral("comboCemInformant"));
    m_informant->setAccessibleName(tr("Informant"));
    head->addRow(tr("&Questionnaire"), m_questionnaire);
    head->addRow(tr("&Date of measurement"), m_cemDate);
    head->addRow(tr("Age then"), m_age);
    head->addRow(tr("Filled in &by"), m_informant);
    layout->addLayout(head);
    auto *answersBox = new QGroupBox(tr("Answers (type the digit; the cursor moves on)"), parent);
    m_answersGrid = new QGridLayout(answersBox);
    layout->addWidget(answersBox);
    m_completeness = new QLabel(parent);
    m_completeness->setObjectName(QStringLiteral("labelCompleteness"));
    layout->addWidget(m_completeness);
    auto *save = new QPushButton(tr("Save &measurement"), parent);
    save->setObjectName(QStringLiteral("pushButtonSaveMeasurement"));
    layout->addWidget(save, 0, Qt::AlignLeft);
    m_cemMessage = messageLabel(parent, "labelCemMessage");
    layout->addWidget(m_cemMessage);
    m_cemTree = listOf(parent, "treeMeasurements",
                       {tr("Date"), tr("Questionnaire"), tr("Informant"), tr("Answers")});
    layout->addWidget(m_cemTree, 1);
    connect(m_questionnaire, &QComboBox::currentIndexChanged, this,
            &OutcomePanels::updateInformants);
    connect(m_cemDate->lineEdit(), &QLineEdit::textChanged, this, &OutcomePanels::updateInformants);
    connect(m_cemDate, &DateLineEdit::picked, this, &OutcomePanels::updateInformants);
    connect(save, &QPushButton::clicked, this, &OutcomePanels::saveMeasurement);
}

void OutcomePanels::setRegister(Register *reg, std::shared_ptr<const Validator> outcomes,
                                std::shared_ptr<const Validator> cem)
{
    m_register = reg;
    m_sor = std::move(outcomes);
    m_cem = std::move(cem);
    if (m_sor) {
        fillCodes(m_problemInformant, *m_sor, Problem, QStringLiteral("type"));
        fillCodes(m_problemValue, *m_sor, Problem, QStringLiteral("waarde"));
    }
    // The answer fields: one per item of the CEM+ spec, in its order.
    m_answers.clear();
    while (QLayoutItem *item = m_answersGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_cem) {
        fillCodes(m_questionnaire, *m_cem, Cem, QStringLiteral("vragenlijst"));
        const DatasetSpec *spec = m_cem->spec().dataset(Cem);
        const FieldSpec *items = spec ? spec->field(QStringLiteral("vraag")) : nullptr;
        QWidget *box = m_answersGrid->parentWidget();
        const int perColumn = 7;
        for (qsizetype i = 0; items && i < items->codes.size(); ++i) {
            const QString code = items->codes.at(i).code;
            auto *edit = new QLineEdit(box);
            edit->setObjectName(QStringLiteral("answer_") + code);
            edit->setAccessibleName(tr("Answer to %1").arg(code));
            edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000")) +
                                  12);
            auto *label = new QLabel(code, box);
            label->setBuddy(edit);
            const int row = int(i % perColumn);
            const int column = int(i / perColumn) * 2;
            m_answersGrid->addWidget(label, row, column);
            m_answersGrid->addWidget(edit, row, column + 1);
            // The answer right beside its item, a gap before the next pair of columns.
            m_answersGrid->setColumnMinimumWidth(column + 1, edit->maximumWidth() + 24);
            const int index = int(m_answers.size());
            m_answers.append({code, edit});
            connect(edit, &QLineEdit::textEdited, this, [this, index] { answerEdited(index); });
        }
    }
    m_answersGrid->setColumnStretch(m_answersGrid->columnCount(), 1);
    updateCompleteness();
}

void OutcomePanels::setParticipant(const Participant *participant)
{
    m_hasParticipant = participant != nullptr;
    m_participant = participant ? *participant : Participant();
    m_gasMessage->clear();
    m_problemMessage->clear();
    m_cemMessage->clear();
    reloadTrajectories();
    updateInformants();
}

void OutcomePanels::reloadTrajectories()
{
    const QSignalBlocker blocker(m_trajectory);
    m_trajectory->clear();
    m_trajectories.clear();
    if (m_register && m_hasParticipant)
        m_trajectories = OutcomeRepository(*m_register).trajectories(m_participant.id);
    for (const Trajectory &trajectory : std::as_const(m_trajectories)) {
        const QString text = !trajectory.beschikkingsnummer.isEmpty()
                                 ? tr("Decision %1").arg(trajectory.beschikkingsnummer)
                                 : tr("Assignment %1").arg(trajectory.toewijzingsnummer);
        m_trajectory->addItem(text, trajectory.id);
    }
    m_trajectory->addItem(tr("New trajectory (numbers below)"), 0);
    reload();
}

void OutcomePanels::reload()
{
    m_gasTree->clear();
    m_problemTree->clear();
    m_cemTree->clear();
    m_goal->clear();
    if (!m_register || !m_hasParticipant)
        return;
    OutcomeRepository repository(*m_register);
    const qint64 trajectoryId = m_trajectory->currentData().toLongLong();
    if (trajectoryId > 0) {
        const QList<GasGoal> goals = repository.goals(trajectoryId);
        for (const GasGoal &goal : goals) {
            auto *item = new QTreeWidgetItem(m_gasTree);
            item->setText(0, tr("Goal %1").arg(goal.number));
            item->setText(1, goal.description);
            m_goal->addItem(tr("Goal %1").arg(goal.number), goal.id);
            const QList<GasScore> scores = repository.gasScores(goal.id);
            for (const GasScore &score : scores) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(2,
                               score.informant == QLatin1String("O") ? tr("Parent") : tr("Client"));
                child->setText(3, score.datum);
                child->setText(4, score.waarde);
            }
            item->setExpanded(true);
        }
        const QList<ProblemScore> scores = repository.problemScores(trajectoryId);
        for (const ProblemScore &score : scores) {
            auto *item = new QTreeWidgetItem(m_problemTree);
            item->setText(0, score.datum);
            const int informant = m_problemInformant->findData(score.informant);
            item->setText(1, informant >= 0 ? m_problemInformant->itemText(informant)
                                            : score.informant);
            item->setText(2, score.waarde);
        }
    }
    const QList<CemMeasurement> measurements = repository.measurements(m_participant.id);
    for (const CemMeasurement &measurement : measurements) {
        auto *item = new QTreeWidgetItem(m_cemTree);
        item->setText(0, measurement.datumMeting);
        const int questionnaire = m_questionnaire->findData(measurement.vragenlijst);
        item->setText(1, questionnaire >= 0 ? m_questionnaire->itemText(questionnaire)
                                            : measurement.vragenlijst);
        item->setText(2, measurement.informant);
        item->setText(3, QString::number(measurement.answers.size()));
    }
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

bool OutcomePanels::ensureTrajectory(qint64 *id)
{
    *id = m_trajectory->currentData().toLongLong();
    if (*id > 0)
        return true;
    const Record values = {{QStringLiteral("beschikkingsnummer"), m_decision->text().trimmed()},
                           {QStringLiteral("toewijzingsnummer"), m_assignment->text().trimmed()}};
    const QString problem =
        problemWith(*m_sor, Gas, values,
                    {QStringLiteral("beschikkingsnummer"), QStringLiteral("toewijzingsnummer")});
    if (!problem.isEmpty()) {
        m_gasMessage->setText(problem);
        m_decision->setFocus();
        return false;
    }
    Trajectory trajectory;
    trajectory.participantId = m_participant.id;
    trajectory.beschikkingsnummer = values.value(QStringLiteral("beschikkingsnummer"));
    trajectory.toewijzingsnummer = values.value(QStringLiteral("toewijzingsnummer"));
    if (!OutcomeRepository(*m_register).addTrajectory(trajectory)) {
        m_gasMessage->setText(tr("Not saved: %1").arg(m_register->lastError().message()));
        return false;
    }
    m_decision->clear();
    m_assignment->clear();
    reloadTrajectories();
    m_trajectory->setCurrentIndex(m_trajectory->findData(trajectory.id));
    *id = trajectory.id;
    return true;
}

void OutcomePanels::addGoal()
{
    m_gasMessage->clear();
    if (!m_register || !m_hasParticipant || !m_sor)
        return;
    qint64 trajectoryId = 0;
    if (!ensureTrajectory(&trajectoryId))
        return;
    GasGoal goal;
    goal.trajectoryId = trajectoryId;
    goal.description = m_goalText->text().trimmed();
    if (!OutcomeRepository(*m_register).addGoal(goal)) {
        m_gasMessage->setText(tr("Not saved: %1").arg(m_register->lastError().message()));
        return;
    }
    m_goalText->clear();
    reload();
    m_goal->setCurrentIndex(m_goal->findData(goal.id));
    Q_EMIT statusMessage(tr("Goal %1 added.").arg(goal.number));
}

void OutcomePanels::addGasScore()
{
    m_gasMessage->clear();
    if (!m_register || !m_hasParticipant || !m_sor || m_goal->currentIndex() < 0) {
        m_gasMessage->setText(tr("Add a goal first."));
        return;
    }
    const QString goalText = m_goal->currentText();
    const QString number = goalText.section(QLatin1Char(' '), -1);
    const QString date =
        DateLineEdit::expanded(m_gasDate->lineEdit()->text(), QDate::currentDate().year());
    const Record values = {
        {QStringLiteral("bsn"), m_participant.value(u"bsn")},
        {QStringLiteral("beschikkingsnummer"), QStringLiteral("1")},
        {QStringLiteral("type"),
         QStringLiteral("D%1%2").arg(number, m_gasInformant->currentData().toString())},
        {QStringLiteral("waarde"), m_gasValue->text().trimmed()},
        {QStringLiteral("datum"), date}};
    const QString problem =
        problemWith(*m_sor, Gas, values,
                    {QStringLiteral("waarde"), QStringLiteral("datum"), QStringLiteral("type")});
    if (!problem.isEmpty() || date.isEmpty()) {
        m_gasMessage->setText(problem.isEmpty() ? tr("Fill in the date of the score.") : problem);
        return;
    }
    GasScore score;
    score.goalId = m_goal->currentData().toLongLong();
    score.informant = m_gasInformant->currentData().toString();
    score.datum = date;
    score.waarde = values.value(QStringLiteral("waarde"));
    if (!OutcomeRepository(*m_register).addGasScore(score)) {
        m_gasMessage->setText(tr("Not saved: %1").arg(m_register->lastError().message()));
        return;
    }
    m_gasValue->clear();
    reload();
    Q_EMIT statusMessage(tr("GAS score saved."));
}

void OutcomePanels::addProblemScore()
{
    m_problemMessage->clear();
    if (!m_register || !m_hasParticipant || !m_sor)
        return;
    qint64 trajectoryId = m_trajectory->currentData().toLongLong();
    if (trajectoryId <= 0) {
        m_problemMessage->setText(tr("Choose or add a trajectory on the GAS tab first."));
        return;
    }
    const QString date =
        DateLineEdit::expanded(m_problemDate->lineEdit()->text(), QDate::currentDate().year());
    const Record values = {{QStringLiteral("bsn"), m_participant.value(u"bsn")},
                           {QStringLiteral("beschikkingsnummer"), QStringLiteral("1")},
                           {QStringLiteral("type"), m_problemInformant->currentData().toString()},
                           {QStringLiteral("waarde"), m_problemValue->currentData().toString()},
                           {QStringLiteral("datum"), date}};
    const QString problem =
        problemWith(*m_sor, Problem, values,
                    {QStringLiteral("waarde"), QStringLiteral("datum"), QStringLiteral("type")});
    if (!problem.isEmpty()) {
        m_problemMessage->setText(problem);
        return;
    }
    ProblemScore score;
    score.trajectoryId = trajectoryId;
    score.informant = values.value(QStringLiteral("type"));
    score.datum = date;
    score.waarde = values.value(QStringLiteral("waarde"));
    if (!OutcomeRepository(*m_register).addProblemScore(score)) {
        m_problemMessage->setText(tr("Not saved: %1").arg(m_register->lastError().message()));
        return;
    }
    reload();
    Q_EMIT statusMessage(tr("Problem-reduction score saved."));
}

int OutcomePanels::ageAtMeasurement() const
{
    const QDate at = parseDate(m_cemDate->lineEdit()->text());
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
    const QString previous = m_informant->currentData().toString();
    m_informant->clear();
    if (!m_cem)
        return;
    const int age = ageAtMeasurement();
    m_age->setText(age >= 0 ? tr("%n year(s)", nullptr, age) : tr("unknown"));
    const DatasetSpec *spec = m_cem->spec().dataset(Cem);
    const FieldSpec *informants = spec ? spec->field(QStringLiteral("informant")) : nullptr;
    if (!informants)
        return;
    // Offered: the informants the engine accepts for this questionnaire at this age.
    for (const CodeSpec &code : informants->codes) {
        Record values = {{QStringLiteral("vragenlijst"), m_questionnaire->currentData().toString()},
                         {QStringLiteral("informant"), code.code}};
        if (age >= 0)
            values.insert(QStringLiteral("leeftijd"), QString::number(age));
        if (problemWith(*m_cem, Cem, values, {QStringLiteral("informant")}).isEmpty())
            m_informant->addItem(code.label.text(m_cem->language()), code.code);
    }
    const int index = m_informant->findData(previous);
    if (index >= 0)
        m_informant->setCurrentIndex(index);
}

QStringList OutcomePanels::offeredInformants() const
{
    QStringList codes;
    for (int i = 0; i < m_informant->count(); ++i)
        codes.append(m_informant->itemData(i).toString());
    return codes;
}

bool OutcomePanels::answerValid(const QString &item, const QString &answer) const
{
    const Record values = {{QStringLiteral("vraag"), item}, {QStringLiteral("antwoord"), answer}};
    return problemWith(*m_cem, Cem, values, {QStringLiteral("antwoord")}).isEmpty();
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
    if (text.isEmpty() || !m_cem) {
        edit->setStyleSheet(QString());
    } else if (!answerValid(item, text)) {
        edit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #b01c1c; }"));
        m_cemMessage->setText(tr("%1: %2").arg(
            item, problemWith(*m_cem, Cem,
                              {{QStringLiteral("vraag"), item}, {QStringLiteral("antwoord"), text}},
                              {QStringLiteral("antwoord")})));
    } else {
        edit->setStyleSheet(QString());
        m_cemMessage->clear();
        if (answerComplete(item, text) && index + 1 < m_answers.size())
            m_answers.at(index + 1).second->setFocus();
    }
    updateCompleteness();
}

void OutcomePanels::updateCompleteness()
{
    int answered = 0;
    for (const auto &[item, edit] : std::as_const(m_answers)) {
        if (!edit->text().trimmed().isEmpty() && m_cem && answerValid(item, edit->text().trimmed()))
            ++answered;
    }
    m_completeness->setText(tr("%1 of %2 items answered").arg(answered).arg(m_answers.size()));
}

void OutcomePanels::saveMeasurement()
{
    m_cemMessage->clear();
    if (!m_register || !m_hasParticipant || !m_cem)
        return;
    const QString date =
        DateLineEdit::expanded(m_cemDate->lineEdit()->text(), QDate::currentDate().year());
    const Record head = {{QStringLiteral("datum_meting"), date},
                         {QStringLiteral("vragenlijst"), m_questionnaire->currentData().toString()},
                         {QStringLiteral("informant"), m_informant->currentData().toString()},
                         {QStringLiteral("leeftijd"), QString::number(ageAtMeasurement())}};
    const QString problem =
        problemWith(*m_cem, Cem, head,
                    {QStringLiteral("datum_meting"), QStringLiteral("vragenlijst"),
                     QStringLiteral("informant")});
    if (!problem.isEmpty()) {
        m_cemMessage->setText(problem);
        return;
    }
    CemMeasurement measurement;
    measurement.participantId = m_participant.id;
    measurement.clientRef = m_participant.value(u"respondentnummer");
    measurement.metingId = QStringLiteral("M%1").arg(QDateTime::currentMSecsSinceEpoch());
    measurement.datumMeting = date;
    measurement.informant = head.value(QStringLiteral("informant"));
    measurement.vragenlijst = head.value(QStringLiteral("vragenlijst"));
    for (const auto &[item, edit] : std::as_const(m_answers)) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        if (!answerValid(item, text)) {
            m_cemMessage->setText(tr("The answer to %1 is outside its scale.").arg(item));
            edit->setFocus();
            return;
        }
        measurement.answers.append({item, text});
    }
    if (!OutcomeRepository(*m_register).addMeasurement(measurement)) {
        m_cemMessage->setText(tr("Not saved: %1").arg(m_register->lastError().message()));
        return;
    }
    for (const auto &[item, edit] : std::as_const(m_answers))
        edit->clear();
    updateCompleteness();
    reload();
    Q_EMIT statusMessage(tr("CEM+ measurement saved."));
}

} // namespace veldboek::gui
