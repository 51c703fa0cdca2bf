#pragma once

#include "EndpointProfile.h"
#include "EndpointRequest.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace veldboek {

// What "test connection" found out, in the order a connection is made.
struct ConnectionCheck
{
    bool reached = false;     // a TCP connection and a TLS handshake were made
    bool certificate = false; // the certificate is trusted (and matches the pin)
    bool token = false;       // the endpoint accepted the token
    QString organisation;     // whom the token belongs to, as the endpoint says
    SyncError error;
    QString summary() const; // one sentence in plain words
};

// The client side of one endpoint profile. It owns its QNetworkAccessManager: a manager reuses
// open TLS connections across requests with different TLS settings, so sharing one between
// profiles could carry a request past another profile's pin (docs/api.md). Change the profile,
// make a new client.
class EndpointClient : public QObject
{
    Q_OBJECT
public:
    explicit EndpointClient(EndpointProfile profile, QObject *parent = nullptr);

    const EndpointProfile &profile() const { return m_profile; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setLanguage(const QString &language) { m_language = language; }

    // Each returns a started request (owned by this client) or nullptr with *error set when the
    // profile is unusable. Connect to finished() right away.
    EndpointRequest *get(const QString &path, SyncError *error, bool retry = true,
                         const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // A POST with a JSON body (or none). Not retried unless asked: a call that changes something
    // at the endpoint is only repeated where the caller knows the repeat is harmless.
    EndpointRequest *post(const QString &path, const QByteArray &json, SyncError *error,
                          bool retry = false);
    // Posts a package (gzip on the wire); the Idempotency-Key is its content hash.
    EndpointRequest *submit(const QByteArray &gzipBody, const QByteArray &contentType,
                            const QString &contentHash, SyncError *error);

    // GET /api/v1/health without retries; emits connectionChecked.
    void checkConnection();

signals:
    void connectionChecked(const veldboek::ConnectionCheck &check);

private:
    EndpointRequest *request(EndpointRequest::Call call, SyncError *error, bool retry);

    EndpointProfile m_profile;
    QNetworkAccessManager m_manager;
    RetryPolicy m_policy;
    QString m_language = QStringLiteral("nl");
};

} // namespace veldboek
