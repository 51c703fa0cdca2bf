#pragma once

#include "EndpointStore.h"
#include "SubmissionCheck.h"

#include <QHash>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <memory>

namespace veldboek {

// Runs the technical check of queued submissions in its own thread, so the server keeps
// answering while a large register is checked. The queue is the database: every submission with
// status "processing". A result is written in one statement, so a submission is always either
// processed or still queued; one that was in hand when the process died is checked again after
// the restart.
class SubmissionWorker : public QThread
{
    Q_OBJECT

public:
    explicit SubmissionWorker(const StoreLocation &location, QObject *parent = nullptr);
    ~SubmissionWorker() override;

    // Hands over the tables the request thread already made, so they are not read twice.
    // Call before the submission is committed: the worker may see it at once.
    void handOver(const QString &id, std::shared_ptr<PreparedSubmission> prepared);
    void forget(const QString &id);
    void wake();
    // Finishes the submission in hand and returns; the rest stay queued for the next start.
    void stop();

protected:
    void run() override;

private:
    bool process(EndpointStore &store, const QString &id);

    StoreLocation m_location;
    QMutex m_mutex;
    QWaitCondition m_condition;
    QHash<QString, std::shared_ptr<PreparedSubmission>> m_handOver;
    bool m_stopping = false;
    bool m_woken = false;
};

} // namespace veldboek
