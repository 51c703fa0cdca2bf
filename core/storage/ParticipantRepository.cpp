#include "ParticipantRepository.h"

#include "AuditLog.h"
#include "ParticipantBulkInsert.h"
#include "ParticipantExtraFields.h"
#include "Register.h"
#include "SqlStatement.h"

#include <QDateTime>
#include <QSqlQuery>

namespace veldboek {

namespace {

const QString Table = QStringLiteral("participants");

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The column list is built from Participant::keys(), never from user input.
const QString &insertSql()
{
    static const QString sql = ParticipantBulkInsert::insertSql(Participant::keys());
    return sql;
}

const QString &selectSql()
{
    static const QString sql =
        QStringLiteral("SELECT id, submitted_at, deletion_requested_at, self_registered_at, %1 "
                       "FROM participants")
            .arg(Participant::keys().join(QLatin1String(", ")));
    return sql;
}

Participant readParticipant(const QSqlQuery &query)
{
    Participant participant;
    participant.id = query.value(0).toLongLong();
    participant.submittedAt = query.value(1).toString();
    participant.deletionRequestedAt = query.value(2).toString();
    participant.selfRegisteredAt = query.value(3).toString();
    QStringList &values = participant.values();
    for (int i = 0; i < values.size(); ++i)
        values[i] = query.value(i + 4).toString();
    return participant;
}

} // namespace

bool ParticipantRepository::insert(Participant &participant, const QString &now)
{
    QSqlQuery query(m_register.database());
    query.prepare(insertSql());
    for (const QString &value : participant.values())
        query.addBindValue(value);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return false;
    }
    participant.id = query.lastInsertId().toLongLong();
    if (!participant.selfRegisteredAt.isEmpty() && !markSelfRegistered(participant))
        return false;
    ParticipantExtraFields extra(m_register);
    for (auto it = participant.extraValues().cbegin(); it != participant.extraValues().cend();
         ++it) {
        if (!extra.set(participant.id, it.key(), it.value()))
            return false;
    }
    return AuditLog(m_register)
        .record(Table, participant.id, QStringLiteral("*"), QString(), QStringLiteral("created"));
}

bool ParticipantRepository::markSelfRegistered(const Participant &participant)
{
    QSqlQuery query(m_register.database());
    query.prepare(QStringLiteral("UPDATE participants SET self_registered_at = ? WHERE id = ?"));
    query.addBindValue(participant.selfRegisteredAt);
    query.addBindValue(participant.id);
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return false;
    }
    return true;
}

bool ParticipantRepository::add(Participant &participant)
{
    return m_register.transaction([&] { return insert(participant, nowUtc()); });
}

bool ParticipantRepository::addAll(QList<Participant> &participants, const QString &source)
{
    return m_register.transaction([&] {
        ParticipantBulkInsert insert(m_register, Participant::keys(), source, participants.size());
        if (!insert.isValid())
            return false;
        for (Participant &participant : participants) {
            if (!insert.add(participant.values(), &participant.id) ||
                !insert.addExtra(participant.id, participant.extraValues()))
                return false;
        }
        return insert.finish();
    });
}

bool ParticipantRepository::update(const Participant &participant)
{
    return m_register.transaction([&] {
        const std::optional<Participant> old = find(participant.id);
        if (!old)
            return false;
        AuditLog audit(m_register);
        const QStringList &keys = Participant::keys();
        QStringList assignments;
        QVariantList values;
        for (int i = 0; i < keys.size(); ++i) {
            const QString &before = old->values().at(i);
            const QString &after = participant.values().at(i);
            if (before == after)
                continue;
            assignments.append(keys.at(i) + QStringLiteral(" = ?"));
            values.append(after);
            if (!audit.record(Table, participant.id, keys.at(i), before, after))
                return false;
        }
        // The fields without a column: every key either side holds, so a value the form did
        // not show (a field no longer requested) stays as it was.
        ParticipantExtraFields extra(m_register);
        QStringList extraKeys = old->extraValues().keys() + participant.extraValues().keys();
        extraKeys.removeDuplicates();
        bool extraChanged = false;
        for (const QString &key : std::as_const(extraKeys)) {
            const QString before = old->extraValues().value(key);
            const QString after = participant.extraValues().value(key, before);
            if (before == after)
                continue;
            if (!extra.set(participant.id, key, after) ||
                !audit.record(Table, participant.id, key, before, after))
                return false;
            extraChanged = true;
        }
        if (assignments.isEmpty() && !extraChanged)
            return true;
        assignments.append(QStringLiteral("updated_at = ?"));
        values.append(nowUtc());
        QSqlQuery query(m_register.database());
        query.prepare(QStringLiteral("UPDATE participants SET %1 WHERE id = ?")
                          .arg(assignments.join(QLatin1String(", "))));
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        query.addBindValue(participant.id);
        if (!query.exec()) {
            m_register.setLastError(query.lastError());
            return false;
        }
        return true;
    });
}

