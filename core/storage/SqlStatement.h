#pragma once

#include "Register.h"

#include <QSqlError>
#include <QString>
#include <QStringEncoder>

struct sqlite3;
struct sqlite3_stmt;

namespace veldboek {

// A prepared statement straight on the SQLCipher connection, for bulk writes (import, demo data,
// benchmarks). QSqlQuery's positional binding builds a placeholder name and hashes it for every
// value, which cost 40% of a bulk insert; this binds by index with no per-value allocation.
// Single-row edits keep using QSqlQuery.
class SqlStatement
{
public:
    // On the reader (Register::Connection::Reader) the statement may be stepped by another thread
    // than the register's; the reader must exist (Register::hasReader()).
    SqlStatement(Register &reg, const QString &sql,
                 Register::Connection on = Register::Connection::Main);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, QStringView text); // 0-based, like QSqlQuery::bindValue(int, ...)
    void bind(int index, qint64 number);
    void bindNull(int index);
    // Binds values[0..] to the parameters from `first` on, all encoded into one buffer that
    // SQLite reads in place (no copy per value) until the next bindRow(); for the hot path of a
    // bulk insert, which binds a whole row at a time.
    void bindRow(int first, const QStringList &values);
    // Runs the statement to completion and resets it for the next set of values.
    bool exec();
    // Reading: next() steps to the next row (false at the end or on an error, see lastError()).
    bool next();
    QString text(int column) const;
    // The column's UTF-8 bytes, in place: valid until the next next(). A null view for NULL.
    // For readers that decode only what changed (storage/RegisterDatasets.cpp).
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    qint64 lastInsertId() const;
    QSqlError lastError() const { return m_error; }

private:
    void fail(int code);
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_buffer;
    QByteArray m_row; // bindRow()'s values, bound SQLITE_STATIC: kept until the next row
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    QSqlError m_error;
};

} // namespace veldboek
