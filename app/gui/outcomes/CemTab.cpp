#include "CemTab.h"

#include "AddedOutcomeFields.h"
#include "storage/OutcomeRepository.h"
#include "ui_OutcomeCemTab.h"

#include <QDate>
#include <QDateTime>
#include <QLineEdit>

namespace veldboek::gui {

namespace {

const QString Cem = QStringLiteral("cem");

} // namespace

CemTab::CemTab(QBoxLayout *host, QUndoStack *undo, QObject *parent)
    : OutcomeTab(host, undo, parent)
    , m_ui(std::make_unique<Ui::OutcomeCemTab>())
{
    m_ui->setupUi(page());
    nameDate(m_ui->dateCem, QStringLiteral("lineEditCemDate"), tr("Measurement date"),
             m_ui->labelCemDate);
    // Four rows: with the answers above, six would not fit a window of 800 pixels, and a
    // participant has a measurement or two a year.
    connectList(m_ui->treeMeasurements, m_ui->pushButtonEditMeasurement,
                m_ui->pushButtonDeleteMeasurement, m_ui->pushButtonCancelCemEdit, 4);
    connect(m_ui->dateCem->lineEdit(), &QLineEdit::returnPressed, m_ui->comboCemInformant,
            qOverload<>(&QWidget::setFocus));
    connect(m_ui->comboQuestionnaire, &QComboBox::currentIndexChanged, this,
            &CemTab::updateInformants);
    connect(m_ui->dateCem->lineEdit(), &QLineEdit::textChanged, this, &CemTab::updateInformants);
    connect(m_ui->dateCem, &DateLineEdit::picked, this, &CemTab::updateInformants);
    connect(m_ui->pushButtonSaveMeasurement, &QPushButton::clicked, this, &CemTab::save);
    // Fields a fetched spec added: the measurement's, under its date, questionnaire and
    // informant (forms/OutcomeCemTab.ui, cemHead), checked as the user types.
    m_added = new AddedOutcomeFields(m_ui->cemHead, m_ui->cemHead->rowCount(), this);
    connect(m_added, &AddedOutcomeFields::edited, this, [this] {
        if (m_validator)
            m_added->showFindings(m_validator->checkRecord(Cem, headValues()));
    });
    watchEscape({m_ui->comboQuestionnaire, m_ui->dateCem->lineEdit(), m_ui->comboCemInformant});
    stopEditing();
}

CemTab::~CemTab() = default;

QLabel *CemTab::messageLabel() const
{
    return m_ui->labelCemMessage;
}

void CemTab::setRegister(Register *reg, std::shared_ptr<const Validator> validator)
{
    OutcomeTab::setRegister(reg, std::move(validator));
    m_added->setSpec(m_validator.get(), Cem);
    // Fields a fetched spec added go under the head of the measurement: the list gives up two of
    // its four rows, so the tab still fits a window 800 pixels high (tst_outcomefieldtabs).
    setListHeight(m_ui->treeMeasurements, m_added->isEmpty() ? 4 : 2);
    if (m_validator)
        fillCodes(m_ui->comboQuestionnaire, Cem, QStringLiteral("vragenlijst"));
    buildAnswerFields();
    updateCompleteness();
}

void CemTab::setParticipant(const Participant *participant)
{
    OutcomeTab::setParticipant(participant);
    updateInformants();
}

void CemTab::buildAnswerFields()
{
    // One answer field per item of the CEM+ spec, in its order.
    QGridLayout *grid = m_ui->answersGrid;
    m_answers.clear();
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const DatasetSpec *spec = m_validator ? m_validator->spec().dataset(Cem) : nullptr;
    const FieldSpec *items = spec ? spec->field(QStringLiteral("vraag")) : nullptr;
    QWidget *box = m_ui->groupBoxAnswers;
    // Five rows of answers (four columns for the 19 items of 2018): lower, so the list of
    // measurements below keeps its rows in a window of 800 pixels.
    const int perColumn = 5;
    QWidget *previous = m_ui->comboCemInformant;
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
            if (index + 1 < m_answers.size())
                focusAnswer(index + 1);
            else
                m_ui->pushButtonSaveMeasurement->setFocus();
        });
        edit->installEventFilter(this);
        // Entry order: after "filled in by", the answers, then Save.
        QWidget::setTabOrder(previous, edit);
        previous = edit;
    }
    grid->setColumnStretch(grid->columnCount(), 1);
    QWidget::setTabOrder(previous, m_ui->pushButtonSaveMeasurement);
}

void CemTab::focusAnswer(qsizetype index)
{
    m_answers.at(index).second->setFocus();
    m_answers.at(index).second->selectAll();
}

void CemTab::clearAnswers()
{
    for (const auto &[item, edit] : std::as_const(m_answers)) {
        edit->clear();
        edit->setStyleSheet(QString());
    }
    updateCompleteness();
}

