#include "SpecChangeDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace veldboek::gui {

SpecChangeDialog::SpecChangeDialog(const SpecUpdateResult &result, QWidget *parent)
    : QDialog(parent)
    , m_affected(result.affectedParticipants())
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("specChangeDialog"));
    setWindowTitle(tr("New rules from the endpoint"));
    // The texts come from the specs (field labels, rule messages), never from the register.
    QString html = QStringLiteral("<p>") +
                   tr("The endpoint has new rules. From now on the form, the problems panel, the "
                      "import, the export and the next submission check with them.")
                       .toHtmlEscaped() +
                   QStringLiteral("</p>");
    for (const ChangedSpec &spec : result.changed) {
        html += QStringLiteral("<p><b>") +
                tr("%1: version %2 → %3").arg(spec.name, spec.before, spec.after).toHtmlEscaped() +
                QStringLiteral("</b></p>");
        if (!spec.fieldChanges.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const QString &change : spec.fieldChanges)
                html += QStringLiteral("<li>") + change.toHtmlEscaped() + QStringLiteral("</li>");
            html += QStringLiteral("</ul>");
        }
        if (spec.changes.isEmpty()) {
            if (spec.fieldChanges.isEmpty())
                html += QStringLiteral("<p>") +
                        tr("Nothing changes for this register.").toHtmlEscaped() +
                        QStringLiteral("</p>");
            continue;
        }
        html += QStringLiteral("<ul>");
        for (const QString &change : spec.changes)
            html += QStringLiteral("<li>") + change.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul><p>") +
                tr("%n participant(s) affected.", nullptr,
                   static_cast<int>(spec.affectedParticipants.size()))
                    .toHtmlEscaped() +
                QStringLiteral("</p>");
    }
    m_text->setObjectName(QStringLiteral("specChanges"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setText(html);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_showAffected =
        buttons->addButton(tr("Show &affected participants"), QDialogButtonBox::ActionRole);
    m_showAffected->setObjectName(QStringLiteral("showAffected"));
    m_showAffected->setEnabled(!m_affected.isEmpty());
    m_showAffected->setDefault(!m_affected.isEmpty());
    connect(m_showAffected, &QPushButton::clicked, this, [this] {
        emit showAffectedRequested(m_affected);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    // In the layout itself, not a scroll area: a label wraps only to a width it is given.
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(620, 360);
}

QString SpecChangeDialog::text() const
{
    return m_text->text();
}

} // namespace veldboek::gui
