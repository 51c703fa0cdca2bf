#include "SubmissionService.h"

#include "dashboard/DashboardFigures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSysInfo>

namespace veldboek {

SubmissionService::SubmissionService(Policy policy, EndpointStore &store,
                                     std::function<void()> wakeWorker)
    : m_policy(std::move(policy))
    , m_store(store)
    , m_wakeWorker(std::move(wakeWorker))
{}

QString SubmissionService::currentPeriod()
{
    return DashboardFigures::periodStart(QDateTime::currentDateTimeUtc().date())
        .toString(QStringLiteral("yyyy-MM"));
}

SubmissionService::Accepted
SubmissionService::accept(const Account &account, const ReadPackage &package, const QString &id,
                          const QString &packagePath, qint64 size, const QString &lang,
                          const QByteArray &contentType, const CheckOutcome *checked)
{
    const QString period = currentPeriod();
    SubmissionRecord record;
    record.id = id;
    record.organisationId = account.organisationId;
    record.accountId = account.id;
    record.department = account.department;
    record.contentHash = package.contentHash;
    record.status = QStringLiteral("processing");
    record.receivedAt = EndpointStore::now();
    record.period = period;
    record.note = package.manifest.note;
    record.clientVersion = package.manifest.clientVersion;
    record.language = lang;
    record.manifest = package.manifest.toJson();
    record.size = size;
    // The duplicate test, the cap and the insert in one transaction (EndpointQueueStore.cpp):
    // several endpoint processes may take the same organisation's submissions at once.
    // Checked as it came in: inserted claimed by this upload, so that no worker takes it, and
    // finished under that claim as a worker finishes its own (one row in submission_checks).
    const QString claimant = checked ? QStringLiteral("upload:%1:%2")
                                           .arg(QSysInfo::machineHostName())
                                           .arg(QCoreApplication::applicationPid())
                                     : QString();
    switch (m_store.acceptSubmission(record, contentType, m_policy.correctionCap, claimant,
                                     m_policy.claimLeaseSeconds)) {
    case EndpointStore::AcceptResult::Inserted:
        if (checked) {
            const QString status =
                checked->approved ? QStringLiteral("approved") : QStringLiteral("rejected");
            if (m_store.finishClaimed(id, claimant, status, checked->report, checked->tally) ==
                EndpointStore::FinishResult::Finished) {
                record.status = status;
                qInfo("upload: submission %s %s, checked as it arrived", qUtf8Printable(id),
                      qUtf8Printable(status));
                return {Acceptance::Accepted, record};
            }
            // Queued after all: a worker checks it once the claim's lease has run out.
            qWarning("endpoint: the check of submission %s made on receipt was not stored: %s",
                     qUtf8Printable(id), qUtf8Printable(m_store.lastError()));
        }
        m_wakeWorker();
        return {Acceptance::Accepted, record};
    case EndpointStore::AcceptResult::Duplicate:
        QFile::remove(packagePath);
        return {Acceptance::Duplicate, record};
    case EndpointStore::AcceptResult::CapReached:
        QFile::remove(packagePath);
        return {Acceptance::CorrectionCapReached, {}};
    case EndpointStore::AcceptResult::Failed:
        break;
    }
    QFile::remove(packagePath);
    qWarning("endpoint: submission %s not stored: %s", qUtf8Printable(id),
             qUtf8Printable(m_store.lastError()));
    return {Acceptance::StorageFailed, record};
}

SubmissionService::Lookup SubmissionService::find(const QString &id, const Account &account)
{
    Lookup lookup;
    std::optional<SubmissionRecord> record = m_store.submission(id);
    if (!record)
        return lookup;
    lookup.language = record->language;
    if (record->organisationId == account.organisationId)
        lookup.record = std::move(record);
    return lookup;
}

SubmissionService::Withdrawn SubmissionService::withdraw(const QString &id, const Account &account)
{
    const std::optional<SubmissionRecord> record = m_store.submission(id);
    if (!record || record->organisationId != account.organisationId)
        return {Withdrawal::NotFound, std::nullopt};
    if (!record->withdrawnAt.isEmpty())
        return {Withdrawal::AlreadyWithdrawn, record};
    const QDateTime received = QDateTime::fromString(record->receivedAt, Qt::ISODateWithMs);
    if (received.addDays(m_policy.withdrawalDays) < QDateTime::currentDateTimeUtc())
        return {Withdrawal::WindowClosed, record};
    if (!m_store.withdrawSubmission(id))
        return {Withdrawal::AlreadyWithdrawn, record};
    // A withdrawn package is not kept a day longer; its report and figures stay.
    for (const bool gzip : {false, true})
        QFile::remove(EndpointStore::packagePath(m_policy.store, id, gzip));
    return {Withdrawal::Withdrawn, m_store.submission(id)};
}

SubmissionService::History SubmissionService::history(const Account &account)
{
    History history;
    history.records = m_store.submissions(account.organisationId);
    history.period = currentPeriod();
    history.submissionsThisPeriod =
        m_store.submissionsInPeriod(account.organisationId, history.period);
    return history;
}

} // namespace veldboek
