#include "FieldEditor.h"

#include "DateLineEdit.h"
#include "SeverityStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace veldboek::gui {

namespace {
const QString Yes = QStringLiteral("ja");
const QString No = QStringLiteral("nee");
} // namespace

FieldEditor::FieldEditor(const FieldSpec &spec, const QString &language,
                         const QString &requiredFromRound, QWidget *parent)
    : QObject(parent)
    , m_key(spec.key)
    , m_type(spec.type)
    , m_labelText(spec.label.text(language))
    , m_help(spec.help.text(language))
    , m_requiredFromRound(requiredFromRound)
{
    const QString name = QStringLiteral("field_") + m_key;
    switch (spec.type) {
    case FieldType::Enum: {
        m_combo = new QComboBox(parent);
        m_combo->addItem(QString(), QString());
        for (const CodeSpec &code : spec.codes)
            m_combo->addItem(code.label.text(language), code.code);
        m_input = m_combo;
        connect(m_combo, &QComboBox::activated, this,
                [this](int index) { report(m_combo->itemData(index).toString()); });
        break;
    }
    case FieldType::Bool:
        m_check = new QCheckBox(m_labelText, parent);
        m_input = m_check;
        connect(m_check, &QCheckBox::clicked, this,
                [this](bool checked) { report(checked ? Yes : No); });
        break;
    case FieldType::Date:
        m_date = new DateLineEdit(parent);
        m_line = m_date->lineEdit();
        m_input = m_date;
        connect(m_date, &DateLineEdit::picked, this, [this](const QString &text) {
            report(text);
            Q_EMIT left(m_key);
        });
        break;
    default:
        m_line = new QLineEdit(parent);
        m_input = m_line;
        break;
    }
    if (m_line) {
        connect(m_line, &QLineEdit::textEdited, this,
                [this](const QString &text) { report(text); });
        connect(m_line, &QLineEdit::editingFinished, this, [this] { Q_EMIT left(m_key); });
        m_line->setObjectName(name);
        m_line->installEventFilter(this);
    } else {
        m_input->setObjectName(name);
        m_input->installEventFilter(this);
    }
    focusWidget()->setAccessibleName(m_labelText);
    focusWidget()->setAccessibleDescription(m_help);
    if (!m_check) {
        m_label = new QLabel(parent);
        m_label->setObjectName(QStringLiteral("label_") + m_key);
        m_label->setBuddy(focusWidget());
        m_label->setToolTip(m_help);
    }
    m_message = new QLabel(parent);
    m_message->setObjectName(QStringLiteral("message_") + m_key);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setTextFormat(Qt::RichText);
    updateLabel();
}

int FieldEditor::addTo(QGridLayout *grid, int row)
{
    if (m_label)
        grid->addWidget(m_label, row, 0, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_input, row, 1);
    grid->addWidget(m_message, row + 1, 1);
    return row + 2;
}

QWidget *FieldEditor::focusWidget() const
{
    return m_line ? static_cast<QWidget *>(m_line) : m_input;
}

QString FieldEditor::value() const
{
    if (m_combo)
        return m_combo->currentData().toString();
    if (m_check)
        return m_lastValue; // ja, nee, or empty when never set
    return m_line->text();
}

void FieldEditor::setValue(const QString &value)
{
    m_lastValue = value;
    if (m_combo) {
        int index = m_combo->findData(value);
        if (index < 0 && !value.isEmpty()) {
            // A value outside the code list stays visible so the user can see and fix it.
            m_combo->addItem(value, value);
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(qMax(0, index));
    } else if (m_check) {
        m_check->setChecked(value.compare(Yes, Qt::CaseInsensitive) == 0);
    } else if (m_line->text() != value) {
        m_line->setText(value);
    }
}

void FieldEditor::report(const QString &after)
{
    const QString before = m_lastValue;
    if (before == after)
        return;
    m_lastValue = after;
    Q_EMIT edited(m_key, before, after);
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Undo and redo belong to the form's undo stack (the window's Edit menu), not to the line
    // edit's own history, which knows nothing of the other fields.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true;
    }
    // Enter moves on like Tab, as in the workbooks the users come from.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            // A Tab sent to the field: the focus chain (and its skipping of hidden fields) is
            // Qt's, so Enter and Tab can never disagree.
            QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
            QCoreApplication::sendEvent(watched, &tab);
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut && !m_line)
        Q_EMIT left(m_key);
    return QObject::eventFilter(watched, event);
}

void FieldEditor::showCheck(Severity severity, const QString &message)
{
    const QString style =
        severity == Severity::None
            ? QString()
            : QStringLiteral("border: 2px solid %1;").arg(SeverityStyle::colour(severity).name());
    QWidget *target = focusWidget();
    if (target->property("checkStyle").toString() != style) {
        // Only the line and list get a border; a tick box keeps its own look.
        if (!m_check)
            target->setStyleSheet(
                style.isEmpty()
                    ? QString()
                    : QStringLiteral("%1 { %2 }")
                          .arg(QLatin1String(target->metaObject()->className()), style));
        target->setProperty("checkStyle", style);
    }
    if (severity == Severity::None || message.isEmpty()) {
        m_message->clear();
        m_message->setVisible(false);
        target->setToolTip(m_help);
        setDescription(m_help);
        return;
    }
    const QString iconName =
        severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    m_message->setText(QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                           .arg(SeverityStyle::colour(severity).name(),
                                severity == Severity::Error ? QStringLiteral("&#x2716;")
                                                            : QStringLiteral("&#x26A0;"),
                                message.toHtmlEscaped()));
    m_message->setProperty("severity", iconName);
    m_message->setVisible(m_shown);
    target->setToolTip(message);
    // The message is the input's accessible description, the text a screen reader reads after
    // the name; the description change is what Qt's AT-SPI bridge forwards
    // (object:property-change:accessible-description), so the reader hears it as it appears.
    // Qt 6.4 drops QAccessible::Alert on Linux. tests/gui/atspi/participant_form_reader.py checks
    // this in the running program.
    setDescription(
        (severity == Severity::Error ? tr("Error: %1") : tr("Warning: %1")).arg(message));
}

void FieldEditor::setDescription(const QString &description)
{
    // Every setAccessibleDescription() is an event a reader may speak: only real changes, not
    // one per keystroke while the same message stands.
    QWidget *target = focusWidget();
    if (target->accessibleDescription() != description)
        target->setAccessibleDescription(description);
}

void FieldEditor::setRequired(bool required)
{
    if (m_required == required)
        return;
    m_required = required;
    updateLabel();
}

void FieldEditor::updateLabel()
{
    QString text = m_labelText;
    if (m_required)
        text += QStringLiteral(" *");
    if (!m_requiredFromRound.isEmpty())
        text += QLatin1Char('\n') + tr("(required from round %1)").arg(m_requiredFromRound);
    if (m_label)
        m_label->setText(text);
    else if (m_check)
        m_check->setText(text);
}

void FieldEditor::setShown(bool shown)
{
    m_shown = shown;
    if (m_label)
        m_label->setVisible(shown);
    m_input->setVisible(shown);
    m_message->setVisible(shown && !m_message->text().isEmpty());
}

} // namespace veldboek::gui
