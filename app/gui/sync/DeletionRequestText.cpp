#include "DeletionRequestText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace veldboek::gui {

QString shortTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : iso;
}

QString deletionRequestState(const DeletionRequestRecord &request)
{
    switch (request.state) {
    case DeletionRequestRecord::State::Resolved:
        return QCoreApplication::translate("DeletionRequest", "Resolved by the funder on %1: %2")
            .arg(shortTime(request.resolvedAt), request.resolution);
    case DeletionRequestRecord::State::Sent:
        return QCoreApplication::translate("DeletionRequest",
                                           "Sent to the funder on %1; not resolved yet")
            .arg(shortTime(request.sentAt));
    case DeletionRequestRecord::State::Recorded:
        break;
    }
    return QCoreApplication::translate("DeletionRequest",
                                       "Recorded; goes to the funder with the next submission");
}

} // namespace veldboek::gui
