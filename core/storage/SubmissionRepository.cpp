#include "SubmissionRepository.h"

#include "Register.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace veldboek {

QDateTime SubmissionRepository::lastApproved() const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT max(created_at) FROM submissions WHERE status = 'approved'")) ||
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

QList<SubmissionRecord> SubmissionRepository::history(int limit) const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT id, created_at, spec_id, spec_version, funding_round, package_sha256, remote_id, "
        "status, report_json, note FROM submissions ORDER BY created_at DESC, id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(limit);
    QList<SubmissionRecord> rows;
    if (!query.exec(sql)) {
        m_register.setLastError(query.lastError());
        return rows;
    }
    while (query.next()) {
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
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace veldboek
