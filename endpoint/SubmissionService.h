#pragma once

#include "EndpointStore.h"
#include "SubmissionCheck.h"
#include "submission/PackageReader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace veldboek {

// What the endpoint decides about submissions, apart from how a request reaches it: one
// submission per package content, the correction cap per delivery period, the withdrawal window,
// and that an organisation sees only its own submissions (docs/api.md, docs/endpoint.md).
// EndpointServer routes the requests here and turns the answers into HTTP responses.
// Used in the request thread only, which owns the store.
class SubmissionService
{
public:
    struct Policy
    {
        StoreLocation store;
        int correctionCap = 20;      // corrections per delivery period, after the first submission
        int withdrawalDays = 14;     // how long a submission may be withdrawn
        int claimLeaseSeconds = 300; // the upload's claim while it stores its own check
    };

    // `wakeWorker` tells the worker a new submission waits for its technical check.
    SubmissionService(Policy policy, EndpointStore &store, std::function<void()> wakeWorker);

    const Policy &policy() const { return m_policy; }

    // The delivery period a submission made now counts in ("yyyy-MM").
    static QString currentPeriod();

    enum class Acceptance { Accepted, Duplicate, CorrectionCapReached, StorageFailed };
    struct Accepted
    {
        Acceptance outcome = Acceptance::StorageFailed;
        SubmissionRecord record; // the new one, or the earlier one for a duplicate
    };
    // A read package whose headers passed, kept at `packagePath` under the new `id`: recorded and
    // queued for the worker, or refused. The file is removed unless it is queued. With
    // `checked`, the check made while the package came in (SubmissionSpool): stored at once,
    // exactly as the worker stores its own, and the worker is not asked.
    Accepted accept(const Account &account, const ReadPackage &package, const QString &id,
                    const QString &packagePath, qint64 size, const QString &lang,
                    const QByteArray &contentType, const CheckOutcome *checked = nullptr);

    struct Lookup
    {
        std::optional<SubmissionRecord> record;  // only when it is the account's own
        QString language = QStringLiteral("nl"); // of the record found, for the not-found answer
    };
    // Another organisation's submission is as unknown as one that does not exist.
    Lookup find(const QString &id, const Account &account);

    enum class Withdrawal { Withdrawn, NotFound, AlreadyWithdrawn, WindowClosed };
    struct Withdrawn
    {
        Withdrawal outcome = Withdrawal::NotFound;
        std::optional<SubmissionRecord>
            record; // as it is afterwards, for every outcome but NotFound
    };
    Withdrawn withdraw(const QString &id, const Account &account);

    struct History
    {
        QList<SubmissionRecord> records;
        QString period;
        int submissionsThisPeriod = 0;
    };
    History history(const Account &account);

private:
    Policy m_policy;
    EndpointStore &m_store;
    std::function<void()> m_wakeWorker;
};

} // namespace veldboek
