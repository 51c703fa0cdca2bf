#include "DeletionRequestText.h"

#include "Localization.h"

#include <QCoreApplication>

namespace veldboek::gui {

QString deletionRequestState(const DeletionRequestRecord &request)
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

} // namespace veldboek::gui
