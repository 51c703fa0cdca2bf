#include "ParticipantForm.h"

#include "AuditLogDialog.h"
#include "DateLineEdit.h"
#include "FieldEditCommand.h"
#include "FieldEditor.h"
#include "FieldVisibility.h"
#include "NoLongerRequestedBox.h"
#include "Question.h"
#include "check/ParticipantCheck.h"
#include "outcomes/OutcomePanels.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "ui_ParticipantForm.h"

#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QUndoStack>

namespace veldboek::gui {

namespace {

const QString Dataset = QStringLiteral("participants");

} // namespace

ParticipantForm::ParticipantForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ParticipantForm>())
    , m_undo(new QUndoStack(this))
    , m_registerCheckTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->labelTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_ui->labelTitle->setFont(title);
    // Outcome edits share the form's undo stack: one Ctrl+Z for whatever the user did last.
    m_outcomes = new OutcomePanels(m_ui->gasTabLayout, m_ui->problemTabLayout, m_ui->cemTabLayout,
                                   m_undo, this);
    connect(m_outcomes, &OutcomePanels::statusMessage, this, &ParticipantForm::statusMessage);
    connect(m_outcomes, &OutcomePanels::recordsChanged, this, &ParticipantForm::outcomesChanged);
    m_registerCheckTimer->setSingleShot(true);
    m_registerCheckTimer->setInterval(300);
    connect(m_registerCheckTimer, &QTimer::timeout, this, [this] {
        checkAgainstRegister();
        revalidate();
    });
    connect(m_ui->pushButtonSave, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->pushButtonRevert, &QPushButton::clicked, this, [this] { revert(); });
    connect(m_ui->pushButtonDelete, &QPushButton::clicked, this,
            &ParticipantForm::deleteParticipant);
    connect(m_ui->pushButtonAuditLog, &QPushButton::clicked, this, &ParticipantForm::showAuditLog);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (!m_dirty)
            return;
        if (Question::ask(this, QStringLiteral("discard"), tr("Undo changes"),
                          tr("Undo the changes to this participant that are not saved yet?"),
                          tr("Undo changes")))
            revert();
    });
    clearParticipant();
}

ParticipantForm::~ParticipantForm()
{
    // A form that is its own window is closed by ~QWidget, after these members are gone: the
    // focused editor's focus-out would then reach onLeft() on a destroyed form
    // (tests/gui/tst_sameperson.cpp found it under valgrind).
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->disconnect(this);
}

void ParticipantForm::setRegister(Register *reg, std::shared_ptr<const Validator> participants,
                                  std::shared_ptr<const Validator> outcomes,
                                  std::shared_ptr<const Validator> cem)
{
    m_register = reg;
    m_validator = std::move(participants);
    m_outcomes->setRegister(reg, outcomes, cem);
    buildFields();
    clearParticipant();
}

