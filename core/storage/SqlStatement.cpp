#include "SqlStatement.h"

#include "Register.h"
#include "SqlCipherDriver.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace veldboek {

namespace {

sqlite3 *connectionOf(Register &reg, Register::Connection on)
{
    if (on == Register::Connection::Reader) {
        const auto *driver = qobject_cast<const SqlCipherDriver *>(reg.database().driver());
        return driver ? driver->readerConnection() : nullptr;
    }
    return static_cast<sqlite3 *>(reg.database().driver()->handle().value<void *>());
}

} // namespace

SqlStatement::SqlStatement(Register &reg, const QString &sql, Register::Connection on)
    : m_db(connectionOf(reg, on))
{
    if (!m_db) {
        m_error = QSqlError(QStringLiteral("Unable to execute the statement"),
                            QStringLiteral("the register has no reader connection"),
                            QSqlError::ConnectionError, QString::number(SQLITE_MISUSE));
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int rc =
        sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqlStatement::fail(int code)
{
    m_error = QSqlError(QStringLiteral("Unable to execute the statement"),
                        QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                        QString::number(code));
}

void SqlStatement::bind(int index, QStringView text)
{
    if (text.isEmpty()) {
        sqlite3_bind_text(m_stmt, index + 1, "", 0, SQLITE_STATIC);
        return;
    }
    // One reused buffer, encoded into in place: SQLite copies the bytes (SQLITE_TRANSIENT) before
    // we overwrite them, so a bulk insert allocates nothing per value.
    const qsizetype worstCase = m_encoder.requiredSpace(text.size());
    if (m_buffer.size() < worstCase)
        m_buffer.resize(worstCase);
    const char *end = m_encoder.appendToBuffer(m_buffer.data(), text);
    sqlite3_bind_text(m_stmt, index + 1, m_buffer.constData(),
                      static_cast<int>(end - m_buffer.constData()), SQLITE_TRANSIENT);
}

void SqlStatement::bindRow(int first, const QStringList &values)
{
    qsizetype worstCase = 0;
    for (const QString &value : values)
        worstCase += m_encoder.requiredSpace(value.size());
    // Sized before the first value is encoded: no reallocation may move bytes SQLite points at.
    if (m_row.size() < worstCase)
        m_row.resize(worstCase);
    char *out = m_row.data();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const int parameter = first + static_cast<int>(i) + 1;
        const QString &value = values.at(i);
        if (value.isEmpty()) {
            sqlite3_bind_text(m_stmt, parameter, "", 0, SQLITE_STATIC);
            continue;
        }
        char *end = m_encoder.appendToBuffer(out, value);
        sqlite3_bind_text(m_stmt, parameter, out, static_cast<int>(end - out), SQLITE_STATIC);
        out = end;
    }
}

void SqlStatement::bind(int index, qint64 number)
{
    sqlite3_bind_int64(m_stmt, index + 1, number);
}

void SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index + 1);
}

bool SqlStatement::exec()
{
    if (!m_stmt)
        return false;
    int rc;
    do {
        rc = sqlite3_step(m_stmt);
    } while (rc == SQLITE_ROW);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE) {
        fail(rc);
        return false;
    }
    return true;
}

bool SqlStatement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        fail(rc);
    return false;
}

QString SqlStatement::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView SqlStatement::utf8(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!bytes)
        return {};
    return QByteArrayView(bytes, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqlStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

qint64 SqlStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace veldboek
