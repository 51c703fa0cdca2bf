#include "OutcomeTab.h"

#include "OutcomeCommand.h"
#include "Question.h"
#include "participants/DateLineEdit.h"
#include "storage/OutcomeRepository.h"
#include "storage/Register.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDate>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QUndoStack>

namespace veldboek::gui {

OutcomeTab::OutcomeTab(QBoxLayout *host, QUndoStack *undo, QObject *parent)
    : QObject(parent)
    , m_page(new QWidget(host->parentWidget()))
    , m_undo(undo)
{
    host->addWidget(m_page);
    host->setContentsMargins(0, 0, 0, 0);
}

void OutcomeTab::setRegister(Register *reg, std::shared_ptr<const Validator> validator)
{
    m_register = reg;
    m_validator = std::move(validator);
}

void OutcomeTab::setParticipant(const Participant *participant)
{
    m_hasParticipant = participant != nullptr;
    m_participant = participant ? *participant : Participant();
    messageLabel()->clear();
    stopEditing();
    reload();
}

void OutcomeTab::connectList(QTreeWidget *tree, QPushButton *edit, QPushButton *remove,
                             QPushButton *cancel, int rows)
{
    // The list sizes its columns to what it holds; the last one takes the rest.
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    setListHeight(tree, rows);
    connect(tree, &QTreeWidget::itemActivated, this, &OutcomeTab::editSelected);
    connect(tree, &QTreeWidget::currentItemChanged, this, &OutcomeTab::updateEditState);
    connect(edit, &QPushButton::clicked, this, &OutcomeTab::editSelected);
    connect(remove, &QPushButton::clicked, this, &OutcomeTab::deleteSelected);
    connect(cancel, &QPushButton::clicked, this, &OutcomeTab::stopEditing);
    auto *del = new QShortcut(QKeySequence::Delete, tree);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &OutcomeTab::deleteSelected);
}

void OutcomeTab::setListHeight(QTreeWidget *tree, int rows)
{
    const int row = tree->fontMetrics().height() + 4;
    tree->setMinimumHeight(tree->header()->sizeHint().height() + rows * row +
                           2 * tree->frameWidth());
}

void OutcomeTab::watchEscape(const QList<QWidget *> &inputs)
{
    for (QWidget *input : inputs)
        input->installEventFilter(this);
}

void OutcomeTab::nameDate(DateLineEdit *date, const QString &objectName,
                          const QString &accessibleName, QLabel *label)
{
    date->lineEdit()->setObjectName(objectName);
    date->lineEdit()->setAccessibleName(accessibleName);
    label->setBuddy(date->lineEdit());
}

bool OutcomeTab::eventFilter(QObject *watched, QEvent *event)
{
    // Esc while changing a record stops the change. The form's own Esc (undo unsaved
    // participant changes) must not see it then, hence ShortcutOverride.
    if (isEditing() &&
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

bool OutcomeTab::record(bool written, const QString &text, Step undo, Step redo)
{
    if (!written) {
        messageLabel()->setText(tr("Not saved: %1").arg(m_register->lastError().message()));
        return false;
    }
    // The steps find the register when they run: the stack is cleared whenever the form
    // shows another participant or register, but a closed register must not be touched.
    // Each step is one transaction, however many records it writes.
    const auto guarded = [this](Step step) {
        return [this, step = std::move(step)] {
            return m_register && m_register->transaction([&] {
                OutcomeRepository repository(*m_register);
                return step(repository);
            });
        };
    };
    m_undo->push(new OutcomeCommand(
        text, guarded(std::move(undo)), guarded(std::move(redo)), [this](bool ok) {
            // The register is what counts: show it as it now is, whatever was half typed.
            Q_EMIT registerRewritten();
            Q_EMIT recordsChanged();
            if (!ok && m_register)
                Q_EMIT statusMessage(
                    tr("Undo or redo failed: %1").arg(m_register->lastError().message()));
        }));
    Q_EMIT recordsChanged();
    return true;
}

void OutcomeTab::finish(const QString &status)
{
    stopEditing();
    reload();
    Q_EMIT statusMessage(status);
}

void OutcomeTab::deleteRecord(const QString &question, const QString &text, const QString &status,
                              Step remove, Step restore)
{
    if (!Question::ask(m_page, QStringLiteral("deleteOutcome"), tr("Delete"), question,
                       tr("Delete")))
        return;
    OutcomeRepository repository(*m_register);
    if (record(remove(repository), text, std::move(restore), remove))
        finish(status);
}

QString OutcomeTab::problemWith(const QString &dataset, const Record &values,
                                const QStringList &fields) const
{
    const QList<Finding> findings = m_validator->checkRecord(dataset, values);
    for (const Finding &finding : findings) {
        if (finding.severity == Severity::Error && fields.contains(finding.field))
            return finding.message;
    }
    return {};
}

QDate OutcomeTab::parseDate(const QString &text)
{
    return QDate::fromString(DateLineEdit::expanded(text, QDate::currentDate().year()),
                             QStringLiteral("dd-MM-yyyy"));
}

QString OutcomeTab::expandedDate(const DateLineEdit *edit)
{
    return DateLineEdit::expanded(edit->lineEdit()->text().trimmed(), QDate::currentDate().year());
}

void OutcomeTab::selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

qint64 OutcomeTab::selectedId(const QTreeWidget *tree)
{
    const QTreeWidgetItem *item = tree->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void OutcomeTab::fillCodes(QComboBox *combo, const QString &dataset, const QString &field) const
{
    combo->clear();
    const DatasetSpec *spec = m_validator->spec().dataset(dataset);
    const FieldSpec *fieldSpec = spec ? spec->field(field) : nullptr;
    if (!fieldSpec)
        return;
    for (const CodeSpec &code : fieldSpec->codes)
        combo->addItem(code.label.text(m_validator->language()), code.code);
}

} // namespace veldboek::gui
