// The soak of issue 18, goal 5 (ODK Central's soak target): submissions at a steady rate for a
// while over several endpoint processes on one PostgreSQL behind haproxy
// (installer/haproxy/veldboek-endpoint.cfg), through TLS, each followed until its report is
// there. Prints the errors and the time from sending to the report (median, 95th percentile,
// worst). Not a test: run it by hand (docs/benchmarks.md).
//   VELDBOEK_BINARY_DIR=build build/tests/benchmarks/soak_benchmark [per-second] [seconds]
//       [processes]        (default 50 30 2)
#include "ClusterFixture.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <cstdio>

using namespace veldboek::test;

namespace {

// Organisations sending at once; each sends one submission every `senders / perSecond` seconds.
constexpr int senders = 50;

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()));
    return double(values.at(at));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int perSecond = arguments.value(1, QStringLiteral("50")).toInt();
    const int seconds = arguments.value(2, QStringLiteral("30")).toInt();
    const int processes = arguments.value(3, QStringLiteral("2")).toInt();
    if (perSecond <= 0 || seconds <= 0 || processes < 1 || processes > 2) {
        std::fprintf(stderr, "usage: soak_benchmark [per-second] [seconds] [processes 1-2]\n");
        return 2;
    }
    const QString missing = EndpointCluster::missing();
    if (!missing.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(missing));
        return 2;
    }
    EndpointCluster cluster;
    QString error;
    // The defaults of docs/endpoint.md, but for the cap: a soak sends far more than a month's
    // corrections.
    if (!cluster.start(2, {QStringLiteral("--correction-cap"), QStringLiteral("100000")}, &error)) {
        std::fprintf(stderr, "cluster: %s\n", qPrintable(error));
        return 2;
    }
    if (processes == 1) {
        cluster.endpoint(1).terminate();
        cluster.balancer().waitForStatus(QStringLiteral("endpoint2"), QStringLiteral("DOWN"),
                                         15000);
    }
    QStringList tokens;
    for (int o = 0; o < senders; ++o)
        tokens.append(cluster.endpoint(0).addAccount(QStringLiteral("Soak %1").arg(o),
                                                     QStringLiteral("Soak")));
    const int total = perSecond * seconds;
    const qint64 intervalMs = qint64(senders) * 1000 / perSecond;
    std::printf("soak: %d submissions/s for %d s (%d in all) over %d endpoint process(es) "
                "behind haproxy, %d organisations, 40 participants each\n",
                perSecond, seconds, total, processes, senders);
    std::fflush(stdout);

    QMutex mutex;
    QList<qint64> toReport;
    QList<qint64> toReceipt;
    QAtomicInt errors = 0;
    QAtomicInt late = 0;
    QStringList errorLines;
    QElapsedTimer clock;
    clock.start();
    const qint64 startMs = 500;
    QList<QThread *> threads;
    for (int o = 0; o < senders; ++o) {
        threads.append(QThread::create([&, o]() {
            QNetworkAccessManager manager;
            for (int k = 0;; ++k) {
                const int index = k * senders + o;
                if (index >= total)
                    break;
                // Open loop: each submission at its time, whatever the ones before it took.
                const qint64 due = startMs + index * 1000LL / perSecond;
                const qint64 wait = due - clock.elapsed();
                if (wait > 0)
                    QThread::msleep(static_cast<unsigned long>(wait));
                else if (wait < -intervalMs)
                    late.fetchAndAddOrdered(1);
                QByteArray contentType;
                const QByteArray package =
                    Fixtures::package(Fixtures::participantsCsv(40, 0, 0, index), &contentType);
                QNetworkRequest post =
                    cluster.request(QStringLiteral("/api/v1/submissions"), tokens.at(o));
                post.setRawHeader("Content-Type", contentType);
                const qint64 sentAt = clock.elapsed();
                const HttpReply receipt = send(manager, post, "POST", package, 60000);
                const qint64 receivedAt = clock.elapsed();
                QString problem;
                qint64 reportAt = -1;
                if (receipt.status != 202) {
                    problem =
                        QStringLiteral("POST %1 %2").arg(receipt.status).arg(receipt.networkError);
                } else {
                    const QNetworkRequest get =
                        cluster.request(QStringLiteral("/api/v1/submissions/") +
                                            receipt.json.value(QStringLiteral("id")).toString(),
                                        tokens.at(o));
                    while (clock.elapsed() - sentAt < 60000) {
                        QThread::msleep(100);
                        const HttpReply status = send(manager, get, "GET", {}, 60000);
                        if (status.status != 200) {
                            problem = QStringLiteral("GET %1 %2")
                                          .arg(status.status)
                                          .arg(status.networkError);
                            break;
                        }
                        if (status.json.value(QStringLiteral("status")).toString() !=
                            QLatin1String("processing")) {
                            reportAt = clock.elapsed();
                            if (status.json.value(QStringLiteral("status")).toString() !=
                                QLatin1String("approved"))
                                problem = QStringLiteral("not approved");
                            break;
                        }
                    }
                    if (reportAt < 0 && problem.isEmpty())
                        problem = QStringLiteral("no report within 60 s");
                }
                QMutexLocker locker(&mutex);
                if (!problem.isEmpty()) {
                    errors.fetchAndAddOrdered(1);
                    if (errorLines.size() < 10)
                        errorLines.append(problem);
                } else {
                    toReceipt.append(receivedAt - sentAt);
                    toReport.append(reportAt - sentAt);
                }
            }
        }));
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        while (!thread->wait(QDeadlineTimer(50)))
            QCoreApplication::processEvents();
        delete thread;
    }
    const qint64 elapsed = clock.elapsed() - startMs;
    QSqlQuery checks(cluster.database());
    checks.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT submission_id) FROM "
                               "submission_checks"));
    checks.next();
    QSqlQuery perWorker(cluster.database());
    perWorker.exec(QStringLiteral("SELECT COUNT(*), checked_by FROM submission_checks GROUP BY "
                                  "checked_by ORDER BY 1 DESC"));
    // A process checks as a worker (HOST:PID:ID) and, as uploads arrive, as upload:HOST:PID.
    QStringList split;
    while (perWorker.next())
        split.append(perWorker.value(0).toString() + QStringLiteral(" by ") +
                     perWorker.value(1).toString());

    std::printf("sent: %d in %.1f s (%.1f/s); %d started more than one interval late\n", total,
                elapsed / 1000.0, total * 1000.0 / double(elapsed), late.loadAcquire());
    std::printf("errors: %d\n", errors.loadAcquire());
    for (const QString &line : std::as_const(errorLines))
        std::printf("  %s\n", qPrintable(line));
    std::printf("checks in the database: %s for %s submissions; per checker: %s\n",
                qPrintable(checks.value(0).toString()), qPrintable(checks.value(1).toString()),
                qPrintable(split.join(QStringLiteral(", "))));
    std::printf("time to receipt: median %.0f ms, 95th percentile %.0f ms\n",
                percentile(toReceipt, 0.5), percentile(toReceipt, 0.95));
    std::printf("time to report: median %.0f ms, 95th percentile %.0f ms, worst %.0f ms\n",
                percentile(toReport, 0.5), percentile(toReport, 0.95), percentile(toReport, 1.0));
    for (int i = 0; i < processes; ++i)
        std::printf("endpoint %d peak memory: %lld MB\n", i + 1,
                    static_cast<long long>(cluster.endpoint(i).peakMemoryMb()));
    return errors.loadAcquire() == 0 ? 0 : 1;
}
