#include "HistoryText.h"

#include "Localization.h"

#include <QCoreApplication>

namespace veldboek {

QString submissionStatusText(const SubmissionRecord &record)
{
    if (record.withdrawn())
        return QCoreApplication::translate("SubmissionStatus", "withdrawn on %1")
            .arg(shownIsoDateTime(record.withdrawnAt));
    if (record.status == QLatin1String("approved"))
        return QCoreApplication::translate("SubmissionStatus", "approved");
    if (record.status == QLatin1String("rejected"))
        return QCoreApplication::translate("SubmissionStatus", "rejected");
    return QCoreApplication::translate("SubmissionStatus", "being checked");
}

QString deletionRequestStateText(const DeletionRequestRecord &request)
{
    switch (request.state) {
    case DeletionRequestRecord::State::Resolved:
        return QCoreApplication::translate("DeletionRequest", "Resolved by the funder on %1: %2")
            .arg(shownIsoDateTime(request.resolvedAt), request.resolution);
    case DeletionRequestRecord::State::Sent:
        return QCoreApplication::translate("DeletionRequest",
                                           "Sent to the funder on %1; not resolved yet")
            .arg(shownIsoDateTime(request.sentAt));
    case DeletionRequestRecord::State::Recorded:
        break;
    }
    return QCoreApplication::translate("DeletionRequest",
                                       "Recorded; goes to the funder with the next submission");
}

} // namespace veldboek
