#pragma once

#include "storage/DeletionRequestRepository.h"

namespace veldboek::gui {

// How far a deletion request is, in the user's words: recorded (not sent yet), sent to the
// funder, resolved with the funder's note. Shared by the history window and the participant's
// own history (AuditLogDialog).
QString deletionRequestState(const DeletionRequestRecord &request);
// A time the endpoint or the register wrote (ISO 8601), as the user reads dates.
QString shortTime(const QString &iso);

} // namespace veldboek::gui
