#pragma once

#include "SyncError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace veldboek {

// How hard a request tries. Retries only follow errors where the endpoint may not have seen or
// finished the request (SyncError::retryable): never a 4xx, never a certificate problem.
struct RetryPolicy
{
    int attempts = 4;              // in all, the first one included
    int firstDelayMs = 1000;       // doubled after every failed attempt
    int transferTimeoutMs = 30000; // without any bytes moving either way
};

struct EndpointResult
{
    SyncError error;
    int status = 0;
    QByteArray body;
    QJsonObject json; // the answer's JSON object; empty when it was not JSON
    QByteArray etag;  // the answer's ETag header (GET /api/v1/specs/<id>)
    int attempts = 0;
};

// One call to the endpoint with its retries: the same method, headers and body every attempt
// (so an upload keeps its Idempotency-Key). Emits finished() exactly once, then deletes itself
// later. TLS errors are never ignored; with a pin, a connection whose public key does not match
// is aborted before the request is sent.
class EndpointRequest : public QObject
{
    Q_OBJECT
public:
    struct Call
    {
        QByteArray method;
        QUrl url;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    EndpointRequest(QNetworkAccessManager *manager, QSslConfiguration tls, QString pin, Call call,
                    RetryPolicy policy, QObject *parent = nullptr);

    void start();
    void cancel();

signals:
    void uploadProgress(qint64 sent, qint64 total);
    void retrying(int attempt, int delayMs, const veldboek::SyncError &reason);
    void finished(const veldboek::EndpointResult &result);

private:
    void send();
    void onFinished();
    SyncError classify(QNetworkReply *reply, int status, const QByteArray &body,
                       QJsonObject *json) const;
    bool pinMatches(QNetworkReply *reply) const;
    void finish(EndpointResult result);

    QNetworkAccessManager *m_manager;
    QSslConfiguration m_tls;
    QString m_pin;
    Call m_call;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stallTimer;
    QTimer m_backoffTimer;
    QList<QSslError> m_sslErrors;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_pinMismatch = false;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace veldboek
