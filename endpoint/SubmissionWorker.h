#pragma once

#include "EndpointStore.h"
#include "SubmissionCheck.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

namespace veldboek {

// Runs the technical check of queued submissions in its own thread, so the server keeps
// answering while a large register is checked. The queue is the database: every submission with
// status "processing". A result is written in one statement, so a submission is always either
// processed or still queued; one that was in hand when the process died is checked again after
// the restart. The package is read from its file as a stream (PackageReader), so the check holds
// the tables of the package, never its bytes. Once an hour it removes the packages that are no
// longer kept (withdrawn, or older than the retention time).
class SubmissionWorker : public QThread
{
    Q_OBJECT

public:
    SubmissionWorker(const StoreLocation &location, const PackageLimits &limits, int retentionDays,
                     SharedSpecs specs, QObject *parent = nullptr);
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
    SharedSpecs m_specs;
    QMutex m_mutex;
    QWaitCondition m_condition;
    bool m_stopping = false;
    bool m_woken = false;
};

} // namespace veldboek