void ParticipantForm::buildFields()
{
    qDeleteAll(m_order);
    m_editors.clear();
    m_order.clear();
    m_visibility = FieldVisibility();
    QWidget *container = m_ui->fieldsWidget;
    const auto oldWidgets = container->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *widget : oldWidgets)
        delete widget;
    m_noLongerRequested = nullptr;
    if (!m_validator)
        return;
    const DatasetSpec *spec = m_validator->spec().dataset(Dataset);
    if (!spec)
        return;
    const QString language = m_validator->language();
    // The headings and their fields come from the spec's groups (resources/specs/mdt.json,
    // docs/spec-format.md "Groups"): a field the spec adds is shown in its group, or under
    // "Other" when it names none.
    QList<std::pair<QString, QStringList>> shownSections;
    for (const auto &[group, fields] : spec->fieldsByGroup()) {
        QStringList keys;
        for (const int field : fields)
            keys.append(spec->fields.at(field).key);
        shownSections.append({group ? group->label.text(language) : tr("Other"), keys});
    }

    auto *grid = m_ui->fieldsGrid;
    int row = 0;
    QWidget *previous = nullptr;
    for (const auto &[title, keys] : std::as_const(shownSections)) {
        if (keys.isEmpty())
            continue;
        auto *heading = new QLabel(title, container);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        grid->addWidget(heading, row++, 0, 1, 2);
        for (const QString &key : keys) {
            const FieldSpec *field = spec->field(key);
            const QString round =
                field->requirement == Requirement::RequiredFrom ? field->requiredFrom : QString();
            auto *editor = new FieldEditor(*field, language, round, container);
            row = editor->addTo(grid, row);
            m_editors.insert(key, editor);
            m_order.append(editor);
            connect(editor, &FieldEditor::edited, this, &ParticipantForm::onEdited);
            connect(editor, &FieldEditor::left, this, &ParticipantForm::onLeft);
            if (previous)
                setTabOrder(previous, editor->focusWidget());
            previous = editor->focusWidget();
        }
    }
    // Values the spec no longer asks for, after the fields: still in the register, shown.
    m_noLongerRequested = new NoLongerRequestedBox(container);
    grid->addWidget(m_noLongerRequested, row++, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(row, 1);
    // Rules that demand an empty field under a condition decide which fields are shown.
    m_visibility = FieldVisibility(m_validator, Dataset);
}

void ParticipantForm::clearParticipant()
{
    m_active = false;
    m_saved = Participant();
    m_values.clear();
    m_touched.clear();
    m_registerFindings.clear();
    m_undo->clear();
    for (FieldEditor *editor : std::as_const(m_order)) {
        editor->setValue(QString());
        editor->showCheck(Severity::None, {});
    }
    m_outcomes->setParticipant(nullptr);
    if (m_noLongerRequested)
        m_noLongerRequested->showValues(m_saved, m_editors.keys(), m_register,
                                        m_validator ? m_validator->language() : QString());
    m_ui->tabWidget->setEnabled(false);
    m_ui->pushButtonSave->setEnabled(false);
    m_ui->pushButtonRevert->setEnabled(false);
    m_ui->pushButtonDelete->setEnabled(false);
    m_ui->pushButtonAuditLog->setEnabled(false);
    m_ui->labelSaveState->clear();
    setDirty(false);
    updateTitle();
}

bool ParticipantForm::loadParticipant(qint64 id)
{
    if (!m_register)
        return false;
    const std::optional<Participant> participant = ParticipantRepository(*m_register).find(id);
    if (!participant)
        return false;
    showParticipant(*participant);
    return true;
}

void ParticipantForm::newParticipant()
{
    if (!m_register)
        return;
    Participant participant;
    participant.setValue(u"respondentnummer",
                         ParticipantRepository(*m_register).proposedRespondentNumber());
    showParticipant(participant);
    // A new record is a change in itself: leaving it saves it.
    setDirty(true);
    m_ui->tabWidget->setCurrentWidget(m_ui->tabParticipant);
    focusField(QStringLiteral("voornaam"));
}

void ParticipantForm::showParticipant(const Participant &participant)
{
    m_active = true;
    m_saved = participant;
    m_values.clear();
    m_touched.clear();
    m_registerFindings.clear();
    m_undo->clear();
    m_applying = true;
    for (FieldEditor *editor : std::as_const(m_order)) {
        const QString value = participant.value(editor->key());
        editor->setValue(value);
        m_values.insert(editor->key(), value);
    }
    m_applying = false;
    m_ui->tabWidget->setEnabled(true);
    m_ui->pushButtonSave->setEnabled(true);
    m_ui->pushButtonRevert->setEnabled(true);
    m_ui->pushButtonDelete->setEnabled(true);
    m_ui->pushButtonAuditLog->setEnabled(participant.id != 0);
    m_ui->labelSaveState->clear();
    m_outcomes->setParticipant(participant.id != 0 ? &m_saved : nullptr);
    if (m_noLongerRequested)
        m_noLongerRequested->showValues(participant, m_editors.keys(), m_register,
                                        m_validator ? m_validator->language() : QString());
    applyVisibility();
    if (participant.id != 0)
        checkAgainstRegister();
    revalidate();
    setDirty(false);
    updateTitle();
}

