// Dashboard releases (issue 13, endpoint/DashboardRelease.h) on the real endpoint over TLS: the
// cluster figures stay the same within a release, a new release comes at the month change (with a
// test clock, endpoint/EndpointClock.h), and an organisation that first asks after a release gets
// its side from the same data as everyone else. Against SQLite, or (with
// VELDBOEK_ENDPOINT_BACKEND=postgresql) a PostgreSQL server the test starts itself; the tests
// that move the clock always use a SQLite store of their own, so their releases dated in the
// coming months never reach the shared database.
#include "EndpointFixture.h"
#include "TestSupport.h"

#include <QDate>
#include <QJsonObject>
#include <QSaveFile>
#include <QTest>

using namespace veldboek;
using namespace veldboek::test;

namespace {

QJsonObject clusterOf(const QJsonObject &dashboard)
{
    return dashboard.value(QStringLiteral("cluster")).toObject();
}

int participantsTotal(const QJsonObject &side)
{
    return side.value(QStringLiteral("participants"))
        .toObject()
        .value(QStringLiteral("total"))
        .toObject()
        .value(QStringLiteral("value"))
        .toInt(-1);
}

QString releaseId(const QJsonObject &side)
{
    return side.value(QStringLiteral("release")).toObject().value(QStringLiteral("id")).toString();
}

QString releasedAt(const QJsonObject &side)
{
    return side.value(QStringLiteral("release"))
        .toObject()
        .value(QStringLiteral("releasedAt"))
        .toString();
}

// The test clock: a file the endpoint reads for "now" (VELDBOEK_ENDPOINT_TEST_CLOCK), set in this
// process's environment so the endpoint and its admin commands inherit it, unset at the end.
class TestClock
{
public:
    explicit TestClock(const QString &file)
        : m_file(file)
    {
        qputenv("VELDBOEK_ENDPOINT_TEST_CLOCK", file.toLocal8Bit());
    }
    ~TestClock() { qunsetenv("VELDBOEK_ENDPOINT_TEST_CLOCK"); }
    bool set(const QDateTime &now)
    {
        QSaveFile f(m_file);
        return f.open(QIODevice::WriteOnly) &&
               f.write(now.toUTC().toString(Qt::ISODateWithMs).toLatin1()) > 0 && f.commit();
    }

private:
    QString m_file;
};

} // namespace

