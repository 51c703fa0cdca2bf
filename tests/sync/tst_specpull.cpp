// The specs in force come from the endpoint (issue 15): a real endpoint started with a changed
// spec directory, `veldboek-cli specs pull` storing its specs in the register, and
// `veldboek-cli validate REGISTER` then flagging exactly the rows the change affects, offline
// too. Bad answers (an HTML page, a cut-off download, a spec the loader refuses, an unknown format
// version, a spec under another id) come from a fault server in front of the endpoint: the
// register keeps the specs it had and nothing in it changes.
#include "ChangedSpecs.h"
#include "FaultServer.h"
#include "SyncFixture.h"
#include "TestSupport.h"
#include "storage/KeyStore.h"
#include "storage/SpecStore.h"
#include "sync/EndpointClient.h"
#include "sync/SpecPull.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace veldboek;
using namespace veldboek::test;

namespace {

// The huisnummer finding of `validate REGISTER --json`'s mdt report: its rows, or none.
std::optional<QJsonArray> houseNumberRows(const QString &json)
{
    // `validate REGISTER` gives {"reports": [...]}; with --spec, one report.
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonArray reports = root.contains(QLatin1String("reports"))
                                   ? root.value(QLatin1String("reports")).toArray()
                                   : QJsonArray{root};
    for (const QJsonValue &report : reports) {
        const QJsonArray datasets = report.toObject().value(QLatin1String("datasets")).toArray();
        for (const QJsonValue &dataset : datasets) {
            const QJsonArray rules = dataset.toObject().value(QLatin1String("rules")).toArray();
            for (const QJsonValue &rule : rules) {
                if (rule.toObject().value(QLatin1String("field")).toString() ==
                    QLatin1String("huisnummer"))
                    return rule.toObject().value(QLatin1String("rows")).toArray();
            }
        }
    }
    return std::nullopt;
}

} // namespace

