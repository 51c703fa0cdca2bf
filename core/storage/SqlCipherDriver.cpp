#include "SqlCipherDriver.h"

#include "keys/SecretBytes.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QTime>
#include <sqlite3.h>

namespace veldboek {

namespace {

QMetaType metaTypeForDeclaration(const char *declared)
{
    if (!declared)
        return QMetaType(QMetaType::QString);
    const QByteArray type = QByteArray(declared).toUpper();
    if (type.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType(QMetaType::Double);
    if (type.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    return QMetaType(QMetaType::QString);
}

QSqlError::ErrorType errorTypeFor(int code)
{
    switch (code & 0xff) {
    case SQLITE_CONSTRAINT:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QSqlError::TransactionError;
    case SQLITE_NOTADB:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
        return QSqlError::ConnectionError;
    default:
        return QSqlError::StatementError;
    }
}

} // namespace

// One prepared statement. Forward-only queries read straight from the statement; scrollable ones
// (QSqlQueryModel, QSqlTableModel) keep the rows they have read so they can seek back.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver)
        : QSqlResult(driver)
        , m_driver(const_cast<SqlCipherDriver *>(driver))
    {
        m_driver->m_results.append(this);
    }
    ~SqlCipherResult() override
    {
        finalize();
        if (m_driver)
            m_driver->m_results.removeOne(this);
    }

    void finalize()
    {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_rows.clear();
        m_stepped = -1;
        m_hasRow = false;
    }
    void forgetDriver() { m_driver = nullptr; }

protected:
    QVariant handle() const override { return QVariant::fromValue(static_cast<void *>(m_stmt)); }

    bool reset(const QString &query) override
    {
        if (!prepare(query))
            return false;
        return exec();
    }

    bool prepare(const QString &query) override
    {
        finalize();
        setActive(false);
        setAt(QSql::BeforeFirstRow);
        if (!m_driver || !m_driver->connection()) {
            setLastError(QSqlError(QStringLiteral("The register is not open"), {},
                                   QSqlError::ConnectionError));
            return false;
        }
        const QByteArray sql = query.toUtf8();
        const char *tail = nullptr;
        const int rc = sqlite3_prepare_v2(m_driver->connection(), sql.constData(),
                                          static_cast<int>(sql.size()), &m_stmt, &tail);
        if (rc != SQLITE_OK) {
            setStatementError(QStringLiteral("Unable to prepare the statement"), rc);
            finalize();
            return false;
        }
        if (tail && *tail) {
            const QByteArray rest = QByteArray(tail).trimmed();
            if (!rest.isEmpty() && rest != ";") {
                setLastError(QSqlError(QStringLiteral("Only one statement per query"), {},
                                       QSqlError::StatementError));
                finalize();
                return false;
            }
        }
        buildRecord();
        return true;
    }

    bool exec() override
    {
        if (!m_stmt) {
            setLastError(
                QSqlError(QStringLiteral("No prepared statement"), {}, QSqlError::StatementError));
            return false;
        }
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_rows.clear();
        m_stepped = -1;
        m_hasRow = false;
        setAt(QSql::BeforeFirstRow);

        const QVariantList values = boundValues();
        const int parameters = sqlite3_bind_parameter_count(m_stmt);
        if (values.size() != parameters) {
            setLastError(QSqlError(QStringLiteral("Parameter count mismatch"), {},
                                   QSqlError::StatementError));
            return false;
        }
        for (int i = 0; i < parameters; ++i) {
            const int rc = bind(i + 1, values.at(i));
            if (rc != SQLITE_OK) {
                setStatementError(QStringLiteral("Unable to bind a value"), rc);
                return false;
            }
        }
        // Step once now: statements without rows run here, and errors surface in exec().
        if (!step())
            return false;
        m_changes = sqlite3_changes(m_driver->connection());
        m_lastInsertId = sqlite3_last_insert_rowid(m_driver->connection());
        setSelect(sqlite3_column_count(m_stmt) > 0);
        setActive(true);
        return true;
    }

    bool fetch(int index) override
    {
        if (!m_stmt || index < 0)
            return false;
        if (isForwardOnly()) {
            if (index < m_stepped)
                return false;
            while (m_stepped < index) {
                if (!m_hasRow || !step())
                    return false;
            }
            if (!m_hasRow)
                return false;
        } else {
            while (m_rows.size() <= index) {
                if (!m_hasRow)
                    return false;
                if (m_rows.size() == m_stepped)
                    m_rows.append(currentRow());
                else if (!step())
                    return false;
            }
        }
        setAt(index);
        return true;
    }
    bool fetchNext() override { return fetch(at() < 0 ? 0 : at() + 1); }
    bool fetchFirst() override { return fetch(0); }
    bool fetchLast() override
    {
        // A forward-only cursor cannot hold on to the last row once it has stepped past it.
        if (isForwardOnly())
            return false;
        int index = at() < 0 ? 0 : at();
        while (fetch(index + 1))
            ++index;
        return fetch(index);
    }

    QVariant data(int field) override
    {
        if (field < 0 || field >= m_record.count())
            return {};
        if (!isForwardOnly())
            return m_rows.value(at()).value(field);
        return columnValue(field);
    }
    bool isNull(int field) override
    {
        if (!isForwardOnly())
            return m_rows.value(at()).value(field).isNull();
        return sqlite3_column_type(m_stmt, field) == SQLITE_NULL;
    }
    int size() override { return -1; }
    int numRowsAffected() override { return m_changes; }
    QVariant lastInsertId() const override
    {
        return m_lastInsertId > 0 ? QVariant(qlonglong(m_lastInsertId)) : QVariant();
    }
    QSqlRecord record() const override { return isSelect() ? m_record : QSqlRecord(); }
    void detachFromResultSet() override
    {
        if (m_stmt)
            sqlite3_reset(m_stmt);
    }

private:
    // Moves the statement one row on. Returns false on an error (set as lastError).
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            ++m_stepped;
            m_hasRow = true;
            return true;
        }
        m_hasRow = false;
        if (rc == SQLITE_DONE) {
            // Releases the read snapshot at once, so checkpoints and writers are not held up.
            sqlite3_reset(m_stmt);
            return true;
        }
        setStatementError(QStringLiteral("Unable to execute the statement"), rc);
        sqlite3_reset(m_stmt);
        return false;
    }

