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
    for (const QString &column : columns) {
        if (Participant::indexOf(column) < 0) { // the column list goes into SQL: keys only
            reg.setLastError(QSqlError(QStringLiteral("not a participant field: %1").arg(column),
                                       {}, QSqlError::StatementError));
            return;
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
    m_insert = std::make_unique<SqlStatement>(reg, insertSql(columns));
    if (!m_insert->isValid()) {
        reg.setLastError(m_insert->lastError());
        return;
    }
    // Bound once: SQLite keeps a statement's bindings from row to row.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_insert->bind(static_cast<int>(columns.size()), now);
    m_insert->bind(static_cast<int>(columns.size()) + 1, now);
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
    m_insert->bindRow(0, values);
    if (!m_insert->exec()) {
        m_register.setLastError(m_insert->lastError());
        return false;
    }
    m_last = m_insert->lastInsertId();
    if (m_added++ == 0)
        m_first = m_last;
    if (id)
        *id = m_last;
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
