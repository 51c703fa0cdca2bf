#include "ParticipantBulkInsert.h"

#include "AuditLog.h"
#include "Register.h"
#include "domain/Participant.h"

#include <QDateTime>
#include <QSqlQuery>

namespace veldboek {

namespace {

const QString Table = QStringLiteral("participants");

} // namespace

QString ParticipantBulkInsert::insertSql(const QStringList &columns)
{
    return QStringLiteral("INSERT INTO participants (%1created_at, updated_at) VALUES (%2?, ?)")
        .arg(columns.isEmpty() ? QString()
                               : columns.join(QLatin1String(", ")) + QLatin1String(", "),
             QStringLiteral("?, ").repeated(columns.size()));
}

ParticipantBulkInsert::ParticipantBulkInsert(Register &reg, const QStringList &columns,
                                             const QString &source, qsizetype expected)
    : m_register(reg)
    , m_source(source)
{
    // Only the keys of Participant::keys() go into the SQL as column names; any other key is a
    // field without a column, written to participant_fields as a bound value.
    QStringList tableColumns;
    for (int i = 0; i < columns.size(); ++i) {
        const QString &column = columns.at(i);
        if (column.isEmpty()) {
            reg.setLastError(QSqlError(QStringLiteral("a participant field without a key"), {},
                                       QSqlError::StatementError));
            return;
        }
        if (Participant::indexOf(column) >= 0) {
            tableColumns.append(column);
            m_columnPositions.append(i);
        } else {
            m_extraKeys.append(column);
            m_extraPositions.append(i);
        }
    }
    QSqlQuery count(reg.database());
    if (!count.exec(QStringLiteral("SELECT count(*) FROM participants")) || !count.next()) {
        reg.setLastError(count.lastError());
        return;
    }
    const qint64 existing = count.value(0).toLongLong();
    count.finish(); // an open read would lock the table against DROP INDEX
    if (expected >= existing && expected > 0)
        setIndexesAside();
    m_insert = std::make_unique<SqlStatement>(reg, insertSql(tableColumns));
    if (!m_insert->isValid()) {
        reg.setLastError(m_insert->lastError());
        return;
    }
    m_extraInsert = std::make_unique<SqlStatement>(
        reg, QStringLiteral("INSERT OR REPLACE INTO participant_fields (participant_id, key, "
                            "value) VALUES (?, ?, ?)"));
    if (!m_extraInsert->isValid()) {
        reg.setLastError(m_extraInsert->lastError());
        return;
    }
    // Bound once: SQLite keeps a statement's bindings from row to row.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_insert->bind(static_cast<int>(tableColumns.size()), now);
    m_insert->bind(static_cast<int>(tableColumns.size()) + 1, now);
    m_valid = true;
}

ParticipantBulkInsert::~ParticipantBulkInsert() = default;

void ParticipantBulkInsert::setIndexesAside()
{
    QSqlQuery indexes(m_register.database());
    // sql IS NULL: the indexes SQLite makes itself for constraints, which cannot be dropped.
    if (!indexes.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                     "AND tbl_name = 'participants' AND sql IS NOT NULL")))
        return;
    QList<std::pair<QString, QString>> found;
    while (indexes.next())
        found.append({indexes.value(0).toString(), indexes.value(1).toString()});
    indexes.finish();
    // Only a speed-up: SQLite refuses DROP INDEX while any statement on the connection is still
    // reading (SQLITE_LOCKED), and then the index simply stays and is kept up to date row by row.
    for (const auto &[name, sql] : std::as_const(found)) {
        QSqlQuery drop(m_register.database());
        if (drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            m_indexSql.append(sql);
    }
}

bool ParticipantBulkInsert::add(const QStringList &values, qint64 *id)
{
    if (m_extraKeys.isEmpty()) {
        m_insert->bindRow(0, values); // the usual case: bound as the caller holds them
    } else {
        m_subset.clear();
        for (const int position : std::as_const(m_columnPositions))
            m_subset.append(values.at(position));
        m_insert->bindRow(0, m_subset);
    }
    if (!m_insert->exec()) {
        m_register.setLastError(m_insert->lastError());
        return false;
    }
    m_last = m_insert->lastInsertId();
    if (m_added++ == 0)
        m_first = m_last;
    if (id)
        *id = m_last;
    for (int i = 0; i < m_extraKeys.size(); ++i) {
        if (!addExtra(m_last, m_extraKeys.at(i), values.at(m_extraPositions.at(i))))
            return false;
    }
    return true;
}

bool ParticipantBulkInsert::addExtra(qint64 id, const QString &key, const QString &value)
{
    if (value.isEmpty())
        return true; // no row is no value
    m_extraInsert->bind(0, id);
    m_extraInsert->bind(1, key);
    m_extraInsert->bind(2, value);
    if (!m_extraInsert->exec()) {
        m_register.setLastError(m_extraInsert->lastError());
        return false;
    }
    return true;
}

bool ParticipantBulkInsert::addExtra(qint64 id, const QMap<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key().isEmpty() || !addExtra(id, it.key(), it.value()))
            return false;
    }
    return true;
}

bool ParticipantBulkInsert::finish()
{
    for (const QString &sql : std::as_const(m_indexSql)) {
        QSqlQuery create(m_register.database());
        if (!create.exec(sql)) {
            m_register.setLastError(create.lastError());
            return false;
        }
    }
    m_indexSql.clear();
    if (m_added == 0)
        return true;
    // New rows get ids above every existing one, so the rows of one transaction are one range.
    return AuditLog(m_register).recordCreatedRange(Table, m_first, m_last, m_source);
}

} // namespace veldboek
