// Several endpoint processes on one PostgreSQL behind a real haproxy (issue 18, goals 3 and 4):
// installer/haproxy/veldboek-endpoint.cfg in front, TLS passed through to the endpoints, health
// checks on /api/v1/health. 20 organisations send 200 submissions in parallel while one process
// is killed (SIGKILL) and restarted; every submission is checked exactly once (one
// submission_checks row each), no correction cap is passed, and the figures are those of the
// same submissions on one process. Also: the claim of a worker that died is taken over once its
// lease runs out, and the rate limit is counted over both processes.
#include "ClusterFixture.h"
#include "submission/SubmissionPackage.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace veldboek::test;

namespace {

constexpr int organisations = 20;
constexpr int perOrganisation = 10;
constexpr int correctionCap = 5; // so 6 of each organisation's 10 are taken, 4 refused

QByteArray packageOf(int organisation, int k, QByteArray *contentType)
{
    // Sizes and contents differ per package, so the figures tell which one counted; package 3
    // of each organisation has errors in a required field and is rejected.
    const int rows = 12 + (organisation * 7 + k * 5) % 23;
    return Fixtures::package(
        Fixtures::participantsCsv(rows, k == 3 ? 2 : 0, k % 4 == 1 ? 1 : 0, organisation * 100 + k),
        contentType, QStringLiteral("package %1").arg(k));
}

struct Sent
{
    int status = 0;
    QString id;
    int tries = 0;
    QString error;
};

} // namespace

class TestEndpointCluster : public QObject
{
    Q_OBJECT

    EndpointCluster m_cluster;

    QString scalar(const QString &sql, const QString &bind = {})
    {
        QSqlQuery q(m_cluster.database());
        q.prepare(sql);
        if (!bind.isNull())
            q.addBindValue(bind);
        if (!q.exec() || !q.next())
            return QStringLiteral("error: ") + q.lastError().text();
        return q.value(0).toString();
    }

private slots:
    void initTestCase()
    {
        const QString missing = EndpointCluster::missing();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        QString error;
        QVERIFY2(
            m_cluster.start(2,
                            {QStringLiteral("--claim-lease-seconds"), QStringLiteral("3"),
                             QStringLiteral("--correction-cap"), QString::number(correctionCap),
                             QStringLiteral("--rate-limit"), QStringLiteral("200")},
                            &error),
            qPrintable(error));
        QVERIFY2(m_cluster.balancer().waitForStatus(QStringLiteral("endpoint1"),
                                                    QStringLiteral("UP"), 10000),
                 m_cluster.balancer().log().constData());
        QVERIFY(m_cluster.balancer().waitForStatus(QStringLiteral("endpoint2"),
                                                   QStringLiteral("UP"), 10000));
    }

    void rateLimitCountsOverBothProcesses()
    {
        const QString token = m_cluster.endpoint(0).addAccount(QStringLiteral("Snelle Klant"),
                                                               QStringLiteral("Cluster C"));
        QVERIFY(!token.isEmpty());
        // 200 a minute for the account, whichever process is asked: 100 each, then no more.
        for (int i = 0; i < 200; ++i) {
            const HttpReply reply =
                m_cluster.endpoint(i % 2).get(QStringLiteral("/api/v1/health"), token);
            QVERIFY2(reply.status == 200, qPrintable(QString::number(i)));
        }
        for (int process : {0, 1}) {
            const HttpReply limited =
                m_cluster.endpoint(process).get(QStringLiteral("/api/v1/health"), token);
            QCOMPARE(limited.status, 429);
            QVERIFY(limited.header("Retry-After").toInt() >= 1);
        }
        QCOMPARE(scalar(QStringLiteral("SELECT requests FROM rate_windows r JOIN accounts a ON "
                                       "a.id = r.account_id JOIN organisations o ON o.id = "
                                       "a.organisation_id WHERE o.name = ?"),
                        QStringLiteral("Snelle Klant")),
                 QStringLiteral("202"));
    }

