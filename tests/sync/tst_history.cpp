// The submission history, withdrawal and deletion requests (issue 20) against the real endpoint
// over real TLS: a withdrawal moves the endpoint's own figures back to the submission before it;
// every refusal (window closed, already withdrawn, offline, bad certificate) changes nothing in
// the register; a deletion request whose answer was lost is not made twice; the funder's note
// comes back; an approved report says what was received; and the command line's three commands.
#include "SyncFixture.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "storage/DashboardRepository.h"
#include "storage/DeletionRequestRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/SubmissionRepository.h"
#include "sync/ConnectionSettings.h"
#include "sync/EndpointClient.h"
#include "sync/HistorySync.h"
#include "sync/NetworkReachability.h"
#include "sync/SubmissionRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace veldboek;
using namespace veldboek::test;

namespace {

struct Client
{
    EndpointClient client;
    NetworkReachability network;

    explicit Client(const EndpointProfile &profile)
        : client(profile)
    {
        client.setRetryPolicy({3, 100, 20000});
        client.setLanguage(QStringLiteral("en"));
    }
};

SubmissionRun::Outcome submit(Register &reg, const EndpointProfile &profile,
                              int *deletionsSent = nullptr)
{
    Client c(profile);
    SubmissionRun run(reg, c.client, c.network);
    run.setLanguage(QStringLiteral("en"));
    run.setPolling(100, 60000);
    QSignalSpy finished(&run, &SubmissionRun::finished);
    run.start();
    if (run.stage() != SubmissionRun::Stage::Finished && !finished.wait(90000))
        return SubmissionRun::Outcome::None;
    if (deletionsSent)
        *deletionsSent = run.deletionRequestsSent();
    return run.outcome();
}

enum class Op { Refresh, Deletions, Withdraw };

SyncError sync(Register &reg, const EndpointProfile &profile, Op op, const QString &id = {},
               bool online = true)
{
    Client c(profile);
    c.network.setOverride(online);
    HistorySync history(reg, c.client, c.network);
    QSignalSpy finished(&history, &HistorySync::finished);
    if (op == Op::Refresh)
        history.refresh();
    else if (op == Op::Deletions)
        history.sendDeletionRequests();
    else
        history.withdraw(id);
    if (finished.isEmpty() && !finished.wait(60000))
        return {SyncError::Kind::Timeout, QStringLiteral("no answer in the test"), 0};
    return history.error();
}

int ownTotal(const QJsonObject &dashboard)
{
    return dashboard.value(QLatin1String("own"))
        .toObject()
        .value(QLatin1String("participants"))
        .toObject()
        .value(QLatin1String("total"))
        .toObject()
        .value(QLatin1String("value"))
        .toInt();
}

QString respondentNumber(Register &reg, qint64 id)
{
    QSqlQuery query(reg.database());
    query.prepare(QStringLiteral("SELECT respondentnummer FROM participants WHERE id = ?"));
    query.addBindValue(id);
    query.exec();
    query.next();
    return query.value(0).toString();
}

QList<qint64> participantIds(Register &reg)
{
    QSqlQuery query(reg.database());
    query.exec(QStringLiteral("SELECT id FROM participants ORDER BY id"));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace

class HistoryTest : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fixture;
    int m_registers = 0;

    std::unique_ptr<Register> configured(const QString &token, int participants)
    {
        return m_fixture.makeRegister(QStringLiteral("history") + QString::number(++m_registers),
                                      participants, m_fixture.profile(token));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    }

    void withdrawalMovesTheFiguresBackAndRefusalsChangeNothing()
    {
        const QString token = m_fixture.newAccount();
        const EndpointProfile profile = m_fixture.profile(token);
        auto reg = configured(token, 30);
        QVERIFY(reg);
        QCOMPARE(submit(*reg, profile), SubmissionRun::Outcome::Approved);
        QCOMPARE(
            ownTotal(m_fixture.endpoint().get(QStringLiteral("/api/v1/dashboard"), token).json),
            30);
        const QList<SubmissionRecord> before = SubmissionRepository(*reg).history();
        QCOMPARE(before.size(), 1);
        const QString newest = before.first().remoteId;

        // Offline and a certificate that is not trusted: nothing is asked, nothing changes.
        const QByteArray state = SyncFixture::state(*reg);
        SyncError error = sync(*reg, profile, Op::Withdraw, newest, false);
        QCOMPARE(error.kind, SyncError::Kind::Network);
        QVERIFY(!error.message.isEmpty());
        QTemporaryDir other;
        QString certError;
        const auto stranger = TestCertificate::make(other.path(), &certError);
        QVERIFY2(stranger, qPrintable(certError));
        EndpointProfile untrusted = profile;
        untrusted.caFile = stranger->certificateFile;
        error = sync(*reg, untrusted, Op::Withdraw, newest);
        QCOMPARE(error.kind, SyncError::Kind::Certificate);
        QCOMPARE(SyncFixture::state(*reg), state);
        QCOMPARE(
            ownTotal(m_fixture.endpoint().get(QStringLiteral("/api/v1/dashboard"), token).json),
            30);

        // Withdrawn: the endpoint's own figures no longer come from it (there is no approved
        // submission before it), and the register's dashboard follows.
        error = sync(*reg, profile, Op::Withdraw, newest);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QVERIFY(SubmissionRepository(*reg).byRemoteId(newest)->withdrawn());
        QCOMPARE(
            ownTotal(m_fixture.endpoint().get(QStringLiteral("/api/v1/dashboard"), token).json), 0);
        QCOMPARE(ownTotal(DashboardRepository(*reg).latest()->figures), 0);

        // Twice: refused in plain words, nothing changes.
        const QByteArray withdrawn = SyncFixture::state(*reg);
        error = sync(*reg, profile, Op::Withdraw, newest);
        QCOMPARE(error.kind, SyncError::Kind::Refused);
        QCOMPARE(error.httpStatus, 409);
        QVERIFY2(error.message.contains(QLatin1String("already withdrawn")),
                 qPrintable(error.message));
        QCOMPARE(error.exitCode(), 1);
        QCOMPARE(SyncFixture::state(*reg), withdrawn);
    }

    void windowClosedIsRefused()
    {
        // A second endpoint whose withdrawal window is zero days: closed at once.
        QTemporaryDir dir;
        QString error;
        const auto certificate = TestCertificate::make(dir.path(), &error);
        QVERIFY2(certificate, qPrintable(error));
        QDir().mkpath(dir.path() + QStringLiteral("/data"));
        EndpointProcess endpoint(*certificate, dir.path() + QStringLiteral("/data"), QString());
        QVERIFY2(endpoint.start({QStringLiteral("--withdrawal-days"), QStringLiteral("0")}, &error),
                 qPrintable(error));
        const QString token =
            endpoint.addAccount(QStringLiteral("Venster"), QStringLiteral("Jeugd klein"));
        EndpointProfile profile;
        profile.url = QUrl(QStringLiteral("https://127.0.0.1:") + QString::number(endpoint.port()));
        profile.caFile = certificate->certificateFile;
        profile.token = token.toUtf8();
        auto reg = configured(token, 15);
        QVERIFY(reg);
        QVERIFY(ConnectionSettings(*reg).save(profile, &error));
        QCOMPARE(submit(*reg, profile), SubmissionRun::Outcome::Approved);
        const QString id = SubmissionRepository(*reg).history().first().remoteId;
        const QByteArray state = SyncFixture::state(*reg);
        const SyncError refused = sync(*reg, profile, Op::Withdraw, id);
        QCOMPARE(refused.kind, SyncError::Kind::Refused);
        QVERIFY2(refused.message.contains(QLatin1String("time to withdraw")),
                 qPrintable(refused.message));
        QCOMPARE(SyncFixture::state(*reg), state);
        QVERIFY(!endpoint.get(QStringLiteral("/api/v1/submissions/") + id, token)
                     .json.value(QLatin1String("withdrawn"))
                     .toBool());
    }

    void deletionRequestsReachTheEndpointExactlyOnce()
    {
        const QString token = m_fixture.newAccount();
        const EndpointProfile profile = m_fixture.profile(token);
        auto reg = configured(token, 20);
        QVERIFY(reg);
        QCOMPARE(submit(*reg, profile), SubmissionRun::Outcome::Approved);
        const QList<qint64> ids = participantIds(*reg);
        const QString first = respondentNumber(*reg, ids.at(0));
        const QString second = respondentNumber(*reg, ids.at(1));
        QVERIFY(!first.isEmpty() && first != second);
        ParticipantRepository participants(*reg);
        QCOMPARE(participants.remove(ids.at(0)), ParticipantRepository::Removal::DeletionRequested);
        QCOMPARE(DeletionRequestRepository(*reg).forParticipant(ids.at(0)).state,
                 DeletionRequestRecord::State::Recorded);

        // The POST arrived but its answer was lost: the endpoint has it, the register does not
        // know. The next run finds it in the endpoint's list and does not post it again.
        const HttpReply lost = m_fixture.endpoint().request(
            "POST", QStringLiteral("/api/v1/deletion-requests"), token,
            QJsonDocument(
                QJsonObject{{QStringLiteral("dataset"), QStringLiteral("participants")},
                            {QStringLiteral("reference"), first},
                            {QStringLiteral("reason"), QStringLiteral("deleted-from-register")}})
                .toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}});
        QCOMPARE(lost.status, 201);
        SyncError error = sync(*reg, profile, Op::Deletions);
        QVERIFY2(error.ok(), qPrintable(error.message));
        auto list = [&] {
            return m_fixture.endpoint()
                .get(QStringLiteral("/api/v1/deletion-requests"), token)
                .json.value(QLatin1String("deletionRequests"))
                .toArray();
        };
        QCOMPARE(list().size(), 1);
        DeletionRequestRecord record = DeletionRequestRepository(*reg).forParticipant(ids.at(0));
        QCOMPARE(record.state, DeletionRequestRecord::State::Sent);
        QCOMPARE(record.remoteId, lost.json.value(QLatin1String("id")).toString());

