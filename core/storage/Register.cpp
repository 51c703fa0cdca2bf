#include "Register.h"

#include "Migrations.h"
#include "RegisterFile.h"
#include "SqlCipherDriver.h"
#include "keys/SecretBytes.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <cerrno>
#include <fcntl.h>
#ifdef Q_OS_UNIX
#include <pwd.h>
#endif
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace veldboek {

namespace {

// Creates `path` empty and readable by the user alone (0600, whatever the umask) before SQLite
// opens it: SQLite gives its journal and WAL files the database file's mode, so the register,
// its backups and their companions all stay the user's (issue 13). An empty file is an empty
// database to SQLite. False when the file exists or cannot be made.
bool createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return false;
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    ::close(fd);
    return true;
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("veldboek-register-%1").arg(counter.fetchAndAddRelaxed(1));
}

RegisterError::Code codeForResult(int resultCode, int systemErrno = 0)
{
    // sqlcipher_export() reports a full disk as a generic error; errno still says what happened.
    if (systemErrno == ENOSPC || systemErrno == EDQUOT || systemErrno == EFBIG)
        return RegisterError::Code::DiskFull;
    // A write refused by the system (a file made read-only or immutable, a medium remounted
    // read-only) reaches SQLite as a generic I/O error; the user needs to hear "read-only".
    if (systemErrno == EPERM || systemErrno == EACCES || systemErrno == EROFS)
        return RegisterError::Code::ReadOnly;
    switch (resultCode & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_AUTH:
        return RegisterError::Code::WrongKey;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return RegisterError::Code::ReadOnly;
    case SQLITE_FULL:
        return RegisterError::Code::DiskFull;
    case SQLITE_CORRUPT:
        return RegisterError::Code::Damaged;
    default:
        return RegisterError::Code::Io;
    }
}

} // namespace

Register::Register(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Register::~Register()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Register::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Register::hasReader() const
{
    const SqlCipherDriver *cipher = driver();
    return cipher && cipher->readerConnection();
}

Register::ReaderClaim::ReaderClaim(Register &reg)
    : m_register(reg)
{
    bool free = false;
    m_held = reg.hasReader() && reg.m_readerClaimed.compare_exchange_strong(free, true);
}

Register::ReaderClaim::~ReaderClaim()
{
    if (m_held)
        m_register.m_readerClaimed.store(false);
}

SqlCipherDriver *Register::driver() const
{
    return static_cast<SqlCipherDriver *>(database().driver());
}

QString Register::fileId() const
{
    return RegisterFile::fileId(m_path);
}

QString Register::osAccount()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    // A service or a su shell may have no USER; the account database still knows the name.
    if (user.isEmpty()) {
        if (const passwd *account = ::getpwuid(::getuid()))
            user = QString::fromLocal8Bit(account->pw_name);
    }
#endif
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

RegisterError Register::errorFrom(const QSqlError &error, int resultCode) const
{
    if (resultCode == 0)
        resultCode = error.nativeErrorCode().toInt();
    const QSqlDatabase db = database();
    const auto *sqlDriver =
        db.isValid() ? static_cast<const SqlCipherDriver *>(db.driver()) : nullptr;
    int systemErrno = sqlDriver ? sqlDriver->lastSystemErrno() : 0;
    // sqlcipher_export() runs its own statements and passes on only their message text.
    if (error.databaseText().contains(QString::fromUtf8(sqlite3_errstr(SQLITE_FULL))))
        systemErrno = ENOSPC;
    return RegisterError::make(
        codeForResult(resultCode, systemErrno), m_path,
        error.text().isEmpty() ? QString::fromUtf8(sqlite3_errstr(resultCode)) : error.text());
}

void Register::setLastError(const QSqlError &error)
{
    m_lastError = errorFrom(error);
}

std::unique_ptr<Register> Register::connect(const QString &path, CipherKey key, bool create,
                                            Access access, RegisterError *error)
{
    const QString name = nextConnectionName();
    auto *driver = new SqlCipherDriver;
    driver->setKey(std::move(key));
    driver->setCreateIfMissing(create);
    driver->setKeepFileUnchanged(access == Access::ReadOnly);
    std::unique_ptr<Register> reg(new Register(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = reg->errorFrom(db.lastError(), driver->lastResultCode());
        // The key opened page 1 (a wrong key gives SQLITE_NOTADB), but the header promises
        // pages the file does not hold: the file was cut short.
        if (error->code == RegisterError::Code::Damaged && !create)
            error->code = RegisterError::Code::Truncated;
        if (error->code == RegisterError::Code::ReadOnly && create)
            error->code = RegisterError::Code::Io;
        return nullptr;
    }
    struct stat opened
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &opened) == 0) {
        reg->m_device = quint64(opened.st_dev);
        reg->m_inode = quint64(opened.st_ino);
    }
    return reg;
}

