#include "EndpointRequest.h"

#include "EndpointProfile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <algorithm>

namespace veldboek {

namespace {

bool isCertificateError(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::NoError:
    case QSslError::UnspecifiedError:
        return false;
    default:
        return true;
    }
}

} // namespace

EndpointRequest::EndpointRequest(QNetworkAccessManager *manager, QSslConfiguration tls, QString pin,
                                 Call call, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_tls(std::move(tls))
    , m_pin(std::move(pin))
    , m_call(std::move(call))
    , m_policy(policy)
{
    m_stallTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_timedOut = true;
        m_reply->abort();
    });
    connect(&m_backoffTimer, &QTimer::timeout, this, &EndpointRequest::send);
}

void EndpointRequest::start()
{
    send();
}

void EndpointRequest::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    m_backoffTimer.stop();
    if (m_reply) {
        m_reply->abort(); // onFinished reports the cancellation
        return;
    }
    EndpointResult result;
    result.error = {SyncError::Kind::Cancelled, tr("Cancelled; nothing was counted as sent."), 0};
    result.attempts = m_attempt;
    finish(std::move(result));
}

void EndpointRequest::send()
{
    ++m_attempt;
    m_timedOut = false;
    m_pinMismatch = false;
    m_sslErrors.clear();
    QNetworkRequest request(m_call.url);
    request.setSslConfiguration(m_tls);
    // A redirect is what a captive portal answers with; it is reported, never followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : std::as_const(m_call.headers))
        request.setRawHeader(name, value);
    if (!m_call.body.isEmpty() || m_call.method == "POST")
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_call.body.size());
    QNetworkReply *reply = m_manager->sendCustomRequest(request, m_call.method, m_call.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        if (!pinMatches(reply)) {
            m_pinMismatch = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_stallTimer.start(m_policy.transferTimeoutMs);
        emit uploadProgress(sent, total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this] { m_stallTimer.start(m_policy.transferTimeoutMs); });
    connect(reply, &QNetworkReply::finished, this, &EndpointRequest::onFinished);
    m_stallTimer.start(m_policy.transferTimeoutMs);
}

bool EndpointRequest::pinMatches(QNetworkReply *reply) const
{
    if (m_pin.isEmpty())
        return true;
    return EndpointProfile::publicKeyPin(reply->sslConfiguration().peerCertificate()) == m_pin;
}

SyncError EndpointRequest::classify(QNetworkReply *reply, int status, const QByteArray &body,
                                    QJsonObject *json) const
{
    if (m_cancelled)
        return {SyncError::Kind::Cancelled, tr("Cancelled; nothing was counted as sent."), 0};
    if (m_pinMismatch || (status != 0 && !pinMatches(reply)))
        return {SyncError::Kind::Certificate,
                tr("The endpoint's public key does not match the pin in the connection settings: "
                   "this may not be your endpoint. Nothing was sent."),
                0};
    if (m_timedOut)
        return {SyncError::Kind::Timeout,
                tr("The endpoint did not answer within %1 seconds.")
                    .arg(m_policy.transferTimeoutMs / 1000.0),
                0};
    QStringList certificateProblems;
    for (const QSslError &error : m_sslErrors) {
        if (isCertificateError(error))
            certificateProblems.append(error.errorString());
    }
    if (!certificateProblems.isEmpty())
        return {SyncError::Kind::Certificate,
                tr("The endpoint's certificate is not trusted (%1). Choose the CA file of the "
                   "endpoint in the connection settings, or ask its administrator. Nothing was "
                   "sent.")
                    .arg(certificateProblems.join(QLatin1String("; "))),
                0};
    if (reply->error() == QNetworkReply::SslHandshakeFailedError)
        return {SyncError::Kind::Tls,
                tr("No secure (TLS) connection could be made: %1. Nothing was sent.")
                    .arg(reply->errorString()),
                0};
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const bool isJson = document.isObject() && reply->header(QNetworkRequest::ContentTypeHeader)
                                                   .toString()
                                                   .startsWith(QLatin1String("application/json"));
    if (isJson)
        *json = document.object();
    const QString endpointMessage = json->value(QLatin1String("message")).toString();
    if (status == 401 || status == 403)
        return {SyncError::Kind::Token,
                tr("The endpoint refused the token (HTTP %1). Enter the token again in the "
                   "connection settings, or ask the endpoint's administrator for a new one.")
                    .arg(status),
                status};
    if (status >= 500)
        return {SyncError::Kind::Server,
                tr("The endpoint had a problem (HTTP %1)%2.")
                    .arg(status)
                    .arg(endpointMessage.isEmpty() ? QString()
                                                   : QStringLiteral(": ") + endpointMessage),
                status};
    if (status >= 400)
        return {SyncError::Kind::Refused,
                tr("The endpoint refused the request (HTTP %1): %2")
                    .arg(status)
                    .arg(endpointMessage.isEmpty() ? QString::fromUtf8(body.left(200))
                                                   : endpointMessage),
                status};
    // 304 answers a conditional GET (If-None-Match, SpecPull.h): what the client holds is current.
    if (status == 304 &&
        std::any_of(m_call.headers.cbegin(), m_call.headers.cend(),
                    [](const auto &header) { return header.first == "If-None-Match"; }))
        return {};
    if (status == 0)
        return {SyncError::Kind::Network,
                tr("The endpoint could not be reached: %1").arg(reply->errorString()), 0};
    // A 2xx or 3xx that is not the endpoint's JSON: a hotel or station network's login page, or
    // something else in between. It never counts as an answer.
    if (!isJson || status >= 300)
        return {SyncError::Kind::NotAReceipt,
                tr("The answer (HTTP %1) did not come from the endpoint: it was not its JSON but "
                   "perhaps a network's login page. Log in to the network first; nothing was "
                   "counted as sent.")
                    .arg(status),
                status};
    return {};
}

void EndpointRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_stallTimer.stop();
    reply->deleteLater();
    EndpointResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->isOpen() ? reply->readAll() : QByteArray();
    result.attempts = m_attempt;
    result.etag = reply->rawHeader("ETag");
    result.error = classify(reply, result.status, result.body, &result.json);
    if (result.error.retryable() && m_attempt < m_policy.attempts && !m_cancelled) {
        const int delay = m_policy.firstDelayMs * (1 << (m_attempt - 1));
        emit retrying(m_attempt, delay, result.error);
        m_backoffTimer.start(delay);
        return;
    }
    finish(std::move(result));
}

void EndpointRequest::finish(EndpointResult result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result);
    deleteLater();
}

} // namespace veldboek
