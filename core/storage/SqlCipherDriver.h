#pragma once

#include "keys/CipherKey.h"

#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace veldboek {

class SqlCipherResult;

// A Qt SQL driver over the SQLCipher C API (linked statically). Register it with
// QSqlDatabase::addDatabase(new SqlCipherDriver, name); give it the key with setKey() before
// open(). Every open repeats the cipher settings, which SQLCipher does not store in the file.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    // Raised from SQLCipher 3's defaults (1024 bytes, 64,000 iterations).
    static constexpr int PageSize = 4096;
    static constexpr int PassphraseKdfIterations = 256000;

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // The key for the next open(); it is wiped as soon as SQLCipher has taken it.
    void setKey(CipherKey key);
    // Whether open() may create a missing file (default: no).
    void setCreateIfMissing(bool create) { m_createIfMissing = create; }
    // Opens without changing the file: no journal-mode switch (a backup being checked or
    // restored). Statements that write still can; callers of this mode only read and ATTACH.
    void setKeepFileUnchanged(bool keep) { m_readOnly = keep; }

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &path, const QString &user, const QString &password,
              const QString &host, int port, const QString &options) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    // Runs several statements separated by semicolons (migrations, pragmas).
    bool executeScript(const QString &sql);
    // The SQLite result code of the last failure (SQLITE_NOTADB, SQLITE_FULL, ...), 0 if none.
    int lastResultCode() const { return m_lastResultCode; }
    // The operating system's errno behind the last failure (ENOSPC for a full disk), 0 if none.
    int lastSystemErrno() const { return m_lastSystemErrno; }
    sqlite3 *connection() const { return m_db; }
    // A second connection to the same file, read-only, opened with the same key by open() (none
    // for setKeepFileUnchanged()). Reading a large register, one dataset is read on it by another
    // thread while this connection reads the others (core/storage/SpecDatasets.cpp). Null when
    // it could not be opened: callers then read everything here.
    sqlite3 *readerConnection() const { return m_reader; }

private:
    friend class SqlCipherResult;
    bool applyKey(sqlite3 *db);
    void openReader(const QByteArray &file);
    bool execute(const char *sql, QSqlError::ErrorType type);
    QSqlError makeError(const QString &text, QSqlError::ErrorType type, int code) const;
    void setFailure(const QString &text, QSqlError::ErrorType type, int code);

    sqlite3 *m_db = nullptr;
    sqlite3 *m_reader = nullptr;
    CipherKey m_key;
    bool m_createIfMissing = false;
    bool m_readOnly = false;
    int m_lastResultCode = 0;
    int m_lastSystemErrno = 0;
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace veldboek