class TestDashboardRelease : public QObject
{
    Q_OBJECT

private:
    bool postgres() const
    {
        return qEnvironmentVariable("VELDBOEK_ENDPOINT_BACKEND") == QLatin1String("postgresql");
    }
    // A started endpoint on a fresh data directory (or the shared PostgreSQL database unless
    // `ownStore`).
    std::unique_ptr<EndpointProcess> startEndpoint(const QString &dataDir = {},
                                                   bool ownStore = false)
    {
        const QString dir = dataDir.isEmpty()
                                ? m_dir.path() + QStringLiteral("/data%1").arg(++m_instances)
                                : dataDir;
        auto endpoint = std::make_unique<EndpointProcess>(
            *m_certificate, dir, postgres() && !ownStore ? m_postgres.url() : QString());
        QString error;
        if (!endpoint->start({}, &error)) {
            qWarning("%s", qUtf8Printable(error));
            return nullptr;
        }
        return endpoint;
    }
    // Organisation and cluster names unique per test, so tests share a PostgreSQL database.
    QString unique(const char *name)
    {
        return QString::fromLatin1(name) + QString::number(++m_names);
    }
    static QString idOf(const HttpReply &reply)
    {
        return reply.json.value(QStringLiteral("id")).toString();
    }
    // Submits `count` generated participants; the submission's id once approved, else empty.
    static QString submitApproved(EndpointProcess &endpoint, const QString &token, int count,
                                  int seed)
    {
        QByteArray type;
        const HttpReply reply = endpoint.submit(
            token, Fixtures::package(Fixtures::participantsCsv(count, 0, 0, seed), &type), type);
        return endpoint.waitProcessed(token, idOf(reply))
                           .value(QStringLiteral("status"))
                           .toString() == QLatin1String("approved")
                   ? idOf(reply)
                   : QString();
    }
    static QJsonObject dashboardOf(EndpointProcess &endpoint, const QString &token)
    {
        return endpoint.get(QStringLiteral("/api/v1/dashboard"), token).json;
    }
    static int releasesMade(const EndpointProcess &endpoint)
    {
        return int(endpoint.log().count("endpoint: dashboard release "));
    }

    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_certificate;
    PostgresServer m_postgres;
    int m_instances = 0;
    int m_names = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(EndpointProcess::program()), "the endpoint is not built");
        QString error;
        m_certificate = TestCertificate::make(m_dir.path(), &error);
        QVERIFY2(m_certificate, qPrintable(error));
        if (postgres()) {
            if (PostgresServer::binDir().isEmpty())
                QSKIP("PostgreSQL binaries missing: apt-get install postgresql libqt6sql6-psql");
            QVERIFY2(m_postgres.start(&error), qPrintable(error));
        }
    }

    void releaseStaysAcrossResubmissionAndWithdrawal()
    {
        const QString dir = m_dir.path() + QStringLiteral("/releases");
        auto endpoint = startEndpoint(dir);
        QVERIFY(endpoint);
        // A new store has no release this month: the server makes one as it starts.
        if (!postgres())
            QTRY_VERIFY(endpoint->log().contains("endpoint: dashboard release"));
        const QString cluster = unique("Cluster");
        const QString reader = endpoint->addAccount(unique("Org"), cluster);
        QStringList peers;
        for (int i = 0; i < 3; ++i)
            peers.append(endpoint->addAccount(unique("Org"), cluster));
        QByteArray type;
        const auto submitted = [&](const QString &token, int count, int seed) {
            const HttpReply reply = endpoint->submit(
                token, Fixtures::package(Fixtures::participantsCsv(count, 0, 0, seed), &type),
                type);
            return endpoint->waitProcessed(token, idOf(reply))
                               .value(QStringLiteral("status"))
                               .toString() == QLatin1String("approved")
                       ? idOf(reply)
                       : QString();
        };
        QVERIFY(!submitted(reader, 40, 10).isEmpty());
        for (int i = 0; i < peers.size(); ++i)
            QVERIFY(!submitted(peers.at(i), 40, 11 + i).isEmpty());
        QCOMPARE(endpoint->admin({QStringLiteral("release")}), 0);
        const auto dashboard = [&](const QString &token) {
            return endpoint->get(QStringLiteral("/api/v1/dashboard"), token).json;
        };
        const auto clusterTotal = [](const QJsonObject &figures) {
            return figures.value(QStringLiteral("cluster"))
                .toObject()
                .value(QStringLiteral("participants"))
                .toObject()
                .value(QStringLiteral("total"))
                .toObject()
                .value(QStringLiteral("value"))
                .toInt();
        };
        const QJsonObject released = dashboard(reader).value(QStringLiteral("cluster")).toObject();
        QCOMPARE(released.value(QStringLiteral("shown")).toBool(), true);
        QCOMPARE(released.value(QStringLiteral("organisations")).toInt(), 3);
        QCOMPARE(clusterTotal(dashboard(reader)), 120);

        // A peer resubmits with one participant more: the reader's cluster view does not move.
        const QString resubmission = submitted(peers.at(0), 41, 11);
        QVERIFY(!resubmission.isEmpty());
        QCOMPARE(dashboard(reader).value(QStringLiteral("cluster")).toObject(), released);
        // ... and withdraws it again: still the same.
        QCOMPARE(endpoint
                     ->request("POST",
                               QStringLiteral("/api/v1/submissions/") + resubmission +
                                   QStringLiteral("/withdraw"),
                               peers.at(0))
                     .status,
                 200);
        QCOMPARE(dashboard(reader).value(QStringLiteral("cluster")).toObject(), released);
        // The own figures are live all along.
        QVERIFY(!submitted(reader, 50, 10).isEmpty());
        const QJsonObject live = dashboard(reader);
        QCOMPARE(live.value(QStringLiteral("own"))
                     .toObject()
                     .value(QStringLiteral("participants"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toInt(),
                 50);
        QCOMPARE(live.value(QStringLiteral("cluster")).toObject(), released);
        // The next release has everything that happened in between, and only then.
        QCOMPARE(endpoint->admin({QStringLiteral("release")}), 0);
        const QJsonObject next = dashboard(reader).value(QStringLiteral("cluster")).toObject();
        QVERIFY(next.value(QStringLiteral("release")) != released.value(QStringLiteral("release")));
        QCOMPARE(clusterTotal(dashboard(reader)), 120);
        // A peer sees the reader's new 50 in its own cluster view.
        QCOMPARE(clusterTotal(dashboard(peers.at(1))), 130);
        // This month has its release: a restarted server makes none, and serves the same.
        QVERIFY(endpoint->terminate());
        QVERIFY(!endpoint->log().contains("release failed"));
        endpoint = startEndpoint(dir);
        QVERIFY(endpoint);
        QCOMPARE(dashboard(reader).value(QStringLiteral("cluster")).toObject(), next);
        QVERIFY(!endpoint->log().contains("endpoint: dashboard release"));
    }

    // The server makes a release when a month begins (it looks every hour; with the test clock
    // every second), with everything the peers did in between; within the month the cluster side
    // stays as released.
    void releaseAtTheMonthChange()
    {
        const QString dir = m_dir.path() + QStringLiteral("/monthchange");
        TestClock clock(m_dir.path() + QStringLiteral("/monthchange-clock"));
        const QDate today = QDate::currentDate();
        const QDate month(today.year(), today.month(), 1);
        QVERIFY(clock.set(QDateTime(month.addDays(14), QTime(12, 0), Qt::UTC)));
        auto endpoint = startEndpoint(dir, true);
        QVERIFY(endpoint);
        QTRY_COMPARE(releasesMade(*endpoint), 1); // at start: this month had none
        const QString cluster = unique("Cluster");
        const QString reader = endpoint->addAccount(unique("Org"), cluster);
        QStringList peers;
        for (int i = 0; i < 3; ++i)
            peers.append(endpoint->addAccount(unique("Org"), cluster));
        QVERIFY(!submitApproved(*endpoint, reader, 40, 10).isEmpty());
        for (int i = 0; i < peers.size(); ++i)
            QVERIFY(!submitApproved(*endpoint, peers.at(i), 40, 11 + i).isEmpty());
        // The start-up release was made before anyone submitted: no cluster figures this month,
        // however often the reader looks (and the hourly check makes no second release).
        const QJsonObject before = clusterOf(dashboardOf(*endpoint, reader));
        QCOMPARE(before.value(QStringLiteral("shown")).toBool(true), false);
        QCOMPARE(before.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("too-few-organisations"));
        QTest::qWait(2500);
        QCOMPARE(releasesMade(*endpoint), 1);
        QCOMPARE(clusterOf(dashboardOf(*endpoint, reader)), before);

        // The first of the next month, half past midnight: the server releases by itself.
        const QDate next = month.addMonths(1);
        QVERIFY(clock.set(QDateTime(next, QTime(0, 30), Qt::UTC)));
        QTRY_COMPARE_WITH_TIMEOUT(releasesMade(*endpoint), 2, 15000);
        const QJsonObject released = clusterOf(dashboardOf(*endpoint, reader));
        QCOMPARE(released.value(QStringLiteral("shown")).toBool(), true);
        QCOMPARE(released.value(QStringLiteral("organisations")).toInt(), 3);
        QCOMPARE(participantsTotal(released), 120);
        QVERIFY(releaseId(released) != releaseId(before));
        QVERIFY(releasedAt(released).startsWith(next.toString(QStringLiteral("yyyy-MM-01T00:30"))));

        // Within the month a peer's resubmission and its withdrawal do not show.
        QVERIFY(clock.set(QDateTime(next.addDays(9), QTime(8, 0), Qt::UTC)));
        const QString resubmission = submitApproved(*endpoint, peers.at(0), 41, 11);
        QVERIFY(!resubmission.isEmpty());
        QCOMPARE(clusterOf(dashboardOf(*endpoint, reader)), released);
        QCOMPARE(endpoint
                     ->request("POST",
                               QStringLiteral("/api/v1/submissions/") + resubmission +
                                   QStringLiteral("/withdraw"),
                               peers.at(0))
                     .status,
                 200);
        QCOMPARE(clusterOf(dashboardOf(*endpoint, reader)), released);
        // Another peer adds five participants; still the same until the month after.
        QVERIFY(!submitApproved(*endpoint, peers.at(1), 45, 12).isEmpty());
        QTest::qWait(2500);
        QCOMPARE(releasesMade(*endpoint), 2);
        QCOMPARE(clusterOf(dashboardOf(*endpoint, reader)), released);

        const QDate after = next.addMonths(1);
        QVERIFY(clock.set(QDateTime(after, QTime(0, 5), Qt::UTC)));
        QTRY_COMPARE_WITH_TIMEOUT(releasesMade(*endpoint), 3, 15000);
        const QJsonObject third = clusterOf(dashboardOf(*endpoint, reader));
        QCOMPARE(participantsTotal(third), 125);
        QVERIFY(releasedAt(third).startsWith(after.toString(QStringLiteral("yyyy-MM-01"))));
        // Own figures are live and about the reader alone all along.
        QCOMPARE(participantsTotal(
                     dashboardOf(*endpoint, reader).value(QStringLiteral("own")).toObject()),
                 40);
        QVERIFY(!endpoint->log().contains("release failed"));
    }

    // An organisation that first submits after this month's release: its cluster side is made
    // on its first reading from the data the release was made from, stored, and the same on
    // every reading; the others see it only from the next release.
    void organisationAfterTheRelease()
    {
        const QString dir = m_dir.path() + QStringLiteral("/latecomer");
        TestClock clock(m_dir.path() + QStringLiteral("/latecomer-clock"));
        const QDate today = QDate::currentDate();
        const QDate month(today.year(), today.month(), 1);
        QVERIFY(clock.set(QDateTime(month.addDays(1), QTime(9, 0), Qt::UTC)));
        auto endpoint = startEndpoint(dir, true);
        QVERIFY(endpoint);
        QTRY_COMPARE(releasesMade(*endpoint), 1);
        const QString cluster = unique("Cluster");
        QStringList members;
        for (int i = 0; i < 4; ++i) {
            members.append(endpoint->addAccount(unique("Org"), cluster));
            QVERIFY(!submitApproved(*endpoint, members.last(), 40 + i, 20 + i).isEmpty());
        }
        // This month's release, made on demand with the four members (40+41+42+43 = 166), an
        // hour after the start-up one (releases are ordered by their time).
        QVERIFY(clock.set(QDateTime(month.addDays(1), QTime(10, 0), Qt::UTC)));
        QCOMPARE(endpoint->admin({QStringLiteral("release")}), 0);
        const QJsonObject first = clusterOf(dashboardOf(*endpoint, members.at(0)));
        QCOMPARE(participantsTotal(first), 41 + 42 + 43);

        // Mid-month a peer resubmits, then a new organisation joins and submits.
        QVERIFY(clock.set(QDateTime(month.addDays(14), QTime(9, 0), Qt::UTC)));
        QVERIFY(!submitApproved(*endpoint, members.at(1), 50, 21).isEmpty());
        const QString latecomer = endpoint->addAccount(unique("Org"), cluster);
        QVERIFY(!submitApproved(*endpoint, latecomer, 30, 30).isEmpty());
        // Its cluster side: the four members as released (166, not the resubmission's 175),
        // under this month's release.
        const QJsonObject late = clusterOf(dashboardOf(*endpoint, latecomer));
        QCOMPARE(late.value(QStringLiteral("shown")).toBool(), true);
        QCOMPARE(late.value(QStringLiteral("organisations")).toInt(), 4);
        QCOMPARE(participantsTotal(late), 166);
        QCOMPARE(releaseId(late), releaseId(first));
        // Two readings agree, also after another peer's change.
        QVERIFY(!submitApproved(*endpoint, members.at(2), 60, 22).isEmpty());
        QCOMPARE(clusterOf(dashboardOf(*endpoint, latecomer)), late);
        // Its 30 are in nobody's cluster until the next release.
        QCOMPARE(clusterOf(dashboardOf(*endpoint, members.at(0))), first);
        QCOMPARE(participantsTotal(clusterOf(dashboardOf(*endpoint, members.at(3)))), 40 + 41 + 42);

        // A restarted server serves the stored side (the release's tallies are in the store).
        QVERIFY(endpoint->terminate());
        endpoint = startEndpoint(dir, true);
        QVERIFY(endpoint);
        QCOMPARE(clusterOf(dashboardOf(*endpoint, latecomer)), late);

        // Next month the latecomer is in the others' clusters, with everyone's changes.
        QVERIFY(clock.set(QDateTime(month.addMonths(1), QTime(1, 0), Qt::UTC)));
        QTRY_COMPARE_WITH_TIMEOUT(releasesMade(*endpoint), 1, 15000); // this process's first
        QCOMPARE(participantsTotal(clusterOf(dashboardOf(*endpoint, members.at(0)))),
                 50 + 60 + 43 + 30);
        QCOMPARE(participantsTotal(clusterOf(dashboardOf(*endpoint, latecomer))),
                 40 + 50 + 60 + 43);
        QVERIFY(!endpoint->log().contains("release failed"));
        QVERIFY(!endpoint->log().contains("late release side"));
    }
};

QTEST_GUILESS_MAIN(TestDashboardRelease)
#include "tst_dashboardrelease.moc"
