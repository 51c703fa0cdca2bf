#pragma once

#include "EndpointStore.h"
#include "SubmissionCheck.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

namespace veldboek {

// Runs the technical check of queued submissions in its own thread, so the server keeps
// answering while a large register is checked. The queue is the database: every submission with
// status "processing". Several endpoint processes may share it (PostgreSQL, issue 18): a worker
// claims one submission at a time with a lease (EndpointStore::claimNext, FOR UPDATE SKIP
// LOCKED), and writes the result in the transaction that ends its claim, so each submission is
// checked exactly once. One that was in hand when its process died is claimed again by any
// process once the lease has run out (on SQLite, one process only, at once after the restart). The
// package is read from its file as a stream (PackageReader), so the check holds the tables of the
// package, never its bytes. Once an hour it removes the packages that are no longer kept
// (withdrawn, or older than the retention time).
class SubmissionWorker : public QThread
{
    Q_OBJECT

public:
    SubmissionWorker(const StoreLocation &location, const PackageLimits &limits, int retentionDays,
                     int leaseSeconds, SharedSpecs specs, QObject *parent = nullptr);

    // Who holds a claim: host, process id and a random part (a restarted process is another).
    const QString &workerId() const { return m_workerId; }
    ~SubmissionWorker() override;

    void wake();
    // Finishes the submission in hand and returns; the rest stay queued for the next start.
    void stop();

protected:
    void run() override;

private:
    bool process(EndpointStore &store, const QString &id);
    void purge(EndpointStore &store);

    StoreLocation m_location;
    PackageLimits m_limits;
    int m_retentionDays;
    int m_leaseSeconds;
    QString m_workerId;
    SharedSpecs m_specs;
    QMutex m_mutex;
    QWaitCondition m_condition;
    bool m_stopping = false;
    bool m_woken = false;
};

} // namespace veldboek
