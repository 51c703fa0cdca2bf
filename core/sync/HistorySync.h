#pragma once

#include "EndpointClient.h"
#include "NetworkReachability.h"
#include "SyncError.h"
#include "storage/DeletionRequestRepository.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <functional>

namespace veldboek {

class Register;

// The submission history and the deletion requests, kept in step with the endpoint (issue 20;
// docs/sync.md, "History, withdrawal and deletion requests"). Used by the history window, by
// SubmissionRun after a submission, and by `veldboek-cli history`, `withdraw` and
// `deletion-requests`.
//
// Every operation ends with finished() exactly once. The register is written only with what the
// endpoint answered; a refusal, an error or no network change nothing in it.
//
// Deletion requests are sent exactly once each: before anything is posted the endpoint's own list
// (GET /api/v1/deletion-requests) is read and a request it already has, matched on its id or else
// on dataset and reference, is taken over instead of posted again. A POST is never retried by
// itself; a request whose answer was lost is found in that list by the next run.
class HistorySync : public QObject
{
    Q_OBJECT
public:
    HistorySync(Register &reg, EndpointClient &client, NetworkReachability &network,
                QObject *parent = nullptr);

    // Deletion requests first (sent, states read), then the submissions (GET
    // /api/v1/submissions, and the report of every one whose report the register lacks).
    void refresh();
    // Only the deletion requests: what is unsent is sent, the states are read.
    void sendDeletionRequests();
    // POST /api/v1/submissions/{id}/withdraw, then the dashboard again (its own figures come
    // from the newest approved submission that is not withdrawn).
    void withdraw(const QString &remoteId);

    const SyncError &error() const { return m_error; }
    int deletionRequestsSent() const { return m_sent; }
    int deletionRequestsSkipped() const { return m_skipped; } // without a respondent number
    bool dashboardStored() const { return m_dashboardStored; }

signals:
    void finished(const veldboek::SyncError &error);

private:
    using Step = std::function<void()>;
    bool online();
    bool call(EndpointRequest *request, const SyncError &error,
              std::function<void(const EndpointResult &)> then);
    void syncDeletions(Step next);
    void postNextDeletion(Step next);
    void fetchSubmissions();
    void fetchNextReport();
    void fetchDashboard();
    void finish(SyncError error = {});

    Register &m_register;
    EndpointClient &m_client;
    NetworkReachability &m_network;
    SyncError m_error;
    QList<DeletionRequestRecord> m_toPost;
    QStringList m_reportsToFetch;
    int m_sent = 0;
    int m_skipped = 0;
    bool m_dashboardStored = false;
    bool m_running = false;
};

// The user's words for a refused withdrawal (the endpoint's 409 codes, docs/api.md), in the
// language the application speaks; empty for another error.
QString withdrawalRefusal(const EndpointResult &result);

} // namespace veldboek
