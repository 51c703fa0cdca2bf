#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace veldboek {

class Register;

// One row of the submission history: what was sent, and what the endpoint made of it.
struct SubmissionRecord
{
    qint64 id = 0;
    QDateTime createdAt;
    QString specIds;      // the package's specs, comma-separated ("mdt,sor,cemplus")
    QString specVersions; // their versions, in the same order
    QString round;
    QString packageSha256; // the Idempotency-Key
    QString remoteId;      // the endpoint's submission id
    QString status;        // processing, approved, rejected
    QJsonObject report;    // {"status": ..., "reports": [ValidationReport JSON, ...]}
    QString note;
    // What the endpoint's history says of it (GET /api/v1/submissions, docs/api.md); empty until
    // the history was fetched once. Kept so the history window shows it offline.
    QString receivedAt;   // the endpoint's time of arrival (ISO 8601 UTC)
    QString withdrawnAt;  // empty while it counts
    QJsonObject endpoint; // the endpoint's history entry: datasets with rows, outcomes
    bool withdrawn() const { return !withdrawnAt.isEmpty(); }
};

// The register's own record of its submissions (the `submissions` table). The main window reads
// from it when the next upload is due; the sync client writes it.
class SubmissionRepository
{
public:
    explicit SubmissionRepository(Register &reg)
        : m_register(reg)
    {}

    // When the last submission the endpoint approved was made; invalid when there is none.
    QDateTime lastApproved() const;

    // Records the endpoint's answer on a submission. A row with the same remote id is updated
    // instead (a resent package is the same submission at the endpoint), so the history never
    // shows one submission twice. Returns the row id, 0 on failure (see Register::lastError).
    qint64 record(const SubmissionRecord &submission);
    // Newest first; `limit` 0 means all.
    QList<SubmissionRecord> history(int limit = 0) const;
    std::optional<SubmissionRecord> byRemoteId(const QString &remoteId) const;

    // Stores one entry of the endpoint's history (and, when given, its reports): updates the row
    // with its id, or adds one for a submission this register does not know (sent from a copy of
    // the register, or before the history was kept). Returns false on a database error.
    bool applyRemote(const QJsonObject &entry, const QJsonArray &reports = {});
    // Marks a submission withdrawn at `at` (the endpoint's answer to the withdrawal).
    bool markWithdrawn(const QString &remoteId, const QString &at);

private:
    Register &m_register;
};

} // namespace veldboek
