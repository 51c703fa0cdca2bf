#include "ParticipantExtraFields.h"

#include "Register.h"
#include "domain/Participant.h"

#include <QSqlQuery>

namespace veldboek {

bool ParticipantExtraFields::loadAll(QHash<qint64, Values> *out) const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT participant_id, key, value FROM participant_fields"))) {
        m_register.setLastError(query.lastError());
        return false;
    }
    while (query.next())
        (*out)[query.value(0).toLongLong()].insert(query.value(1).toString(),
                                                   query.value(2).toString());
    return true;
}

bool ParticipantExtraFields::attach(QList<Participant> &participants) const
{
    if (participants.isEmpty())
        return true;
    QStringList numbers;
    QHash<qint64, Participant *> byId;
    for (Participant &participant : participants) {
        numbers.append(QString::number(participant.id));
        byId.insert(participant.id, &participant);
    }
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    // Numbers formatted here, not user text: safe to put into the statement.
    if (!query.exec(QStringLiteral("SELECT participant_id, key, value FROM participant_fields "
                                   "WHERE participant_id IN (%1)")
                        .arg(numbers.join(u',')))) {
        m_register.setLastError(query.lastError());
        return false;
    }
    while (query.next()) {
        if (Participant *participant = byId.value(query.value(0).toLongLong()))
            participant->extraValues().insert(query.value(1).toString(), query.value(2).toString());
    }
    return true;
}

bool ParticipantExtraFields::attach(Participant &participant) const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT key, value FROM participant_fields WHERE participant_id = ?"));
    query.addBindValue(participant.id);
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return false;
    }
    while (query.next())
        participant.extraValues().insert(query.value(0).toString(), query.value(1).toString());
    return true;
}

bool ParticipantExtraFields::set(qint64 participantId, const QString &key, const QString &value)
{
    QSqlQuery query(m_register.database());
    if (value.isEmpty()) {
        query.prepare(
            QStringLiteral("DELETE FROM participant_fields WHERE participant_id = ? AND key = ?"));
        query.addBindValue(participantId);
        query.addBindValue(key);
    } else {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO participant_fields (participant_id, "
                                     "key, value) VALUES (?, ?, ?)"));
        query.addBindValue(participantId);
        query.addBindValue(key);
        query.addBindValue(value);
    }
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return false;
    }
    return true;
}

QStringList ParticipantExtraFields::noLongerRequested(const QStringList &requested) const
{
    QStringList keys;
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    // Column names from the fixed list of Participant::keys(), never from a spec.
    for (const QString &column : Participant::keys()) {
        if (requested.contains(column))
            continue;
        if (query.exec(
                QStringLiteral("SELECT 1 FROM participants WHERE %1 <> '' LIMIT 1").arg(column)) &&
            query.next())
            keys.append(column);
        query.finish();
    }
    if (query.exec(QStringLiteral("SELECT DISTINCT key FROM participant_fields ORDER BY key"))) {
        while (query.next()) {
            const QString key = query.value(0).toString();
            if (!requested.contains(key))
                keys.append(key);
        }
    } else {
        m_register.setLastError(query.lastError());
    }
    return keys;
}

} // namespace veldboek