void CemTab::reload()
{
    m_ui->treeMeasurements->clear();
    if (m_register && m_hasParticipant) {
        const QList<CemMeasurement> measurements =
            OutcomeRepository(*m_register).measurements(m_participant.id);
        for (const CemMeasurement &measurement : measurements) {
            auto *item = new QTreeWidgetItem(m_ui->treeMeasurements);
            item->setText(0, measurement.datumMeting);
            const int questionnaire = m_ui->comboQuestionnaire->findData(measurement.vragenlijst);
            item->setText(1, questionnaire >= 0 ? m_ui->comboQuestionnaire->itemText(questionnaire)
                                                : measurement.vragenlijst);
            item->setText(2, measurement.informant);
            item->setText(3, QString::number(measurement.answers.size()));
            item->setData(0, IdRole, measurement.id);
        }
    }
    updateEditState();
}

void CemTab::stopEditing()
{
    if (m_editing)
        clearAnswers();
    m_added->clear();
    m_editing = false;
    updateEditState();
}

void CemTab::updateEditState()
{
    // The entry fields add a measurement, or change the one chosen; the buttons say which.
    m_ui->pushButtonSaveMeasurement->setText(m_editing ? tr("Save &change")
                                                       : tr("Save &measurement"));
    m_ui->groupBoxAnswers->setTitle(
        m_editing ? tr("Answers of the measurement of %1").arg(m_edited.datumMeting)
                  : tr("Answers (type the digit; the cursor moves on)"));
    m_ui->pushButtonCancelCemEdit->setVisible(m_editing);
    const bool selected = m_ui->treeMeasurements->currentItem() != nullptr;
    m_ui->pushButtonEditMeasurement->setEnabled(selected);
    m_ui->pushButtonDeleteMeasurement->setEnabled(selected);
}

