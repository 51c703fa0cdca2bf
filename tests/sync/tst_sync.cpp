// The sync client against the real endpoint over real TLS (issue 6): approved and rejected
// round trips, every refusal (token, certificate, pin), every fault (500, timeout, cut upload,
// captive portal, offline), and the command line's exit codes.
#include "FaultServer.h"
#include "SyncFixture.h"
#include "TestSupport.h"
#include "privacy/Pseudonymiser.h"
#include "storage/DashboardRepository.h"
#include "storage/KeyStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/SubmissionRepository.h"
#include "sync/ConnectionSettings.h"
#include "sync/EndpointClient.h"
#include "sync/FigureText.h"
#include "sync/NetworkReachability.h"
#include "sync/SubmissionReminder.h"
#include "sync/SubmissionRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace veldboek;
using namespace veldboek::test;

namespace {

// A run with short waits, so the fault tests take seconds.
struct Run
{
    EndpointClient client;
    NetworkReachability network;
    SubmissionRun run;

    Run(Register &reg, const EndpointProfile &profile, int timeoutMs = 20000)
        : client(profile)
        , run(reg, client, network)
    {
        client.setRetryPolicy({3, 100, timeoutMs});
        run.setLanguage(QStringLiteral("en"));
        run.setPolling(100, 60000);
    }

    SubmissionRun::Outcome go()
    {
        QSignalSpy finished(&run, &SubmissionRun::finished);
        run.start();
        if (run.stage() != SubmissionRun::Stage::Finished && !finished.wait(90000))
            return SubmissionRun::Outcome::None;
        return run.outcome();
    }
};

// Makes a participant's gender invalid: an error in a required field.
void breakParticipant(Register &reg, qint64 id)
{
    QSqlQuery query(reg.database());
    query.prepare(QStringLiteral("UPDATE participants SET geslacht = 'q' WHERE id = ?"));
    query.addBindValue(id);
    QVERIFY(query.exec());
}

qint64 firstParticipant(Register &reg)
{
    QSqlQuery query(reg.database());
    query.exec(QStringLiteral("SELECT min(id) FROM participants"));
    query.next();
    return query.value(0).toLongLong();
}

int submittedParticipants(Register &reg)
{
    QSqlQuery query(reg.database());
    query.exec(QStringLiteral("SELECT count(*) FROM participants WHERE submitted_at <> ''"));
    query.next();
    return query.value(0).toInt();
}

} // namespace

