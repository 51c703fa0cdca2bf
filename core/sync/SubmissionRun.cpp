#include "SubmissionRun.h"

#include "HistorySync.h"
#include "privacy/Pseudonymiser.h"
#include "storage/DashboardRepository.h"
#include "storage/DeletionRequestRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "storage/SubmissionRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QtConcurrent>

namespace veldboek {

SubmissionRun::SubmissionRun(Register &reg, EndpointClient &client, NetworkReachability &network,
                             QObject *parent)
    : QObject(parent)
    , m_register(reg)
    , m_client(client)
    , m_network(network)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SubmissionRun::poll);
    connect(&m_preparing, &QFutureWatcher<PreparedPackage>::finished, this,
            &SubmissionRun::onPrepared);
}

void SubmissionRun::setPolling(int intervalMs, int timeoutMs)
{
    m_pollIntervalMs = intervalMs;
    m_pollTimeoutMs = timeoutMs;
}

void SubmissionRun::setStage(Stage stage, const QString &text)
{
    m_stage = stage;
    emit stageChanged(stage, text);
}

void SubmissionRun::start()
{
    m_client.setLanguage(m_language);
    setStage(Stage::Checking, tr("Checking the whole register…"));
    // The key pseudonymised fields are hashed with is made once, before anything is read; it is
    // the organisation's key, not submission data (normally ConnectionSettings::save made it).
    if (!Pseudonymiser::organisationKey(m_register, true)) {
        finish(Outcome::Failed, {SyncError::Kind::Local, m_register.lastError().message(), 0});
        return;
    }
    QString error;
    std::optional<RegisterSnapshot> snapshot = RegisterSnapshot::read(m_register, &error);
    if (!snapshot) {
        finish(Outcome::Failed, {SyncError::Kind::Local, error, 0});
        return;
    }
    snapshot->note = m_note;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    // Checking and packing 100,000 participants takes seconds: off the window's thread.
    m_preparing.setFuture(QtConcurrent::run(
        [snapshot = std::move(*snapshot), today, language = m_language, check = m_localCheck] {
            return RegisterPackage::prepare(snapshot, today, language, check);
        }));
}

void SubmissionRun::onPrepared()
{
    m_package = m_preparing.result();
    if (m_cancelled) {
        finish(Outcome::Cancelled,
               {SyncError::Kind::Cancelled, tr("Cancelled; nothing was sent."), 0});
        return;
    }
    if (!m_package.error.isEmpty()) {
        finish(Outcome::Failed, {SyncError::Kind::Local, m_package.error, 0});
        return;
    }
    if (m_package.blocked()) {
        finish(Outcome::Blocked,
               {SyncError::Kind::LocalCheck,
                tr("The register has %n error(s); correct them first (see the problems). "
                   "Nothing was sent.",
                   nullptr, m_package.errors),
                0});
        return;
    }
    if (!m_network.isOnline()) {
        setStage(Stage::WaitingForNetwork,
                 tr("There is no network. The register will be sent as soon as the network is "
                    "back; keep Veldboek open."));
        m_waitForNetwork =
            connect(&m_network, &NetworkReachability::onlineChanged, this, [this](bool online) {
                if (!online)
                    return;
                disconnect(m_waitForNetwork);
                upload();
            });
        return;
    }
    upload();
}

void SubmissionRun::upload()
{
    setStage(Stage::Uploading,
             tr("Sending the register (%1 kB)…").arg((m_package.gzipBody.size() + 1023) / 1024));
    SyncError error;
    m_sentAt = QDateTime::currentDateTimeUtc();
    m_request =
        m_client.submit(m_package.gzipBody, m_package.contentType, m_package.contentHash, &error);
    if (!m_request) {
        finish(Outcome::Failed, error);
        return;
    }
    connect(m_request, &EndpointRequest::uploadProgress, this, &SubmissionRun::uploadProgress);
    connect(m_request, &EndpointRequest::retrying, this,
            [this](int attempt, int delayMs, const SyncError &reason) {
                emit retrying(tr("Attempt %1 failed (%2); trying again in %3 s with the same "
                                 "package.")
                                  .arg(attempt)
                                  .arg(reason.message)
                                  .arg(delayMs / 1000.0));
            });
    connect(m_request, &EndpointRequest::finished, this, &SubmissionRun::onReceipt);
}

