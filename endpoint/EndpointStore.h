#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace veldboek {

// Where the endpoint keeps its data: an embedded SQLite file under the data directory, or a
// PostgreSQL server (postgresql://user:password@host:port/dbname[?host=/socket/dir]).
struct StoreLocation
{
    QString dataDir;
    QString databaseUrl; // empty: SQLite under dataDir

    bool isPostgres() const { return !databaseUrl.isEmpty(); }
    QString describe() const; // for log lines: never the password
};

struct Account
{
    QString id;
    QString organisationId;
    QString organisation;
    QString cluster;
    QString department;
    QString createdAt;
    QString revokedAt;
};

struct SubmissionRecord
{
    QString id;
    QString organisationId;
    QString accountId;
    QString department;
    QString contentHash;
    QString status; // processing, approved, rejected
    QString receivedAt;
    QString processedAt;
    QString withdrawnAt;
    QString period;
    QString note;
    QString clientVersion;
    QString language;
    QJsonObject manifest;
    QJsonObject report;
    QJsonObject tally;
    qint64 size = 0;
};

// A self-registration link (issue 19; docs/api.md, "Self-registration"): its id is the secret
// part of the address people open; entries sent through it are sealed to `publicKey`, the
// organisation register's, so the endpoint keeps them without being able to read them.
struct SelfRegLink
{
    QString id; // 22 characters base64url: 128 random bits
    QString organisationId;
    QString accountId;
    QString specId;
    QByteArray publicKey; // X25519, 32 bytes
    QString createdAt;
    QString closedAt; // empty while open
    int waiting = 0;  // entries not yet pulled (selfRegLinks() only)
};

struct SelfRegEntry
{
    QString linkId;
    QString entryId; // the page's random id for one filled-in form: a replay is refused by it
    QString receivedAt;
    QByteArray sealed; // core/keys/Sealing.h sealTo(); docs/api.md says what is inside
};

struct DeletionRequest
{
    QString id;
    QString organisationId;
    QString organisation;
    QString accountId;
    QString dataset;
    QString reference;
    QString reason;
    QString requestedAt;
    QString resolvedAt; // empty while open
    QString resolution; // the administrator's note
};

// The tally of one source (an organisation's department) from its newest approved submission.
struct SourceTally
{
    QString organisationId;
    QString department;
    QString receivedAt;
    QJsonObject tally;
};

// The endpoint's database, one connection per thread (a QSqlDatabase may only be used in the
// thread that opened it). The same schema serves SQLite and PostgreSQL; ids are random UUIDs made
// here, so no dialect's auto-increment or RETURNING is needed.
class EndpointStore
{
public:
    ~EndpointStore();
    EndpointStore(const EndpointStore &) = delete;
    EndpointStore &operator=(const EndpointStore &) = delete;

    // Opens (and on first use creates) the store; `connectionName` must be unique per thread.
    static std::unique_ptr<EndpointStore> open(const StoreLocation &location,
                                               const QString &connectionName, QString *error);

    static QString now(); // UTC, ISO 8601 with milliseconds: sorts as text
    static QString newId();

    QString lastError() const { return m_lastError; }

    // Accounts
    std::optional<Account> createAccount(const QString &organisation, const QString &cluster,
                                         const QString &department, const QString &tokenHash);
    std::optional<Account> accountByTokenHash(const QString &tokenHash);
    QList<Account> accounts();
    bool revokeAccount(const QString &id); // false: no such account, or already revoked

    // Submissions
    std::optional<SubmissionRecord> submission(const QString &id);
    std::optional<SubmissionRecord> submissionByHash(const QString &organisationId,
                                                     const QString &contentHash);
    QList<SubmissionRecord> submissions(const QString &organisationId);
    int submissionsInPeriod(const QString &organisationId, const QString &period);
    QStringList queuedSubmissions(); // oldest first
    bool loadPackage(const QString &id, QByteArray *contentType, QByteArray *package);
    bool withdrawSubmission(const QString &id);

    // Dashboard inputs: for every source of the given organisations, its newest approved,
    // not withdrawn submission's tally.
    QList<SourceTally> newestApprovedTallies(const QString &cluster);
    std::optional<QString> lastApproved(const QString &organisationId);

    // Deletion requests
    std::optional<DeletionRequest> addDeletionRequest(const Account &account,
                                                      const QString &dataset,
                                                      const QString &reference,
                                                      const QString &reason);
    QList<DeletionRequest> deletionRequests(const QString &organisationId = {});
    // false: no such request, or already resolved
    bool resolveDeletionRequest(const QString &id, const QString &note);

    // Packages live as files, not in the database: <data>/packages/<id>.pkg (.pkg.gz when sent
    // compressed), 0600; uploads in progress in <data>/spool.
    static QString spoolDir(const StoreLocation &location);
    static QString packageDir(const StoreLocation &location);
    static QString packagePath(const StoreLocation &location, const QString &id, bool gzip);
    // Submissions whose package is no longer to be kept: withdrawn, or received before
    // `cutoff`. Their report and figures stay; a package still held in the database (from
    // before packages were files) is cleared here.
    QStringList expiredPackages(const QString &cutoff);