    int bind(int position, const QVariant &value)
    {
        if (value.isNull())
            return sqlite3_bind_null(m_stmt, position);
        switch (value.typeId()) {
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            return sqlite3_bind_blob(m_stmt, position, bytes.constData(),
                                     static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
        }
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            return sqlite3_bind_int64(m_stmt, position, value.toLongLong());
        case QMetaType::Double:
        case QMetaType::Float:
            return sqlite3_bind_double(m_stmt, position, value.toDouble());
        case QMetaType::QDate:
            return bindText(position, value.toDate().toString(Qt::ISODate));
        case QMetaType::QTime:
            return bindText(position, value.toTime().toString(Qt::ISODateWithMs));
        case QMetaType::QDateTime:
            return bindText(position, value.toDateTime().toString(Qt::ISODateWithMs));
        default:
            return bindText(position, value.toString());
        }
    }
    int bindText(int position, const QString &text)
    {
        return sqlite3_bind_text16(m_stmt, position, text.utf16(),
                                   static_cast<int>(text.size() * sizeof(char16_t)),
                                   SQLITE_TRANSIENT);
    }

    QVariant columnValue(int field) const
    {
        switch (sqlite3_column_type(m_stmt, field)) {
        case SQLITE_INTEGER: {
            const sqlite3_int64 number = sqlite3_column_int64(m_stmt, field);
            if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32)
                return QVariant(int(number));
            return QVariant(qlonglong(number));
        }
        case SQLITE_FLOAT:
            if (numericalPrecisionPolicy() == QSql::HighPrecision)
                return QVariant(QString::number(sqlite3_column_double(m_stmt, field), 'g', 17));
            return QVariant(sqlite3_column_double(m_stmt, field));
        case SQLITE_BLOB: {
            const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, field));
            return QVariant(QByteArray(data, sqlite3_column_bytes(m_stmt, field)));
        }
        case SQLITE_NULL:
            return QVariant(m_record.field(field).metaType());
        default: {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, field));
            return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, field)));
        }
        }
    }
    QVariantList currentRow() const
    {
        QVariantList row;
        row.reserve(m_record.count());
        for (int i = 0; i < m_record.count(); ++i)
            row.append(columnValue(i));
        return row;
    }

    void buildRecord()
    {
        m_record.clear();
        const int columns = sqlite3_column_count(m_stmt);
        for (int i = 0; i < columns; ++i) {
            const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, i));
            const char *table = sqlite3_column_table_name(m_stmt, i);
            QSqlField field(name, metaTypeForDeclaration(sqlite3_column_decltype(m_stmt, i)),
                            table ? QString::fromUtf8(table) : QString());
            m_record.append(field);
        }
    }

    void setStatementError(const QString &text, int code)
    {
        if (m_driver) {
            m_driver->m_lastResultCode = code;
            m_driver->m_lastSystemErrno =
                m_driver->connection() ? sqlite3_system_errno(m_driver->connection()) : 0;
        }
        const QString detail = m_driver && m_driver->connection()
                                   ? QString::fromUtf8(sqlite3_errmsg(m_driver->connection()))
                                   : QString::fromUtf8(sqlite3_errstr(code));
        setLastError(QSqlError(text, detail, errorTypeFor(code), QString::number(code)));
    }

    SqlCipherDriver *m_driver;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlRecord m_record;
    QList<QVariantList> m_rows;
    int m_stepped = -1;
    bool m_hasRow = false;
    int m_changes = 0;
    sqlite3_int64 m_lastInsertId = 0;
};

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    for (SqlCipherResult *result : std::as_const(m_results))
        result->forgetDriver();
}