void SubmissionRun::onReceipt(const EndpointResult &result)
{
    m_uploadAttempts = result.attempts;
    if (!result.error.ok()) {
        finish(result.error.kind == SyncError::Kind::Cancelled ? Outcome::Cancelled
                                                               : Outcome::Failed,
               result.error);
        return;
    }
    // Only the endpoint's receipt counts: its JSON with a submission id for exactly this package.
    const QString id = result.json.value(QLatin1String("id")).toString();
    const QString hash = result.json.value(QLatin1String("contentHash")).toString();
    if (id.isEmpty() || (result.status != 202 && result.status != 200) ||
        hash != m_package.contentHash) {
        finish(Outcome::Failed,
               {SyncError::Kind::NotAReceipt,
                tr("The answer (HTTP %1) was not a receipt for this register: no submission id "
                   "for this package. Nothing was counted as sent.")
                    .arg(result.status),
                result.status});
        return;
    }
    m_remoteId = id;
    m_duplicate = result.json.value(QLatin1String("duplicate")).toBool();
    setStage(Stage::Processing, tr("Received by the endpoint; waiting for its technical check…"));
    m_pollStarted = QDateTime::currentMSecsSinceEpoch();
    poll();
}

void SubmissionRun::poll()
{
    SyncError error;
    m_request = m_client.get(QStringLiteral("/api/v1/submissions/") + m_remoteId, &error);
    if (!m_request) {
        finish(Outcome::Failed, error);
        return;
    }
    connect(m_request, &EndpointRequest::finished, this, &SubmissionRun::onStatus);
}

void SubmissionRun::onStatus(const EndpointResult &result)
{
    const QString status = result.json.value(QLatin1String("status")).toString();
    const bool known = status == QLatin1String("approved") || status == QLatin1String("rejected");
    if (result.error.ok() && !known &&
        QDateTime::currentMSecsSinceEpoch() - m_pollStarted < m_pollTimeoutMs && !m_cancelled) {
        m_pollTimer.start(m_pollIntervalMs);
        return;
    }
    if (!known) {
        // The endpoint has the package; its outcome is asked again at the next submission (the
        // same package gives the same id).
        storeOutcome(QStringLiteral("processing"), {});
        const SyncError why = result.error.ok()
                                  ? SyncError{SyncError::Kind::Timeout,
                                              tr("The endpoint received the register (submission "
                                                 "%1) but has not finished its check yet; submit "
                                                 "again later to see the result.")
                                                  .arg(m_remoteId),
                                              0}
                                  : result.error;
        finish(m_cancelled ? Outcome::Cancelled : Outcome::Failed, why);
        return;
    }
    m_reports.clear();
    for (const QJsonValue &report : result.json.value(QLatin1String("reports")).toArray())
        m_reports.append(ValidationReport::fromJson(report.toObject()));
    QJsonObject stored{{QStringLiteral("status"), status},
                       {QStringLiteral("reports"), result.json.value(QLatin1String("reports"))}};
    if (!storeOutcome(status, stored)) {
        finish(Outcome::Failed,
               {SyncError::Kind::Local,
                tr("The endpoint answered, but the register could not record it: %1")
                    .arg(m_register.lastError().message()),
                0});
        return;
    }
    if (status == QLatin1String("approved")) {
        fetchDashboard();
        return;
    }
    finish(Outcome::Rejected,
           {SyncError::Kind::Refused,
            tr("The endpoint rejected the register; see the report for what to correct."), 0});
}

