// EndpointStore's work shared by several endpoint processes on one database (issue 18, goal 3):
// the queue of submissions waiting for their check, claimed with a lease; the correction cap,
// counted and inserted under a lock; and the rate limit's windows. In a file of their own so
// EndpointStore.cpp stays about the records themselves. docs/deployment.md says how several
// processes are run.
#include "EndpointStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace veldboek {

namespace {

QString toText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString inMs(qint64 ms)
{
    return QDateTime::currentDateTimeUtc().addMSecs(ms).toString(Qt::ISODateWithMs);
}

} // namespace

// Added with several processes on one database (issue 18): who holds a queued submission and
// until when, how often it was claimed, one row per check result, and the rate limit's windows.
bool EndpointStore::ensureQueueSchema()
{
    if (!QSqlQuery(database())
             .exec(QStringLiteral(
                 "SELECT claimed_by, claim_expires, attempts FROM submissions LIMIT 0"))) {
        // PostgreSQL: IF NOT EXISTS, as two processes started together may both get here.
        const QString add = m_postgres ? QStringLiteral("ALTER TABLE submissions ADD COLUMN "
                                                        "IF NOT EXISTS ")
                                       : QStringLiteral("ALTER TABLE submissions ADD COLUMN ");
        if (!exec(add + QStringLiteral("claimed_by TEXT")) ||
            !exec(add + QStringLiteral("claim_expires TEXT")) ||
            !exec(add + QStringLiteral("attempts INTEGER NOT NULL DEFAULT 0")))
            return false;
    }
    // No unique constraint on submission_id on purpose: a second result for a submission must
    // be seen (tests/endpoint/tst_endpointcluster.cpp counts them), not silently refused.
    return exec(QStringLiteral("CREATE TABLE IF NOT EXISTS submission_checks ("
                               "id TEXT PRIMARY KEY, submission_id TEXT NOT NULL, "
                               "checked_by TEXT NOT NULL, checked_at TEXT NOT NULL, "
                               "status TEXT NOT NULL)")) &&
           exec(QStringLiteral("CREATE INDEX IF NOT EXISTS submission_checks_by_submission "
                               "ON submission_checks (submission_id)")) &&
           exec(QStringLiteral("CREATE TABLE IF NOT EXISTS rate_windows ("
                               "account_id TEXT PRIMARY KEY, window_start BIGINT NOT NULL, "
                               "requests INTEGER NOT NULL)"));
}

bool EndpointStore::begin()
{
    // SQLite: take the write lock at once, so the count and the insert of acceptSubmission() (or
    // the select and the update of claimNext()) see no other writer in between. PostgreSQL
    // takes row locks in the statements themselves (FOR UPDATE).
    return exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
}

void EndpointStore::rollback()
{
    QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
}

std::optional<QString> EndpointStore::claimNext(const QString &worker, int leaseSeconds)
{
    if (!begin())
        return std::nullopt;
    QSqlQuery q(database());
    // SKIP LOCKED: a row another process is claiming right now is passed over, not waited for;
    // a claim whose lease ran out (its process died, or hangs) is taken over.
    q.prepare(QStringLiteral("SELECT id FROM submissions WHERE status = 'processing' AND "
                             "(claim_expires IS NULL OR claim_expires < ?) "
                             "ORDER BY received_at, id LIMIT 1") +
              (m_postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()));
    q.addBindValue(now());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        rollback();
        return std::nullopt;
    }
    if (!q.next()) {
        q.finish();
        exec(QStringLiteral("COMMIT"));
        return std::nullopt;
    }
    const QString id = q.value(0).toString();
    q.finish();
    QSqlQuery claim(database());
    claim.prepare(QStringLiteral("UPDATE submissions SET claimed_by = ?, claim_expires = ?, "
                                 "attempts = attempts + 1 WHERE id = ?"));
    claim.addBindValue(worker);
    claim.addBindValue(inMs(qint64(leaseSeconds) * 1000));
    claim.addBindValue(id);
    if (!claim.exec() || !exec(QStringLiteral("COMMIT"))) {
        m_lastError = claim.lastError().text();
        rollback();
        return std::nullopt;
    }
    return id;
}

bool EndpointStore::releaseClaims()
{
    return exec(QStringLiteral("UPDATE submissions SET claimed_by = NULL, claim_expires = NULL "
                               "WHERE status = 'processing'"));
}

