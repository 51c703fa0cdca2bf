#pragma once

#include "storage/DeletionRequestRepository.h"
#include "storage/SubmissionRepository.h"

namespace veldboek {

// The user's words for how far a submission and a deletion request are, in the language the
// application speaks, dates as the language writes them (core/Localization.cpp). One definition
// for the history window, the participant's own history (app/gui/participants/AuditLogDialog)
// and `veldboek-cli history` / `deletion-requests` (app/cli/HistoryCommands.cpp).

// Approved, rejected, being checked, or withdrawn on ....
QString submissionStatusText(const SubmissionRecord &record);
// Recorded (not sent yet), sent to the funder on ..., resolved on ... with the funder's note.
QString deletionRequestStateText(const DeletionRequestRecord &request);

} // namespace veldboek
