#include "KioskForm.h"

#include "participants/DateLineEdit.h"
#include "participants/FieldEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QVBoxLayout>

namespace veldboek::gui {

namespace {

const QString Dataset = QStringLiteral("participants");

// Tick boxes as large as the kiosk's letters: the platform's indicator is drawn for the
// application's smaller text and is hard to hit on a touch screen.
class LargeIndicatorStyle : public QProxyStyle
{
public:
    LargeIndicatorStyle(int size, QObject *parent)
        : QProxyStyle(QStyleFactory::create(QApplication::style()->name()))
        , m_size(size)
    {
        setParent(parent);
    }

    int pixelMetric(PixelMetric metric, const QStyleOption *option,
                    const QWidget *widget) const override
    {
        if (metric == PM_IndicatorWidth || metric == PM_IndicatorHeight)
            return m_size;
        if (metric == PM_CheckBoxLabelSpacing)
            return m_size / 2;
        return QProxyStyle::pixelMetric(metric, option, widget);
    }

private:
    int m_size;
};

} // namespace

KioskForm::KioskForm(std::shared_ptr<const Validator> validator, QWidget *parent)
    : QWidget(parent)
    , m_validator(std::move(validator))
    , m_visibility(m_validator, Dataset)
{
    setObjectName(QStringLiteral("kioskForm"));
    m_indicatorStyle = new LargeIndicatorStyle(fontMetrics().height() * 4 / 5, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().height());
    buildFields(layout);
    layout->addStretch(1);
    clear();
}

KioskForm::~KioskForm()
{
    // As in ParticipantForm: a focused editor's focus-out must not reach a form being destroyed.
    for (FieldEditor *editor : std::as_const(m_order))
        editor->disconnect(this);
}

void KioskForm::buildFields(QVBoxLayout *layout)
{
    const DatasetSpec *spec = m_validator ? m_validator->spec().dataset(Dataset) : nullptr;
    if (!spec)
        return;
    const QString language = m_validator->language();
    QWidget *previous = nullptr;
    // The spec's groups give the order (resources/specs/mdt.json): the person, the address, the
    // MDT. Only the fields marked for self-registration are made at all, so nothing else of a
    // participant can be shown or typed here.
    for (const auto &[group, fields] : spec->fieldsByGroup()) {
        for (const int index : fields) {
            FieldSpec field = spec->fields.at(index);
            if (!field.selfRegistration)
                continue;
            field.label = field.selfLabel;
            field.help = field.selfHelp;
            auto *box = new QWidget(this);
            box->setObjectName(QStringLiteral("box_") + field.key);
            auto *boxLayout = new QVBoxLayout(box);
            boxLayout->setContentsMargins(0, 0, 0, 0);
            boxLayout->setSpacing(fontMetrics().height() / 4);
            // No "(required from round …)": a round means nothing to the person at the kiosk.
            auto *editor = new FieldEditor(field, language, QString(), box);
            if (QLabel *label = editor->labelWidget()) {
                QFont bold = label->font();
                bold.setBold(true);
                label->setFont(bold);
                label->setWordWrap(true);
                boxLayout->addWidget(label);
            }
            boxLayout->addWidget(editor->inputWidget());
            // Lines and lists as tall as the larger text wants, easy to hit.
            editor->focusWidget()->setMinimumHeight(fontMetrics().height() * 3 / 2);
            if (auto *tick = qobject_cast<QCheckBox *>(editor->inputWidget()))
                tick->setStyle(m_indicatorStyle);
            const QString help = field.help.text(language);
            if (!help.isEmpty()) {
                auto *hint = new QLabel(help, box);
                hint->setObjectName(QStringLiteral("hint_") + field.key);
                hint->setWordWrap(true);
                hint->setForegroundRole(QPalette::PlaceholderText);
                boxLayout->addWidget(hint);
                m_hints.insert(field.key, hint);
            }
            boxLayout->addWidget(editor->messageLabel());
            editor->inputWidget()->setContextMenuPolicy(Qt::NoContextMenu);
            editor->focusWidget()->setContextMenuPolicy(Qt::NoContextMenu);
            layout->addWidget(box);
            m_boxes.insert(field.key, box);
            m_editors.insert(field.key, editor);
            m_order.append(editor);
            connect(editor, &FieldEditor::edited, this,
                    [this](const QString &key, const QString &, const QString &after) {
                        onEdited(key, after);
                    });
            connect(editor, &FieldEditor::left, this, &KioskForm::onLeft);
            if (previous)
                setTabOrder(previous, editor->focusWidget());
            previous = editor->focusWidget();
        }
    }
}

QStringList KioskForm::fieldKeys() const
{
    QStringList keys;
    for (FieldEditor *editor : m_order)
        keys.append(editor->key());
    return keys;
}

bool KioskForm::isShown(const QString &key) const
{
    const FieldEditor *editor = m_editors.value(key);
    return editor && editor->isShown();
}

Record KioskForm::record() const
{
    Record rec = m_values;
    const int year = QDate::currentDate().year();
    for (FieldEditor *editor : std::as_const(m_order)) {
        if (editor->type() == FieldType::Date)
            rec[editor->key()] = DateLineEdit::expanded(rec.value(editor->key()), year);
    }
    return rec;
}

QSet<QString> KioskForm::hiddenFields(const Record &rec) const
{
    QStringList keys;
    for (FieldEditor *editor : std::as_const(m_order))
        keys.append(editor->key());
    return m_visibility.hiddenOnSelfRegistration(rec, keys);
}

void KioskForm::onEdited(const QString &key, const QString &after)
{
    if (m_applying)
        return;
    m_values.insert(key, after);
    m_touched.insert(key);
    // A field the edit hides (opt-out ticked) is emptied: a hidden value can be neither seen nor
    // corrected, and the engine would clear it anyway.
    const QSet<QString> hidden = hiddenFields(record());
    for (const QString &field : hidden) {
        if (field == key || m_values.value(field).isEmpty())
            continue;
        m_applying = true;
        m_editors.value(field)->setValue(QString());
        m_applying = false;
        m_values.insert(field, QString());
    }
    applyVisibility();
    revalidate();
    Q_EMIT edited();
}

void KioskForm::onLeft(const QString &key)
{
    const QString current = m_values.value(key);
    if (current.isEmpty()) {
        revalidate();
        return;
    }
    m_touched.insert(key);
    const Record rec = record();
    const QString typed = rec.value(key);
    const FieldCheck check = m_validator->checkField(Dataset, key, typed, rec);
    const QString target = check.normalised.isEmpty() ? typed : check.normalised;
    if (target != current) {
        m_applying = true;
        m_editors.value(key)->setValue(target);
        m_applying = false;
        m_values.insert(key, target);
    }
    revalidate();
}

void KioskForm::applyVisibility()
{
    const QSet<QString> hidden = hiddenFields(record());
    for (FieldEditor *editor : std::as_const(m_order)) {
        const bool shown = !hidden.contains(editor->key());
        editor->setShown(shown);
        m_boxes.value(editor->key())->setVisible(shown);
    }
}

void KioskForm::revalidate()
{
    if (!m_validator)
        return;
    const Record rec = record();
    const QList<Finding> findings = m_validator->checkRecord(Dataset, rec);
    // A field speaks once it was touched, or when the person asks to sign up.
    showFindings(m_order, *m_validator, Dataset, rec, findings, [&](const QString &key) {
        return m_speakAll || m_touched.contains(key) || !rec.value(key).isEmpty();
    });
}

bool KioskForm::checkAll()
{
    // The value in the field with the focus counts as left: Enter on the last field signs up.
    for (FieldEditor *editor : std::as_const(m_order))
        onLeft(editor->key());
    m_speakAll = true;
    revalidate();
    return fieldsWithErrors().isEmpty();
}

QStringList KioskForm::fieldsWithErrors() const
{
    if (!m_validator)
        return {};
    const QList<Finding> findings = m_validator->checkRecord(Dataset, record());
    QSet<QString> withError;
    for (const Finding &finding : findings) {
        if (finding.severity == Severity::Error)
            withError.insert(finding.field);
    }
    QStringList keys;
    for (FieldEditor *editor : m_order) {
        if (editor->isShown() && withError.contains(editor->key()))
            keys.append(editor->key());
    }
    return keys;
}

Participant KioskForm::participant() const
{
    Participant participant;
    const Record rec = record();
    for (FieldEditor *editor : m_order) {
        if (editor->isShown())
            participant.setValue(editor->key(), rec.value(editor->key()));
    }
    return participant;
}

void KioskForm::clear()
{
    m_values.clear();
    m_touched.clear();
    m_speakAll = false;
    m_applying = true;
    for (FieldEditor *editor : std::as_const(m_order)) {
        // setText() on a line edit also drops its own undo history: nothing of the person
        // before is left to Ctrl+Z (tests/gui/tst_kiosk.cpp).
        editor->setValue(QString());
        if (auto *line = qobject_cast<QLineEdit *>(editor->focusWidget()))
            line->setText(QString());
        editor->showCheck(Severity::None, {});
        m_values.insert(editor->key(), QString());
    }
    m_applying = false;
    applyVisibility();
    revalidate();
}

void KioskForm::focusFirstField()
{
    if (!m_order.isEmpty())
        focusField(m_order.first()->key());
}

void KioskForm::focusField(const QString &key)
{
    if (FieldEditor *editor = m_editors.value(key))
        editor->focusWidget()->setFocus(Qt::OtherFocusReason);
}

} // namespace veldboek::gui
