#include "SubmissionWorker.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

namespace veldboek {

SubmissionWorker::SubmissionWorker(const StoreLocation &location, const PackageLimits &limits,
                                   int retentionDays, SharedSpecs specs, QObject *parent)
    : QThread(parent)
    , m_location(location)
    , m_limits(limits)
    , m_retentionDays(retentionDays)
    , m_specs(std::move(specs))
{}

SubmissionWorker::~SubmissionWorker()
{
    stop();
    wait();
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
    QElapsedTimer sincePurge;
    purge(*store);
    sincePurge.start();
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
        if (sincePurge.elapsed() > 3600 * 1000) {
            purge(*store);
            sincePurge.restart();
        }
        QMutexLocker locker(&m_mutex);
        // The timeout is a safety net only: a wake-up is never lost, because m_woken is set
        // under the mutex and checked here before waiting.
        if (!m_stopping && !m_woken)
            m_condition.wait(&m_mutex, 5000);
    }
    qInfo("worker: stopped");
}

void SubmissionWorker::purge(EndpointStore &store)
{
    const QString cutoff =
        QDateTime::currentDateTimeUtc().addDays(-m_retentionDays).toString(Qt::ISODateWithMs);
    int removed = 0;
    const QStringList ids = store.expiredPackages(cutoff);
    for (const QString &id : ids) {
        for (const bool gzip : {false, true})
            removed += QFile::remove(EndpointStore::packagePath(m_location, id, gzip)) ? 1 : 0;
    }
    if (removed > 0)
        qInfo("worker: %d package(s) past their keeping time removed", removed);
}

bool SubmissionWorker::process(EndpointStore &store, const QString &id)
{
    QElapsedTimer timer;
    timer.start();
    const std::optional<SubmissionRecord> record = store.submission(id);
    if (!record || record->status != QLatin1String("processing"))
        return false;
    const QString &lang = record->language;
    QByteArray contentType;
    QByteArray legacy; // a package stored in the database by an earlier version
    store.loadPackage(id, &contentType, &legacy);

    // The package is read as a stream, as often as the check needs (SubmissionCheck.h): once,
    // unless rows share a dataset rule's key hash.
    bool gzip = true;
    QFile file(EndpointStore::packagePath(m_location, id, gzip));
    if (!file.exists()) {
        gzip = false;
        file.setFileName(EndpointStore::packagePath(m_location, id, gzip));
    }
    SubmissionCheck check(lang, QDateTime::currentDateTimeUtc().date(), m_limits.maxTableBytes,
                          m_specs);
    QList<PackageProblem> problems;
    auto readPackage = [&]() -> bool {
        PackageReader reader(contentType, lang, m_limits);
        check.collect(reader);
        bool complete = true;
        if (file.open(QIODevice::ReadOnly)) {
            GzipInflater inflater(
                m_limits.maxPackageBytes,
                [&reader](const char *data, qsizetype size) { return reader.write(data, size); });
            QByteArray buffer(256 * 1024, Qt::Uninitialized);
            for (;;) {
                const qint64 read = file.read(buffer.data(), buffer.size());
                if (read <= 0) {
                    complete = read == 0 && (!gzip || inflater.finish());
                    break;
                }
                if (!(gzip ? inflater.write(buffer.constData(), read)
                           : reader.write(buffer.constData(), read)))
                    break;
            }
            file.close();
        } else {
            reader.write(legacy.constData(), legacy.size());
        }
        problems.clear();
        std::optional<ReadPackage> package = reader.finish(&problems);
        if (const std::optional<PackageProblem> budget = check.overBudget()) {
            problems = {*budget};
            return false;
        }
        return package && complete && check.finishRead(*package, &problems);
    };
    bool checked = readPackage();
    int reads = 1;
    while (checked && check.needsAnotherRead()) {
        checked = readPackage();
        ++reads;
    }
    CheckOutcome outcome;
    if (checked) {
        outcome = check.outcome();
    } else {
        // Checked when it came in, so only a package whose check would pass its memory budget,
        // or one damaged on disk since, gets here.
        QJsonArray list;
        for (const PackageProblem &problem : std::as_const(problems))
            list.append(problem.toJson());
        outcome.report = QJsonObject{{QStringLiteral("status"), QStringLiteral("rejected")},
                                     {QStringLiteral("reports"), QJsonArray()},
                                     {QStringLiteral("problems"), list}};
    }
    const QString status =
        outcome.approved ? QStringLiteral("approved") : QStringLiteral("rejected");
    if (!store.finishSubmission(id, status, outcome.report, outcome.tally)) {
        qWarning("worker: submission %s not stored: %s", qUtf8Printable(id),
                 qUtf8Printable(store.lastError()));
        return false;
    }
    qInfo("worker: submission %s %s in %lld ms (package read %d time(s), check held %lld KiB "
          "at most)",
          qUtf8Printable(id), qUtf8Printable(status), static_cast<long long>(timer.elapsed()),
          reads, static_cast<long long>(check.peakBytes() / 1024));
    return true;
}

} // namespace veldboek
