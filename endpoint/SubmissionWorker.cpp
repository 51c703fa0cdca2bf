#include "SubmissionWorker.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace veldboek {

SubmissionWorker::SubmissionWorker(const StoreLocation &location, QObject *parent)
    : QThread(parent)
    , m_location(location)
{}

SubmissionWorker::~SubmissionWorker()
{
    stop();
    wait();
}

void SubmissionWorker::handOver(const QString &id, std::shared_ptr<PreparedSubmission> prepared)
{
    QMutexLocker locker(&m_mutex);
    m_handOver.insert(id, std::move(prepared));
}

void SubmissionWorker::forget(const QString &id)
{
    QMutexLocker locker(&m_mutex);
    m_handOver.remove(id);
}

void SubmissionWorker::wake()
{
    QMutexLocker locker(&m_mutex);
    m_woken = true;
    m_condition.wakeAll();
}

void SubmissionWorker::stop()
{
    QMutexLocker locker(&m_mutex);
    m_stopping = true;
    m_condition.wakeAll();
}

void SubmissionWorker::run()
{
    QString error;
    std::unique_ptr<EndpointStore> store =
        EndpointStore::open(m_location, QStringLiteral("veldboek-worker"), &error);
    if (!store) {
        qCritical("worker: %s", qUtf8Printable(error));
        return;
    }
    for (;;) {
        {
            QMutexLocker locker(&m_mutex);
            if (m_stopping)
                break;
            m_woken = false;
        }
        const QStringList queued = store->queuedSubmissions();
        for (const QString &id : queued) {
            {
                QMutexLocker locker(&m_mutex);
                if (m_stopping)
                    break;
            }
            process(*store, id);
        }
        QMutexLocker locker(&m_mutex);
        // The timeout is a safety net only: a wake-up is never lost, because m_woken is set
        // under the mutex and checked here before waiting.
        if (!m_stopping && !m_woken)
            m_condition.wait(&m_mutex, 5000);
    }
    qInfo("worker: stopped");
}

bool SubmissionWorker::process(EndpointStore &store, const QString &id)
{
    QElapsedTimer timer;
    timer.start();
    const std::optional<SubmissionRecord> record = store.submission(id);
    if (!record || record->status != QLatin1String("processing"))
        return false;
    std::shared_ptr<PreparedSubmission> prepared;
    {
        QMutexLocker locker(&m_mutex);
        prepared = m_handOver.take(id);
    }
    CheckOutcome outcome;
    if (!prepared) {
        // Queued before a restart: read the stored package again.
        QByteArray contentType;
        QByteArray package;
        QList<PackageProblem> problems;
        std::optional<ParsedPackage> parsed;
        if (store.loadPackage(id, &contentType, &package))
            parsed = SubmissionPackage::parse(contentType, package, record->language, &problems);
        std::optional<PreparedSubmission> ready;
        if (parsed)
            ready = SubmissionCheck::prepare(*parsed, record->language, &problems);
        if (ready) {
            prepared = std::make_shared<PreparedSubmission>(std::move(*ready));
        } else {
            QJsonArray list;
            for (const PackageProblem &problem : std::as_const(problems))
                list.append(problem.toJson());
            outcome.report = QJsonObject{{QStringLiteral("status"), QStringLiteral("rejected")},
                                         {QStringLiteral("reports"), QJsonArray()},
                                         {QStringLiteral("problems"), list}};
        }
    }
    if (prepared)
        outcome = SubmissionCheck::run(std::move(*prepared), record->language,
                                       QDateTime::currentDateTimeUtc().date());
    const QString status =
        outcome.approved ? QStringLiteral("approved") : QStringLiteral("rejected");
    if (!store.finishSubmission(id, status, outcome.report, outcome.tally)) {
        qWarning("worker: submission %s not stored: %s", qUtf8Printable(id),
                 qUtf8Printable(store.lastError()));
        return false;
    }
    qInfo("worker: submission %s %s in %lld ms", qUtf8Printable(id), qUtf8Printable(status),
          static_cast<long long>(timer.elapsed()));
    return true;
}

} // namespace veldboek