        // The next deletion goes with the next submission; the first is not sent again.
        QCOMPARE(participants.remove(ids.at(1)), ParticipantRepository::Removal::DeletionRequested);
        int sent = -1;
        QCOMPARE(submit(*reg, profile, &sent), SubmissionRun::Outcome::Approved);
        QCOMPARE(sent, 1);
        QCOMPARE(list().size(), 2);
        QCOMPARE(submit(*reg, profile, &sent), SubmissionRun::Outcome::Approved);
        QCOMPARE(sent, 0);
        QCOMPARE(list().size(), 2);
        // Only the reference the API defines leaves: the respondent number and a fixed reason.
        for (const QJsonValue &value : list()) {
            const QJsonObject r = value.toObject();
            QVERIFY(r.value(QLatin1String("reference")).toString() == first ||
                    r.value(QLatin1String("reference")).toString() == second);
            QCOMPARE(r.value(QLatin1String("reason")).toString(),
                     QStringLiteral("deleted-from-register"));
        }

        // The funder resolves it; its note comes back with the next refresh.
        QCOMPARE(m_fixture.endpoint().admin({QStringLiteral("deletion-requests"),
                                             QStringLiteral("resolve"), record.remoteId,
                                             QStringLiteral("--note"),
                                             QStringLiteral("Removed from period 2026-11")}),
                 0);
        error = sync(*reg, profile, Op::Refresh);
        QVERIFY2(error.ok(), qPrintable(error.message));
        record = DeletionRequestRepository(*reg).forParticipant(ids.at(0));
        QCOMPARE(record.state, DeletionRequestRecord::State::Resolved);
        QCOMPARE(record.resolution, QStringLiteral("Removed from period 2026-11"));
        QCOMPARE(DeletionRequestRepository(*reg).forParticipant(ids.at(1)).state,
                 DeletionRequestRecord::State::Sent);
    }

    void refreshStoresTheEndpointsHistoryWithWhatWasReceived()
    {
        const QString token = m_fixture.newAccount();
        const EndpointProfile profile = m_fixture.profile(token);
        auto sender = configured(token, 25);
        QVERIFY(sender);
        QCOMPARE(submit(*sender, profile), SubmissionRun::Outcome::Approved);
        // A register that never submitted learns the history, reports included.
        auto other = configured(token, 0);
        QVERIFY(other);
        const SyncError error = sync(*other, profile, Op::Refresh);
        QVERIFY2(error.ok(), qPrintable(error.message));
        const QList<SubmissionRecord> history = SubmissionRepository(*other).history();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().status, QStringLiteral("approved"));
        QVERIFY(!history.first().endpoint.isEmpty());
        const QJsonArray reports = history.first().report.value(QLatin1String("reports")).toArray();
        QVERIFY(!reports.isEmpty());
        bool participants = false;
        for (const QJsonValue &report : reports) {
            for (const DatasetReport &dataset :
                 ValidationReport::fromJson(report.toObject()).datasets) {
                if (dataset.name != QLatin1String("participants"))
                    continue;
                participants = true;
                QCOMPARE(dataset.rows.data, 25);
                QCOMPARE(dataset.rows.imported, 25);
            }
        }
        QVERIFY(participants);
    }

    // A submission left processing (the user cancelled while the endpoint checked it) that the
    // endpoint approves later: its participants already count as submitted, so deleting one
    // files a deletion request instead of removing them silently, and the refresh learns the
    // approval.
    void processingSubmissionCountsItsParticipantsAsSubmitted()
    {
        const QString token = m_fixture.newAccount();
        const EndpointProfile profile = m_fixture.profile(token);
        auto reg = configured(token, 15);
        QVERIFY(reg);
        Client c(profile);
        SubmissionRun run(*reg, c.client, c.network);
        run.setLanguage(QStringLiteral("en"));
        run.setPolling(100, 60000);
        // Cancel the moment the endpoint has the package, before its outcome is known.
        connect(&run, &SubmissionRun::stageChanged, &run, [&run](SubmissionRun::Stage stage) {
            if (stage == SubmissionRun::Stage::Processing)
                QMetaObject::invokeMethod(&run, &SubmissionRun::cancel, Qt::QueuedConnection);
        });
        QSignalSpy finished(&run, &SubmissionRun::finished);
        run.start();
        QVERIFY(run.stage() == SubmissionRun::Stage::Finished || finished.wait(90000));
        QCOMPARE(run.outcome(), SubmissionRun::Outcome::Cancelled);
        QList<SubmissionRecord> history = SubmissionRepository(*reg).history();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().status, QStringLiteral("processing"));
        const QList<qint64> ids = participantIds(*reg);
        QCOMPARE(ids.size(), 15);
        for (const qint64 id : ids)
            QVERIFY(!ParticipantRepository(*reg).find(id)->submittedAt.isEmpty());

        // The endpoint finishes its check; a refresh records the approval.
        QString status;
        for (int attempt = 0; attempt < 100 && status != QLatin1String("approved"); ++attempt) {
            const SyncError error = sync(*reg, profile, Op::Refresh);
            QVERIFY2(error.ok(), qPrintable(error.message));
            status = SubmissionRepository(*reg).history().first().status;
            if (status != QLatin1String("approved"))
                QTest::qWait(100);
        }
        QCOMPARE(status, QStringLiteral("approved"));
        QCOMPARE(ParticipantRepository(*reg).remove(ids.at(0)),
                 ParticipantRepository::Removal::DeletionRequested);
    }

    void commandLine()
    {
        const QString token = m_fixture.newAccount();
        QString path;
        {
            auto reg = configured(token, 20);
            QVERIFY(reg);
            QCOMPARE(submit(*reg, m_fixture.profile(token)), SubmissionRun::Outcome::Approved);
            QCOMPARE(ParticipantRepository(*reg).remove(participantIds(*reg).first()),
                     ParticipantRepository::Removal::DeletionRequested);
            path = reg->path();
        }
        const QStringList options{QStringLiteral("--passphrase-file"), m_fixture.passphraseFile(),
                                  QStringLiteral("--lang"), QStringLiteral("en")};
        ProcessResult result =
            runCli(QStringList{QStringLiteral("deletion-requests"), path, QStringLiteral("--json"),
                               QStringLiteral("--offline")} +
                   options);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QJsonArray requests = QJsonDocument::fromJson(result.out.toUtf8())
                                  .object()
                                  .value(QLatin1String("deletionRequests"))
                                  .toArray();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("recorded"));
        result = runCli(
            QStringList{QStringLiteral("deletion-requests"), path, QStringLiteral("--json")} +
            options);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        requests = QJsonDocument::fromJson(result.out.toUtf8())
                       .object()
                       .value(QLatin1String("deletionRequests"))
                       .toArray();
        QCOMPARE(requests.first().toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("sent"));

        result = runCli(QStringList{QStringLiteral("history"), path, QStringLiteral("--json")} +
                        options);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray submissions = QJsonDocument::fromJson(result.out.toUtf8())
                                           .object()
                                           .value(QLatin1String("submissions"))
                                           .toArray();
        QCOMPARE(submissions.size(), 1);
        const QJsonObject entry = submissions.first().toObject();
        QCOMPARE(entry.value(QLatin1String("status")).toString(), QStringLiteral("approved"));
        bool counted = false;
        for (const QJsonValue &d : entry.value(QLatin1String("datasets")).toArray()) {
            if (d.toObject().value(QLatin1String("dataset")).toString() ==
                QLatin1String("participants")) {
                counted = true;
                QCOMPARE(d.toObject().value(QLatin1String("read")).toInt(), 20);
                QCOMPARE(d.toObject().value(QLatin1String("imported")).toInt(), 20);
            }
        }
        QVERIFY(counted);
        const QString id = entry.value(QLatin1String("id")).toString();

        result = runCli(QStringList{QStringLiteral("withdraw"), path, id} + options);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QLatin1String("Withdrawn")));
        result = runCli(QStringList{QStringLiteral("withdraw"), path, id} + options);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("already withdrawn")), qPrintable(result.err));
        result = runCli(QStringList{QStringLiteral("history"), path} + options);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("withdrawn on")), qPrintable(result.out));
        QVERIFY2(
            result.out.contains(QLatin1String("participants (mdt): 20 rows read, 20 imported")),
            qPrintable(result.out));

        // The text output in the language chosen, whatever the system's locale says: the status
        // in words, dates as the language writes them (core/Localization.cpp, shownDate).
        QProcessEnvironment plain = QProcessEnvironment::systemEnvironment();
        plain.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        plain.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        const QStringList offline{QStringLiteral("--offline"), QStringLiteral("--passphrase-file"),
                                  m_fixture.passphraseFile(), QStringLiteral("--lang")};
        const QString englishDate =
            QStringLiteral("\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) "
                           "\\d{4} \\d\\d:\\d\\d");
        const QString dutchDate = QStringLiteral("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d");
        result = runCli(QStringList{QStringLiteral("history"), path} + offline +
                            QStringList{QStringLiteral("en")},
                        plain);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(QRegularExpression(QStringLiteral("^") + englishDate +
                                    QStringLiteral("  withdrawn on ") + englishDate)
                     .match(result.out)
                     .hasMatch(),
                 qPrintable(result.out));
        result = runCli(QStringList{QStringLiteral("history"), path} + offline +
                            QStringList{QStringLiteral("nl")},
                        plain);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(QRegularExpression(QStringLiteral("^") + dutchDate +
                                    QStringLiteral("  ingetrokken op ") + dutchDate)
                     .match(result.out)
                     .hasMatch(),
                 qPrintable(result.out));
        result = runCli(QStringList{QStringLiteral("deletion-requests"), path} + offline +
                            QStringList{QStringLiteral("nl")},
                        plain);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(QRegularExpression(QStringLiteral("  ") + dutchDate +
                                    QStringLiteral("  Naar de financier gestuurd op ") + dutchDate)
                     .match(result.out)
                     .hasMatch(),
                 qPrintable(result.out));
    }
};

QTEST_MAIN(HistoryTest)
#include "tst_history.moc"