void SqlCipherDriver::setKey(CipherKey key)
{
    m_key = std::move(key);
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case LastInsertId:
    case PreparedQueries:
    case PositionalPlaceholders:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    case QuerySize:
    case NamedPlaceholders: // Qt rewrites :name to ? and maps the bindings for us
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

QSqlError SqlCipherDriver::makeError(const QString &text, QSqlError::ErrorType type, int code) const
{
    const QString detail =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(text, detail, type, QString::number(code));
}

void SqlCipherDriver::setFailure(const QString &text, QSqlError::ErrorType type, int code)
{
    m_lastResultCode = code;
    m_lastSystemErrno = m_db ? sqlite3_system_errno(m_db) : 0;
    setLastError(makeError(text, type, code));
}

bool SqlCipherDriver::execute(const char *sql, QSqlError::ErrorType type)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        setFailure(QString::fromUtf8(sql), type, rc);
        return false;
    }
    return true;
}

bool SqlCipherDriver::applyKey(sqlite3 *db)
{
    if (m_key.kind() == CipherKey::Kind::None)
        return true;
    QByteArray material = m_key.sqlKeyMaterial();
    const int rc = sqlite3_key(db, material.constData(), static_cast<int>(material.size()));
    wipe(material);
    if (rc != SQLITE_OK) {
        if (db == m_db)
            setFailure(QStringLiteral("Unable to set the key"), QSqlError::ConnectionError, rc);
        return false;
    }
    // SQLCipher 3 keeps neither setting in the file: they must be repeated at every open.
    const auto run = [this, db](const char *sql) {
        if (db == m_db)
            return execute(sql, QSqlError::ConnectionError);
        return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    };
    if (!run("PRAGMA cipher_page_size = 4096;"))
        return false;
    if (m_key.kind() == CipherKey::Kind::Passphrase && !run("PRAGMA kdf_iter = 256000;"))
        return false;
    return true;
}

// The reader: read-only, sorts in memory like the main connection, SQLite's default page cache
// (2 MB: it reads each page once, in order). Opened while the key is still in hand, so the key
// is never kept for later. Nothing here reads the file: SQLCipher stretches a passphrase key at
// the first page read, so a passphrase register pays its second PBKDF2 (about 0.1 s) at the
// reader's first read, on the reader's thread, not at every unlock (a PRAGMA cache_size here
// reads the schema and did: unlocking took twice as long). Failing here is not an error: the
// datasets are then all read on the main connection, as before the reader existed.
void SqlCipherDriver::openReader(const QByteArray &file)
{
    sqlite3 *reader = nullptr;
    const int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_READONLY;
    bool ok = sqlite3_open_v2(file.constData(), &reader, flags, nullptr) == SQLITE_OK &&
              applyKey(reader) &&
              sqlite3_exec(reader, "PRAGMA temp_store = MEMORY; PRAGMA query_only = ON;", nullptr,
                           nullptr, nullptr) == SQLITE_OK;
    if (!ok) {
        sqlite3_close_v2(reader);
        return;
    }
    sqlite3_busy_timeout(reader, 10000);
    m_reader = reader;
}

