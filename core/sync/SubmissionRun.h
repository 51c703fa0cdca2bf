#pragma once

#include "EndpointClient.h"
#include "NetworkReachability.h"
#include "RegisterPackage.h"
#include "SyncError.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace veldboek {

class Register;

// One submission of the full register, start to finish: the full-register check, the package,
// the upload (retried with the same Idempotency-Key), the endpoint's receipt, polling for the
// outcome, storing it in the history and, after approval, pulling the dashboard. Used by the
// submit dialog and by `veldboek-cli sync`.
//
// The register is written only at the end, in one transaction, and only with what the endpoint
// answered: a failed or cancelled submission changes nothing in it.
class SubmissionRun : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Checking, WaitingForNetwork, Uploading, Processing, Dashboard, Finished };
    enum class Outcome { None, Approved, Rejected, Blocked, Failed, Cancelled };

    SubmissionRun(Register &reg, EndpointClient &client, NetworkReachability &network,
                  QObject *parent = nullptr);

    void setNote(const QString &note) { m_note = note; }
    void setLanguage(const QString &language) { m_language = language; }
    // Test seam: skip the local check to see the endpoint reject what it finds itself.
    void setLocalCheck(bool check) { m_localCheck = check; }
    void setPolling(int intervalMs, int timeoutMs);
    void setToday(const QDate &today) { m_today = today; }

    void start();
    void cancel();

    Stage stage() const { return m_stage; }
    Outcome outcome() const { return m_outcome; }
    const SyncError &error() const { return m_error; }
    const PreparedPackage &package() const { return m_package; }
    // The endpoint's technical-check reports (one per spec) once it has processed the package.
    const QList<ValidationReport> &reports() const { return m_reports; }
    QString remoteId() const { return m_remoteId; }
    bool duplicate() const { return m_duplicate; }
    int uploadAttempts() const { return m_uploadAttempts; }
    bool dashboardStored() const { return m_dashboardStored; }
    // Deletion requests that went to the endpoint with this submission (docs/sync.md).
    int deletionRequestsSent() const { return m_deletionsSent; }

signals:
    void stageChanged(veldboek::SubmissionRun::Stage stage, const QString &text);
    void uploadProgress(qint64 sent, qint64 total);
    void retrying(const QString &text);
    void finished(veldboek::SubmissionRun::Outcome outcome);

private:
    void setStage(Stage stage, const QString &text);
    void onPrepared();
    void upload();
    void onReceipt(const EndpointResult &result);
    void poll();
    void onStatus(const EndpointResult &result);
    bool storeOutcome(const QString &status, const QJsonObject &report);
    void fetchDashboard();
    void finish(Outcome outcome, SyncError error = {});
    bool sendDeletionRequests(Outcome outcome, const SyncError &error);

    Register &m_register;
    EndpointClient &m_client;
    NetworkReachability &m_network;
    QString m_note;
    QString m_language = QStringLiteral("nl");
    bool m_localCheck = true;
    int m_pollIntervalMs = 500;
    int m_pollTimeoutMs = 120000;
    QDate m_today;

    Stage m_stage = Stage::Checking;
    Outcome m_outcome = Outcome::None;
    SyncError m_error;
    PreparedPackage m_package;
    QFutureWatcher<PreparedPackage> m_preparing;
    QPointer<EndpointRequest> m_request;
    QMetaObject::Connection m_waitForNetwork;
    QTimer m_pollTimer;
    qint64 m_pollStarted = 0;
    QDateTime m_sentAt;
    QString m_remoteId;
    bool m_duplicate = false;
    int m_uploadAttempts = 0;
    QList<ValidationReport> m_reports;
    bool m_dashboardStored = false;
    bool m_cancelled = false;
    bool m_deletionsDone = false;
    int m_deletionsSent = 0;
};

} // namespace veldboek
