#include "AuditLog.h"

#include "Register.h"

#include <QDateTime>
#include <QSqlQuery>

namespace veldboek {

bool AuditLog::record(const QString &table, qint64 recordId, const QString &field,
                      const QString &oldValue, const QString &newValue)
{
    QSqlQuery query(m_register.database());
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, table_name, record_id, field, "
                                 "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(m_register.actor());
    query.addBindValue(table);
    query.addBindValue(recordId);
    query.addBindValue(field);
    query.addBindValue(oldValue.isNull() ? QVariant() : QVariant(oldValue));
    query.addBindValue(newValue.isNull() ? QVariant() : QVariant(newValue));
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return false;
    }
    return true;
}

bool AuditLog::recordCreatedRange(const QString &table, qint64 first, qint64 last,
                                  const QString &source)
{
    QSqlQuery query(m_register.database());
    query.prepare(QStringLiteral("INSERT INTO audit_ranges (at, actor, table_name, first_id, "
                                 "last_id, source) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(m_register.actor());
    query.addBindValue(table);
    query.addBindValue(first);
    query.addBindValue(last);
    query.addBindValue(source);
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return false;
    }
    return true;
}

QList<AuditEntry> AuditLog::entriesFor(const QString &table, qint64 recordId) const
{
    QList<AuditEntry> entries;
    // A record's creation comes first. Ids of deleted records can be given out again, so only
    // the latest range that covers the id created this record.
    QSqlQuery range(m_register.database());
    range.setForwardOnly(true);
    range.prepare(QStringLiteral("SELECT id, at, actor, source FROM audit_ranges WHERE "
                                 "table_name = ? AND first_id <= ? AND last_id >= ? "
                                 "ORDER BY id DESC LIMIT 1"));
    range.addBindValue(table);
    range.addBindValue(recordId);
    range.addBindValue(recordId);
    if (range.exec() && range.next()) {
        entries.append(AuditEntry{range.value(0).toLongLong(), range.value(1).toString(),
                                  range.value(2).toString(), table, recordId, QStringLiteral("*"),
                                  QString(), QStringLiteral("created"), range.value(3).toString()});
    }
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, actor, table_name, record_id, field, old_value, "
                                 "new_value FROM audit_log WHERE table_name = ? AND record_id = ? "
                                 "ORDER BY id"));
    query.addBindValue(table);
    query.addBindValue(recordId);
    if (!query.exec())
        return entries;
    while (query.next()) {
        entries.append(AuditEntry{query.value(0).toLongLong(),
                                  query.value(1).toString(),
                                  query.value(2).toString(),
                                  query.value(3).toString(),
                                  query.value(4).toLongLong(),
                                  query.value(5).toString(),
                                  query.value(6).toString(),
                                  query.value(7).toString(),
                                  {}});
    }
    return entries;
}

} // namespace veldboek
