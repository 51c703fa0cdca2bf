// The specs in force come from the endpoint (issue 15): `serve --specs DIR` serves a directory's
// specs with their version and a strong ETag and checks submissions with them;
// `specs check DIR` validates a directory with the same loader. The real endpoint program over
// real TLS, as tst_endpoint starts it.
#include "ChangedSpecs.h"
#include "EndpointFixture.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace veldboek;
using namespace veldboek::test;

class TestEndpointSpecs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EndpointProcess> startEndpoint(const QStringList &arguments,
                                                   QString *error = nullptr)
    {
        auto endpoint = std::make_unique<EndpointProcess>(
            *m_certificate, m_dir.path() + QStringLiteral("/data%1").arg(++m_instances), QString());
        QString startError;
        if (!endpoint->start(arguments, &startError)) {
            if (error)
                *error = startError;
            return nullptr;
        }
        return endpoint;
    }
    // `veldboek-endpoint specs check DIR`: exit code, stdout and stderr.
    static int check(const QString &dir, QByteArray *out, QByteArray *err)
    {
        QProcess process;
        process.start(EndpointProcess::program(),
                      {QStringLiteral("specs"), QStringLiteral("check"), dir});
        if (!process.waitForFinished(60000))
            return -1;
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    QString newDir() { return m_dir.path() + QStringLiteral("/specs%1").arg(++m_dirs); }
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

    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_certificate;
    int m_instances = 0;
    int m_dirs = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(EndpointProcess::program()), "the endpoint is not built");
        QString error;
        m_certificate = TestCertificate::make(m_dir.path(), &error);
        QVERIFY2(m_certificate, qPrintable(error));
    }

    void checkAcceptsAGoodDirectory()
    {
        const QString dir = newDir();
        QVERIFY(ChangedSpecs::write(dir, ChangedSpecs::stricterHouseNumber()));
        QVERIFY(ChangedSpecs::write(dir, ChangedSpecs::builtinObject(QStringLiteral("sor"))));
        QByteArray out;
        QByteArray err;
        QCOMPARE(check(dir, &out, &err), 0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2); // one line per spec, in file-name order
        QVERIFY2(lines.at(0).startsWith("mdt 2024.1: 1 dataset(s)"), out.constData());
        QVERIFY2(lines.at(1).startsWith("sor "), out.constData());
        QVERIFY(err.isEmpty());
    }

    void checkNamesFileAndPath_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("expected");
        QJsonObject badType = ChangedSpecs::stricterHouseNumber();
        ChangedSpecs::changeField(badType, QStringLiteral("email"), [](QJsonObject &field) {
            field.insert(QStringLiteral("type"), QStringLiteral("mail"));
        });
        QTest::newRow("unknown type") << QStringLiteral("mdt.json") << ChangedSpecs::bytes(badType)
                                      << QByteArray("mdt.json: datasets[0].fields[10].type:");
        QJsonObject future = ChangedSpecs::stricterHouseNumber();
        future.insert(QStringLiteral("formatVersion"), QStringLiteral("2.0"));
        QTest::newRow("format 2.0")
            << QStringLiteral("mdt.json") << ChangedSpecs::bytes(future)
            << QByteArray("mdt.json: formatVersion: format version 2.0 is not supported");
        QTest::newRow("named after another id")
            << QStringLiteral("mdt2.json")
            << ChangedSpecs::bytes(ChangedSpecs::stricterHouseNumber())
            << QByteArray("mdt2.json: id: the spec's id is \"mdt\"; its file must be mdt.json");
        QTest::newRow("truncated")
            << QStringLiteral("mdt.json")
            << ChangedSpecs::bytes(ChangedSpecs::stricterHouseNumber()).left(900)
            << QByteArray("mdt.json: line ");
    }
    void checkNamesFileAndPath()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, expected);
        const QString dir = newDir();
        // A good spec beside the bad one: one bad file refuses the directory.
        QVERIFY(ChangedSpecs::write(dir, ChangedSpecs::builtinObject(QStringLiteral("sor"))));
        QVERIFY(ChangedSpecs::writeBytes(dir, fileName, bytes));
        QByteArray out;
        QByteArray err;
        QCOMPARE(check(dir, &out, &err), 2);
        QVERIFY2(err.contains(expected), err.constData());
        QVERIFY2(out.isEmpty(), out.constData());

        // The server refuses to start on it, with the same message.
        QString error;
        QVERIFY(!startEndpoint({QStringLiteral("--specs"), dir}, &error));
        QVERIFY2(error.toUtf8().contains(expected), qPrintable(error));
    }

    void checkRefusesAnEmptyDirectory()
    {
        const QString dir = newDir();
        QVERIFY(QDir().mkpath(dir));
        QByteArray out;
        QByteArray err;
        QCOMPARE(check(dir, &out, &err), 2);
        QVERIFY2(err.contains("no spec files"), err.constData());
        QCOMPARE(check(dir + QStringLiteral("/none"), &out, &err), 2);
        QVERIFY2(err.contains("no such directory"), err.constData());
    }

    // The directory's specs are what /api/v1/specs lists and serves, byte for byte, with the
    // SHA-256 of those bytes as a strong ETag that If-None-Match honours.
    void servesTheDirectory()
    {
        const QString dir = newDir();
        const QJsonObject changed = ChangedSpecs::stricterHouseNumber();
        QVERIFY(ChangedSpecs::write(dir, changed));
        auto endpoint = startEndpoint({QStringLiteral("--specs"), dir});
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(QStringLiteral("Org"), QStringLiteral("C"));
        const HttpReply list = endpoint->get(QStringLiteral("/api/v1/specs"), token);
        QCOMPARE(list.status, 200);
        const QJsonArray specs = list.json.value(QStringLiteral("specs")).toArray();
        QCOMPARE(specs.size(), 1); // only what was deployed: sor and cemplus are not in force
        const QByteArray bytes = ChangedSpecs::bytes(changed);
        const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        const QJsonObject entry = specs.at(0).toObject();
        QCOMPARE(entry.value(QStringLiteral("id")).toString(), QStringLiteral("mdt"));
        QCOMPARE(entry.value(QStringLiteral("version")).toString(), QStringLiteral("2024.1"));
        QCOMPARE(entry.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(hash));
        QCOMPARE(entry.value(QStringLiteral("etag")).toString(),
                 QString::fromLatin1('"' + hash + '"'));

        const HttpReply mdt = endpoint->get(QStringLiteral("/api/v1/specs/mdt"), token);
        QCOMPARE(mdt.status, 200);
        QCOMPARE(mdt.body, bytes);
        QCOMPARE(mdt.header("ETag"), '"' + hash + '"');
        const HttpReply same = endpoint->request("GET", QStringLiteral("/api/v1/specs/mdt"), token,
                                                 {}, {{"If-None-Match", '"' + hash + '"'}});
        QCOMPARE(same.status, 304);
        QVERIFY(same.body.isEmpty());
        const HttpReply listed =
            endpoint->request("GET", QStringLiteral("/api/v1/specs/mdt"), token, {},
                              {{"If-None-Match", "\"0000\", W/\"" + hash + '"'}});
        QCOMPARE(listed.status, 304);
        const HttpReply other = endpoint->request("GET", QStringLiteral("/api/v1/specs/mdt"), token,
                                                  {}, {{"If-None-Match", "\"0000\""}});
        QCOMPARE(other.status, 200);
        QCOMPARE(endpoint->get(QStringLiteral("/api/v1/specs/sor"), token).status, 404);
    }

    // The endpoint checks with what it serves: 120 participants with house numbers 1-120 pass
    // the built-in spec and fail the stricter one on the 20 above 100.
    void checksSubmissionsWithTheDirectory()
    {
        QByteArray type;
        const QByteArray package = Fixtures::package(Fixtures::participantsCsv(120), &type);

        auto builtin = startEndpoint({});
        QVERIFY(builtin);
        const QString token = builtin->addAccount(QStringLiteral("Org"), QStringLiteral("C"));
        const HttpReply first = builtin->submit(token, package, type);
        QCOMPARE(first.status, 202);
        const QJsonObject approved =
            builtin->waitProcessed(token, first.json.value(QStringLiteral("id")).toString());
        QCOMPARE(approved.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));

        const QString dir = newDir();
        QVERIFY(ChangedSpecs::write(dir, ChangedSpecs::stricterHouseNumber()));
        auto changed = startEndpoint({QStringLiteral("--specs"), dir});
        QVERIFY(changed);
        const QString token2 = changed->addAccount(QStringLiteral("Org"), QStringLiteral("C"));
        const HttpReply second = changed->submit(token2, package, type);
        QCOMPARE(second.status, 202);
        const QJsonObject rejected =
            changed->waitProcessed(token2, second.json.value(QStringLiteral("id")).toString());
        QCOMPARE(rejected.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        const QJsonObject dataset = firstDataset(rejected);
        QCOMPARE(dataset.value(QStringLiteral("rows"))
                     .toObject()
                     .value(QStringLiteral("failed"))
                     .toInt(),
                 20);
        bool named = false;
        const QJsonArray rules = dataset.value(QStringLiteral("rules")).toArray();
        for (const QJsonValue &value : rules) {
            const QJsonObject rule = value.toObject();
            if (rule.value(QStringLiteral("field")).toString() == QLatin1String("huisnummer")) {
                named = true;
                QCOMPARE(rule.value(QStringLiteral("count")).toInt(), 20);
                // Line 102 holds participant 101 (the header is line 1).
                QCOMPARE(rule.value(QStringLiteral("rows")).toArray().first().toInt(), 102);
            }
        }
        QVERIFY(named);
    }
};

QTEST_GUILESS_MAIN(TestEndpointSpecs)
#include "tst_endpointspecs.moc"
