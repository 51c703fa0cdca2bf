#pragma once

#include "storage/DeletionRequestRepository.h"

namespace veldboek::gui {

// How far a deletion request is, in the user's words: recorded (not sent yet), sent to the
// funder, resolved with the funder's note. Shared by the history window and the participant's
// own history (AuditLogDialog).
QString deletionRequestState(const DeletionRequestRecord &request);

} // namespace veldboek::gui