    // Several processes on one database (EndpointQueueStore.cpp, issue 18).
    // The oldest queued submission nobody holds (or whose holder's lease ran out), claimed for
    // `worker` for `leaseSeconds`; nullopt when there is none or on a database error.
    std::optional<QString> claimNext(const QString &worker, int leaseSeconds);
    // Frees every claim (SQLite at start: one process, so they were its previous run's).
    bool releaseClaims();
    enum class FinishResult { Finished, ClaimLost, Failed };
    // The outcome and one submission_checks row, in the transaction that ends `worker`'s claim.
    FinishResult finishClaimed(const QString &id, const QString &worker, const QString &status,
                               const QJsonObject &report, const QJsonObject &tally);
    enum class AcceptResult { Inserted, Duplicate, CapReached, Failed };
    // The duplicate test, the correction cap and the insert in one transaction, one
    // organisation at a time. On Duplicate `record` becomes the earlier submission.
    // With a `claimant`, the new submission is inserted claimed by it for `leaseSeconds`, so
    // no worker takes it while the claimant finishes it (finishClaimed): the upload's own check
    // (issue 18). Should the claimant never finish, the lease runs out and a worker checks it.
    AcceptResult acceptSubmission(SubmissionRecord &record, const QByteArray &contentType,
                                  int correctionCap, const QString &claimant = {},
                                  int leaseSeconds = 0);
    struct RequestCount
    {
        qint64 windowStartMs = 0;
        int requests = 0; // in this window, this one included
    };
    // Counts a request of `key` in the shared rate-limit window (PostgreSQL 9.5+, SQLite 3.35+).
    std::optional<RequestCount> countRequest(const QString &key, qint64 nowMs);

private:
    explicit EndpointStore(const QString &connectionName);
    bool createSchema();
    bool ensureQueueSchema();
    bool begin();
    void rollback();
    bool exec(const QString &sql);
    QSqlDatabase database() const;

    QString m_connectionName;
    bool m_postgres = false;
    QString m_lastError;

public:
    // Dashboard releases (issue 13, DashboardRelease; EndpointReleaseStore.cpp): the cluster side
    // each organisation sees, stored per release and served unchanged until the next release,
    // and the tallies the release was made from (per cluster, per organisation), so that an
    // organisation that first asks after the release gets its side from the same data.
    struct ReleasedSide
    {
        QString releaseId;
        QString releasedAt;
        QJsonObject cluster;
    };
    struct ReleaseSource
    {
        QString cluster;
        QString organisationId;
        QJsonObject tally; // DashboardTally::toJson, the organisation's departments merged
    };
    QList<std::pair<QString, QString>> organisationClusters(); // organisation id, cluster
    // One release: per organisation id its cluster side, and the sources, in one transaction.
    bool storeRelease(const QString &releaseId, const QString &releasedAt,
                      const QList<std::pair<QString, QJsonObject>> &sides,
                      const QList<ReleaseSource> &sources);
    // The newest release (id and time, cluster empty), nullopt when there is none.
    std::optional<ReleasedSide> newestRelease();
    // This organisation's side in that release, nullopt when it has none.
    std::optional<QJsonObject> releaseSide(const QString &releaseId, const QString &organisationId);
    // Adds a side to a release made before the organisation had one; false when it has one by
    // now (the stored one is then the one to serve) or on a database error.
    bool addReleaseSide(const QString &releaseId, const QString &organisationId,
                        const QJsonObject &cluster);
    QList<ReleaseSource> releaseSources(const QString &releaseId, const QString &cluster);
    std::optional<QString> lastReleaseAt();

    // Self-registration links and their sealed entries (EndpointSelfRegStore.cpp, issue 19).
    std::optional<SelfRegLink> createSelfRegLink(const Account &account, const QString &specId,
                                                 const QByteArray &publicKey);
    std::optional<SelfRegLink> selfRegLink(const QString &id); // nullopt: unknown, or an error
    QList<SelfRegLink> selfRegLinks(const QString &organisationId);
    bool closeSelfRegLink(const QString &id, const QString &organisationId);
    enum class EntryResult { Stored, Replayed, Closed, Full, Failed };
    // One transaction: the link is open, fewer than `maxWaiting` of its entries wait, and the
    // entry id is new to it (a pulled entry's id stays known).
    EntryResult addSelfRegEntry(const QString &linkId, const QString &entryId,
                                const QByteArray &sealed, int maxWaiting);
    QList<SelfRegEntry> selfRegEntries(const QString &linkId, int limit); // oldest first
    // Deletes what was pulled: the sealed content goes, the id stays (replays stay refused).
    int deletePulledEntries(const QString &linkId, const QStringList &entryIds);

private:
    bool ensureReleaseSchema();
    bool ensureSelfRegSchema();
    bool m_selfRegSchema = false;
    bool m_releaseSchema = false;
};

} // namespace veldboek
