#include "SubmissionReminder.h"

#include "Localization.h"
#include "storage/SubmissionRepository.h"

#include <QCoreApplication>

namespace veldboek {

SubmissionReminder::Status SubmissionReminder::status(const QDateTime &lastApproved,
                                                      const QDateTime &now)
{
    Status status;
    status.lastApproved = lastApproved;
    if (!lastApproved.isValid()) {
        status.level = Level::NeverSubmitted;
        status.text = QCoreApplication::translate("sync", "No approved submission yet.");
        return status;
    }
    const QString date = shownDate(lastApproved.toLocalTime().date());
    const QDateTime due = lastApproved.addMonths(2);
    const int days = static_cast<int>(lastApproved.daysTo(now));
    if (now > due) {
        status.level = Level::Overdue;
        status.text = QCoreApplication::translate(
                          "sync", "Overdue: the last approved submission was on %1, more than "
                                  "two months ago. Submit the register now.")
                          .arg(date);
    } else if (days > warnAfterDays) {
        status.level = Level::Due;
        status.text =
            QCoreApplication::translate("sync",
                                        "The last approved submission is %n day(s) old; submit "
                                        "before %1.",
                                        nullptr, days)
                .arg(shownDate(due.toLocalTime().date()));
    } else {
        status.level = Level::Ok;
        status.text =
            QCoreApplication::translate("sync", "Last approved submission: %1.").arg(date);
    }
    return status;
}

SubmissionReminder::Status SubmissionReminder::forRegister(Register &reg, const QDateTime &now)
{
    return status(SubmissionRepository(reg).lastApproved(), now);
}

} // namespace veldboek
