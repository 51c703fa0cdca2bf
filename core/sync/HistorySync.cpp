#include "HistorySync.h"

#include "storage/DashboardRepository.h"
#include "storage/Register.h"
#include "storage/SubmissionRepository.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace veldboek {

namespace {

// What the endpoint is told about why: a fixed code, never words typed by a user, which could
// name the person (docs/privacy.md, "Deletion requests").
constexpr const char *Reason = "deleted-from-register";

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// The endpoint's state of a request onto the register's record.
void adopt(DeletionRequestRecord &local, const QJsonObject &remote)
{
    local.remoteId = text(remote, "id");
    if (local.sentAt.isEmpty())
        local.sentAt = text(remote, "requestedAt");
    const bool resolved = text(remote, "state") == QLatin1String("resolved");
    local.state =
        resolved ? DeletionRequestRecord::State::Resolved : DeletionRequestRecord::State::Sent;
    local.resolvedAt = resolved ? text(remote, "resolvedAt") : QString();
    local.resolution = resolved ? text(remote, "resolution") : QString();
}

} // namespace

QString withdrawalRefusal(const EndpointResult &result)
{
    const QString code = text(result.json, "error");
    if (result.status == 409 && code == QLatin1String("withdrawal-window-closed"))
        return HistorySync::tr("The time to withdraw this submission is over (the endpoint "
                               "allows it for a number of days after it arrived). Nothing was "
                               "changed.");
    if (result.status == 409 && code == QLatin1String("already-withdrawn"))
        return HistorySync::tr("This submission was already withdrawn. Nothing was changed.");
    if (result.status == 404)
        return HistorySync::tr("The endpoint does not know this submission. Nothing was "
                               "changed.");
    return {};
}

HistorySync::HistorySync(Register &reg, EndpointClient &client, NetworkReachability &network,
                         QObject *parent)
    : QObject(parent)
    , m_register(reg)
    , m_client(client)
    , m_network(network)
{}

bool HistorySync::online()
{
    if (m_network.isOnline())
        return true;
    finish({SyncError::Kind::Network,
            tr("There is no network: the endpoint cannot be asked now. Nothing was changed; "
               "the history shows what the register stored."),
            0});
    return false;
}

bool HistorySync::call(EndpointRequest *request, const SyncError &error,
                       std::function<void(const EndpointResult &)> then)
{
    if (!request) {
        finish(error);
        return false;
    }
    connect(request, &EndpointRequest::finished, this,
            [this, then = std::move(then)](const EndpointResult &result) {
                if (!result.error.ok() && result.status != 409 && result.status != 404) {
                    finish(result.error);
                    return;
                }
                then(result);
            });
    return true;
}

void HistorySync::refresh()
{
    if (m_running)
        return;
    m_running = true;
    if (!online())
        return;
    syncDeletions([this] { fetchSubmissions(); });
}

void HistorySync::sendDeletionRequests()
{
    if (m_running)
        return;
    m_running = true;
    if (!online())
        return;
    syncDeletions([this] { finish(); });
}

void HistorySync::syncDeletions(Step next)
{
    QList<DeletionRequestRecord> local = DeletionRequestRepository(m_register).all();
    if (local.isEmpty()) {
        next();
        return;
    }
    SyncError error;
    EndpointRequest *list = m_client.get(QStringLiteral("/api/v1/deletion-requests"), &error);
    call(list, error, [this, local, next](const EndpointResult &result) mutable {
        if (!result.error.ok()) {
            finish(result.error);
            return;
        }
        // The endpoint's list by id; the ids the register already knows are claimed, so a
        // request is matched on dataset and reference only to one nobody has yet.
        QHash<QString, QJsonObject> byId;
        const QJsonArray remote = result.json.value(QLatin1String("deletionRequests")).toArray();
        for (const QJsonValue &value : remote)
            byId.insert(text(value.toObject(), "id"), value.toObject());
        QSet<QString> claimed;
        for (const DeletionRequestRecord &known : std::as_const(local))
            claimed.insert(known.remoteId);
        // Requests the register already has an id for are only read back; the others are
        // taken over from the list (a POST whose answer was lost), or posted.
        m_toPost.clear();
        const bool stored = m_register.transaction([&] {
            for (DeletionRequestRecord &request : local) {
                QJsonObject match = byId.value(request.remoteId);
                if (request.remoteId.isEmpty()) {
                    const QString key = request.dataset + QLatin1Char('\x1f') + request.reference;
                    for (const QJsonValue &value : remote) {
                        const QJsonObject r = value.toObject();
                        if (!claimed.contains(text(r, "id")) &&
                            text(r, "dataset") + QLatin1Char('\x1f') + text(r, "reference") ==
                                key) {
                            match = r;
                            break;
                        }
                    }
                }
                if (match.isEmpty()) {
                    if (request.remoteId.isEmpty())
                        m_toPost.append(request);
                    continue;
                }
                adopt(request, match);
                claimed.insert(request.remoteId);
                if (!DeletionRequestRepository(m_register).store(request))
                    return false;
            }
            return true;
        });
        if (!stored) {
            finish({SyncError::Kind::Local, m_register.lastError().message(), 0});
            return;
        }
        postNextDeletion(next);
    });
}

