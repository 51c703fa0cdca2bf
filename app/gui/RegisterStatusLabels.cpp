#include "RegisterStatusLabels.h"

#include "Localization.h"
#include "ParticipantTableModel.h"
#include "SeverityStyle.h"
#include "check/RegisterCheck.h"
#include "storage/ParticipantRepository.h"
#include "sync/SubmissionReminder.h"

#include <QLabel>
#include <QStatusBar>

namespace veldboek::gui {

RegisterStatusLabels::RegisterStatusLabels(QStatusBar *bar)
    : QObject(bar)
    , m_countLabel(new QLabel(bar))
    , m_deadlineLabel(new QLabel(bar))
{
    m_countLabel->setObjectName(QStringLiteral("labelCounts"));
    m_deadlineLabel->setObjectName(QStringLiteral("labelDeadline"));
    // Room between the deadline and the counts, which sit side by side.
    m_deadlineLabel->setContentsMargins(0, 0, 3 * bar->fontMetrics().averageCharWidth(), 0);
    bar->addPermanentWidget(m_deadlineLabel);
    bar->addPermanentWidget(m_countLabel);
}

void RegisterStatusLabels::update(Register *reg, const ParticipantTableModel &model,
                                  const RegisterCheck &check)
{
    if (!reg) {
        m_countLabel->setText(tr("No register open"));
        m_deadlineLabel->clear();
        m_deadlineLabel->setToolTip({});
        return;
    }
    ParticipantRepository repository(*reg);
    const int total = model.totalCount();
    int withErrors = 0;
    const auto &worst = check.result().worstByParticipant;
    for (auto it = worst.cbegin(); it != worst.cend(); ++it) {
        if (it.value() == Severity::Error)
            ++withErrors;
    }
    QString counts = tr("Participants: %1").arg(repository.count());
    counts += QStringLiteral(" · ") + tr("active: %1").arg(repository.countActive());
    if (!check.isRunning())
        counts += QStringLiteral(" · ") + tr("with errors: %1").arg(withErrors);
    if (model.rowCount() != repository.count() || total != repository.count())
        counts += QStringLiteral(" · ") + tr("shown: %1").arg(model.rowCount());
    m_countLabel->setText(counts);
    updateReminder(*reg);
}

void RegisterStatusLabels::updateReminder(Register &reg)
{
    // The funder expects the full register at least every two months (docs/gui.md): the same
    // reminder the command line gives, warning after six weeks and overdue after two months.
    const SubmissionReminder::Status status = SubmissionReminder::forRegister(reg);
    m_deadlineLabel->setText(status.text);
    Severity severity = Severity::None;
    if (status.level == SubmissionReminder::Level::Due)
        severity = Severity::Warning;
    else if (status.level == SubmissionReminder::Level::Overdue)
        severity = Severity::Error;
    m_deadlineLabel->setStyleSheet(severity == Severity::None
                                       ? QString()
                                       : QStringLiteral("color: %1; font-weight: bold;")
                                             .arg(SeverityStyle::colour(severity).name()));
    m_deadlineLabel->setToolTip(
        status.lastApproved.isValid()
            ? tr("The funder expects the whole register at least every two months; the next "
                 "submission is due by %1.")
                  .arg(shownDate(status.lastApproved.addMonths(2).toLocalTime().date()))
            : tr("The funder expects the whole register at least every two months."));
}

} // namespace veldboek::gui
