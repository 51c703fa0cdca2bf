#include "EndpointStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QVariant>

namespace veldboek {

namespace {

QJsonObject fromText(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

const char *const submissionColumns =
    "id, organisation_id, account_id, department, content_hash, status, received_at, "
    "processed_at, withdrawn_at, period, note, client_version, language, manifest, report, "
    "tally, size";

SubmissionRecord readSubmission(const QSqlQuery &q)
{
    SubmissionRecord r;
    r.id = q.value(0).toString();
    r.organisationId = q.value(1).toString();
    r.accountId = q.value(2).toString();
    r.department = q.value(3).toString();
    r.contentHash = q.value(4).toString();
    r.status = q.value(5).toString();
    r.receivedAt = q.value(6).toString();
    r.processedAt = q.value(7).toString();
    r.withdrawnAt = q.value(8).toString();
    r.period = q.value(9).toString();
    r.note = q.value(10).toString();
    r.clientVersion = q.value(11).toString();
    r.language = q.value(12).toString();
    r.manifest = fromText(q.value(13).toString());
    r.report = fromText(q.value(14).toString());
    r.tally = fromText(q.value(15).toString());
    r.size = q.value(16).toLongLong();
    return r;
}

Account readAccount(const QSqlQuery &q)
{
    return Account{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                   q.value(6).toString()};
}

const char *const accountSelect =
    "SELECT a.id, o.id, o.name, o.cluster, a.department, a.created_at, a.revoked_at "
    "FROM accounts a JOIN organisations o ON o.id = a.organisation_id ";

// Qt binds a null QString as SQL NULL; "no department" is stored as the empty text.
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

QString StoreLocation::describe() const
{
    if (!isPostgres())
        return QStringLiteral("sqlite:") +
               QDir(dataDir).absoluteFilePath(QStringLiteral("endpoint.sqlite"));
    QUrl url(databaseUrl);
    url.setPassword(QString());
    return url.toString();
}

EndpointStore::EndpointStore(const QString &connectionName)
    : m_connectionName(connectionName)
{}

EndpointStore::~EndpointStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase EndpointStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<EndpointStore> EndpointStore::open(const StoreLocation &location,
                                                   const QString &connectionName, QString *error)
{
    std::unique_ptr<EndpointStore> store(new EndpointStore(connectionName));
    store->m_postgres = location.isPostgres();
    if (store->m_postgres) {
        const QUrl url(location.databaseUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") &&
                               url.scheme() != QLatin1String("postgres"))) {
            *error = QStringLiteral("--db must be a postgresql:// URL");
            return nullptr;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        const QUrlQuery query(url);
        // A Unix socket directory comes as ?host=/dir, the way libpq's URIs write it.
        db.setHostName(query.hasQueryItem(QStringLiteral("host"))
                           ? query.queryItemValue(QStringLiteral("host"))
                           : url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        // Over a network the server's certificate is checked against its name unless the URL
        // says otherwise; libpq's own default ("prefer") checks nothing and falls back to
        // plain text. Loopback and a Unix socket never leave the machine.
        const QString host = db.hostName();
        const bool local = host.isEmpty() || host.startsWith(QLatin1Char('/')) ||
                           host == QLatin1String("localhost") ||
                           host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
        QStringList options{
            QStringLiteral("sslmode=") +
            (query.hasQueryItem(QStringLiteral("sslmode"))
                 ? query.queryItemValue(QStringLiteral("sslmode"))
                 : (local ? QStringLiteral("prefer") : QStringLiteral("verify-full")))};
        if (query.hasQueryItem(QStringLiteral("sslrootcert")))
            options.append(QStringLiteral("sslrootcert=") +
                           query.queryItemValue(QStringLiteral("sslrootcert")));
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            *error = QStringLiteral("cannot connect to PostgreSQL: ") + db.lastError().text();
            return nullptr;
        }
        // "relation already exists, skipping" on every start is not news for the log.
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO WARNING"));
    } else {
        if (!QDir().mkpath(location.dataDir)) {
            *error = QStringLiteral("cannot create the data directory ") + location.dataDir;
            return nullptr;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(
            QDir(location.dataDir).absoluteFilePath(QStringLiteral("endpoint.sqlite")));
        // The server's request thread and its worker write to the same file: wait, don't fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!db.open()) {
            *error = QStringLiteral("cannot open the database: ") + db.lastError().text();
            return nullptr;
        }
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    if (!store->createSchema()) {
        *error = QStringLiteral("cannot create the schema: ") + store->m_lastError;
        return nullptr;
    }
    return store;
}

bool EndpointStore::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool EndpointStore::createSchema()
{
    const QString blob = m_postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    const QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS organisations ("
                       "id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, cluster TEXT NOT NULL, "
                       "created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS accounts ("
                       "id TEXT PRIMARY KEY, "
                       "organisation_id TEXT NOT NULL REFERENCES organisations(id), "
                       "department TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, "
                       "created_at TEXT NOT NULL, revoked_at TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS submissions ("
                       "id TEXT PRIMARY KEY, "
                       "organisation_id TEXT NOT NULL REFERENCES organisations(id), "
                       "account_id TEXT NOT NULL REFERENCES accounts(id), "
                       "department TEXT NOT NULL, content_hash TEXT NOT NULL, "
                       "status TEXT NOT NULL, received_at TEXT NOT NULL, processed_at TEXT, "
                       "withdrawn_at TEXT, period TEXT NOT NULL, note TEXT, client_version TEXT, "
                       "language TEXT, manifest TEXT NOT NULL, report TEXT, tally TEXT, "
                       "size BIGINT NOT NULL, content_type TEXT NOT NULL, package ") +
            blob + QStringLiteral(" NOT NULL, UNIQUE (organisation_id, content_hash))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS submissions_by_status "
                       "ON submissions (status, received_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS submissions_by_organisation "
                       "ON submissions (organisation_id, received_at)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS deletion_requests ("
                       "id TEXT PRIMARY KEY, "
                       "organisation_id TEXT NOT NULL REFERENCES organisations(id), "
                       "account_id TEXT NOT NULL REFERENCES accounts(id), "
                       "dataset TEXT NOT NULL, reference TEXT NOT NULL, reason TEXT, "
                       "requested_at TEXT NOT NULL)"),
    };
    for (const QString &sql : statements) {
        if (!exec(sql))
            return false;
    }
    // Added with the resolution of deletion requests (issue 12).
    if (!QSqlQuery(database())
             .exec(
                 QStringLiteral("SELECT resolved_at, resolution FROM deletion_requests LIMIT 0"))) {
        if (!exec(QStringLiteral("ALTER TABLE deletion_requests ADD COLUMN resolved_at TEXT")) ||
            !exec(QStringLiteral("ALTER TABLE deletion_requests ADD COLUMN resolution TEXT")))
            return false;
    }
    return ensureQueueSchema();
}

QString EndpointStore::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString EndpointStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<Account> EndpointStore::createAccount(const QString &organisation,
                                                    const QString &cluster,
                                                    const QString &department,
                                                    const QString &tokenHash)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, cluster FROM organisations WHERE name = ?"));
    q.addBindValue(organisation);
    QString organisationId;
    if (q.exec() && q.next()) {
        organisationId = q.value(0).toString();
        if (q.value(1).toString() != cluster) {
            m_lastError = QStringLiteral("organisation %1 is in cluster %2, not %3")
                              .arg(organisation, q.value(1).toString(), cluster);
            db.rollback();
            return std::nullopt;
        }
    } else {
        organisationId = newId();
        q.prepare(QStringLiteral(
            "INSERT INTO organisations (id, name, cluster, created_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(organisationId);
        q.addBindValue(organisation);
        q.addBindValue(cluster);
        q.addBindValue(now());
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            db.rollback();
            return std::nullopt;
        }
    }
    Account account{newId(), organisationId, organisation, cluster, department, now(), {}};
    q.prepare(QStringLiteral("INSERT INTO accounts (id, organisation_id, department, token_hash, "
                             "created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(account.id);
    q.addBindValue(organisationId);
    q.addBindValue(notNull(department));
    q.addBindValue(tokenHash);
    q.addBindValue(account.createdAt);
    if (!q.exec() || !db.commit()) {
        m_lastError = q.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    return account;
}

std::optional<Account> EndpointStore::accountByTokenHash(const QString &tokenHash)
{
    QSqlQuery q(database());
    q.prepare(QLatin1String(accountSelect) +
              QStringLiteral("WHERE a.token_hash = ? AND a.revoked_at IS NULL"));
    q.addBindValue(tokenHash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readAccount(q);
}

QList<Account> EndpointStore::accounts()
{
    QList<Account> result;
    QSqlQuery q(database());
    if (!q.exec(QLatin1String(accountSelect) + QStringLiteral("ORDER BY o.name, a.created_at")))
        return result;
    while (q.next())
        result.append(readAccount(q));
    return result;
}

bool EndpointStore::revokeAccount(const QString &id)
{
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("UPDATE accounts SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(now());
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

std::optional<SubmissionRecord> EndpointStore::submission(const QString &id)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(submissionColumns) +
              QStringLiteral(" FROM submissions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readSubmission(q);
}

std::optional<SubmissionRecord> EndpointStore::submissionByHash(const QString &organisationId,
                                                                const QString &contentHash)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(submissionColumns) +
              QStringLiteral(" FROM submissions WHERE organisation_id = ? AND content_hash = ?"));
    q.addBindValue(organisationId);
    q.addBindValue(contentHash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readSubmission(q);
}

QList<SubmissionRecord> EndpointStore::submissions(const QString &organisationId)
{
    QList<SubmissionRecord> result;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(submissionColumns) +
              QStringLiteral(" FROM submissions WHERE organisation_id = ? "
                             "ORDER BY received_at DESC, id"));
    q.addBindValue(organisationId);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(readSubmission(q));
    return result;
}

int EndpointStore::submissionsInPeriod(const QString &organisationId, const QString &period)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM submissions WHERE organisation_id = ? AND period = ?"));
    q.addBindValue(organisationId);
    q.addBindValue(period);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QStringList EndpointStore::queuedSubmissions()
{
    QStringList ids;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral(
            "SELECT id FROM submissions WHERE status = 'processing' ORDER BY received_at, id")))
        return ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

bool EndpointStore::loadPackage(const QString &id, QByteArray *contentType, QByteArray *package)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT content_type, package FROM submissions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    *contentType = q.value(0).toString().toLatin1();
    *package = q.value(1).toByteArray();
    return true;
}

bool EndpointStore::withdrawSubmission(const QString &id)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "UPDATE submissions SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL"));
    q.addBindValue(now());
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

QList<SourceTally> EndpointStore::newestApprovedTallies(const QString &cluster)
{
    QList<SourceTally> result;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT s.organisation_id, s.department, s.received_at, s.tally FROM submissions s "
        "JOIN organisations o ON o.id = s.organisation_id "
        "WHERE o.cluster = ? AND s.status = 'approved' AND s.withdrawn_at IS NULL "
        "ORDER BY s.received_at DESC, s.id"));
    q.addBindValue(cluster);
    if (!q.exec())
        return result;
    QSet<QString> seen;
    while (q.next()) {
        const QString source = q.value(0).toString() + QLatin1Char('\n') + q.value(1).toString();
        if (seen.contains(source))
            continue; // an older submission of a source that already has a newer one
        seen.insert(source);
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       fromText(q.value(3).toString())});
    }
    return result;
}