QString ParticipantForm::value(const QString &key) const
{
    return m_values.value(key);
}

Record ParticipantForm::record() const
{
    Record rec = m_values;
    const int year = QDate::currentDate().year();
    for (FieldEditor *editor : std::as_const(m_order)) {
        if (editor->type() == FieldType::Date)
            rec[editor->key()] = DateLineEdit::expanded(rec.value(editor->key()), year);
    }
    return rec;
}

Participant ParticipantForm::toParticipant() const
{
    Participant participant = m_saved;
    const Record rec = record();
    // Every field of the spec in force, with a column of its own or not (domain/Participant.h);
    // values of fields the spec no longer asks for stay as m_saved holds them.
    for (auto it = rec.cbegin(); it != rec.cend(); ++it)
        participant.setValue(it.key(), it.value());
    return participant;
}

void ParticipantForm::onEdited(const QString &key, const QString &before, const QString &after)
{
    if (m_applying)
        return;
    m_values.insert(key, after);
    m_touched.insert(key);
    const QSet<QString> hiddenAfter = hiddenFields(record());
    auto apply = [this](const QString &k, const QString &v) {
        setValueFromUndo(k, v);
    };
    // Fields the edit hides (opt-out ticked) are emptied with it, in one step to undo: the
    // engine would clear them anyway, and a hidden value could not be seen or corrected.
    QStringList toClear;
    for (const QString &hidden : hiddenAfter) {
        if (hidden != key && !m_values.value(hidden).isEmpty())
            toClear.append(hidden);
    }
    if (toClear.isEmpty()) {
        m_undo->push(new FieldEditCommand(key, before, after, m_editSession, apply));
    } else {
        m_undo->beginMacro(tr("edit %1").arg(key));
        m_undo->push(new FieldEditCommand(key, before, after, -1, apply));
        for (const QString &hidden : std::as_const(toClear)) {
            const QString old = m_values.value(hidden);
            m_applying = true;
            m_editors.value(hidden)->setValue(QString());
            m_applying = false;
            m_values.insert(hidden, QString());
            m_undo->push(new FieldEditCommand(hidden, old, QString(), -1, apply));
        }
        m_undo->endMacro();
        ++m_editSession;
    }
    applyVisibility();
    revalidate();
    setDirty(true);
    if (Participant::indexOf(key) >= 0)
        m_registerCheckTimer->start();
}

void ParticipantForm::setValueFromUndo(const QString &key, const QString &value)
{
    FieldEditor *editor = m_editors.value(key);
    if (!editor)
        return;
    m_applying = true;
    editor->setValue(value);
    m_applying = false;
    m_values.insert(key, value);
    m_touched.insert(key);
    applyVisibility();
    revalidate();
    setDirty(true);
    m_registerCheckTimer->start();
}

void ParticipantForm::onLeft(const QString &key)
{
    if (!m_active || !m_validator)
        return;
    ++m_editSession;
    FieldEditor *editor = m_editors.value(key);
    const QString current = m_values.value(key);
    const Record rec = record();
    const QString typed = rec.value(key);
    if (!current.isEmpty()) {
        m_touched.insert(key);
        const FieldCheck check = m_validator->checkField(Dataset, key, typed, rec);
        const QString target = check.normalised.isEmpty() ? typed : check.normalised;
        if (target != current) {
            m_applying = true;
            editor->setValue(target);
            m_applying = false;
            m_values.insert(key, target);
            m_undo->push(new FieldEditCommand(
                key, current, target, -1,
                [this](const QString &k, const QString &v) { setValueFromUndo(k, v); }));
            setDirty(true);
        }
    }
    revalidate();
}

