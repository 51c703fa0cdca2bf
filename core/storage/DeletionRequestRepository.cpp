#include "DeletionRequestRepository.h"

#include "Register.h"

#include <QSqlError>
#include <QSqlQuery>

namespace veldboek {

QString DeletionRequestRecord::stateText() const
{
    switch (state) {
    case State::Sent:
        return QStringLiteral("sent");
    case State::Resolved:
        return QStringLiteral("resolved");
    case State::Recorded:
        break;
    }
    return QStringLiteral("recorded");
}

QList<DeletionRequestRecord> DeletionRequestRepository::query(const QString &where,
                                                              qint64 participantId) const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    // The reference is read from the participant while the request is not sent; once sent it is
    // what was sent, even when the respondent number is changed afterwards.
    query.prepare(
        QStringLiteral(
            "SELECT p.id, p.deletion_requested_at, coalesce(d.dataset, 'participants'), "
            "coalesce(d.reference, p.respondentnummer), coalesce(d.remote_id, ''), "
            "coalesce(d.sent_at, ''), coalesce(d.state, ''), coalesce(d.resolved_at, ''), "
            "coalesce(d.resolution, '') FROM participants p LEFT JOIN deletion_requests d ON "
            "d.participant_id = p.id WHERE p.deletion_requested_at <> '' %1 "
            "ORDER BY p.deletion_requested_at, p.id")
            .arg(where));
    if (participantId != 0)
        query.addBindValue(participantId);
    QList<DeletionRequestRecord> rows;
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return rows;
    }
    while (query.next()) {
        DeletionRequestRecord r;
        r.participantId = query.value(0).toLongLong();
        r.requestedAt = query.value(1).toString();
        r.dataset = query.value(2).toString();
        r.reference = query.value(3).toString();
        r.remoteId = query.value(4).toString();
        r.sentAt = query.value(5).toString();
        const QString state = query.value(6).toString();
        r.state = state == QLatin1String("resolved") ? DeletionRequestRecord::State::Resolved
                  : r.remoteId.isEmpty()             ? DeletionRequestRecord::State::Recorded
                                                     : DeletionRequestRecord::State::Sent;
        r.resolvedAt = query.value(7).toString();
        r.resolution = query.value(8).toString();
        rows.append(r);
    }
    return rows;
}

QList<DeletionRequestRecord> DeletionRequestRepository::all() const
{
    return query({}, 0);
}

DeletionRequestRecord DeletionRequestRepository::forParticipant(qint64 participantId) const
{
    const QList<DeletionRequestRecord> rows = query(QStringLiteral("AND p.id = ?"), participantId);
    return rows.isEmpty() ? DeletionRequestRecord{} : rows.first();
}

QList<DeletionRequestRecord> DeletionRequestRepository::unsent() const
{
    return query(QStringLiteral("AND coalesce(d.remote_id, '') = ''"), 0);
}

bool DeletionRequestRepository::store(const DeletionRequestRecord &request)
{
    QSqlQuery query(m_register.database());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO deletion_requests (participant_id, dataset, reference, "
        "remote_id, sent_at, state, resolved_at, resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(request.participantId);
    query.addBindValue(request.dataset);
    query.addBindValue(request.reference);
    query.addBindValue(request.remoteId);
    query.addBindValue(request.sentAt);
    query.addBindValue(request.stateText());
    query.addBindValue(request.resolvedAt);
    query.addBindValue(request.resolution);
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return false;
    }
    return true;
}

} // namespace veldboek