int CemTab::ageAtMeasurement() const
{
    const QDate at = parseDate(m_ui->dateCem->lineEdit()->text());
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

void CemTab::updateInformants()
{
    QComboBox *combo = m_ui->comboCemInformant;
    const QString previous = combo->currentData().toString();
    combo->clear();
    if (!m_validator)
        return;
    const int age = ageAtMeasurement();
    m_ui->labelCemAge->setText(age >= 0 ? tr("%n year(s)", nullptr, age) : tr("unknown"));
    const DatasetSpec *spec = m_validator->spec().dataset(Cem);
    const FieldSpec *informants = spec ? spec->field(QStringLiteral("informant")) : nullptr;
    if (!informants)
        return;
    // Offered: the informants the engine accepts for this questionnaire at this age.
    for (const CodeSpec &code : informants->codes) {
        Record values = {
            {QStringLiteral("vragenlijst"), m_ui->comboQuestionnaire->currentData().toString()},
            {QStringLiteral("informant"), code.code}};
        if (age >= 0)
            values.insert(QStringLiteral("leeftijd"), QString::number(age));
        if (problemWith(Cem, values, {QStringLiteral("informant")}).isEmpty())
            combo->addItem(code.label.text(m_validator->language()), code.code);
    }
    selectData(combo, previous);
}

QStringList CemTab::offeredInformants() const
{
    QStringList codes;
    for (int i = 0; i < m_ui->comboCemInformant->count(); ++i)
        codes.append(m_ui->comboCemInformant->itemData(i).toString());
    return codes;
}

bool CemTab::answerValid(const QString &item, const QString &answer) const
{
    const Record values = {{QStringLiteral("vraag"), item}, {QStringLiteral("antwoord"), answer}};
    return problemWith(Cem, values, {QStringLiteral("antwoord")}).isEmpty();
}

bool CemTab::answerComplete(const QString &item, const QString &answer) const
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

void CemTab::answerEdited(int index)
{
    const auto &[item, edit] = m_answers.at(index);
    const QString text = edit->text().trimmed();
    if (text.isEmpty() || !m_validator) {
        edit->setStyleSheet(QString());
    } else if (!answerValid(item, text)) {
        edit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #b01c1c; }"));
        m_ui->labelCemMessage->setText(tr("%1: %2").arg(
            item,
            problemWith(Cem, {{QStringLiteral("vraag"), item}, {QStringLiteral("antwoord"), text}},
                        {QStringLiteral("antwoord")})));
    } else {
        edit->setStyleSheet(QString());
        m_ui->labelCemMessage->clear();
        if (answerComplete(item, text) && index + 1 < m_answers.size())
            focusAnswer(index + 1);
    }
    updateCompleteness();
}

void CemTab::updateCompleteness()
{
    int answered = 0;
    for (const auto &[item, edit] : std::as_const(m_answers)) {
        if (!edit->text().trimmed().isEmpty() && m_validator &&
            answerValid(item, edit->text().trimmed()))
            ++answered;
    }
    m_ui->labelCompleteness->setText(
        tr("%1 of %2 items answered").arg(answered).arg(m_answers.size()));
}

void CemTab::save()
{
    QLabel *message = m_ui->labelCemMessage;
    message->clear();
    if (!canWrite())
        return;
    const Record head = headValues();
    const QString date = head.value(QStringLiteral("datum_meting"));
    QString problem = problemWith(Cem, head,
                                  {QStringLiteral("datum_meting"), QStringLiteral("vragenlijst"),
                                   QStringLiteral("informant")});
    const QString addedProblem = m_added->showFindings(m_validator->checkRecord(Cem, head));
    if (problem.isEmpty())
        problem = addedProblem;
    if (!problem.isEmpty()) {
        message->setText(problem);
        return;
    }
    CemMeasurement measurement = m_editing ? m_edited : CemMeasurement();
    if (!m_editing) {
        measurement.participantId = m_participant.id;
        measurement.clientRef = m_participant.value(u"respondentnummer");
        measurement.metingId = QStringLiteral("M%1").arg(QDateTime::currentMSecsSinceEpoch());
    }
    measurement.datumMeting = date;
    measurement.informant = head.value(QStringLiteral("informant"));
    measurement.vragenlijst = head.value(QStringLiteral("vragenlijst"));
    m_added->writeInto(&measurement.extra);
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
    if (m_editing) {
        if (record(
                repository.updateMeasurement(measurement), tr("change CEM+ measurement"),
                [before = m_edited](OutcomeRepository &r) { return r.updateMeasurement(before); },
                [measurement](OutcomeRepository &r) { return r.updateMeasurement(measurement); }))
            finish(tr("CEM+ measurement changed."));
        return;
    }
    const bool written = repository.addMeasurement(measurement, OutcomeRepository::Audited::Yes);
    if (!record(
            written, tr("add CEM+ measurement"),
            [id = measurement.id](OutcomeRepository &r) { return r.removeMeasurement(id); },
            [measurement](OutcomeRepository &r) mutable {
                return r.addMeasurement(measurement, OutcomeRepository::Audited::Yes);
            }))
        return;
    clearAnswers();
    m_added->clear();
    reload();
    Q_EMIT statusMessage(tr("CEM+ measurement saved."));
}

Record CemTab::headValues() const
{
    Record head = {
        {QStringLiteral("datum_meting"), expandedDate(m_ui->dateCem)},
        {QStringLiteral("vragenlijst"), m_ui->comboQuestionnaire->currentData().toString()},
        {QStringLiteral("informant"), m_ui->comboCemInformant->currentData().toString()},
        {QStringLiteral("leeftijd"), QString::number(ageAtMeasurement())}};
    m_added->addTo(&head);
    return head;
}

std::optional<CemMeasurement> CemTab::selectedMeasurement() const
{
    const qint64 id = selectedId(m_ui->treeMeasurements);
    if (!m_register || id <= 0)
        return std::nullopt;
    return OutcomeRepository(*m_register).measurement(id);
}

void CemTab::editSelected()
{
    const std::optional<CemMeasurement> measurement = selectedMeasurement();
    if (!measurement)
        return;
    stopEditing();
    m_ui->labelCemMessage->clear();
    m_editing = true;
    m_edited = *measurement;
    m_added->startEditing(&m_edited.extra);
    selectData(m_ui->comboQuestionnaire, measurement->vragenlijst);
    m_ui->dateCem->lineEdit()->setText(measurement->datumMeting);
    updateInformants();
    selectData(m_ui->comboCemInformant, measurement->informant);
    for (const auto &[item, edit] : std::as_const(m_answers)) {
        edit->clear();
        for (const auto &[answerItem, answer] : measurement->answers) {
            if (answerItem == item)
                edit->setText(answer);
        }
    }
    updateCompleteness();
    updateEditState();
    Q_EMIT editingStarted();
    if (!m_answers.isEmpty())
        focusAnswer(0);
}

void CemTab::deleteSelected()
{
    const std::optional<CemMeasurement> measurement = selectedMeasurement();
    if (!measurement)
        return;
    const qint64 id = measurement->id;
    deleteRecord(
        tr("Delete the CEM+ measurement of %1 with its %n answer(s)?", nullptr,
           int(measurement->answers.size()))
            .arg(measurement->datumMeting),
        tr("delete CEM+ measurement"), tr("CEM+ measurement deleted."),
        [id](OutcomeRepository &r) { return r.removeMeasurement(id); },
        [removed = *measurement](OutcomeRepository &r) mutable {
            return r.addMeasurement(removed, OutcomeRepository::Audited::Yes);
        });
}

} // namespace veldboek::gui
