#include "NoLongerRequestedBox.h"

#include "domain/Participant.h"
#include "storage/FieldLabels.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace veldboek::gui {

NoLongerRequestedBox::NoLongerRequestedBox(QWidget *parent)
    : QGroupBox(tr("No longer requested"), parent)
    , m_note(new QLabel(this))
    , m_layout(new QFormLayout(this))
{
    setObjectName(QStringLiteral("noLongerRequested"));
    m_note->setWordWrap(true);
    m_note->setText(tr("The data request no longer asks for these fields. Their values stay in "
                       "the register and in your own export, and are not sent."));
    m_layout->addRow(m_note);
    hide();
}

void NoLongerRequestedBox::showValues(const Participant &participant, const QStringList &requested,
                                      Register *reg, const QString &language)
{
    while (m_layout->rowCount() > 1)
        m_layout->removeRow(1);
    m_keys.clear();
    QStringList candidates = Participant::keys();
    candidates.append(participant.extraValues().keys());
    for (const QString &key : std::as_const(candidates)) {
        const QString value = participant.value(key);
        if (requested.contains(key) || value.isEmpty() || m_keys.contains(key))
            continue;
        m_keys.append(key);
        // Read-only, not disabled: the text can still be selected and copied.
        auto *line = new QLineEdit(value, this);
        line->setReadOnly(true);
        line->setObjectName(QStringLiteral("retired_") + key);
        const QString label =
            reg ? FieldLabels(*reg).label(QStringLiteral("participants"), key, language) : key;
        line->setAccessibleName(label);
        line->setAccessibleDescription(m_note->text());
        m_layout->addRow(label, line);
    }
    setVisible(!m_keys.isEmpty());
}

} // namespace veldboek::gui