class SyncTest : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fixture;
    int m_registers = 0;

    QString name() { return QStringLiteral("register") + QString::number(++m_registers); }

    std::unique_ptr<Register> configured(const QString &token, int participants = 30)
    {
        return m_fixture.makeRegister(name(), participants, m_fixture.profile(token));
    }

    // A failure that must leave the register as it was and nothing at the endpoint.
    void expectRefused(const EndpointProfile &profile, SyncError::Kind kind, const QString &token)
    {
        auto reg = configured(token);
        QVERIFY(reg);
        const QByteArray before = SyncFixture::state(*reg);
        Run run(*reg, profile);
        QCOMPARE(run.go(), SubmissionRun::Outcome::Failed);
        QCOMPARE(run.run.error().kind, kind);
        QVERIFY(!run.run.error().message.isEmpty());
        QCOMPARE(run.run.error().exitCode(), 2);
        QCOMPARE(SyncFixture::state(*reg), before);
        QCOMPARE(m_fixture.submissionsAt(token), 0);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    }

    void approvedRoundTrip()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token, 30);
        QVERIFY(reg);
        Run run(*reg, m_fixture.profile(token));
        QSignalSpy progress(&run.run, &SubmissionRun::uploadProgress);
        QCOMPARE(run.go(), SubmissionRun::Outcome::Approved);
        QVERIFY(!run.run.remoteId().isEmpty());
        QVERIFY(progress.count() > 0);
        QCOMPARE(run.run.uploadAttempts(), 1);

        const QList<SubmissionRecord> history = SubmissionRepository(*reg).history();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().status, QStringLiteral("approved"));
        QCOMPARE(history.first().remoteId, run.run.remoteId());
        QCOMPARE(history.first().packageSha256, run.run.package().contentHash);
        QVERIFY(!history.first().report.value(QLatin1String("reports")).toArray().isEmpty());
        QVERIFY(SubmissionRepository(*reg).lastApproved().isValid());
        QCOMPARE(submittedParticipants(*reg), 30);

        QVERIFY(run.run.dashboardStored());
        const auto snapshot = DashboardRepository(*reg).latest();
        QVERIFY(snapshot);
        QCOMPARE(snapshot->figures.value(QLatin1String("own"))
                     .toObject()
                     .value(QLatin1String("participants"))
                     .toObject()
                     .value(QLatin1String("total"))
                     .toObject()
                     .value(QLatin1String("value"))
                     .toInt(),
                 30);
        QVERIFY(qAbs(snapshot->fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(m_fixture.submissionsAt(token), 1);
        QCOMPARE(SubmissionReminder::forRegister(*reg).level, SubmissionReminder::Level::Ok);

        // The same register again: the same package, recognised as the same submission.
        Run again(*reg, m_fixture.profile(token));
        QCOMPARE(again.go(), SubmissionRun::Outcome::Approved);
        QVERIFY(again.run.duplicate());
        QCOMPARE(again.run.remoteId(), run.run.remoteId());
        QCOMPARE(SubmissionRepository(*reg).history().size(), 1);
        QCOMPARE(m_fixture.submissionsAt(token), 1);
    }

    void packageLeavesLocalOnlyFieldsHome()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token, 20);
        QVERIFY(reg);
        QString error;
        const auto snapshot = RegisterSnapshot::read(*reg, &error);
        QVERIFY2(snapshot, qPrintable(error));
        const PreparedPackage package =
            RegisterPackage::prepare(*snapshot, QDate::currentDate(), QStringLiteral("en"));
        QVERIFY(!package.body.isEmpty());
        QVERIFY(!package.body.contains("voornaam"));
        QVERIFY(!package.body.contains("achternaam"));
        QVERIFY(!package.body.contains("notities"));
        // Names never leave; the CEM+ file carries the keyed hash of the citizen service number.
        QSqlQuery query(reg->database());
        QVERIFY(query.exec(QStringLiteral("SELECT achternaam FROM participants LIMIT 5")));
        while (query.next())
            QVERIFY(!package.body.contains(query.value(0).toString().toUtf8()));
        bool checkedCem = false;
        for (const RegisterSnapshot::Part &part : snapshot->parts) {
            if (part.table.dataset != QLatin1String("cem") || part.table.rows.isEmpty())
                continue;
            const DatasetSpec *cem = snapshot->specs.at(part.spec).dataset(part.table.dataset);
            const QByteArray csv = RegisterPackage::csv(*cem, QStringLiteral("cemplus-long"),
                                                        part.table, snapshot->organisationKey);
            const QString plain =
                part.table.rows.first().values.at(part.table.columns.indexOf(QLatin1String("bsn")));
            QVERIFY(!plain.isEmpty());
            QVERIFY(!csv.contains(plain.toUtf8()));
            const QString pseudonym =
                Pseudonymiser(snapshot->organisationKey,
                              QString::fromLatin1(Pseudonymiser::endpointDestination))
                    .pseudonym(plain);
            QVERIFY(csv.contains(pseudonym.toUtf8()));
            // The CEM+ portal file pseudonymises the same person differently (issue 13).
            QVERIFY(!csv.contains(
                Pseudonymiser(snapshot->organisationKey,
                              Pseudonymiser::portalDestination(QStringLiteral("cemplus")))
                    .pseudonym(plain)
                    .toUtf8()));
            QVERIFY(package.body.contains(csv));
            checkedCem = true;
        }
        QVERIFY(checkedCem);
    }

    void localErrorsBlockAndNothingIsSent()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token);
        QVERIFY(reg);
        breakParticipant(*reg, firstParticipant(*reg));
        const QByteArray before = SyncFixture::state(*reg);
        Run run(*reg, m_fixture.profile(token));
        QCOMPARE(run.go(), SubmissionRun::Outcome::Blocked);
        QCOMPARE(run.run.error().exitCode(), 1);
        QVERIFY(run.run.package().errors > 0);
        QCOMPARE(SyncFixture::state(*reg), before);
        QCOMPARE(m_fixture.submissionsAt(token), 0);
    }

    void rejectedShowsRowsAndRecords()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token);
        QVERIFY(reg);
        const qint64 broken = firstParticipant(*reg);
        breakParticipant(*reg, broken);
        Run run(*reg, m_fixture.profile(token));
        run.run.setLocalCheck(false); // what an older client's check would let through
        QCOMPARE(run.go(), SubmissionRun::Outcome::Rejected);
        QCOMPARE(run.run.error().exitCode(), 1);
        bool found = false;
        for (const ValidationReport &report : run.run.reports()) {
            for (const DatasetReport &dataset : report.datasets) {
                for (const RuleResult &rule : dataset.rules) {
                    if (rule.field != QLatin1String("geslacht") || rule.rows.isEmpty())
                        continue;
                    found = true;
                    QCOMPARE(rule.count, 1);
                    // The row number leads back to the participant.
                    QCOMPARE(run.run.package().participantFor(dataset.name, rule.rows.first()),
                             broken);
                }
            }
        }
        QVERIFY(found);
        const QList<SubmissionRecord> history = SubmissionRepository(*reg).history();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().status, QStringLiteral("rejected"));
        QCOMPARE(submittedParticipants(*reg), 0);
        QVERIFY(!SubmissionRepository(*reg).lastApproved().isValid());
    }

    void wrongTokenIsRefused()
    {
        const QString token = m_fixture.newAccount();
        EndpointProfile profile = m_fixture.profile(token);
        profile.token = "not-the-token";
        expectRefused(profile, SyncError::Kind::Token, token);
    }

    void selfSignedWithoutCaIsRefused()
    {
        const QString token = m_fixture.newAccount();
        EndpointProfile profile = m_fixture.profile(token);
        profile.caFile.clear();
        expectRefused(profile, SyncError::Kind::Certificate, token);
    }

    void wrongCaIsRefused()
    {
        QTemporaryDir other;
        QString error;
        const auto stranger = TestCertificate::make(other.path(), &error);
        QVERIFY2(stranger, qPrintable(error));
        const QString token = m_fixture.newAccount();
        EndpointProfile profile = m_fixture.profile(token);
        profile.caFile = stranger->certificateFile;
        expectRefused(profile, SyncError::Kind::Certificate, token);
    }

    void pinMismatchIsRefusedAndTheRightPinPasses()
    {
        QTemporaryDir other;
        QString error;
        const auto stranger = TestCertificate::make(other.path(), &error);
        QVERIFY2(stranger, qPrintable(error));
        const QString token = m_fixture.newAccount();
        EndpointProfile profile = m_fixture.profile(token);
        profile.pin = EndpointProfile::publicKeyPin(stranger->certificate);
        expectRefused(profile, SyncError::Kind::Certificate, token);

        profile.pin = EndpointProfile::publicKeyPin(m_fixture.certificate().certificate);
        auto reg = configured(token, 12);
        Run run(*reg, profile);
        QCOMPARE(run.go(), SubmissionRun::Outcome::Approved);
    }

    void pinIsTheOpensslPin()
    {
        // The form curl --pinnedpubkey and docs/sync.md's openssl line give.
        const ProcessResult result = runProgram(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin -outform "
                            "der | openssl dgst -sha256 -binary | base64")
                 .arg(m_fixture.certificate().certificateFile)});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(EndpointProfile::publicKeyPin(m_fixture.certificate().certificate),
                 QStringLiteral("sha256/") + result.out.trimmed());
    }

    void httpIsRefused()
    {
        EndpointProfile profile = m_fixture.profile(QStringLiteral("x"));
        profile.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_fixture.endpoint().port()));
        QString error;
        QVERIFY(!profile.isUsable(&error));
        QVERIFY(error.contains(QLatin1String("https")));
    }

    void serverErrorThenSuccess()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token);
        FaultServer faults(m_fixture.certificate().certificateFile, m_fixture.certificate().keyFile,
                           m_fixture.endpoint().port(), m_fixture.certificate().certificate);
        faults.script({FaultServer::Fault::answer(500, "application/json",
                                                  R"({"error":"storage","message":"disk busy"})")});
        EndpointProfile profile = m_fixture.profile(token);
        profile.url = QUrl(faults.url());
        Run run(*reg, profile);
        QSignalSpy retrying(&run.run, &SubmissionRun::retrying);
        QCOMPARE(run.go(), SubmissionRun::Outcome::Approved);
        QCOMPARE(run.run.uploadAttempts(), 2);
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(m_fixture.submissionsAt(token), 1);
    }

    void clientErrorIsNotRetried()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token);
        const QByteArray before = SyncFixture::state(*reg);
        FaultServer faults(m_fixture.certificate().certificateFile, m_fixture.certificate().keyFile,
                           m_fixture.endpoint().port(), m_fixture.certificate().certificate);
        faults.script({FaultServer::Fault::answer(
            409, "application/json", R"({"error":"correction-cap","message":"too many"})")});
        EndpointProfile profile = m_fixture.profile(token);
        profile.url = QUrl(faults.url());
        Run run(*reg, profile);
        QCOMPARE(run.go(), SubmissionRun::Outcome::Failed);
        QCOMPARE(run.run.error().kind, SyncError::Kind::Refused);
        QCOMPARE(run.run.uploadAttempts(), 1);
        QCOMPARE(faults.posts(), 1);
        QCOMPARE(SyncFixture::state(*reg), before);
    }

    void timeoutThenSuccess()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token);
        FaultServer faults(m_fixture.certificate().certificateFile, m_fixture.certificate().keyFile,
                           m_fixture.endpoint().port(), m_fixture.certificate().certificate);
        faults.script({{FaultServer::Fault::Kind::Hang, 0, {}, {}}});
        EndpointProfile profile = m_fixture.profile(token);
        profile.url = QUrl(faults.url());
        Run run(*reg, profile, 1500);
        QCOMPARE(run.go(), SubmissionRun::Outcome::Approved);
        QCOMPARE(run.run.uploadAttempts(), 2);
        QCOMPARE(m_fixture.submissionsAt(token), 1);
    }

    void timeoutEveryTimeFailsAndChangesNothing()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token);
        const QByteArray before = SyncFixture::state(*reg);
        FaultServer faults(m_fixture.certificate().certificateFile, m_fixture.certificate().keyFile,
                           m_fixture.endpoint().port(), m_fixture.certificate().certificate);
        faults.always({FaultServer::Fault::Kind::Hang, 0, {}, {}});
        EndpointProfile profile = m_fixture.profile(token);
        profile.url = QUrl(faults.url());
        Run run(*reg, profile, 800);
        QCOMPARE(run.go(), SubmissionRun::Outcome::Failed);
        QCOMPARE(run.run.error().kind, SyncError::Kind::Timeout);
        QCOMPARE(run.run.uploadAttempts(), 3);
        QCOMPARE(SyncFixture::state(*reg), before);
        QCOMPARE(m_fixture.submissionsAt(token), 0);
    }

    void uploadCutHalfwayIsRetriedWithTheSameKey()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token, 400); // a body of many TCP segments
        FaultServer faults(m_fixture.certificate().certificateFile, m_fixture.certificate().keyFile,
                           m_fixture.endpoint().port(), m_fixture.certificate().certificate);
        faults.script({{FaultServer::Fault::Kind::CutHalfway, 0, {}, {}}});
        EndpointProfile profile = m_fixture.profile(token);
        profile.url = QUrl(faults.url());
        Run run(*reg, profile);
        // 400 demo participants hold the demo's deliberate errors: the endpoint's own check
        // answers, which is all this test needs (a receipt after a retry).
        run.run.setLocalCheck(false);
        QCOMPARE(run.go(), SubmissionRun::Outcome::Rejected);
        QVERIFY2(faults.seen().at(0).bodyBytes > 16 * 1024,
                 qPrintable(QString::number(faults.seen().at(0).bodyBytes)));
        QCOMPARE(faults.posts(), 2);
        QCOMPARE(faults.seen().at(0).idempotencyKey, faults.seen().at(1).idempotencyKey);
        QCOMPARE(faults.seen().at(0).idempotencyKey, run.run.package().contentHash.toLatin1());
        QCOMPARE(m_fixture.submissionsAt(token), 1);
    }

    void captivePortalPageIsNotCounted()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token);
        const QByteArray before = SyncFixture::state(*reg);
        FaultServer faults(m_fixture.certificate().certificateFile, m_fixture.certificate().keyFile,
                           m_fixture.endpoint().port(), m_fixture.certificate().certificate);
        faults.always(FaultServer::Fault::answer(
            200, "text/html", "<html><body>Welcome to Station Wi-Fi. Log in</body></html>"));
        EndpointProfile profile = m_fixture.profile(token);
        profile.url = QUrl(faults.url());
        Run run(*reg, profile);
        QCOMPARE(run.go(), SubmissionRun::Outcome::Failed);
        QCOMPARE(run.run.error().kind, SyncError::Kind::NotAReceipt);
        QCOMPARE(run.run.uploadAttempts(), 1);
        QCOMPARE(SyncFixture::state(*reg), before);
        QCOMPARE(SubmissionRepository(*reg).history().size(), 0);
    }

    void jsonWithoutSubmissionIdIsNotCounted()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token);
        const QByteArray before = SyncFixture::state(*reg);
        FaultServer faults(m_fixture.certificate().certificateFile, m_fixture.certificate().keyFile,
                           m_fixture.endpoint().port(), m_fixture.certificate().certificate);
        faults.always(FaultServer::Fault::answer(200, "application/json", "{}"));
        EndpointProfile profile = m_fixture.profile(token);
        profile.url = QUrl(faults.url());
        Run run(*reg, profile);
        QCOMPARE(run.go(), SubmissionRun::Outcome::Failed);
        QCOMPARE(run.run.error().kind, SyncError::Kind::NotAReceipt);
        QCOMPARE(SyncFixture::state(*reg), before);
    }

    void cancelDuringUploadChangesNothing()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token);
        const QByteArray before = SyncFixture::state(*reg);
        FaultServer faults(m_fixture.certificate().certificateFile, m_fixture.certificate().keyFile,
                           m_fixture.endpoint().port(), m_fixture.certificate().certificate);
        faults.always({FaultServer::Fault::Kind::Hang, 0, {}, {}});
        EndpointProfile profile = m_fixture.profile(token);
        profile.url = QUrl(faults.url());
        Run run(*reg, profile);
        QSignalSpy finished(&run.run, &SubmissionRun::finished);
        run.run.start();
        QTRY_VERIFY_WITH_TIMEOUT(faults.posts() == 1, 30000);
        QCOMPARE(run.run.stage(), SubmissionRun::Stage::Uploading);
        run.run.cancel(); // the abort may report at once
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(run.run.outcome(), SubmissionRun::Outcome::Cancelled);
        QCOMPARE(run.run.error().kind, SyncError::Kind::Cancelled);
        QCOMPARE(SyncFixture::state(*reg), before);
        QCOMPARE(m_fixture.submissionsAt(token), 0);
    }

    void tokenLivesInTheKeychainWhenTheRegisterKeyDoes()
    {
        if (!keyringRunning())
            QSKIP("no Secret Service: run through the README's test command");
        KeyStore::Protection protection; // keychain mode
        RegisterError error;
        auto reg =
            KeyStore::create(m_fixture.dir() + QStringLiteral("/keychain.vbk"), protection, &error);
        QVERIFY2(reg, qPrintable(error.message()));
        ConnectionSettings settings(*reg);
        QCOMPARE(settings.tokenPlace(), ConnectionSettings::TokenPlace::Keychain);
        QString message;
        QVERIFY2(settings.save(m_fixture.profile(QStringLiteral("keychain-token")), &message),
                 qPrintable(message));
        QVERIFY(!reg->setting(QStringLiteral("sync.token")).isValid() ||
                reg->setting(QStringLiteral("sync.token")).toString().isEmpty());
        QCOMPARE(ConnectionSettings(*reg).load(&message).token, QByteArray("keychain-token"));
        // A passphrase register keeps it inside the encrypted file instead.
        auto other = configured(QStringLiteral("register-token"), 0);
        QCOMPARE(ConnectionSettings(*other).tokenPlace(), ConnectionSettings::TokenPlace::Register);
        QCOMPARE(other->setting(QStringLiteral("sync.token")).toString(),
                 QStringLiteral("register-token"));
    }

    void offlineIsQueuedThenSent()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token);
        Run run(*reg, m_fixture.profile(token));
        run.network.setOverride(false);
        QSignalSpy finished(&run.run, &SubmissionRun::finished);
        run.run.start();
        QTRY_COMPARE_WITH_TIMEOUT(run.run.stage(), SubmissionRun::Stage::WaitingForNetwork, 30000);
        QTest::qWait(500);
        QCOMPARE(m_fixture.submissionsAt(token), 0);
        QCOMPARE(SubmissionRepository(*reg).history().size(), 0);
        run.network.setOverride(true);
        QVERIFY(finished.wait(60000));
        QCOMPARE(run.run.outcome(), SubmissionRun::Outcome::Approved);
        QCOMPARE(m_fixture.submissionsAt(token), 1);
    }

    void connectionCheckSaysWhatIsWrong()
    {
        const QString token = m_fixture.newAccount();
        const auto check = [](const EndpointProfile &profile) {
            EndpointClient client(profile);
            QSignalSpy spy(&client, &EndpointClient::connectionChecked);
            client.checkConnection();
            spy.wait(30000);
            return spy.value(0).value(0).value<ConnectionCheck>();
        };
        ConnectionCheck good = check(m_fixture.profile(token));
        QVERIFY2(good.error.ok(), qPrintable(good.error.message));
        QVERIFY(good.reached && good.certificate && good.token);
        QVERIFY(good.summary().contains(QLatin1String("Organisatie")));

        EndpointProfile wrongToken = m_fixture.profile(token);
        wrongToken.token = "wrong";
        ConnectionCheck refused = check(wrongToken);
        QVERIFY(refused.reached && refused.certificate && !refused.token);
        QVERIFY(refused.summary().contains(QLatin1String("token")));

        EndpointProfile noCa = m_fixture.profile(token);
        noCa.caFile.clear();
        ConnectionCheck untrusted = check(noCa);
        QVERIFY(!untrusted.certificate && !untrusted.token);
        QVERIFY(untrusted.summary().contains(QLatin1String("certificate")));
    }

    void cliSyncAndDashboard()
    {
        const QString token = m_fixture.newAccount();
        {
            auto reg = configured(token, 25);
            QVERIFY(reg);
        }
        const QString path = m_fixture.dir() + QStringLiteral("/register") +
                             QString::number(m_registers) + QStringLiteral(".vbk");
        const QString tokenFile = m_fixture.dir() + QStringLiteral("/token.txt");
        writeBytes(tokenFile, token.toUtf8() + "\n");
        const QStringList base{QStringLiteral("sync"),
                               path,
                               QStringLiteral("--endpoint"),
                               m_fixture.url(),
                               QStringLiteral("--ca"),
                               m_fixture.certificate().certificateFile,
                               QStringLiteral("--passphrase-file"),
                               m_fixture.passphraseFile(),
                               QStringLiteral("--lang"),
                               QStringLiteral("en")};
        const QString wrongTokenFile = m_fixture.dir() + QStringLiteral("/wrong-token.txt");
        writeBytes(wrongTokenFile, "wrong\n");
        ProcessResult result =
            runCli(base + QStringList{QStringLiteral("--token-file"), wrongTokenFile});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("token")), qPrintable(result.err));

        result = runCli(base + QStringList{QStringLiteral("--token-file"), tokenFile});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QLatin1String("Approved")));

        result = runCli({QStringLiteral("dashboard"), path, QStringLiteral("--json"),
                         QStringLiteral("--passphrase-file"), m_fixture.passphraseFile()});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QVERIFY(json.contains(QLatin1String("own")));
        QVERIFY(json.contains(QLatin1String("fetchedAt")));
        // The cluster holds no other organisation: its figures are suppressed, never 0.
        result =
            runCli({QStringLiteral("dashboard"), path, QStringLiteral("--passphrase-file"),
                    m_fixture.passphraseFile(), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1String("fewer than 10")), qPrintable(result.out));
        result = runCli({QStringLiteral("dashboard"), path, QStringLiteral("--passphrase-file"),
                         m_fixture.passphraseFile()});
        QVERIFY2(result.out.contains(QLatin1String("minder dan 10")) ||
                     result.out.contains(QLatin1String("fewer than 10")),
                 qPrintable(result.out));
        // The language chosen decides the formats, whatever the system's locale (LANG=C here):
        // the period in dd-mm-yyyy as everywhere else, never the API's ISO dates.
        result =
            runCli({QStringLiteral("dashboard"), path, QStringLiteral("--passphrase-file"),
                    m_fixture.passphraseFile(), QStringLiteral("--lang"), QStringLiteral("nl")});
        QVERIFY2(QRegularExpression(
                     QStringLiteral("periode \\d\\d-\\d\\d-\\d{4} tot en met \\d\\d-\\d\\d-\\d{4}"))
                     .match(result.out)
                     .hasMatch(),
                 qPrintable(result.out));
        // Means with a decimal comma in Dutch, a point in English ("7,2", "7.2"; a group
        // separator is followed by three digits); in English the month is named, so day and
        // month cannot be swapped.
        const QRegularExpression comma(QStringLiteral("\\d,\\d(?!\\d)"));
        const QRegularExpression point(QStringLiteral("\\d\\.\\d(?!\\d)"));
        QVERIFY2(result.out.contains(comma) && !result.out.contains(point), qPrintable(result.out));
        result =
            runCli({QStringLiteral("dashboard"), path, QStringLiteral("--passphrase-file"),
                    m_fixture.passphraseFile(), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(QRegularExpression(QStringLiteral("period \\d{1,2} [A-Z][a-z]{2} \\d{4} to "
                                                   "\\d{1,2} [A-Z][a-z]{2} \\d{4}"))
                     .match(result.out)
                     .hasMatch(),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(point) && !result.out.contains(comma), qPrintable(result.out));

        // Broken data: the check blocks, exit 1.
        {
            RegisterError error;
            auto reg = KeyStore::open(path, "correct horse battery staple", &error);
            QVERIFY(reg);
            breakParticipant(*reg, firstParticipant(*reg));
        }
        result = runCli(base + QStringList{QStringLiteral("--token-file"), tokenFile});
        QCOMPARE(result.exitCode, 1);
    }

    void reminderWarnsAfterSixWeeksAndIsOverdueAfterTwoMonths()
    {
        const QDateTime last(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
        using Level = SubmissionReminder::Level;
        QCOMPARE(SubmissionReminder::status({}, last).level, Level::NeverSubmitted);
        QCOMPARE(SubmissionReminder::status(last, last.addDays(42)).level, Level::Ok);
        QCOMPARE(SubmissionReminder::status(last, last.addDays(43)).level, Level::Due);
        QCOMPARE(SubmissionReminder::status(last, last.addMonths(2)).level, Level::Due);
        const auto overdue = SubmissionReminder::status(last, last.addMonths(2).addSecs(60));
        QCOMPARE(overdue.level, Level::Overdue);
        QVERIFY(overdue.text.contains(QLatin1String("Overdue")));
    }

    void suppressedFigureIsNeverZero()
    {
        const QJsonObject suppressed{{QStringLiteral("value"), QJsonValue::Null},
                                     {QStringLiteral("suppressed"), true}};
        QCOMPARE(FigureText::text(suppressed, FigureText::Kind::Count),
                 QStringLiteral("fewer than 10"));
        QVERIFY(!FigureText::value(suppressed));
        const QJsonObject twelve{{QStringLiteral("value"), 12},
                                 {QStringLiteral("suppressed"), false}};
        QCOMPARE(FigureText::text(twelve, FigureText::Kind::Count), QStringLiteral("12"));
        // A count no integer can hold (tests/fuzz/fuzz_dashboard found 4.2e53: undefined
        // behaviour in the conversion) is shown as no figure.
        for (const double huge : {4.22222e53, -1e300, 1e15}) {
            const QJsonObject figure{{QStringLiteral("value"), huge},
                                     {QStringLiteral("suppressed"), false}};
            QCOMPARE(FigureText::text(figure, FigureText::Kind::Count), QStringLiteral("–"));
        }
    }
};

QTEST_GUILESS_MAIN(SyncTest)
#include "tst_sync.moc"
