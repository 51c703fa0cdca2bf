// The endpoint over real TLS, started as its own process, against SQLite or (with
// VELDBOEK_ENDPOINT_BACKEND=postgresql) a PostgreSQL server the test starts itself.
#include "EndpointFixture.h"
#include "TestSupport.h"
#include "exchange/CsvTable.h"
#include "submission/SubmissionPackage.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

using namespace veldboek;
using namespace veldboek::test;

class TestEndpoint : public QObject
{
    Q_OBJECT

private:
    bool postgres() const
    {
        return qEnvironmentVariable("VELDBOEK_ENDPOINT_BACKEND") == QLatin1String("postgresql");
    }
    // A started endpoint on a fresh data directory (or the shared PostgreSQL database).
    std::unique_ptr<EndpointProcess> startEndpoint(const QStringList &arguments = {},
                                                   const QString &dataDir = {})
    {
        const QString dir = dataDir.isEmpty()
                                ? m_dir.path() + QStringLiteral("/data%1").arg(++m_instances)
                                : dataDir;
        auto endpoint = std::make_unique<EndpointProcess>(
            *m_certificate, dir, postgres() ? m_postgres.url() : QString());
        QString error;
        if (!endpoint->start(arguments, &error)) {
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
    static QJsonObject firstDataset(const QJsonObject &submission)
    {
        return submission.value(QStringLiteral("reports"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("datasets"))
            .toArray()
            .first()
            .toObject();
    }
    static QJsonObject rule(const QJsonObject &dataset, const QString &field)
    {
        const QJsonArray rules = dataset.value(QStringLiteral("rules")).toArray();
        for (const QJsonValue &value : rules) {
            if (value.toObject().value(QStringLiteral("field")).toString() == field)
                return value.toObject();
        }
        return {};
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

    void authentication()
    {
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        QString accountId;
        const QString token = endpoint->addAccount(unique("Org"), unique("Cluster"), &accountId);
        QVERIFY(token.startsWith(QLatin1String("vbk_")));
        QVERIFY(!accountId.isEmpty());
        QCOMPARE(endpoint->get(QStringLiteral("/api/v1/health"), token).status, 200);

        const HttpReply none = endpoint->get(QStringLiteral("/api/v1/health"), {});
        QCOMPARE(none.status, 401);
        QCOMPARE(none.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("unauthorized"));
        QVERIFY(none.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(
            endpoint->get(QStringLiteral("/api/v1/health"), token + QStringLiteral("x")).status,
            401);
        // An unknown path tells an anonymous caller nothing either.
        QCOMPARE(endpoint->get(QStringLiteral("/api/v1/nothing"), {}).status, 401);

        // Revoked while the server runs: refused from the next request on.
        QCOMPARE(endpoint->admin({QStringLiteral("account"), QStringLiteral("revoke"), accountId}),
                 0);
        QCOMPARE(endpoint->get(QStringLiteral("/api/v1/health"), token).status, 401);
        QCOMPARE(endpoint->get(QStringLiteral("/api/v1/submissions"), token).status, 401);

        // The token is stored only as its hash.
        if (!postgres()) {
            const QByteArray database = readBytes(
                m_dir.path() + QStringLiteral("/data%1/endpoint.sqlite").arg(m_instances));
            QVERIFY(!database.isEmpty());
            QVERIFY(!database.contains(token.toLatin1()));
        }
    }

    void specsWithEtag()
    {
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(unique("Org"), unique("Cluster"));
        const HttpReply list = endpoint->get(QStringLiteral("/api/v1/specs"), token);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(QStringLiteral("specs")).toArray().size(),
                 SpecLoader::builtinIds().size());
        const HttpReply mdt = endpoint->get(QStringLiteral("/api/v1/specs/mdt"), token);
        QCOMPARE(mdt.status, 200);
        QCOMPARE(mdt.json.value(QStringLiteral("id")).toString(), QStringLiteral("mdt"));
        const QByteArray etag = mdt.header("ETag");
        QVERIFY(!etag.isEmpty());
        const HttpReply again = endpoint->request("GET", QStringLiteral("/api/v1/specs/mdt"), token,
                                                  {}, {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QCOMPARE(endpoint->get(QStringLiteral("/api/v1/specs/nope"), token).status, 404);
    }

    void approvedRejectedAndCleared()
    {
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(unique("Org"), unique("Cluster"));
        QByteArray type;
        const QByteArray good = Fixtures::package(Fixtures::participantsCsv(12, 0, 2, 1), &type,
                                                  QStringLiteral("Twee adressen nagekeken."));
        const HttpReply accepted = endpoint->submit(token, good, type);
        QCOMPARE(accepted.status, 202);
        QCOMPARE(accepted.json.value(QStringLiteral("duplicate")).toBool(), false);
        const QJsonObject approved = endpoint->waitProcessed(token, idOf(accepted));
        QCOMPARE(approved.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(approved.value(QStringLiteral("note")).toString(),
                 QStringLiteral("Twee adressen nagekeken."));
        const QJsonObject dataset = firstDataset(approved);
        QCOMPARE(dataset.value(QStringLiteral("name")).toString(), QStringLiteral("participants"));
        const QJsonObject rows = dataset.value(QStringLiteral("rows")).toObject();
        QCOMPARE(rows.value(QStringLiteral("data")).toInt(), 12);
        QCOMPARE(rows.value(QStringLiteral("imported")).toInt(), 12);
        QCOMPARE(rows.value(QStringLiteral("header")).toInt(), 1);
        // The invalid optional values (last two rows, lines 12 and 13) are cleared, not rejected.
        const QJsonObject cleared = rule(dataset, QStringLiteral("geen_adres"));
        QCOMPARE(cleared.value(QStringLiteral("cleared")).toBool(), true);
        QCOMPARE(cleared.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(cleared.value(QStringLiteral("rows")).toArray(), (QJsonArray{12, 13}));

        const QByteArray bad = Fixtures::package(Fixtures::participantsCsv(15, 11, 0, 2), &type);
        const HttpReply second = endpoint->submit(token, bad, type);
        QCOMPARE(second.status, 202);
        const QJsonObject rejected = endpoint->waitProcessed(token, idOf(second));
        QCOMPARE(rejected.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        const QJsonObject gender = rule(firstDataset(rejected), QStringLiteral("geslacht"));
        QCOMPARE(gender.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(gender.value(QStringLiteral("count")).toInt(), 11);
        // The first ten row numbers, as a spreadsheet shows them (header = line 1).
        QCOMPARE(gender.value(QStringLiteral("rows")).toArray(),
                 (QJsonArray{2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
        QCOMPARE(firstDataset(rejected)
                     .value(QStringLiteral("rows"))
                     .toObject()
                     .value(QStringLiteral("failed"))
                     .toInt(),
                 11);

        // History: both, newest first.
        const HttpReply history = endpoint->get(QStringLiteral("/api/v1/submissions"), token);
        QCOMPARE(history.status, 200);
        const QJsonArray list = history.json.value(QStringLiteral("submissions")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("id")).toString(), idOf(second));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("approved"));
    }

    void repeatedUploadIsTheSameSubmission()
    {
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(unique("Org"), unique("Cluster"));
        QByteArray type;
        const QByteArray package = Fixtures::package(Fixtures::participantsCsv(10), &type);
        const HttpReply first = endpoint->submit(token, package, type);
        QCOMPARE(first.status, 202);
        const HttpReply again = endpoint->submit(token, package, type);
        QCOMPARE(again.status, 202);
        QCOMPARE(idOf(again), idOf(first));
        QCOMPARE(again.json.value(QStringLiteral("duplicate")).toBool(), true);
        // Compressed on the wire, it is still the same package.
        const HttpReply zipped = endpoint->submit(token, package, type, true);
        QCOMPARE(zipped.status, 202);
        QCOMPARE(idOf(zipped), idOf(first));
        // Building the same register again gives the same bytes.
        QByteArray type2;
        QCOMPARE(Fixtures::package(Fixtures::participantsCsv(10), &type2), package);
        QCOMPARE(type2, type);
        const HttpReply history = endpoint->get(QStringLiteral("/api/v1/submissions"), token);
        QCOMPARE(history.json.value(QStringLiteral("submissions")).toArray().size(), 1);
    }

    void anotherOrganisationsSubmissionIsNotFound()
    {
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        const QString cluster = unique("Cluster");
        const QString mine = endpoint->addAccount(unique("Org"), cluster);
        const QString theirs = endpoint->addAccount(unique("Org"), cluster);
        QByteArray type;
        const HttpReply reply =
            endpoint->submit(mine, Fixtures::package(Fixtures::participantsCsv(10), &type), type);
        QCOMPARE(reply.status, 202);
        const QString path = QStringLiteral("/api/v1/submissions/") + idOf(reply);
        QCOMPARE(endpoint->get(path, mine).status, 200);
        const HttpReply other = endpoint->get(path, theirs);
        QCOMPARE(other.status, 404);
        QCOMPARE(other.json.value(QStringLiteral("error")).toString(), QStringLiteral("not-found"));
        QCOMPARE(endpoint->request("POST", path + QStringLiteral("/withdraw"), theirs).status, 404);
        QCOMPARE(endpoint->get(QStringLiteral("/api/v1/submissions"), theirs)
                     .json.value(QStringLiteral("submissions"))
                     .toArray()
                     .size(),
                 0);
    }

    void oversizedAndWrongType()
    {
        auto endpoint = startEndpoint({QStringLiteral("--max-body-kb"), QStringLiteral("64")});
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(unique("Org"), unique("Cluster"));
        QByteArray type;
        const QByteArray big = Fixtures::package(Fixtures::participantsCsv(1000), &type);
        QVERIFY(big.size() > 64 * 1024);
        const HttpReply tooLarge = endpoint->submit(token, big, type);
        QCOMPARE(tooLarge.status, 413);
        QCOMPARE(tooLarge.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("too-large"));
        const QByteArray small = Fixtures::package(Fixtures::participantsCsv(10), &type);
        QCOMPARE(endpoint->submit(token, small, "application/json").status, 415);
        QCOMPARE(endpoint
                     ->request("POST", QStringLiteral("/api/v1/submissions"), token, small,
                               {{"Content-Type", type}, {"Content-Encoding", "br"}})
                     .status,
                 415);
    }

    void malformedPackages422_data()
    {
        QTest::addColumn<QByteArray>("package");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("problem");

        QByteArray type;
        // A quote that never closes: not a CSV file.
        QByteArray csv = Fixtures::participantsCsv(10);
        csv += "\"R-99;m;01-01-2005\r\n";
        QTest::newRow("malformed csv")
            << Fixtures::package(csv, &type) << type << QStringLiteral("malformed-csv");

        // A file changed after the manifest was made.
        QByteArray changed = Fixtures::package(Fixtures::participantsCsv(10), &type);
        changed.replace("Dorpsstraat", "Kerkstraat!");
        QTest::newRow("hash mismatch") << changed << type << QStringLiteral("sha256");

        // The manifest claims another number of rows.
        SubmissionManifest manifest;
        manifest.clientVersion = QStringLiteral("test");
        manifest.datasets.append({QStringLiteral("mdt"),
                                  QStringLiteral("2023.1"),
                                  QStringLiteral("participants"),
                                  QStringLiteral("mdt-proces1"),
                                  QStringLiteral("p.csv"),
                                  0,
                                  {}});
        const QByteArray rowsCsv = Fixtures::participantsCsv(10);
        QByteArray rows = SubmissionPackage::build(manifest, {rowsCsv}, &type);
        rows.replace("\"rows\":10", "\"rows\":11");
        QTest::newRow("row count") << rows << type << QStringLiteral("manifest");

        manifest.datasets[0].spec = QStringLiteral("nope");
        QTest::newRow("unknown spec") << SubmissionPackage::build(manifest, {rowsCsv}, &type)
                                      << type << QStringLiteral("unknown-spec");

        QTest::newRow("not multipart")
            << QByteArray("hello") << QByteArray("multipart/mixed; boundary=x")
            << QStringLiteral("package-format");
    }

    void malformedPackages422()
    {
        QFETCH(QByteArray, package);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, problem);
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(unique("Org"), unique("Cluster"));
        const HttpReply reply = endpoint->request("POST", QStringLiteral("/api/v1/submissions"),
                                                  token, package, {{"Content-Type", contentType}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid-package"));
        const QJsonObject report = reply.json.value(QStringLiteral("report")).toObject();
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
        QVERIFY(!problems.isEmpty());
        const QString code = problems.first().toObject().value(QStringLiteral("code")).toString();
        // A rows claim that was edited also breaks nothing else: it is the manifest's problem or
        // the row count's, depending on which the package check meets first.
        if (problem == QLatin1String("manifest"))
            QVERIFY2(code == QLatin1String("row-count") || code == QLatin1String("manifest"),
                     qPrintable(code));
        else
            QCOMPARE(code, problem);
        QVERIFY(!problems.first().toObject().value(QStringLiteral("message")).toString().isEmpty());
        // Nothing was stored.
        QCOMPARE(endpoint->get(QStringLiteral("/api/v1/submissions"), token)
                     .json.value(QStringLiteral("submissions"))
                     .toArray()
                     .size(),
                 0);
    }

    void wrongIdempotencyKey()
    {
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(unique("Org"), unique("Cluster"));
        QByteArray type;
        const QByteArray package = Fixtures::package(Fixtures::participantsCsv(10), &type);
        const HttpReply reply =
            endpoint->request("POST", QStringLiteral("/api/v1/submissions"), token, package,
                              {{"Content-Type", type}, {"Idempotency-Key", QByteArray(64, 'a')}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("idempotency-key"));
    }

    void correctionCap()
    {
        auto endpoint = startEndpoint({QStringLiteral("--correction-cap"), QStringLiteral("2")});
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(unique("Org"), unique("Cluster"));
        QByteArray type;
        // The first delivery and two corrections.
        for (int i = 0; i < 3; ++i) {
            const HttpReply reply = endpoint->submit(
                token, Fixtures::package(Fixtures::participantsCsv(10 + i), &type), type);
            QCOMPARE(reply.status, 202);
        }
        const HttpReply capped =
            endpoint->submit(token, Fixtures::package(Fixtures::participantsCsv(20), &type), type);
        QCOMPARE(capped.status, 409);
        QCOMPARE(capped.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("correction-cap"));
        // A repeat of an accepted package is not a new correction: it still answers.
        const HttpReply repeat =
            endpoint->submit(token, Fixtures::package(Fixtures::participantsCsv(10), &type), type);
        QCOMPARE(repeat.status, 202);
        QCOMPARE(repeat.json.value(QStringLiteral("duplicate")).toBool(), true);
    }

    void withdrawal()
    {
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(unique("Org"), unique("Cluster"));
        QByteArray type;
        const HttpReply first = endpoint->submit(
            token, Fixtures::package(Fixtures::participantsCsv(10, 0, 0, 1), &type), type);
        QCOMPARE(
            endpoint->waitProcessed(token, idOf(first)).value(QStringLiteral("status")).toString(),
            QStringLiteral("approved"));
        const HttpReply second = endpoint->submit(
            token, Fixtures::package(Fixtures::participantsCsv(25, 0, 0, 2), &type), type);
        QCOMPARE(
            endpoint->waitProcessed(token, idOf(second)).value(QStringLiteral("status")).toString(),
            QStringLiteral("approved"));
        auto total = [&]() {
            return endpoint->get(QStringLiteral("/api/v1/dashboard"), token)
                .json.value(QStringLiteral("own"))
                .toObject()
                .value(QStringLiteral("participants"))
                .toObject()
                .value(QStringLiteral("total"))
                .toObject()
                .value(QStringLiteral("value"));
        };
        QCOMPARE(total().toInt(), 25); // the newest approved submission counts
        const QString withdrawPath =
            QStringLiteral("/api/v1/submissions/") + idOf(second) + QStringLiteral("/withdraw");
        const HttpReply withdrawn = endpoint->request("POST", withdrawPath, token);
        QCOMPARE(withdrawn.status, 200);
        QCOMPARE(withdrawn.json.value(QStringLiteral("withdrawn")).toBool(), true);
        QCOMPARE(total().toInt(), 10); // back to the one before
        const HttpReply twice = endpoint->request("POST", withdrawPath, token);
        QCOMPARE(twice.status, 409);
        QCOMPARE(endpoint->get(QStringLiteral("/api/v1/submissions/") + idOf(second), token)
                     .json.value(QStringLiteral("withdrawn"))
                     .toBool(),
                 true);
    }

    void dashboardSuppression_data()
    {
        QTest::addColumn<int>("participants");
        QTest::addColumn<bool>("suppressed");
        QTest::newRow("9 cases") << 9 << true;
        QTest::newRow("40 cases") << 40 << false;
    }

    void dashboardSuppression()
    {
        QFETCH(int, participants);
        QFETCH(bool, suppressed);
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        const QString cluster = unique("Cluster");
        const QString own = endpoint->addAccount(unique("Org"), cluster);
        const QString peer = endpoint->addAccount(unique("Org"), cluster);
        QByteArray type;
        const HttpReply mine = endpoint->submit(
            own, Fixtures::package(Fixtures::participantsCsv(participants, 0, 0, 1), &type), type);
        const HttpReply theirs = endpoint->submit(
            peer, Fixtures::package(Fixtures::participantsCsv(participants, 0, 0, 2), &type), type);
        QCOMPARE(
            endpoint->waitProcessed(own, idOf(mine)).value(QStringLiteral("status")).toString(),
            QStringLiteral("approved"));
        QCOMPARE(
            endpoint->waitProcessed(peer, idOf(theirs)).value(QStringLiteral("status")).toString(),
            QStringLiteral("approved"));
        // Both came after the server's start-up release: their cluster side is made from that
        // release's data, in which nobody had submitted, so no cluster figures at all.
        HttpReply dashboard = endpoint->get(QStringLiteral("/api/v1/dashboard"), own);
        const QJsonObject before = dashboard.json.value(QStringLiteral("cluster")).toObject();
        QCOMPARE(before.value(QStringLiteral("shown")).toBool(true), false);
        QCOMPARE(before.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("too-few-organisations"));
        QVERIFY(!before.contains(QStringLiteral("participants")));
        QCOMPARE(endpoint->admin({QStringLiteral("release")}), 0);

        dashboard = endpoint->get(QStringLiteral("/api/v1/dashboard"), own);
        QCOMPARE(dashboard.status, 200);
        const QJsonObject people = dashboard.json.value(QStringLiteral("own"))
                                       .toObject()
                                       .value(QStringLiteral("participants"))
                                       .toObject();
        const QJsonObject total = people.value(QStringLiteral("total")).toObject();
        QCOMPARE(total.value(QStringLiteral("suppressed")).toBool(), suppressed);
        if (suppressed) {
            QVERIFY(total.value(QStringLiteral("value")).isNull());
            QCOMPARE(total.value(QStringLiteral("reason")).toString(), QStringLiteral("small"));
        } else {
            // 40: 30 active and 10 ended, every one of them 10 or more.
            QCOMPARE(total.value(QStringLiteral("value")).toInt(), participants);
            QCOMPARE(people.value(QStringLiteral("active"))
                         .toObject()
                         .value(QStringLiteral("value"))
                         .toInt(),
                     30);
            QCOMPARE(people.value(QStringLiteral("ended"))
                         .toObject()
                         .value(QStringLiteral("value"))
                         .toInt(),
                     10);
        }
        // A cluster of two organisations: each one's "cluster" would be exactly the other's.
        const QJsonObject clusterSide = dashboard.json.value(QStringLiteral("cluster")).toObject();
        QCOMPARE(clusterSide.value(QStringLiteral("shown")).toBool(), false);
        QCOMPARE(clusterSide.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("too-few-organisations"));
        QVERIFY(!clusterSide.contains(QStringLiteral("participants")));
        const QJsonObject timeliness =
            dashboard.json.value(QStringLiteral("timeliness")).toObject();
        QCOMPARE(timeliness.value(QStringLiteral("daysSince")).toInt(), 0);
        QCOMPARE(timeliness.value(QStringLiteral("overdue")).toBool(), false);
        // No figure is ever a bare number that could be a suppressed 0.
        QVERIFY(!dashboard.body.contains("\"value\":0,\"suppressed\":true"));
    }

    // Issue 13: cluster figures come from a release and stay the same until the next one, so a
    // peer's resubmission or withdrawal cannot be read off by comparing two readings; the own
    // figures stay live.
    void rateLimit()
    {
        auto endpoint = startEndpoint({QStringLiteral("--rate-limit"), QStringLiteral("5")});
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(unique("Org"), unique("Cluster"));
        const QString other = endpoint->addAccount(unique("Org"), unique("Cluster"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(endpoint->get(QStringLiteral("/api/v1/health"), token).status, 200);
        const HttpReply limited = endpoint->get(QStringLiteral("/api/v1/health"), token);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("rate-limited"));
        QVERIFY(limited.header("Retry-After").toInt() > 0);
        // Per token: another account is not held up.
        QCOMPARE(endpoint->get(QStringLiteral("/api/v1/health"), other).status, 200);
    }

    void restartKeepsEverything()
    {
        const QString dir = m_dir.path() + QStringLiteral("/restart");
        auto endpoint = startEndpoint({}, dir);
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(unique("Org"), unique("Cluster"));
        QByteArray type;
        const HttpReply reply =
            endpoint->submit(token, Fixtures::package(Fixtures::participantsCsv(12), &type), type);
        const QJsonObject before = endpoint->waitProcessed(token, idOf(reply));
        QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        const QJsonObject figures = endpoint->get(QStringLiteral("/api/v1/dashboard"), token)
                                        .json.value(QStringLiteral("own"))
                                        .toObject();
        QVERIFY(endpoint->terminate()); // SIGTERM: a clean stop
        QVERIFY(endpoint->log().contains("endpoint: stopped"));

        auto restarted = startEndpoint({}, dir);
        QVERIFY(restarted);
        QCOMPARE(restarted->get(QStringLiteral("/api/v1/submissions/") + idOf(reply), token).json,
                 before);
        QCOMPARE(restarted->get(QStringLiteral("/api/v1/dashboard"), token)
                     .json.value(QStringLiteral("own"))
                     .toObject(),
                 figures);
        QCOMPARE(
            restarted->submit(token, Fixtures::package(Fixtures::participantsCsv(12), &type), type)
                .json.value(QStringLiteral("duplicate"))
                .toBool(),
            true);
    }

    void killedWhileProcessing()
    {
        const QString dir = m_dir.path() + QStringLiteral("/killed");
        // On SQLite the restarted process frees its predecessor's claim at once; on PostgreSQL
        // (several processes share the queue) it is another worker, which takes the claim over
        // when its lease runs out (endpoint/EndpointQueueStore.cpp): a short lease here, so the
        // wait below does not depend on whether the kill landed before or after the claim.
        const QStringList lease{QStringLiteral("--claim-lease-seconds"), QStringLiteral("5")};
        // Checked by the worker after the receipt (--receive-checks 0), so that the kill lands
        // in the worker's check, not after the upload's own.
        const QStringList options =
            lease + QStringList{QStringLiteral("--receive-checks"), QStringLiteral("0")};
        auto endpoint = startEndpoint(options, dir);
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(unique("Org"), unique("Cluster"));
        QByteArray type;
        const int count = 40000;
        const HttpReply reply = endpoint->submit(
            token, Fixtures::package(Fixtures::participantsCsv(count), &type), type);
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("processing"));
        endpoint->kill(); // SIGKILL, most likely in the middle of the check
        auto restarted = startEndpoint(options, dir);
        QVERIFY(restarted);
        const QJsonObject after = restarted->waitProcessed(token, idOf(reply), 120000);
        // Fully processed: a whole report, never half of one.
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(firstDataset(after)
                     .value(QStringLiteral("rows"))
                     .toObject()
                     .value(QStringLiteral("imported"))
                     .toInt(),
                 count);
    }

    // An upload is checked as it arrives (issue 18; --receive-checks 1, default 0): its receipt
    // already says approved or rejected, with the very report the worker makes of the same
    // package after the receipt (the default). A package whose dataset rules need a
    // second read (two rows with one respondent number) goes to the worker either way. Each
    // submission is checked once: one row in submission_checks, by the upload or the worker.
    void checkedOnReceiptAsTheWorkerChecks()
    {
        // On PostgreSQL both share the queue, so also where packages are kept (deployment.md).
        const QString shared = postgres() ? m_dir.path() + QStringLiteral("/receipts") : QString();
        auto onReceipt =
            startEndpoint({QStringLiteral("--receive-checks"), QStringLiteral("1")}, shared);
        auto afterReceipt = startEndpoint({}, shared);
        QVERIFY(onReceipt && afterReceipt);
        const QString cluster = unique("Cluster");
        const QString tokenOn = onReceipt->addAccount(unique("Org"), cluster);
        const QString tokenAfter = afterReceipt->addAccount(unique("Org"), cluster);
        QByteArray duplicates = Fixtures::participantsCsv(30, 0, 0, 5);
        duplicates.replace("\nR5-7;", "\nR5-3;");
        const struct
        {
            QByteArray csv;
            const char *receipt;
        } cases[] = {{Fixtures::participantsCsv(12, 0, 2, 4), "approved"},
                     {Fixtures::participantsCsv(15, 11, 0, 4), "rejected"},
                     {duplicates, "processing"}};
        for (const auto &each : cases) {
            QByteArray type;
            const QByteArray package = Fixtures::package(each.csv, &type);
            const HttpReply on = onReceipt->submit(tokenOn, package, type);
            const HttpReply after = afterReceipt->submit(tokenAfter, package, type);
            QCOMPARE(on.status, 202);
            QCOMPARE(after.status, 202);
            QCOMPARE(on.json.value(QStringLiteral("status")).toString(),
                     QLatin1String(each.receipt));
            QCOMPARE(after.json.value(QStringLiteral("status")).toString(),
                     QStringLiteral("processing"));
            const QJsonObject checkedOn = onReceipt->waitProcessed(tokenOn, idOf(on));
            const QJsonObject checkedAfter = afterReceipt->waitProcessed(tokenAfter, idOf(after));
            QVERIFY(checkedOn.value(QStringLiteral("status")).toString() != u"processing");
            QCOMPARE(checkedOn.value(QStringLiteral("status")),
                     checkedAfter.value(QStringLiteral("status")));
            QCOMPARE(
                QJsonDocument(checkedOn.value(QStringLiteral("reports")).toArray()).toJson(),
                QJsonDocument(checkedAfter.value(QStringLiteral("reports")).toArray()).toJson());
        }
        if (postgres())
            return; // the checks' rows: tst_endpointcluster, on the shared database
        for (const auto &[endpoint, checkedBy] :
             {std::pair{onReceipt.get(), QStringLiteral("upload:,upload:,worker")},
              std::pair{afterReceipt.get(), QStringLiteral("worker,worker,worker")}}) {
            QStringList who;
            for (const auto &[by, count] : endpoint->checks()) {
                QCOMPARE(count, 1);
                who.append(by.startsWith(u"upload:") ? QStringLiteral("upload:")
                                                     : QStringLiteral("worker"));
            }
            QCOMPARE(who.join(QLatin1Char(',')), checkedBy);
        }
    }

    void twentyClientsAtOnce()
    {
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        const int clients = 20;
        QList<QString> tokens;
        const QString cluster = unique("Cluster");
        for (int i = 0; i < clients; ++i)
            tokens.append(endpoint->addAccount(unique("Org"), cluster));
        // One manager per client: separate connections, all in flight together.
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < clients; ++i) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            QByteArray type;
            const QByteArray package =
                Fixtures::package(Fixtures::participantsCsv(200 + i, 0, 0, i), &type);
            QNetworkRequest request =
                endpoint->networkRequest(QStringLiteral("/api/v1/submissions"), tokens.at(i));
            request.setRawHeader("Content-Type", type);
            replies.append(managers.back()->post(request, package));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                             [](QNetworkReply *r) { return r->isFinished(); }),
                                 120000);
        QStringList ids;
        for (QNetworkReply *r : std::as_const(replies)) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
            ids.append(QJsonDocument::fromJson(r->readAll())
                           .object()
                           .value(QStringLiteral("id"))
                           .toString());
            r->deleteLater();
        }
        for (int i = 0; i < clients; ++i) {
            const QJsonObject done = endpoint->waitProcessed(tokens.at(i), ids.at(i));
            QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        }
    }

    void sameReportAsTheEngine()
    {
        // The fixture file of the validation suite, through the endpoint and through core's
        // engine the way veldboek-cli validate reads a file: the same findings.
        const QString fixture =
            sourcePath(QStringLiteral("tests/fixtures/validation/mdt_errors.csv"));
        if (!QFile::exists(fixture))
            QSKIP("the validation fixtures are not in this tree");
        const QByteArray csv = readBytes(fixture);
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(unique("Org"), unique("Cluster"));
        QByteArray type;
        const HttpReply reply = endpoint->submit(token, Fixtures::package(csv, &type), type);
        QCOMPARE(reply.status, 202);
        const QJsonObject done = endpoint->waitProcessed(token, idOf(reply));
        const QJsonObject viaEndpoint =
            done.value(QStringLiteral("reports")).toArray().first().toObject();

        CsvError error;
        const std::optional<CsvDocument> document =
            CsvReader::read(csv, QStringLiteral("nl"), &error);
        QVERIFY(document);
        SpecError specError;
        const std::optional<Spec> spec = SpecLoader::builtin(QStringLiteral("mdt"), &specError);
        QVERIFY(spec);
        const std::optional<DataTable> table = CsvTable::toTable(
            *document, *spec, QStringLiteral("participants"), QStringLiteral("nl"), &error);
        QVERIFY(table);
        // The endpoint answers in the language the client asks for (Accept-Language).
        const QString language = viaEndpoint.value(QStringLiteral("language")).toString();
        QVERIFY(!language.isEmpty());
        const QJsonObject direct =
            Validator(*spec, QString(), QDate::currentDate(), language).validate({*table}).toJson();
        QCOMPARE(viaEndpoint, direct);

        // And through the command line itself, when this tree's CLI has the validate command.
        const ProcessResult cli = runCli(
            {QStringLiteral("validate"), fixture, QStringLiteral("--spec"), QStringLiteral("mdt"),
             QStringLiteral("--json"), QStringLiteral("--lang"), language});
        if (cli.exitCode == 2 && cli.out.isEmpty())
            QSKIP("veldboek-cli validate is not in this tree yet");
        QCOMPARE(QJsonDocument::fromJson(cli.out.toUtf8()).object(), viaEndpoint);
    }

    void deletionRequestsForTheAdministrator()
    {
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        const QString organisation = unique("Org");
        const QString token = endpoint->addAccount(organisation, unique("Cluster"));
        const HttpReply added = endpoint->request(
            "POST", QStringLiteral("/api/v1/deletion-requests"), token,
            QJsonDocument(
                QJsonObject{{QStringLiteral("dataset"), QStringLiteral("participants")},
                            {QStringLiteral("reference"), QStringLiteral("R-17")},
                            {QStringLiteral("reason"), QStringLiteral("twice registered")}})
                .toJson(),
            {{"Content-Type", "application/json"}});
        QCOMPARE(added.status, 201);
        QByteArray out;
        QCOMPARE(
            endpoint->admin({QStringLiteral("deletion-requests"), QStringLiteral("list")}, &out),
            0);
        QVERIFY(out.contains(organisation.toUtf8()));
        QVERIFY(out.contains("R-17"));
        QCOMPARE(endpoint->get(QStringLiteral("/api/v1/deletion-requests"), token)
                     .json.value(QStringLiteral("deletionRequests"))
                     .toArray()
                     .size(),
                 1);
    }

    void logsHoldNoPersonalData()
    {
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(unique("Org"), unique("Cluster"));
        QByteArray type;
        const HttpReply reply = endpoint->submit(
            token, Fixtures::package(Fixtures::participantsCsv(10, 3), &type), type);
        endpoint->waitProcessed(token, idOf(reply));
        QVERIFY(endpoint->terminate());
        const QByteArray log = endpoint->log();
        QVERIFY(log.contains("request POST /api/v1/submissions -> 202"));
        for (const char *personal :
             {"Dorpsstraat", "3511 AB", "01-01-2005", "@example.nl", "R0-1;"})
            QVERIFY2(!log.contains(personal), personal);
        QVERIFY(!log.contains(token.toLatin1()));
    }

    void noPlainHttp()
    {
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/health").arg(endpoint->port()))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QVERIFY(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isNull());
        QVERIFY(reply->error() != QNetworkReply::NoError);
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