std::optional<QString> EndpointStore::lastApproved(const QString &organisationId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT MAX(received_at) FROM submissions WHERE organisation_id = ? "
                             "AND status = 'approved' AND withdrawn_at IS NULL"));
    q.addBindValue(organisationId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toString();
}

std::optional<DeletionRequest> EndpointStore::addDeletionRequest(const Account &account,
                                                                 const QString &dataset,
                                                                 const QString &reference,
                                                                 const QString &reason)
{
    DeletionRequest request{newId(),
                            account.organisationId,
                            account.organisation,
                            account.id,
                            dataset,
                            reference,
                            reason,
                            now(),
                            {},
                            {}};
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("INSERT INTO deletion_requests (id, organisation_id, account_id, "
                       "dataset, reference, reason, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(request.id);
    q.addBindValue(request.organisationId);
    q.addBindValue(request.accountId);
    q.addBindValue(request.dataset);
    q.addBindValue(request.reference);
    q.addBindValue(request.reason);
    q.addBindValue(request.requestedAt);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return request;
}

QList<DeletionRequest> EndpointStore::deletionRequests(const QString &organisationId)
{
    QList<DeletionRequest> result;
    QSqlQuery q(database());
    QString sql = QStringLiteral(
        "SELECT d.id, d.organisation_id, o.name, d.account_id, d.dataset, d.reference, d.reason, "
        "d.requested_at, d.resolved_at, d.resolution FROM deletion_requests d "
        "JOIN organisations o ON o.id = "
        "d.organisation_id ");
    if (!organisationId.isEmpty())
        sql += QStringLiteral("WHERE d.organisation_id = ? ");
    sql += QStringLiteral("ORDER BY d.requested_at, d.id");
    q.prepare(sql);
    if (!organisationId.isEmpty())
        q.addBindValue(organisationId);
    if (!q.exec())
        return result;
    while (q.next()) {
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                       q.value(9).toString()});
    }
    return result;
}