std::unique_ptr<Register> Register::open(const QString &path, CipherKey key, RegisterError *error,
                                         Access access)
{
    *error = RegisterFile::inspect(path);
    // Only the benchmark opens plain SQLite files, and it says so with CipherKey::unencrypted().
    if (error->code == RegisterError::Code::PlainDatabase && key.kind() == CipherKey::Kind::None &&
        key.isValid())
        *error = {};
    if (*error)
        return nullptr;
    const QFileInfo info(path);
    const bool hadLog = QFileInfo::exists(path + QStringLiteral("-wal")) &&
                        QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    auto reg = connect(path, std::move(key), false, access, error);
    if (!reg)
        return nullptr;

    // A file cut short at a page boundary still opens: its header promises more pages than the
    // file holds. (With a non-empty log the missing pages may legitimately live in the log.)
    if (!hadLog) {
        QSqlQuery pages(reg->database());
        if (pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next() &&
            pages.value(0).toLongLong() * SqlCipherDriver::PageSize > info.size()) {
            *error = RegisterError::make(RegisterError::Code::Truncated, path,
                                         QStringLiteral("%1 pages promised, file holds %2 bytes")
                                             .arg(pages.value(0).toLongLong())
                                             .arg(info.size()));
            return nullptr;
        }
    }
    const int version = reg->schemaVersion();
    if (version < 0) {
        *error = RegisterError::make(RegisterError::Code::Damaged, path,
                                     QStringLiteral("the schema version cannot be read"));
        return nullptr;
    }
    if (version == 0) {
        *error = RegisterError::make(RegisterError::Code::NotARegister, path,
                                     QStringLiteral("no Veldboek schema"));
        return nullptr;
    }
    if (version > Migrations::currentVersion()) {
        *error = RegisterError::make(RegisterError::Code::NewerVersion, path,
                                     QStringLiteral("schema %1, this version knows up to %2")
                                         .arg(version)
                                         .arg(Migrations::currentVersion()));
        return nullptr;
    }
    if (version < Migrations::currentVersion()) {
        if (access == Access::ReadOnly) {
            *error = RegisterError::make(RegisterError::Code::ReadOnly, path,
                                         QStringLiteral("an older schema needs migrating"));
            return nullptr;
        }
        QString detail;
        if (!Migrations::migrate(*reg->driver(), version, Migrations::currentVersion(), &detail)) {
            *error =
                RegisterError::make(codeForResult(reg->driver()->lastResultCode()), path, detail);
            return nullptr;
        }
    }
    return reg;
}

std::unique_ptr<Register> Register::create(const QString &path, CipherKey key, RegisterError *error)
{
    if (QFileInfo::exists(path)) {
        *error = RegisterError::make(RegisterError::Code::AlreadyExists, path);
        return nullptr;
    }
    createPrivateFile(path); // if it cannot be made, connect() says why
    auto reg = connect(path, std::move(key), true, Access::ReadWrite, error);
    bool ok = reg != nullptr;
    if (ok) {
        QString detail;
        ok = Migrations::migrate(*reg->driver(), 0, Migrations::currentVersion(), &detail);
        if (!ok)
            *error =
                RegisterError::make(codeForResult(reg->driver()->lastResultCode()), path, detail);
    }
    if (ok) {
        ok = reg->transaction([&] {
            QSqlQuery query(reg->database());
            query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
            for (const auto &[settingKey, value] :
                 {std::pair{QStringLiteral("register_id"),
                            QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  std::pair{QStringLiteral("created_at"),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}) {
                query.addBindValue(settingKey);
                query.addBindValue(value);
                if (!query.exec())
                    return false;
            }
            return true;
        });
        if (!ok)
            *error = reg->lastError();
    }
    if (!ok) {
        reg.reset();
        RegisterFile::removeWithCompanions(path);
        return nullptr;
    }
    return reg;
}

int Register::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QString Register::registerId() const
{
    return setting(QStringLiteral("register_id")).toString();
}

QVariant Register::setting(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0);
    return {};
}

bool Register::setSetting(const QString &key, const QVariant &value)
{
    return transaction([&] {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec()) {
            setLastError(query.lastError());
            return false;
        }
        return true;
    });
}

