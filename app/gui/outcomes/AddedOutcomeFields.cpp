#include "AddedOutcomeFields.h"

#include "participants/FieldEditor.h"
#include "storage/OutcomeExtraFields.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace veldboek::gui {

AddedOutcomeFields::AddedOutcomeFields(QFormLayout *form, int beforeRow, QObject *parent)
    : QObject(parent)
    , m_form(form)
    , m_beforeRow(beforeRow)
{}

AddedOutcomeFields::~AddedOutcomeFields() = default;

void AddedOutcomeFields::removeRows()
{
    for (QWidget *row : std::as_const(m_rows))
        m_form->removeRow(row); // deletes the row's label and field, the editor with them
    m_rows.clear();
    m_editors.clear();
}

void AddedOutcomeFields::setSpec(const Validator *validator, const QString &dataset)
{
    removeRows();
    const DatasetSpec *spec = validator ? validator->spec().dataset(dataset) : nullptr;
    if (!spec)
        return;
    const QString language = validator->language();
    int row = m_beforeRow;
    for (const FieldSpec *field : OutcomeExtraFields::addedFields(*spec)) {
        // The input, then its help text (the spec's, always shown: a field the user has never
        // seen before needs it), then the engine's message when there is one.
        auto *cell = new QWidget(m_form->parentWidget());
        cell->setObjectName(QStringLiteral("added_") + field->key);
        auto *layout = new QVBoxLayout(cell);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        auto *editor = new FieldEditor(*field, language, QString(), cell);
        editor->setRequired(field->requirement == Requirement::Required);
        layout->addWidget(editor->inputWidget());
        const QString helpText = field->help.text(language);
        if (!helpText.isEmpty()) {
            auto *help = new QLabel(helpText, cell);
            help->setObjectName(QStringLiteral("help_") + field->key);
            help->setWordWrap(true);
            help->setForegroundRole(QPalette::PlaceholderText);
            layout->addWidget(help);
        }
        layout->addWidget(editor->messageLabel());
        QLabel *label = editor->labelWidget();
        if (label)
            m_form->insertRow(row++, label, cell);
        else
            m_form->insertRow(row++, cell);
        connect(editor, &FieldEditor::edited, this, &AddedOutcomeFields::edited);
        m_editors.append(editor);
        m_rows.append(cell);
    }
}

QMap<QString, QString> AddedOutcomeFields::values() const
{
    QMap<QString, QString> result;
    for (const FieldEditor *editor : m_editors)
        result.insert(editor->key(), editor->value().trimmed());
    return result;
}

void AddedOutcomeFields::setValues(const QMap<QString, QString> &values)
{
    for (FieldEditor *editor : std::as_const(m_editors)) {
        editor->setValue(values.value(editor->key()));
        editor->showCheck(Severity::None, QString());
    }
}

void AddedOutcomeFields::clear()
{
    setValues({});
}

QStringList AddedOutcomeFields::keys() const
{
    QStringList result;
    for (const FieldEditor *editor : m_editors)
        result.append(editor->key());
    return result;
}

void AddedOutcomeFields::addTo(Record *record) const
{
    for (const FieldEditor *editor : m_editors)
        record->insert(editor->key(), editor->value().trimmed());
}

void AddedOutcomeFields::writeInto(QMap<QString, QString> *extra) const
{
    for (const FieldEditor *editor : m_editors)
        extra->insert(editor->key(), editor->value().trimmed());
}

void AddedOutcomeFields::startEditing(QMap<QString, QString> *extra)
{
    setValues(*extra);
    for (const FieldEditor *editor : std::as_const(m_editors))
        extra->insert(editor->key(), extra->value(editor->key()));
}

QString AddedOutcomeFields::showFindings(const QList<Finding> &findings)
{
    QString firstError;
    for (FieldEditor *editor : std::as_const(m_editors)) {
        Severity severity = Severity::None;
        QString message;
        for (const Finding &finding : findings) {
            if (finding.field != editor->key() || finding.severity <= severity)
                continue;
            severity = finding.severity;
            message = finding.message;
        }
        editor->showCheck(severity, message);
        if (severity == Severity::Error && firstError.isEmpty())
            firstError = message;
    }
    return firstError;
}

} // namespace veldboek::gui