ParticipantRepository::Removal ParticipantRepository::remove(qint64 id)
{
    Removal outcome = Removal::Failed;
    m_register.transaction([&] {
        const std::optional<Participant> old = find(id);
        if (!old)
            return false;
        QSqlQuery query(m_register.database());
        AuditLog audit(m_register);
        if (!old->submittedAt.isEmpty()) {
            const QString now = nowUtc();
            query.prepare(QStringLiteral(
                "UPDATE participants SET deletion_requested_at = ?, updated_at = ? WHERE id = ?"));
            query.addBindValue(now);
            query.addBindValue(now);
            query.addBindValue(id);
            if (!query.exec() || !audit.record(Table, id, QStringLiteral("deletion_requested_at"),
                                               old->deletionRequestedAt, now)) {
                m_register.setLastError(query.lastError());
                return false;
            }
            outcome = Removal::DeletionRequested;
            return true;
        }
        query.prepare(QStringLiteral("DELETE FROM participants WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !audit.record(Table, id, QStringLiteral("*"), old->displayName(),
                                           QStringLiteral("deleted"))) {
            m_register.setLastError(query.lastError());
            return false;
        }
        outcome = Removal::Deleted;
        return true;
    });
    return outcome;
}

bool ParticipantRepository::markSubmitted(const QList<qint64> &ids, const QString &when)
{
    // A statement per 500 ids, not per id: at 100,000 participants the statement per id was
    // about 1 s of the wait between the endpoint's report and the figures (issue 18,
    // docs/benchmarks.md "Fourth round"). 500 stays under SQLite's 999 variables per statement
    // (SQLCipher 3.4 on Debian 12 has no json_each to pass them as one array).
    constexpr qsizetype chunk = 500;
    return m_register.transaction([&] {
        QSqlQuery query(m_register.database());
        qsizetype prepared = -1;
        for (qsizetype first = 0; first < ids.size(); first += chunk) {
            const qsizetype count = std::min(chunk, ids.size() - first);
            if (count != prepared) {
                QString marks = QStringLiteral("?");
                marks += QStringLiteral(",?").repeated(count - 1);
                query.prepare(QStringLiteral("UPDATE participants SET submitted_at = ? WHERE "
                                             "submitted_at = '' AND id IN (") +
                              marks + QLatin1Char(')'));
                prepared = count;
            }
            query.bindValue(0, when);
            for (qsizetype i = 0; i < count; ++i)
                query.bindValue(static_cast<int>(i + 1), ids.at(first + i));
            if (!query.exec()) {
                m_register.setLastError(query.lastError());
                return false;
            }
        }
        return true;
    });
}

std::optional<Participant> ParticipantRepository::find(qint64 id) const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(selectSql() + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Participant participant = readParticipant(query);
    query.finish();
    if (!ParticipantExtraFields(m_register).attach(participant))
        return std::nullopt;
    return participant;
}

int ParticipantRepository::count() const
{
    QSqlQuery query(m_register.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM participants")) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool ParticipantRepository::forEach(const std::function<void(const Participant &)> &visit) const
{
    // The fields without a column first, all at once: few rows next to the participants table.
    QHash<qint64, ParticipantExtraFields::Values> extra;
    if (!ParticipantExtraFields(m_register).loadAll(&extra))
        return false;
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    if (!query.exec(selectSql() + QStringLiteral(" ORDER BY id"))) {
        const_cast<Register &>(m_register).setLastError(query.lastError());
        return false;
    }
    while (query.next()) {
        Participant participant = readParticipant(query);
        participant.extraValues() = extra.value(participant.id);
        visit(participant);
    }
    return true;
}

QList<Participant> ParticipantRepository::all() const
{
    QList<Participant> participants;
    forEach([&](const Participant &participant) { participants.append(participant); });
    return participants;
}

QString ParticipantRepository::proposedRespondentNumber() const
{
    QString prefix = m_register.setting(QStringLiteral("respondent_prefix")).toString();
    if (prefix.isEmpty())
        prefix = QStringLiteral("MDT-");
    return nextRespondentNumber(prefix);
}

bool ParticipantRepository::respondentNumberInUse(const QString &number) const
{
    const std::optional<qint64> id = idOfRespondentNumber(number);
    return !id || *id != 0;
}

std::optional<qint64> ParticipantRepository::idOfRespondentNumber(const QString &number) const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM participants WHERE respondentnummer = ? LIMIT 1"));
    query.addBindValue(number);
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return std::nullopt;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString ParticipantRepository::nextRespondentNumber(const QString &prefix) const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT respondentnummer FROM participants WHERE "
                                 "substr(respondentnummer, 1, ?) = ?"));
    query.addBindValue(prefix.size());
    query.addBindValue(prefix);
    qint64 highest = 0;
    int width = 4;
    if (query.exec()) {
        while (query.next()) {
            const QString number = query.value(0).toString().mid(prefix.size());
            bool ok = false;
            const qint64 value = number.toLongLong(&ok);
            if (ok && value > highest) {
                highest = value;
                width = qMax(width, static_cast<int>(number.size()));
            }
        }
    }
    return prefix + QStringLiteral("%1").arg(highest + 1, width, 10, QLatin1Char('0'));
}