bool SqlCipherDriver::open(const QString &path, const QString &, const QString &, const QString &,
                           int, const QString &)
{
    if (isOpen())
        close();
    m_lastResultCode = 0;
    if (!m_key.isValid()) {
        setFailure(QStringLiteral("No key was given for the register"), QSqlError::ConnectionError,
                   SQLITE_AUTH);
        setOpenError(true);
        return false;
    }
    const QByteArray file = path.toUtf8();
    if (!m_createIfMissing && !QFileInfo::exists(path)) {
        setFailure(QStringLiteral("The register does not exist"), QSqlError::ConnectionError,
                   SQLITE_CANTOPEN);
        setOpenError(true);
        return false;
    }
    // Always with CREATE: attached databases inherit these flags, and sqlcipher_export must be
    // able to create its target. The check above keeps a missing register from being created.
    const int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(file.constData(), &m_db, flags, nullptr);
    bool ok = rc == SQLITE_OK;
    if (!ok)
        setFailure(QStringLiteral("Unable to open the register"), QSqlError::ConnectionError, rc);
    ok = ok && applyKey(m_db);
    if (ok && !m_readOnly && sqlite3_db_readonly(m_db, "main") == 1) {
        setFailure(QStringLiteral("The register file is read-only"), QSqlError::ConnectionError,
                   SQLITE_READONLY);
        ok = false;
    }
    // A wrong key is not reported by sqlite3_key: the first read of page 1 fails with
    // SQLITE_NOTADB. page_count reads page 1 only, so a file that was cut short still opens here
    // and Register can tell the user it is incomplete rather than "damaged".
    ok = ok && execute("PRAGMA page_count;", QSqlError::ConnectionError);
    if (ok) {
        sqlite3_busy_timeout(m_db, 10000);
        // Sorts and temporary tables stay in memory, never in a plaintext temporary file.
        // cache_size: up to 128 MB of decrypted pages, so a 100,000-participant import does not
        // spill (and encrypt) pages to the log halfway through its transaction; 32 MB did.
        ok = execute("PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON;"
                     " PRAGMA cache_size = -131072;",
                     QSqlError::ConnectionError);
    }
    // synchronous FULL: a committed edit survives a power cut, not only a crash.
    if (ok && !m_readOnly)
        ok = execute("PRAGMA synchronous = FULL;", QSqlError::ConnectionError);
    if (ok && !m_readOnly) {
        sqlite3_stmt *stmt = nullptr;
        rc = sqlite3_prepare_v2(m_db, "PRAGMA journal_mode = WAL;", -1, &stmt, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(stmt);
        const bool wal =
            rc == SQLITE_ROW &&
            qstricmp(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), "wal") == 0;
        if (rc != SQLITE_ROW)
            setFailure(QStringLiteral("Unable to switch to write-ahead logging"),
                       QSqlError::ConnectionError, rc);
        else if (!wal)
            setFailure(QStringLiteral("Unable to switch to write-ahead logging"),
                       QSqlError::ConnectionError, SQLITE_CANTOPEN);
        sqlite3_finalize(stmt);
        ok = wal;
    }
    if (ok && !m_readOnly)
        openReader(file);
    m_key = CipherKey();
    if (!ok) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    for (SqlCipherResult *result : std::as_const(m_results))
        result->finalize();
    if (m_reader) {
        sqlite3_close_v2(m_reader);
        m_reader = nullptr;
    }
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock at once, so two connections cannot deadlock on upgrade.
    return isOpen() && execute("BEGIN IMMEDIATE;", QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && execute("COMMIT;", QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && execute("ROLLBACK;", QSqlError::TransactionError);
}

bool SqlCipherDriver::executeScript(const QString &sql)
{
    if (!isOpen())
        return false;
    const QByteArray utf8 = sql.toUtf8();
    return execute(utf8.constData(), QSqlError::StatementError);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QString filter;
    if (type & QSql::Tables)
        filter = QStringLiteral("type = 'table' AND name NOT LIKE 'sqlite_%'");
    if (type & QSql::Views)
        filter += (filter.isEmpty() ? QString() : QStringLiteral(" OR ")) +
                  QStringLiteral("type = 'view'");
    if (type & QSql::SystemTables)
        filter += (filter.isEmpty() ? QString() : QStringLiteral(" OR ")) +
                  QStringLiteral("name LIKE 'sqlite_%'");
    if (filter.isEmpty())
        return names;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE ") + filter +
                   QStringLiteral(" ORDER BY name"))) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord record;
    if (!isOpen())
        return record;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName))))
        return record;
    while (query.next()) {
        const QByteArray declared = query.value(2).toString().toUtf8();
        QSqlField field(query.value(1).toString(), metaTypeForDeclaration(declared.constData()),
                        tableName);
        field.setRequiredStatus(query.value(3).toInt() ? QSqlField::Required : QSqlField::Optional);
        field.setAutoValue(query.value(5).toInt() == 1 && declared.toUpper() == "INTEGER");
        if (!query.isNull(4))
            field.setDefaultValue(query.value(4));
        record.append(field);
    }
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName))))
        return index;
    while (query.next()) {
        if (query.value(5).toInt() > 0) {
            const QByteArray declared = query.value(2).toString().toUtf8();
            index.append(QSqlField(query.value(1).toString(),
                                   metaTypeForDeclaration(declared.constData()), tableName));
        }
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    if (identifier.startsWith(QLatin1Char('"')) && identifier.endsWith(QLatin1Char('"')))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_db));
}

} // namespace veldboek