void HistorySync::postNextDeletion(Step next)
{
    while (!m_toPost.isEmpty() && m_toPost.first().reference.isEmpty()) {
        // Without a respondent number there is nothing the funder could find it by.
        ++m_skipped;
        m_toPost.removeFirst();
    }
    if (m_toPost.isEmpty()) {
        next();
        return;
    }
    DeletionRequestRecord request = m_toPost.takeFirst();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("dataset"), request.dataset},
                                  {QStringLiteral("reference"), request.reference},
                                  {QStringLiteral("reason"), QLatin1String(Reason)}})
            .toJson(QJsonDocument::Compact);
    SyncError error;
    // Not retried: a retry could make a second request. The next run reads the list first.
    EndpointRequest *post =
        m_client.post(QStringLiteral("/api/v1/deletion-requests"), body, &error, false);
    call(post, error, [this, request, next](const EndpointResult &result) mutable {
        if (!result.error.ok()) {
            finish(result.error);
            return;
        }
        request.remoteId = text(result.json, "id");
        request.sentAt = text(result.json, "requestedAt");
        request.state = DeletionRequestRecord::State::Sent;
        if (request.remoteId.isEmpty() || !DeletionRequestRepository(m_register).store(request)) {
            finish({SyncError::Kind::Local,
                    tr("The endpoint's answer to a deletion request could not be recorded; it "
                       "is matched again at the next refresh."),
                    0});
            return;
        }
        ++m_sent;
        postNextDeletion(next);
    });
}

void HistorySync::fetchSubmissions()
{
    SyncError error;
    EndpointRequest *request = m_client.get(QStringLiteral("/api/v1/submissions"), &error);
    call(request, error, [this](const EndpointResult &result) {
        if (!result.error.ok()) {
            finish(result.error);
            return;
        }
        SubmissionRepository submissions(m_register);
        m_reportsToFetch.clear();
        const QJsonArray list = result.json.value(QLatin1String("submissions")).toArray();
        const bool stored = m_register.transaction([&] {
            for (const QJsonValue &value : list) {
                const QJsonObject entry = value.toObject();
                const QString id = text(entry, "id");
                const std::optional<SubmissionRecord> known = submissions.byRemoteId(id);
                const QString status = text(entry, "status");
                // The report is fetched for a submission the register has none of, or one
                // whose outcome it did not know yet.
                if (status != QLatin1String("processing") &&
                    (!known || known->report.isEmpty() || known->status != status))
                    m_reportsToFetch.append(id);
                if (!submissions.applyRemote(entry))
                    return false;
            }
            return true;
        });
        if (!stored) {
            finish({SyncError::Kind::Local, m_register.lastError().message(), 0});
            return;
        }
        fetchNextReport();
    });
}

void HistorySync::fetchNextReport()
{
    if (m_reportsToFetch.isEmpty()) {
        finish();
        return;
    }
    const QString id = m_reportsToFetch.takeFirst();
    SyncError error;
    EndpointRequest *request = m_client.get(QStringLiteral("/api/v1/submissions/") + id, &error);
    call(request, error, [this](const EndpointResult &result) {
        if (result.error.ok() &&
            !SubmissionRepository(m_register)
                 .applyRemote(result.json, result.json.value(QLatin1String("reports")).toArray())) {
            finish({SyncError::Kind::Local, m_register.lastError().message(), 0});
            return;
        }
        fetchNextReport();
    });
}

void HistorySync::withdraw(const QString &remoteId)
{
    if (m_running)
        return;
    m_running = true;
    if (!online())
        return;
    SyncError error;
    EndpointRequest *request = m_client.post(
        QStringLiteral("/api/v1/submissions/%1/withdraw").arg(remoteId), {}, &error, false);
    call(request, error, [this](const EndpointResult &result) {
        const QString refusal = withdrawalRefusal(result);
        if (!refusal.isEmpty()) {
            finish({SyncError::Kind::Refused, refusal, result.status});
            return;
        }
        if (!result.error.ok()) {
            finish(result.error);
            return;
        }
        if (!SubmissionRepository(m_register)
                 .applyRemote(result.json, result.json.value(QLatin1String("reports")).toArray())) {
            finish({SyncError::Kind::Local,
                    tr("The endpoint withdrew the submission, but the register could not record "
                       "it: %1. Refresh the history.")
                        .arg(m_register.lastError().message()),
                    0});
            return;
        }
        fetchDashboard();
    });
}

void HistorySync::fetchDashboard()
{
    SyncError error;
    EndpointRequest *request = m_client.get(QStringLiteral("/api/v1/dashboard"), &error);
    if (!request) {
        finish();
        return;
    }
    connect(request, &EndpointRequest::finished, this, [this](const EndpointResult &result) {
        // The withdrawal stands either way; figures that did not come are fetched on request.
        if (result.error.ok())
            m_dashboardStored = DashboardRepository(m_register)
                                    .store(result.json, QStringLiteral("endpoint"),
                                           QDateTime::currentDateTimeUtc()) != 0;
        finish();
    });
}

void HistorySync::finish(SyncError error)
{
    m_error = error;
    m_running = false;
    emit finished(m_error);
}

} // namespace veldboek