    void claimOfADeadWorkerIsTakenOver()
    {
        const QString token = m_cluster.endpoint(0).addAccount(QStringLiteral("Vergeten Werk"),
                                                               QStringLiteral("Cluster C"));
        QByteArray contentType;
        const QByteArray package = Fixtures::package(Fixtures::participantsCsv(10), &contentType);
        QNetworkAccessManager manager;
        QNetworkRequest request = m_cluster.request(QStringLiteral("/api/v1/submissions"), token);
        request.setRawHeader("Content-Type", contentType);
        const HttpReply sent = send(manager, request, "POST", package);
        QCOMPARE(sent.status, 202);
        const QString id = sent.json.value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT status FROM submissions WHERE "
                                                        "id = ?"),
                                         id),
                                  QStringLiteral("approved"), 20000);
        // As a process leaves it that died while it checked: claimed, lease running, no result.
        QSqlQuery reset(m_cluster.database());
        reset.prepare(QStringLiteral(
            "UPDATE submissions SET status = 'processing', report = NULL, tally = NULL, "
            "processed_at = NULL, claimed_by = 'gone-host:1:deadbeef', claim_expires = ? "
            "WHERE id = ?"));
        reset.addBindValue(QDateTime::currentDateTimeUtc().addSecs(3).toString(Qt::ISODateWithMs));
        reset.addBindValue(id);
        QVERIFY2(reset.exec(), qPrintable(reset.lastError().text()));
        QSqlQuery forget(m_cluster.database());
        forget.prepare(QStringLiteral("DELETE FROM submission_checks WHERE submission_id = ?"));
        forget.addBindValue(id);
        QVERIFY(forget.exec());
        // While the lease runs nobody takes it (both processes look every second) ...
        QTest::qWait(1500);
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM submissions WHERE id = ?"), id),
                 QStringLiteral("processing"));
        // ... after it, one of them does, once.
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT status FROM submissions WHERE "
                                                        "id = ?"),
                                         id),
                                  QStringLiteral("approved"), 20000);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM submission_checks WHERE "
                                       "submission_id = ?"),
                        id),
                 QStringLiteral("1"));
        QVERIFY(!scalar(QStringLiteral("SELECT checked_by FROM submission_checks WHERE "
                                       "submission_id = ?"),
                        id)
                     .startsWith(QLatin1String("gone-host")));
        QCOMPARE(scalar(QStringLiteral("SELECT attempts FROM submissions WHERE id = ?"), id),
                 QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("SELECT claimed_by FROM submissions WHERE id = ?"), id),
                 QString());
    }

    void twentyOrganisationsWhileAProcessIsKilled()
    {
        QStringList tokens;
        for (int o = 0; o < organisations; ++o) {
            tokens.append(m_cluster.endpoint(1).addAccount(
                QStringLiteral("Organisatie %1").arg(o),
                o < organisations / 2 ? QStringLiteral("Cluster A") : QStringLiteral("Cluster B")));
            QVERIFY(!tokens.back().isEmpty());
        }
        // Two senders per organisation, so its submissions race for the cap on both processes.
        QList<QList<Sent>> sent(organisations, QList<Sent>(perOrganisation));
        QMutex sentMutex;
        QAtomicInt answered = 0;
        QList<QThread *> threads;
        for (int o = 0; o < organisations; ++o) {
            for (int half = 0; half < 2; ++half) {
                threads.append(QThread::create([&, o, half]() {
                    QNetworkAccessManager manager;
                    for (int k = half; k < perOrganisation; k += 2) {
                        // Spread over about 8 s: the kill lands while they come in, and the
                        // restarted process is back in haproxy before the last ones.
                        QThread::msleep(1500);
                        QByteArray contentType;
                        const QByteArray package = packageOf(o, k, &contentType);
                        QNetworkRequest request =
                            m_cluster.request(QStringLiteral("/api/v1/submissions"), tokens.at(o));
                        request.setRawHeader("Content-Type", contentType);
                        request.setRawHeader(
                            "Idempotency-Key",
                            veldboek::SubmissionPackage::contentHash(package).toLatin1());
                        Sent result;
                        // What the app does: a broken connection or a balancer without a
                        // process is tried again, with the same Idempotency-Key.
                        for (result.tries = 1; result.tries <= 40; ++result.tries) {
                            const HttpReply reply = send(manager, request, "POST", package, 30000);
                            result.status = reply.status;
                            result.error = reply.networkError;
                            result.id = reply.json.value(QStringLiteral("id")).toString();
                            if (reply.status == 202 || reply.status == 409)
                                break;
                            QThread::msleep(250);
                        }
                        QMutexLocker locker(&sentMutex);
                        sent[o][k] = result;
                        answered.fetchAndAddOrdered(1);
                    }
                }));
            }
        }
        for (QThread *thread : std::as_const(threads))
            thread->start();
        // Kill one process while submissions come in, and start it again once haproxy's health
        // checks have taken it out.
        QTRY_VERIFY_WITH_TIMEOUT(answered.loadAcquire() >= 30, 60000);
        m_cluster.endpoint(0).kill();
        const int atKill = answered.loadAcquire();
        QVERIFY(m_cluster.balancer().waitForStatus(QStringLiteral("endpoint1"),
                                                   QStringLiteral("DOWN"), 15000));
        QString error;
        QVERIFY2(m_cluster.restart(0, &error), qPrintable(error));
        QVERIFY(m_cluster.balancer().waitForStatus(QStringLiteral("endpoint1"),
                                                   QStringLiteral("UP"), 15000));
        const int atRestart = answered.loadAcquire();
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(QDeadlineTimer(120000)));
            delete thread;
        }
        qInfo("answered: %d before the kill, %d when the process was back, %d in all", atKill,
              atRestart, answered.loadAcquire());

        // Every package got its answer: taken (or found taken) or refused by the cap.
        int retried = 0;
        for (int o = 0; o < organisations; ++o) {
            int taken = 0;
            QSet<QString> ids;
            for (int k = 0; k < perOrganisation; ++k) {
                const Sent &s = sent.at(o).at(k);
                QVERIFY2(s.status == 202 || s.status == 409,
                         qPrintable(QStringLiteral("organisation %1 package %2: %3 %4")
                                        .arg(o)
                                        .arg(k)
                                        .arg(s.status)
                                        .arg(s.error)));
                retried += s.tries > 1 ? 1 : 0;
                if (s.status == 202) {
                    ++taken;
                    ids.insert(s.id);
                }
            }
            QCOMPARE(taken, correctionCap + 1);
            QCOMPARE(ids.size(), correctionCap + 1);
            // The cap in the database: no more submissions than it allows, whatever raced.
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM submissions s JOIN "
                                           "organisations o ON o.id = s.organisation_id "
                                           "WHERE o.name = ?"),
                            QStringLiteral("Organisatie %1").arg(o)),
                     QString::number(correctionCap + 1));
        }
        qInfo("%d of %d packages needed more than one try", retried,
              organisations * perOrganisation);

        // Every submission checked, each exactly once, the result where the check row says.
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT COUNT(*) FROM submissions "
                                                        "WHERE status = 'processing'")),
                                  QStringLiteral("0"), 60000);
        QSqlQuery checks(m_cluster.database());
        QVERIFY(checks.exec(QStringLiteral(
            "SELECT s.id, s.status, s.attempts, COUNT(c.id), MIN(c.status), MAX(c.status) "
            "FROM submissions s LEFT JOIN submission_checks c ON c.submission_id = s.id "
            "GROUP BY s.id, s.status, s.attempts")));
        int submissions = 0;
        int reclaimed = 0;
        while (checks.next()) {
            ++submissions;
            QVERIFY2(checks.value(3).toInt() == 1,
                     qPrintable(checks.value(0).toString() + QStringLiteral(" checked ") +
                                checks.value(3).toString() + QStringLiteral(" times")));
            QCOMPARE(checks.value(4).toString(), checks.value(1).toString());
            QCOMPARE(checks.value(5).toString(), checks.value(1).toString());
            reclaimed += checks.value(2).toInt() > 1 ? 1 : 0;
        }
        QVERIFY(submissions >= organisations * (correctionCap + 1));
        QSqlQuery workers(m_cluster.database());
        QVERIFY(workers.exec(QStringLiteral(
            "SELECT checked_by, COUNT(*) FROM submission_checks GROUP BY checked_by")));
        while (workers.next())
            qInfo("checks by %s: %d", qUtf8Printable(workers.value(0).toString()),
                  workers.value(1).toInt());
        qInfo("%d submission(s) claimed more than once (a claim of the killed process)", reclaimed);

        // The answers through haproxy: package 3 rejected (required field), the rest approved.
        QNetworkAccessManager manager;
        for (int o = 0; o < organisations; ++o) {
            for (int k = 0; k < perOrganisation; ++k) {
                const Sent &s = sent.at(o).at(k);
                if (s.status != 202)
                    continue;
                const HttpReply reply = send(
                    manager,
                    m_cluster.request(QStringLiteral("/api/v1/submissions/") + s.id, tokens.at(o)),
                    "GET");
                QCOMPARE(reply.status, 200);
                QCOMPARE(reply.json.value(QStringLiteral("status")).toString(),
                         k == 3 ? QStringLiteral("rejected") : QStringLiteral("approved"));
            }
        }
        compareFiguresWithOneProcess(tokens, sent);
    }

