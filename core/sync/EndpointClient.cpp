#include "EndpointClient.h"

#include <QCoreApplication>

namespace veldboek {

QString ConnectionCheck::summary() const
{
    if (error.ok())
        return QCoreApplication::translate(
                   "sync", "All is well: the connection is secure (TLS), the certificate is "
                           "trusted and the token is accepted, for %1.")
            .arg(organisation);
    switch (error.kind) {
    case SyncError::Kind::Token:
        return QCoreApplication::translate(
                   "sync", "The connection is secure and the certificate is trusted, but the "
                           "token is wrong: %1")
            .arg(error.message);
    case SyncError::Kind::Certificate:
        return QCoreApplication::translate(
                   "sync", "A connection was made, but the certificate is not right: %1")
            .arg(error.message);
    default:
        return error.message;
    }
}

EndpointClient::EndpointClient(EndpointProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
    // Nothing is cached or remembered between runs: every answer is about the register now.
    m_manager.setCache(nullptr);
    m_manager.setCookieJar(nullptr);
    m_manager.setAutoDeleteReplies(false);
}

EndpointRequest *EndpointClient::request(EndpointRequest::Call call, SyncError *error, bool retry)
{
    QString why;
    if (!m_profile.isUsable(&why)) {
        *error = {SyncError::Kind::Local, why, 0};
        return nullptr;
    }
    std::optional<QSslConfiguration> tls = m_profile.sslConfiguration(&why);
    call.headers.append({"Authorization", "Bearer " + m_profile.token});
    call.headers.append({"Accept-Language", m_language.toLatin1()});
    RetryPolicy policy = m_policy;
    if (!retry)
        policy.attempts = 1;
    auto *request =
        new EndpointRequest(&m_manager, *tls, m_profile.pin, std::move(call), policy, this);
    // Started from the event loop, so the caller connects first.
    QMetaObject::invokeMethod(request, &EndpointRequest::start, Qt::QueuedConnection);
    return request;
}

EndpointRequest *EndpointClient::get(const QString &path, SyncError *error, bool retry,
                                     const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return request({"GET", m_profile.resolved(path), {}, headers}, error, retry);
}

EndpointRequest *EndpointClient::post(const QString &path, const QByteArray &json, SyncError *error,
                                      bool retry)
{
    return request({"POST", m_profile.resolved(path), json, {{"Content-Type", "application/json"}}},
                   error, retry);
}

EndpointRequest *EndpointClient::submit(const QByteArray &gzipBody, const QByteArray &contentType,
                                        const QString &contentHash, SyncError *error)
{
    return request({"POST",
                    m_profile.resolved(QStringLiteral("/api/v1/submissions")),
                    gzipBody,
                    {{"Content-Type", contentType},
                     {"Content-Encoding", "gzip"},
                     {"Idempotency-Key", contentHash.toLatin1()}}},
                   error, true);
}

void EndpointClient::checkConnection()
{
    SyncError error;
    EndpointRequest *health = get(QStringLiteral("/api/v1/health"), &error, false);
    if (!health) {
        ConnectionCheck check;
        check.error = error;
        emit connectionChecked(check);
        return;
    }
    connect(health, &EndpointRequest::finished, this, [this](const EndpointResult &result) {
        ConnectionCheck check;
        check.error = result.error;
        using Kind = SyncError::Kind;
        const Kind kind = result.error.kind;
        check.reached = result.status != 0 || kind == Kind::Certificate;
        check.certificate = result.status != 0 && kind != Kind::Certificate;
        check.token = result.error.ok();
        check.organisation = result.json.value(QLatin1String("organisation")).toString();
        emit connectionChecked(check);
    });
}

} // namespace veldboek