bool Register::inTransaction() const
{
    return sqlite3_get_autocommit(driver()->connection()) == 0;
}

bool Register::fileInPlace() const
{
    struct stat now
    {
    };
    return m_inode == 0 || (::stat(QFile::encodeName(m_path).constData(), &now) == 0 &&
                            quint64(now.st_dev) == m_device && quint64(now.st_ino) == m_inode);
}

bool Register::transaction(const std::function<bool()> &work)
{
    // Nested calls join the outer transaction: a bulk operation stays all or nothing.
    if (inTransaction())
        return work();
    // A file deleted or replaced while open still takes writes (they go to the old inode), and
    // they are gone when the register closes: refuse, so the edit stays in the form, and say so.
    if (!fileInPlace()) {
        m_lastError = RegisterError::make(RegisterError::Code::FileGone, m_path);
        return false;
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        setLastError(db.lastError());
        return false;
    }
    m_lastError = {};
    if (work() && db.commit())
        return true;
    if (!m_lastError)
        setLastError(db.lastError().isValid() ? db.lastError() : QSqlError());
    db.rollback();
    return false;
}

QString Register::integrityCheck()
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    return problems.join(QLatin1String("; "));
}

bool Register::checkpoint()
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

bool Register::exportCopy(const QString &target, const CipherKey &key, RegisterError *error)
{
    if (QFileInfo::exists(target)) {
        *error = RegisterError::make(RegisterError::Code::AlreadyExists, target);
        return false;
    }
    createPrivateFile(target); // if it cannot be made, ATTACH says why
    QSqlQuery query(database());
    QByteArray material = key.sqlKeyMaterial();
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS export KEY ?"));
    query.addBindValue(target);
    query.addBindValue(QString::fromUtf8(material));
    wipe(material);
    bool attached = query.exec();
    bool ok = attached;
    auto run = [&](const QString &sql) {
        if (ok && !query.exec(sql))
            ok = false;
    };
    run(QStringLiteral("PRAGMA export.cipher_page_size = %1").arg(SqlCipherDriver::PageSize));
    if (key.kind() == CipherKey::Kind::Passphrase)
        run(QStringLiteral("PRAGMA export.kdf_iter = %1")
                .arg(SqlCipherDriver::PassphraseKdfIterations));
    run(QStringLiteral("SELECT sqlcipher_export('export')"));
    run(QStringLiteral("PRAGMA export.user_version = %1").arg(schemaVersion()));
    const QSqlError failure = query.lastError();
    const int failureCode = driver()->lastResultCode();
    if (attached)
        QSqlQuery(database()).exec(QStringLiteral("DETACH DATABASE export"));
    if (!ok) {
        *error = errorFrom(failure, failureCode);
        error->path = target;
        RegisterFile::removeWithCompanions(target);
        return false;
    }
    // Prove the copy opens with the key and settings every later open will use.
    RegisterError verifyError;
    auto copy = Register::open(target, key.clone(), &verifyError, Access::ReadOnly);
    const QString integrity = copy ? copy->integrityCheck() : QString();
    copy.reset();
    if (verifyError || integrity != QLatin1String("ok")) {
        *error = verifyError ? verifyError
                             : RegisterError::make(RegisterError::Code::Damaged, target, integrity);
        RegisterFile::removeWithCompanions(target);
        return false;
    }
    RegisterFile::removeCompanions(target);
    return true;
}

} // namespace veldboek
