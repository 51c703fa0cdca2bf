#pragma once

#include <QList>
#include <QString>

namespace veldboek {

class Register;

// A deletion request as the register knows it: a participant who was submitted and then
// deleted keeps a row with `deletion_requested_at` (ParticipantRepository::remove); the funder
// hears of it through POST /api/v1/deletion-requests (docs/api.md, docs/sync.md).
struct DeletionRequestRecord
{
    enum class State { Recorded, Sent, Resolved };

    qint64 participantId = 0;
    QString requestedAt; // when the user asked for it (the participant's deletion_requested_at)
    QString dataset;     // "participants"
    QString reference;   // the respondent number: the only thing about the person that is sent
    QString remoteId;    // the endpoint's id once it has the request
    QString sentAt;
    QString resolvedAt;
    QString resolution; // the funder's note
    State state = State::Recorded;

    QString stateText() const; // "recorded", "sent", "resolved" (the JSON of the command line)
};

// Reads the participants with a deletion request joined with what the endpoint said of them
// (the `deletion_requests` table, schema version 4, docs/storage.md).
class DeletionRequestRepository
{
public:
    explicit DeletionRequestRepository(Register &reg)
        : m_register(reg)
    {}

    // Every deletion request, oldest first.
    QList<DeletionRequestRecord> all() const;
    // The one for this participant; State::Recorded with an empty requestedAt when there is none.
    DeletionRequestRecord forParticipant(qint64 participantId) const;
    // Requests that the endpoint does not have yet.
    QList<DeletionRequestRecord> unsent() const;
    // Stores what the endpoint answered about a request (its id, state and note).
    bool store(const DeletionRequestRecord &request);

private:
    QList<DeletionRequestRecord> query(const QString &where, qint64 participantId) const;

    Register &m_register;
};

} // namespace veldboek