bool EndpointStore::resolveDeletionRequest(const QString &id, const QString &note)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE deletion_requests SET resolved_at = ?, resolution = ? "
                             "WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(now());
    q.addBindValue(note);
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

QString EndpointStore::spoolDir(const StoreLocation &location)
{
    return QDir(location.dataDir).filePath(QStringLiteral("spool"));
}

QString EndpointStore::packageDir(const StoreLocation &location)
{
    return QDir(location.dataDir).filePath(QStringLiteral("packages"));
}

QString EndpointStore::packagePath(const StoreLocation &location, const QString &id, bool gzip)
{
    return QDir(packageDir(location))
        .filePath(id + (gzip ? QStringLiteral(".pkg.gz") : QStringLiteral(".pkg")));
}

QStringList EndpointStore::expiredPackages(const QString &cutoff)
{
    QStringList ids;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id FROM submissions WHERE status <> 'processing' AND "
                             "(withdrawn_at IS NOT NULL OR received_at < ?)"));
    q.addBindValue(cutoff);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toString());
    QSqlQuery clear(database());
    clear.prepare(QStringLiteral("UPDATE submissions SET package = ? WHERE length(package) > 0 "
                                 "AND (withdrawn_at IS NOT NULL OR received_at < ?)"));
    clear.addBindValue(QByteArray(""));
    clear.addBindValue(cutoff);
    clear.exec();
    return ids;
}

// The dashboard releases' tables and queries: EndpointReleaseStore.cpp.

} // namespace veldboek
