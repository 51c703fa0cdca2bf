#include "SubmissionRepository.h"

#include "Register.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace veldboek {

QDateTime SubmissionRepository::lastApproved() const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT max(created_at) FROM submissions WHERE status = 'approved' AND "
                           "withdrawn_at = ''")) ||
        !query.next())
        return {};
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
}

qint64 SubmissionRepository::record(const SubmissionRecord &submission)
{
    const QString created = submission.createdAt.toUTC().toString(Qt::ISODateWithMs);
    const QString report =
        submission.report.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(submission.report).toJson(QJsonDocument::Compact));
    QSqlQuery query(m_register.database());
    qint64 existing = 0;
    if (!submission.remoteId.isEmpty()) {
        query.prepare(QStringLiteral("SELECT id FROM submissions WHERE remote_id = ?"));
        query.addBindValue(submission.remoteId);
        if (!query.exec()) {
            m_register.setLastError(query.lastError());
            return 0;
        }
        if (query.next())
            existing = query.value(0).toLongLong();
    }
    if (existing != 0) {
        // The first attempt's time stays: it is when the package was made.
        query.prepare(QStringLiteral(
            "UPDATE submissions SET status = ?, report_json = ?, note = ? WHERE id = ?"));
        query.addBindValue(submission.status);
        query.addBindValue(report);
        query.addBindValue(submission.note);
        query.addBindValue(existing);
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO submissions (created_at, spec_id, spec_version, funding_round, "
            "package_sha256, remote_id, status, report_json, note) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "?, ?)"));
        query.addBindValue(created);
        query.addBindValue(submission.specIds);
        query.addBindValue(submission.specVersions);
        query.addBindValue(submission.round);
        query.addBindValue(submission.packageSha256);
        query.addBindValue(submission.remoteId);
        query.addBindValue(submission.status);
        query.addBindValue(report);
        query.addBindValue(submission.note);
    }
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return 0;
    }
    return existing != 0 ? existing : query.lastInsertId().toLongLong();
}

namespace {

constexpr const char *Columns =
    "id, created_at, spec_id, spec_version, funding_round, package_sha256, remote_id, status, "
    "report_json, note, received_at, withdrawn_at, endpoint_json";

QString compact(const QJsonObject &object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

SubmissionRecord fromRow(const QSqlQuery &query)
{
    SubmissionRecord row;
    row.id = query.value(0).toLongLong();
    row.createdAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    row.specIds = query.value(2).toString();
    row.specVersions = query.value(3).toString();
    row.round = query.value(4).toString();
    row.packageSha256 = query.value(5).toString();
    row.remoteId = query.value(6).toString();
    row.status = query.value(7).toString();
    row.report = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
    row.note = query.value(9).toString();
    row.receivedAt = query.value(10).toString();
    row.withdrawnAt = query.value(11).toString();
    row.endpoint = QJsonDocument::fromJson(query.value(12).toString().toUtf8()).object();
    return row;
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

QList<SubmissionRecord> SubmissionRepository::history(int limit) const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM submissions ORDER BY created_at DESC, id DESC")
                      .arg(QLatin1String(Columns));
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(limit);
    QList<SubmissionRecord> rows;
    if (!query.exec(sql)) {
        m_register.setLastError(query.lastError());
        return rows;
    }
    while (query.next())
        rows.append(fromRow(query));
    return rows;
}

std::optional<SubmissionRecord> SubmissionRepository::byRemoteId(const QString &remoteId) const
{
    QSqlQuery query(m_register.database());
    query.prepare(QStringLiteral("SELECT %1 FROM submissions WHERE remote_id = ? ORDER BY id")
                      .arg(QLatin1String(Columns)));
    query.addBindValue(remoteId);
    if (remoteId.isEmpty() || !query.exec() || !query.next())
        return std::nullopt;
    return fromRow(query);
}

bool SubmissionRepository::applyRemote(const QJsonObject &entry, const QJsonArray &reports)
{
    const QString remoteId = text(entry, "id");
    if (remoteId.isEmpty())
        return false;
    QJsonObject stored = entry;
    stored.remove(QStringLiteral("reports"));
    const QString status = text(entry, "status");
    const QString withdrawnAt = text(entry, "withdrawnAt"); // null reads as ""
    const QString report =
        reports.isEmpty()
            ? QString()
            : compact({{QStringLiteral("status"), status}, {QStringLiteral("reports"), reports}});
    QSqlQuery query(m_register.database());
    if (const std::optional<SubmissionRecord> known = byRemoteId(remoteId)) {
        // The report is replaced only by a newer one: a history entry carries none.
        query.prepare(QStringLiteral(
            "UPDATE submissions SET status = ?, received_at = ?, withdrawn_at = ?, "
            "endpoint_json = ?, report_json = CASE WHEN ? = '' THEN report_json ELSE ? END "
            "WHERE id = ?"));
        query.addBindValue(status);
        query.addBindValue(text(entry, "receivedAt"));
        query.addBindValue(withdrawnAt);
        query.addBindValue(compact(stored));
        query.addBindValue(report);
        query.addBindValue(report);
        query.addBindValue(known->id);
    } else {
        QStringList specs;
        for (const QJsonValue &dataset : entry.value(QLatin1String("datasets")).toArray()) {
            const QString spec = text(dataset.toObject(), "spec");
            if (!specs.contains(spec))
                specs.append(spec);
        }
        QStringList versions;
        for (const QJsonValue &r : reports)
            versions.append(text(r.toObject(), "specVersion"));
        query.prepare(QStringLiteral(
            "INSERT INTO submissions (created_at, spec_id, spec_version, package_sha256, "
            "remote_id, status, report_json, note, received_at, withdrawn_at, endpoint_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(text(entry, "receivedAt"));
        query.addBindValue(specs.join(QLatin1Char(',')));
        query.addBindValue(versions.join(QLatin1Char(',')));
        query.addBindValue(text(entry, "contentHash"));
        query.addBindValue(remoteId);
        query.addBindValue(status);
        query.addBindValue(report);
        query.addBindValue(text(entry, "note"));
        query.addBindValue(text(entry, "receivedAt"));
        query.addBindValue(withdrawnAt);
        query.addBindValue(compact(stored));
    }
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return false;
    }
    return true;
}

bool SubmissionRepository::markWithdrawn(const QString &remoteId, const QString &at)
{
    QSqlQuery query(m_register.database());
    query.prepare(QStringLiteral("UPDATE submissions SET withdrawn_at = ? WHERE remote_id = ?"));
    query.addBindValue(at);
    query.addBindValue(remoteId);
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return false;
    }
    return query.numRowsAffected() > 0;
}

} // namespace veldboek
