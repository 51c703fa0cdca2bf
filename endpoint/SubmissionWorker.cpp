#include "SubmissionWorker.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSysInfo>

namespace veldboek {

SubmissionWorker::SubmissionWorker(const StoreLocation &location, const PackageLimits &limits,
                                   int retentionDays, int leaseSeconds, SharedSpecs specs,
                                   QObject *parent)
    : QThread(parent)
    , m_location(location)
    , m_limits(limits)
    , m_retentionDays(retentionDays)
    , m_leaseSeconds(leaseSeconds)
    , m_workerId(QSysInfo::machineHostName() + QLatin1Char(':') +
                 QString::number(QCoreApplication::applicationPid()) + QLatin1Char(':') +
                 EndpointStore::newId().left(8))
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
    // SQLite serves one process: a claim left by its previous run is nobody's now.
    if (!m_location.isPostgres())
        store->releaseClaims();
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
        // One claim at a time, so a process that dies holds at most one submission back.
        for (;;) {
            {
                QMutexLocker locker(&m_mutex);
                if (m_stopping)
                    break;
            }
            const std::optional<QString> id = store->claimNext(m_workerId, m_leaseSeconds);
            if (!id)
                break;
            process(*store, *id);
        }
        if (sincePurge.elapsed() > 3600 * 1000) {
            purge(*store);
            sincePurge.restart();
        }
        QMutexLocker locker(&m_mutex);
        // A wake-up is never lost, because m_woken is set under the mutex and checked here
        // before waiting. The timeout finds what other processes queued (PostgreSQL: every
        // second) and claims whose lease ran out.
        if (!m_stopping && !m_woken)
            m_condition.wait(&m_mutex, m_location.isPostgres() ? 1000 : 5000);
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
    // Uploads of a process killed while it received them, and packages it kept but never
    // recorded (killed between the two): after a day they are nobody's. An upload in progress
    // is written to at least every --timeout-seconds, so its file is never that old.
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    int orphans = 0;
    QDirIterator spool(EndpointStore::spoolDir(m_location), QStringList{QStringLiteral("upload-*")},
                       QDir::Files);
    while (spool.hasNext()) {
        const QFileInfo info(spool.next());
        if (info.lastModified().toUTC() < dayAgo)
            orphans += QFile::remove(info.filePath()) ? 1 : 0;
    }
    QDirIterator packages(EndpointStore::packageDir(m_location),
                          QStringList{QStringLiteral("*.pkg*")}, QDir::Files);
    while (packages.hasNext()) {
        const QFileInfo info(packages.next());
        const QString id = info.fileName().section(QLatin1Char('.'), 0, 0);
        if (info.lastModified().toUTC() < dayAgo && !store.submission(id))
            orphans += QFile::remove(info.filePath()) ? 1 : 0;
    }
    if (orphans > 0)
        qInfo("worker: %d file(s) of interrupted uploads removed", orphans);
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
        if (check.stoppedEarly())
            return check.finishRead(check.firstRead(), &problems);
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
    switch (store.finishClaimed(id, m_workerId, status, outcome.report, outcome.tally)) {
    case EndpointStore::FinishResult::Finished:
        break;
    case EndpointStore::FinishResult::ClaimLost:
        // The lease ran out during the check and another process took the submission over:
        // its result counts, this one is dropped (--claim-lease-seconds too short?).
        qWarning("worker: submission %s was taken over by another process; result dropped",
                 qUtf8Printable(id));
        return false;
    case EndpointStore::FinishResult::Failed:
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