bool SubmissionRun::storeOutcome(const QString &status, const QJsonObject &report)
{
    SubmissionRecord record;
    record.createdAt = m_sentAt;
    record.specIds = m_package.specIds;
    record.specVersions = m_package.specVersions;
    record.round = m_package.round;
    record.packageSha256 = m_package.contentHash;
    record.remoteId = m_remoteId;
    record.status = status;
    record.report = report;
    record.note = m_note;
    // Submitted participants can no longer be deleted silently (docs/api.md). A package the
    // endpoint holds but has not finished checking counts too: it may still be approved, and
    // the register would not learn later which participants it held (a refresh knows the
    // submission, not its rows). A superfluous deletion request costs the funder one note; a
    // missing one leaves a person's data with the funder unasked.
    const bool held = status == QLatin1String("approved") || status == QLatin1String("processing");
    return m_register.transaction([&] {
        if (SubmissionRepository(m_register).record(record) == 0)
            return false;
        return !held ||
               ParticipantRepository(m_register)
                   .markSubmitted(m_package.participantIds, m_sentAt.toString(Qt::ISODateWithMs));
    });
}

void SubmissionRun::fetchDashboard()
{
    setStage(Stage::Dashboard, tr("Approved. Fetching the dashboard figures…"));
    SyncError error;
    m_request = m_client.get(QStringLiteral("/api/v1/dashboard"), &error);
    if (!m_request) {
        finish(Outcome::Approved, error);
        return;
    }
    connect(m_request, &EndpointRequest::finished, this, [this](const EndpointResult &result) {
        // The submission is approved either way; a dashboard that did not come is fetched on
        // request later.
        if (result.error.ok())
            m_dashboardStored = DashboardRepository(m_register)
                                    .store(result.json, QStringLiteral("endpoint"),
                                           QDateTime::currentDateTimeUtc()) != 0;
        finish(Outcome::Approved, result.error);
    });
}

void SubmissionRun::cancel()
{
    if (m_stage == Stage::Finished)
        return;
    m_cancelled = true;
    if (m_stage == Stage::WaitingForNetwork) {
        disconnect(m_waitForNetwork);
        finish(Outcome::Cancelled,
               {SyncError::Kind::Cancelled, tr("Cancelled; nothing was sent."), 0});
        return;
    }
    if (m_stage == Stage::Processing && m_pollTimer.isActive()) {
        m_pollTimer.stop();
        onStatus({});
        return;
    }
    if (m_request)
        m_request->cancel();
    // Checking: onPrepared sees the flag.
}

// Deletion requests go with every submission the endpoint answered (docs/sync.md): the endpoint
// is reachable and the token good. Only when the register has unsent ones, so a register without
// any makes no extra call. Their own failure does not change the submission's outcome; they stay
// recorded and go with the next one.
bool SubmissionRun::sendDeletionRequests(Outcome outcome, const SyncError &error)
{
    if (m_deletionsDone || (outcome != Outcome::Approved && outcome != Outcome::Rejected) ||
        DeletionRequestRepository(m_register).unsent().isEmpty())
        return false;
    m_deletionsDone = true;
    auto *sync = new HistorySync(m_register, m_client, m_network, this);
    connect(sync, &HistorySync::finished, this, [this, sync, outcome, error] {
        m_deletionsSent = sync->deletionRequestsSent();
        sync->deleteLater();
        finish(outcome, error);
    });
    sync->sendDeletionRequests();
    return true;
}

void SubmissionRun::finish(Outcome outcome, SyncError error)
{
    if (m_stage == Stage::Finished)
        return;
    if (sendDeletionRequests(outcome, error))
        return;
    m_outcome = outcome;
    m_error = error;
    QString text;
    switch (outcome) {
    case Outcome::Approved:
        text = tr("Approved by the endpoint.");
        break;
    case Outcome::Rejected:
        text = tr("Rejected by the endpoint; see the report.");
        break;
    default:
        text = error.message;
        break;
    }
    setStage(Stage::Finished, text);
    emit finished(outcome);
}

} // namespace veldboek