private:
    // The same submissions, in the order the cluster received them, on one process with SQLite:
    // each organisation's own figures and its cluster's released figures must be the same.
    void compareFiguresWithOneProcess(const QStringList &tokens, const QList<QList<Sent>> &sent)
    {
        QTemporaryDir dir;
        EndpointProcess single(m_cluster.certificate(), dir.path(), QString());
        QStringList singleTokens;
        for (int o = 0; o < organisations; ++o)
            singleTokens.append(single.addAccount(
                QStringLiteral("Organisatie %1").arg(o),
                o < organisations / 2 ? QStringLiteral("Cluster A") : QStringLiteral("Cluster B")));
        QString error;
        QVERIFY2(single.start({QStringLiteral("--correction-cap"), QString::number(correctionCap),
                               QStringLiteral("--rate-limit"), QStringLiteral("0")},
                              &error),
                 qPrintable(error));
        QHash<QString, std::pair<int, int>> byId; // submission id -> organisation, package
        for (int o = 0; o < organisations; ++o) {
            for (int k = 0; k < perOrganisation; ++k) {
                if (sent.at(o).at(k).status == 202)
                    byId.insert(sent.at(o).at(k).id, {o, k});
            }
        }
        QSqlQuery order(m_cluster.database());
        QVERIFY(order.exec(QStringLiteral("SELECT id FROM submissions ORDER BY received_at, id")));
        QStringList singleIds;
        QList<int> singleOrganisation;
        while (order.next()) {
            const auto it = byId.constFind(order.value(0).toString());
            if (it == byId.cend())
                continue; // the other tests' submissions
            QByteArray contentType;
            const QByteArray package = packageOf(it->first, it->second, &contentType);
            const HttpReply reply = single.submit(singleTokens.at(it->first), package, contentType);
            QCOMPARE(reply.status, 202);
            singleIds.append(reply.json.value(QStringLiteral("id")).toString());
            singleOrganisation.append(it->first);
        }
        QCOMPARE(singleIds.size(), byId.size());
        for (qsizetype i = 0; i < singleIds.size(); ++i)
            QVERIFY(single.waitProcessed(singleTokens.at(singleOrganisation.at(i)), singleIds.at(i))
                        .value(QStringLiteral("status"))
                        .toString() != QLatin1String("processing"));
        QCOMPARE(m_cluster.endpoint(0).admin({QStringLiteral("release")}), 0);
        QCOMPARE(single.admin({QStringLiteral("release")}), 0);
        QNetworkAccessManager manager;
        int shownClusters = 0;
        for (int o = 0; o < organisations; ++o) {
            const HttpReply clustered =
                send(manager, m_cluster.request(QStringLiteral("/api/v1/dashboard"), tokens.at(o)),
                     "GET");
            const HttpReply alone =
                single.get(QStringLiteral("/api/v1/dashboard"), singleTokens.at(o));
            QCOMPARE(clustered.status, 200);
            QCOMPARE(alone.status, 200);
            QCOMPARE(clustered.json.value(QStringLiteral("own")),
                     alone.json.value(QStringLiteral("own")));
            QJsonObject clusterSide = clustered.json.value(QStringLiteral("cluster")).toObject();
            QJsonObject singleSide = alone.json.value(QStringLiteral("cluster")).toObject();
            clusterSide.remove(QStringLiteral("release"));
            singleSide.remove(QStringLiteral("release"));
            QCOMPARE(clusterSide, singleSide);
            shownClusters += clusterSide.value(QStringLiteral("shown")).toBool() ? 1 : 0;
            QVERIFY(!clustered.json.value(QStringLiteral("own")).toObject().isEmpty());
        }
        qInfo("figures equal for %d organisations (%d with their cluster's figures shown)",
              organisations, shownClusters);
        QVERIFY(single.terminate());
    }
};

QTEST_MAIN(TestEndpointCluster)
#include "tst_endpointcluster.moc"