QList<qint64> ParticipantRepository::ids(const IdQuery &request) const
{
    QString sql = QStringLiteral("SELECT id FROM participants");
    const QString search = request.search.trimmed();
    if (!search.isEmpty())
        sql += QStringLiteral(" WHERE respondentnummer LIKE ?1 ESCAPE '\\' OR voornaam LIKE ?1 "
                              "ESCAPE '\\' OR achternaam LIKE ?1 ESCAPE '\\' OR (voornaam || ' ' "
                              "|| achternaam) LIKE ?1 ESCAPE '\\'");
    // The column name comes from the fixed key list, never from the caller's text.
    const int column = Participant::indexOf(request.sortKey);
    const QString direction = request.descending ? QStringLiteral(" DESC") : QString();
    const QString &key = column >= 0 ? Participant::keys().at(column) : QString();
    if (key == QLatin1String("geboortedatum") || key == QLatin1String("startdatum") ||
        key == QLatin1String("einddatum"))
        // Dates are kept as dd-mm-yyyy, as the user reads them: ordered by year, month, day.
        sql += QStringLiteral(" ORDER BY substr(%1, 7, 4) || substr(%1, 4, 2) || substr(%1, 1, 2)"
                              "%2, id%2")
                   .arg(key, direction);
    else if (column >= 0)
        sql += QStringLiteral(" ORDER BY %1 COLLATE NOCASE%2, id%2").arg(key, direction);
    else
        sql += QStringLiteral(" ORDER BY id") + direction;
    SqlStatement statement(m_register, sql);
    QList<qint64> result;
    if (!statement.isValid()) {
        const_cast<Register &>(m_register).setLastError(statement.lastError());
        return result;
    }
    QString pattern;
    if (!search.isEmpty()) {
        pattern = search;
        pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        statement.bind(0, pattern);
    }
    while (statement.next())
        result.append(statement.text(0).toLongLong());
    return result;
}

QList<Participant> ParticipantRepository::findMany(const QList<qint64> &ids) const
{
    QList<Participant> result;
    if (ids.isEmpty())
        return result;
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    // Numbers formatted here, not user text: safe to put into the statement.
    if (!query.exec(selectSql() + QStringLiteral(" WHERE id IN (%1)").arg(numbers.join(u',')))) {
        const_cast<Register &>(m_register).setLastError(query.lastError());
        return result;
    }
    while (query.next())
        result.append(readParticipant(query));
    query.finish();
    ParticipantExtraFields(m_register).attach(result);
    return result;
}

QList<Participant> ParticipantRepository::sharingKeysWith(const Participant &participant,
                                                          const QStringList &extraKeys) const
{
    QList<Participant> result;
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    QString extra;
    for (qsizetype i = 0; i < extraKeys.size(); ++i)
        extra += QStringLiteral(" OR id IN (SELECT participant_id FROM participant_fields WHERE "
                                "key = ? AND value <> '' AND value = ?)");
    query.prepare(selectSql() +
                  QStringLiteral(" WHERE id <> ? AND ((respondentnummer <> '' AND respondentnummer "
                                 "= ?) OR (bsn <> '' AND bsn = ?) OR (geboortedatum <> '' AND "
                                 "geboortedatum = ?)%1) LIMIT 500")
                      .arg(extra));
    query.addBindValue(participant.id);
    query.addBindValue(participant.value(u"respondentnummer").trimmed());
    query.addBindValue(participant.value(u"bsn").trimmed());
    query.addBindValue(participant.value(u"geboortedatum").trimmed());
    for (const QString &key : extraKeys) {
        query.addBindValue(key);
        query.addBindValue(participant.value(key).trimmed());
    }
    if (!query.exec()) {
        const_cast<Register &>(m_register).setLastError(query.lastError());
        return result;
    }
    while (query.next())
        result.append(readParticipant(query));
    query.finish();
    ParticipantExtraFields(m_register).attach(result);
    return result;
}

int ParticipantRepository::countActive() const
{
    QSqlQuery query(m_register.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM participants WHERE einddatum = '' AND "
                                  "deletion_requested_at = ''")) &&
        query.next())
        return query.value(0).toInt();
    return 0;
}

} // namespace veldboek