QSet<QString> ParticipantForm::hiddenFields(const Record &rec) const
{
    return m_visibility.hiddenFields(rec);
}

void ParticipantForm::applyVisibility()
{
    const QSet<QString> hidden = hiddenFields(record());
    for (FieldEditor *editor : std::as_const(m_order))
        editor->setShown(!hidden.contains(editor->key()));
}

void ParticipantForm::revalidate()
{
    if (!m_validator || !m_active)
        return;
    const Record rec = record();
    QList<Finding> findings = m_validator->checkRecord(Dataset, rec);
    findings.append(m_registerFindings);
    // In a new record a field speaks once it was touched.
    const bool existing = m_saved.id != 0;
    showFindings(m_order, *m_validator, Dataset, rec, findings, [&](const QString &key) {
        return existing || m_touched.contains(key) || !rec.value(key).isEmpty();
    });
}

QList<Finding> ParticipantForm::currentFindings() const
{
    if (!m_validator || !m_active)
        return {};
    QList<Finding> findings = m_validator->checkRecord(Dataset, record());
    findings.append(m_registerFindings);
    return findings;
}

Severity ParticipantForm::worstSeverity() const
{
    Severity worst = Severity::None;
    const QList<Finding> findings = currentFindings();
    for (const Finding &finding : findings)
        worst = qMax(worst, finding.severity);
    return worst;
}

void ParticipantForm::checkAgainstRegister()
{
    m_registerFindings.clear();
    if (!m_register || !m_validator || !m_active)
        return;
    m_registerFindings = ParticipantCheck(*m_register, *m_validator).findings(toParticipant());
}

bool ParticipantForm::save()
{
    if (!m_active || !m_register)
        return true;
    if (!m_dirty)
        return true;
    m_registerCheckTimer->stop();
    // Saving with Ctrl+S from inside a field: the value is stored as if the field was left.
    for (FieldEditor *editor : std::as_const(m_order))
        onLeft(editor->key());
    checkAgainstRegister();
    revalidate();
    // A likely duplicate is a question, not an error: two people may share a birthday and
    // street, and the user knows whether they are the same person.
    for (const Finding &finding : std::as_const(m_registerFindings)) {
        if (finding.severity != Severity::Warning)
            continue;
        if (!Question::ask(this, QStringLiteral("duplicate"), tr("Possible duplicate"),
                           finding.message + QStringLiteral("\n\n") + tr("Save anyway?"),
                           tr("Save anyway")))
            return false;
        break;
    }
    Participant participant = toParticipant();
    ParticipantRepository repository(*m_register);
    const bool isNew = participant.id == 0;
    const bool ok = isNew ? repository.add(participant) : repository.update(participant);
    if (!ok) {
        // The edit stays in the form; the user can free space or try again, or, when the file
        // itself is the problem, go on in an encrypted copy elsewhere (saveInto).
        const RegisterError &error = m_register->lastError();
        QString text = tr("Not saved: %1").arg(error.message());
        if (error.code == RegisterError::Code::FileGone ||
            error.code == RegisterError::Code::ReadOnly ||
            error.code == RegisterError::Code::DiskFull)
            text += QLatin1Char(' ') + tr("To go on elsewhere, choose File > Save register as….");
        m_ui->labelSaveState->setText(text);
        m_ui->labelSaveState->setStyleSheet(QStringLiteral("color: #b01c1c;"));
        Q_EMIT statusMessage(m_ui->labelSaveState->text());
        return false;
    }
    m_saved = participant;
    m_ui->labelSaveState->setStyleSheet(QString());
    m_ui->labelSaveState->setText(tr("Saved."));
    m_ui->pushButtonAuditLog->setEnabled(true);
    m_outcomes->setParticipant(&m_saved);
    setDirty(false);
    updateTitle();
    Q_EMIT saved(participant.id);
    return true;
}