EndpointStore::FinishResult EndpointStore::finishClaimed(const QString &id, const QString &worker,
                                                         const QString &status,
                                                         const QJsonObject &report,
                                                         const QJsonObject &tally)
{
    if (!begin())
        return FinishResult::Failed;
    const QString at = now();
    QSqlQuery q(database());
    // Only the holder of the claim finishes it: a worker whose lease ran out while it checked
    // finds the submission claimed by another (or finished), and its result is dropped.
    q.prepare(QStringLiteral("UPDATE submissions SET status = ?, report = ?, tally = ?, "
                             "processed_at = ?, claimed_by = NULL, claim_expires = NULL "
                             "WHERE id = ? AND status = 'processing' AND claimed_by = ?"));
    q.addBindValue(status);
    q.addBindValue(toText(report));
    q.addBindValue(toText(tally));
    q.addBindValue(at);
    q.addBindValue(id);
    q.addBindValue(worker);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        rollback();
        return FinishResult::Failed;
    }
    if (q.numRowsAffected() != 1) {
        rollback();
        return FinishResult::ClaimLost;
    }
    QSqlQuery check(database());
    check.prepare(QStringLiteral("INSERT INTO submission_checks (id, submission_id, checked_by, "
                                 "checked_at, status) VALUES (?, ?, ?, ?, ?)"));
    check.addBindValue(newId());
    check.addBindValue(id);
    check.addBindValue(worker);
    check.addBindValue(at);
    check.addBindValue(status);
    if (!check.exec() || !exec(QStringLiteral("COMMIT"))) {
        m_lastError = check.lastError().text();
        rollback();
        return FinishResult::Failed;
    }
    return FinishResult::Finished;
}

EndpointStore::AcceptResult
EndpointStore::acceptSubmission(SubmissionRecord &r, const QByteArray &contentType,
                                int correctionCap, const QString &claimant, int leaseSeconds)
{
    if (!begin())
        return AcceptResult::Failed;
    // One organisation's submissions are accepted one at a time: its row is the lock (PostgreSQL;
    // SQLite's BEGIN IMMEDIATE holds every writer). Without it two parallel submissions both
    // counted the period before either was inserted, and both passed the cap.
    if (m_postgres) {
        QSqlQuery lock(database());
        lock.prepare(QStringLiteral("SELECT id FROM organisations WHERE id = ? FOR UPDATE"));
        lock.addBindValue(r.organisationId);
        if (!lock.exec()) {
            m_lastError = lock.lastError().text();
            rollback();
            return AcceptResult::Failed;
        }
    }
    if (std::optional<SubmissionRecord> existing =
            submissionByHash(r.organisationId, r.contentHash)) {
        rollback();
        r = *existing;
        return AcceptResult::Duplicate;
    }
    if (submissionsInPeriod(r.organisationId, r.period) > correctionCap) {
        rollback();
        return AcceptResult::CapReached;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO submissions (id, organisation_id, account_id, "
                             "department, content_hash, status, received_at, period, note, "
                             "client_version, language, manifest, size, content_type, package, "
                             "claimed_by, claim_expires, attempts) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.id);
    q.addBindValue(r.organisationId);
    q.addBindValue(r.accountId);
    q.addBindValue(notNull(r.department));
    q.addBindValue(r.contentHash);
    q.addBindValue(r.status);
    q.addBindValue(r.receivedAt);
    q.addBindValue(r.period);
    q.addBindValue(r.note);
    q.addBindValue(r.clientVersion);
    q.addBindValue(r.language);
    q.addBindValue(toText(r.manifest));
    q.addBindValue(r.size);
    q.addBindValue(QString::fromLatin1(contentType));
    q.addBindValue(QByteArray("")); // the package is the file (packagePath)
    const bool claimed = !claimant.isEmpty();
    q.addBindValue(claimed ? QVariant(claimant) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(claimed ? QVariant(inMs(qint64(leaseSeconds) * 1000))
                           : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(claimed ? 1 : 0);
    if (q.exec() && exec(QStringLiteral("COMMIT")))
        return AcceptResult::Inserted;
    m_lastError = q.lastError().text();
    rollback();
    if (std::optional<SubmissionRecord> existing =
            submissionByHash(r.organisationId, r.contentHash)) {
        r = *existing;
        return AcceptResult::Duplicate;
    }
    return AcceptResult::Failed;
}

std::optional<EndpointStore::RequestCount> EndpointStore::countRequest(const QString &key,
                                                                       qint64 nowMs)
{
    constexpr qint64 windowMs = 60 * 1000;
    QSqlQuery q(database());
    // One statement, under the row's lock: every process counts in the same window. A new
    // window starts when the old one is a minute old (RateLimiter's fixed window).
    q.prepare(QStringLiteral(
        "INSERT INTO rate_windows (account_id, window_start, requests) VALUES (?, ?, 1) "
        "ON CONFLICT (account_id) DO UPDATE SET "
        "window_start = CASE WHEN rate_windows.window_start <= ? THEN excluded.window_start "
        "ELSE rate_windows.window_start END, "
        "requests = CASE WHEN rate_windows.window_start <= ? THEN 1 "
        "ELSE rate_windows.requests + 1 END "
        "RETURNING window_start, requests"));
    q.addBindValue(key);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs - windowMs);
    q.addBindValue(nowMs - windowMs);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return RequestCount{q.value(0).toLongLong(), q.value(1).toInt()};
}

} // namespace veldboek