class TestSpecPull : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fixture;
    QString m_specDir;

    struct Pull
    {
        SyncError error;
        QList<PulledSpec> specs;
    };
    Pull pull(Register &reg, const EndpointProfile &profile)
    {
        EndpointClient client(profile);
        RetryPolicy quick;
        quick.attempts = 1;
        client.setRetryPolicy(quick);
        SpecPull specPull(reg, client);
        QSignalSpy done(&specPull, &SpecPull::finished);
        specPull.start();
        if (!specPull.isFinished())
            done.wait(60000);
        return {specPull.error(), specPull.specs()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_specDir = m_fixture.dir() + QStringLiteral("/specs");
        QString error;
        // The fixture's directory exists once setUp ran; the spec directory is written first.
        QVERIFY(ChangedSpecs::write(m_specDir, ChangedSpecs::stricterHouseNumber()));
        QVERIFY2(m_fixture.setUp(&error, {QStringLiteral("--specs"), m_specDir}),
                 qPrintable(error));
    }

    // The main case on the command line: before the pull the register passes the
    // built-in rule; the pull stores the stricter spec, says what changes and how many records;
    // from then on `validate` flags exactly those rows, also with the endpoint gone.
    void pullThenValidateOffline()
    {
        const QString token = m_fixture.newAccount();
        QString path;
        {
            auto reg = m_fixture.makeHouseNumberRegister(QStringLiteral("cli"), token);
            QVERIFY(reg);
            path = reg->path();
        }
        const QStringList options{QStringLiteral("--passphrase-file"), m_fixture.passphraseFile(),
                                  QStringLiteral("--lang"), QStringLiteral("en")};
        ProcessResult result = runCli(
            QStringList{QStringLiteral("validate"), path, QStringLiteral("--json")} + options);
        QVERIFY2(!houseNumberRows(result.out), qPrintable(result.out));

        result =
            runCli(QStringList{QStringLiteral("specs"), QStringLiteral("pull"), path} + options);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(
            result.out.contains(QLatin1String("mdt 2024.1: in force from now on (was 2023.1).")),
            qPrintable(result.out));
        QVERIFY2(result.out.contains(QLatin1String("Records affected: 3.")),
                 qPrintable(result.out));

        result =
            runCli(QStringList{QStringLiteral("specs"), QStringLiteral("list"), path} + options);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(
            result.out.contains(QStringLiteral("mdt 2024.1: from %1/api/v1/specs/mdt, fetched ")
                                    .arg(m_fixture.url())),
            qPrintable(result.out));
        QVERIFY2(result.out.contains(QLatin1String("sor 2023.1: built-in")),
                 qPrintable(result.out));

        // A second pull sends the stored hash and gets 304: nothing to do.
        result =
            runCli(QStringList{QStringLiteral("specs"), QStringLiteral("pull"), path} + options);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("mdt 2024.1: unchanged.")),
                 qPrintable(result.out));

        // Offline: an unreachable endpoint in the settings changes nothing for `validate`.
        result = runCli(QStringList{QStringLiteral("validate"), path, QStringLiteral("--json")} +
                        options);
        QCOMPARE(result.exitCode, 1); // house numbers are required: errors
        const std::optional<QJsonArray> rows = houseNumberRows(result.out);
        QVERIFY2(rows, qPrintable(result.out));
        QCOMPARE(*rows, (QJsonArray{3, 6, 10}));
        result = runCli(QStringList{QStringLiteral("validate"), path, QStringLiteral("--spec"),
                                    QStringLiteral("mdt"), QStringLiteral("--json")} +
                        options);
        QVERIFY2(houseNumberRows(result.out), qPrintable(result.out));
    }

    // The rule of SpecStore: a stored spec at least as new as the built-in one is in force; an
    // older one loses to the built-in one (a newer build with a newer built-in spec), and so does
    // one this build cannot read.
    void storedVersusBuiltin()
    {
        const QString token = m_fixture.newAccount();
        auto reg = m_fixture.makeHouseNumberRegister(QStringLiteral("rule"), token);
        QVERIFY(reg);
        SpecStore store(*reg);
        SpecError error;
        QCOMPARE(store.inForce(QStringLiteral("mdt"), &error)->builtin, true);

        const auto document = [](const QString &version) {
            SpecError loadError;
            return *SpecDocument::fromBytes(
                ChangedSpecs::bytes(ChangedSpecs::stricterHouseNumber(version)),
                QStringLiteral("mdt.json"), &loadError);
        };
        QVERIFY(store.store(document(QStringLiteral("2099.1")), QStringLiteral("https://x"),
                            QStringLiteral("2026-01-01T00:00:00Z")));
        std::optional<SpecInForce> chosen = store.inForce(QStringLiteral("mdt"), &error);
        QCOMPARE(chosen->builtin, false);
        QCOMPARE(chosen->document.spec.version, QStringLiteral("2099.1"));
        QCOMPARE(chosen->sourceUrl, QStringLiteral("https://x"));

        QVERIFY(store.store(document(QStringLiteral("2022.9")), QStringLiteral("https://x"),
                            QStringLiteral("2026-01-01T00:00:00Z")));
        chosen = store.inForce(QStringLiteral("mdt"), &error);
        QCOMPARE(chosen->builtin, true);
        QCOMPARE(chosen->document.spec.version, QStringLiteral("2023.1"));
        QVERIFY(chosen->storedIgnored.contains(QLatin1String("older than the built-in 2023.1")));

        // Bytes a later build wrote (format 2.0): kept, not used.
        QJsonObject future = ChangedSpecs::stricterHouseNumber(QStringLiteral("2099.2"));
        future.insert(QStringLiteral("formatVersion"), QStringLiteral("2.0"));
        QSqlQuery query(reg->database());
        query.prepare(QStringLiteral("UPDATE specs SET bytes = ?, version = '2099.2'"));
        query.addBindValue(ChangedSpecs::bytes(future));
        QVERIFY(query.exec());
        chosen = store.inForce(QStringLiteral("mdt"), &error);
        QCOMPARE(chosen->builtin, true);
        QVERIFY(chosen->storedIgnored.contains(QLatin1String("cannot be read by this build")));

        QVERIFY(compareSpecVersions(QStringLiteral("2023.10"), QStringLiteral("2023.9")) > 0);
        QVERIFY(compareSpecVersions(QStringLiteral("2023.1"), QStringLiteral("2023.1.0")) == 0);
        QVERIFY(compareSpecVersions(QStringLiteral("2023"), QStringLiteral("2023.1")) < 0);
    }

    void badAnswersChangeNothing_data()
    {
        QTest::addColumn<QList<FaultServer::Fault>>("faults");
        QTest::addColumn<QString>("expected");
        using Fault = FaultServer::Fault;
        const Fault forward{};
        const QByteArray stricter = ChangedSpecs::bytes(ChangedSpecs::stricterHouseNumber());
        QTest::newRow("html instead of the list")
            << QList<Fault>{Fault::answer(200, "text/html",
                                          "<html><body>Log in to the hotel wifi</body></html>")}
            << QStringLiteral("did not come from the endpoint");
        QTest::newRow("html instead of the spec")
            << QList<Fault>{forward, Fault::answer(200, "text/html", "<html>login</html>")}
            << QStringLiteral("did not arrive as a spec");
        QTest::newRow("truncated")
            << QList<Fault>{forward, Fault::answer(200, "application/json", stricter.left(2000))}
            << QStringLiteral("did not arrive as a spec");
        // A whole spec whose bytes are not the ones the ETag names (changed on the way, or a
        // cut-off download that still parses). The fault server writes the content type into the
        // header block as it is, so the ETag rides along with it.
        QTest::newRow("bytes that do not match the ETag")
            << QList<Fault>{forward,
                            Fault::answer(200,
                                          "application/json\r\nETag: \"" +
                                              QCryptographicHash::hash(QByteArray(stricter + ' '),
                                                                       QCryptographicHash::Sha256)
                                                  .toHex() +
                                              '"',
                                          stricter)}
            << QStringLiteral("did not arrive whole");
        QJsonObject badType = ChangedSpecs::stricterHouseNumber();
        ChangedSpecs::changeField(badType, QStringLiteral("email"), [](QJsonObject &field) {
            field.insert(QStringLiteral("type"), QStringLiteral("mail"));
        });
        QTest::newRow("refused by the loader")
            << QList<Fault>{forward,
                            Fault::answer(200, "application/json", ChangedSpecs::bytes(badType))}
            << QStringLiteral("datasets[0].fields[10].type");
        QJsonObject future = ChangedSpecs::stricterHouseNumber();
        future.insert(QStringLiteral("formatVersion"), QStringLiteral("2.0"));
        QTest::newRow("unknown major format version")
            << QList<Fault>{forward,
                            Fault::answer(200, "application/json", ChangedSpecs::bytes(future))}
            << QStringLiteral("format version 2.0 is not supported");
        QTest::newRow("another id")
            << QList<Fault>{forward, Fault::answer(200, "application/json",
                                                   ChangedSpecs::bytes(ChangedSpecs::builtinObject(
                                                       QStringLiteral("sor"))))}
            << QStringLiteral("calls itself \"sor\"");
    }
    void badAnswersChangeNothing()
    {
        QFETCH(QList<FaultServer::Fault>, faults);
        QFETCH(QString, expected);
        const QString token = m_fixture.newAccount();
        auto reg =
            m_fixture.makeHouseNumberRegister(QStringLiteral("bad%1")
                                                  .arg(QString::fromLatin1(QTest::currentDataTag()))
                                                  .replace(QLatin1Char(' '), QLatin1Char('-')),
                                              token);
        QVERIFY(reg);
        // The register already holds a fetched spec: it must stay the one in force.
        SpecError error;
        QVERIFY(SpecStore(*reg).store(
            *SpecDocument::fromBytes(
                ChangedSpecs::bytes(ChangedSpecs::stricterHouseNumber(QStringLiteral("2023.5"))),
                QStringLiteral("mdt.json"), &error),
            QStringLiteral("https://before"), QStringLiteral("2026-01-01T00:00:00Z")));
        const QByteArray before = SyncFixture::state(*reg);

        FaultServer server(m_fixture.certificate().certificateFile, m_fixture.certificate().keyFile,
                           m_fixture.endpoint().port(), m_fixture.certificate().certificate);
        server.script(faults);
        EndpointProfile profile = m_fixture.profile(token);
        profile.url = QUrl(server.url());
        const Pull result = pull(*reg, profile);
        QVERIFY(!result.error.ok());
        QVERIFY2(result.error.message.contains(expected), qPrintable(result.error.message));
        QVERIFY2(
            result.error.message.endsWith(QLatin1String("The register keeps the specs it has.")),
            qPrintable(result.error.message));
        QVERIFY(result.specs.isEmpty());
        QCOMPARE(SyncFixture::state(*reg), before);
        const std::optional<SpecInForce> inForce =
            SpecStore(*reg).inForce(QStringLiteral("mdt"), &error);
        QCOMPARE(inForce->document.spec.version, QStringLiteral("2023.5"));
        QCOMPARE(inForce->sourceUrl, QStringLiteral("https://before"));
    }

    // The command line says why (in Dutch by default) and exits with 2; the register is untouched.
    void commandLineRefusesWithExitCode2()
    {
        const QString token = m_fixture.newAccount();
        QString path;
        QByteArray before;
        {
            auto reg = m_fixture.makeHouseNumberRegister(QStringLiteral("cli-bad"), token);
            QVERIFY(reg);
            before = SyncFixture::state(*reg);
            path = reg->path();
        }
        FaultServer server(m_fixture.certificate().certificateFile, m_fixture.certificate().keyFile,
                           m_fixture.endpoint().port(), m_fixture.certificate().certificate);
        server.script({FaultServer::Fault{},
                       FaultServer::Fault::answer(200, "application/json", "{\"id\": \"mdt\"")});
        // The fault server answers in this process's event loop: the CLI runs beside it.
        QProcess cli;
        cli.start(cliPath(),
                  {QStringLiteral("specs"), QStringLiteral("pull"), path,
                   QStringLiteral("--endpoint"), server.url(), QStringLiteral("--passphrase-file"),
                   m_fixture.passphraseFile(), QStringLiteral("--lang"), QStringLiteral("nl")});
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60000);
        const QByteArray err = cli.readAllStandardError();
        QCOMPARE(cli.exitCode(), 2);
        // In Dutch, the user's default language (translations/veldboek_nl.ts).
        QVERIFY2(err.contains("kwam niet aan als specificatie") &&
                     err.contains("Het register houdt de specificaties die het heeft."),
                 err.constData());
        RegisterError registerError;
        auto reg = KeyStore::open(path, QByteArray("correct horse battery staple"), &registerError);
        QVERIFY2(reg, qPrintable(registerError.message()));
        QCOMPARE(SyncFixture::state(*reg), before);
    }
};

QTEST_MAIN(TestSpecPull)
#include "tst_specpull.moc"