bool ParticipantForm::saveInto(Register &other, qint64 *savedId)
{
    *savedId = m_saved.id;
    if (!m_active || !m_dirty)
        return true;
    for (FieldEditor *editor : std::as_const(m_order))
        onLeft(editor->key());
    Participant participant = toParticipant();
    ParticipantRepository repository(other);
    const bool ok =
        participant.id == 0 ? repository.add(participant) : repository.update(participant);
    if (!ok) {
        m_ui->labelSaveState->setText(tr("Not saved: %1").arg(other.lastError().message()));
        m_ui->labelSaveState->setStyleSheet(QStringLiteral("color: #b01c1c;"));
        return false;
    }
    *savedId = participant.id;
    setDirty(false);
    return true;
}

void ParticipantForm::revert()
{
    if (!m_active)
        return;
    if (m_saved.id == 0) {
        clearParticipant();
        return;
    }
    showParticipant(m_saved);
}

void ParticipantForm::focusField(const QString &key)
{
    FieldEditor *editor = m_editors.value(key);
    if (!editor)
        return;
    m_ui->tabWidget->setCurrentWidget(m_ui->tabParticipant);
    QWidget *widget = editor->focusWidget();
    m_ui->scrollArea->ensureWidgetVisible(widget);
    widget->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        line->selectAll();
}

void ParticipantForm::setDirty(bool dirty)
{
    if (dirty && !m_dirty)
        m_ui->labelSaveState->clear();
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    updateTitle();
    Q_EMIT dirtyChanged(dirty);
}

void ParticipantForm::updateTitle()
{
    if (!m_active) {
        m_ui->labelTitle->setText(tr("No participant selected"));
        return;
    }
    QString name = m_saved.id == 0 ? tr("New participant")
                                   : QStringLiteral("%1 %2 (%3)")
                                         .arg(m_values.value(QStringLiteral("voornaam")),
                                              m_values.value(QStringLiteral("achternaam")),
                                              m_saved.value(u"respondentnummer"));
    if (!m_saved.deletionRequestedAt.isEmpty())
        name += QStringLiteral(" — ") + tr("deletion requested");
    if (!m_saved.selfRegisteredAt.isEmpty())
        name += QStringLiteral(" — ") + tr("self-registered");
    if (m_dirty)
        name += QStringLiteral(" *");
    m_ui->labelTitle->setText(name.simplified());
}

void ParticipantForm::deleteParticipant()
{
    if (!m_active)
        return;
    if (m_saved.id == 0) {
        clearParticipant();
        return;
    }
    const QString who = m_saved.value(u"respondentnummer");
    const bool submitted = !m_saved.submittedAt.isEmpty();
    const QString text =
        submitted ? tr("%1 was already submitted. The funder deletes submitted participants "
                       "only on request: Veldboek records a deletion request, which goes with "
                       "the next submission. Request deletion?")
                        .arg(who)
                  : tr("Delete %1 with all outcome data? This cannot be undone.").arg(who);
    if (!Question::ask(this, QStringLiteral("delete"), tr("Delete participant"), text,
                       submitted ? tr("Request deletion") : tr("Delete")))
        return;
    const qint64 id = m_saved.id;
    const auto removal = ParticipantRepository(*m_register).remove(id);
    if (removal == ParticipantRepository::Removal::Failed) {
        m_ui->labelSaveState->setText(tr("Not deleted: %1").arg(m_register->lastError().message()));
        return;
    }
    Q_EMIT statusMessage(removal == ParticipantRepository::Removal::Deleted
                             ? tr("%1 deleted.").arg(who)
                             : tr("Deletion of %1 requested.").arg(who));
    if (removal == ParticipantRepository::Removal::Deleted)
        clearParticipant();
    else
        loadParticipant(id);
    Q_EMIT removed(id);
}

void ParticipantForm::showAuditLog()
{
    if (!m_register || m_saved.id == 0)
        return;
    auto *dialog =
        new AuditLogDialog(*m_register, m_saved.id, m_saved.value(u"respondentnummer"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace veldboek::gui
