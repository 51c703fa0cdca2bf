#include "HttpServer.h"

#include "TlsCredentials.h"

#include <QElapsedTimer>
#include <arpa/inet.h>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <microhttpd.h>
#include <netinet/in.h>

namespace veldboek::http {

namespace {

enum MHD_Result collectHeader(void *list, enum MHD_ValueKind, const char *key, const char *value)
{
    static_cast<QList<Header> *>(list)->append(
        {QByteArray(key), value ? QByteArray(value) : QByteArray()});
    return MHD_YES;
}

Response plain(int status, const char *code, const char *message)
{
    return {status,
            QByteArrayLiteral("application/json"),
            QByteArray("{\"error\":\"") + code + "\",\"message\":\"" + message + "\"}",
            {}};
}

// libmicrohttpd's own messages (a TLS handshake that failed, the connection limit reached) go
// into the log the way every other line does, escaped like anything a client caused.
// The format comes from libmicrohttpd itself, never from a client (the request's bytes are in
// the arguments), so printing through it is safe; the attribute tells the compiler as much.
__attribute__((format(printf, 2, 0))) void logLibraryMessage(void *, const char *format,
                                                             va_list arguments)
{
    char text[512];
    std::vsnprintf(text, sizeof text, format, arguments);
    qWarning("http: %s", HttpServer::escaped(QByteArray(text).trimmed(), 400).constData());
}

// Per connection: how many requests it carried, for the keep-alive limit.
struct ConnectionState
{
    unsigned requests = 0;
};

} // namespace

struct HttpServer::Request
{
    RequestHead head;
    Admission admission;
    QByteArray body;
    qint64 received = 0;
    bool refused = false; // the sink refused the body
    bool answered = false;
    std::optional<Response> afterDrain; // answered once the (discarded) body is in
    QElapsedTimer timer;
};

QByteArray RequestHead::header(const QByteArray &name) const
{
    for (const Header &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QByteArray RequestHead::argument(const QByteArray &name) const
{
    for (const Header &a : arguments) {
        if (a.name == name)
            return a.value;
    }
    return {};
}

HttpServer::HttpServer(ServerOptions options, const TlsCredentials &, Handler &handler)
    : m_options(std::move(options))
    , m_handler(handler)
{}

HttpServer::~HttpServer()
{
    stop();
}

QByteArray HttpServer::escaped(const QByteArray &bytes, qsizetype maxLength)
{
    QByteArray out;
    const qsizetype length = qMin(bytes.size(), maxLength);
    out.reserve(length + 8);
    for (qsizetype i = 0; i < length; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c < 0x20 || c >= 0x7f || c == '\\') {
            static const char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    if (bytes.size() > maxLength)
        out += "...";
    return out;
}

quint16 HttpServer::start(QString *error)
{
    sockaddr_in v4{};
    sockaddr_in6 v6{};
    const sockaddr *address = nullptr;
    unsigned int flags = MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD |
                         MHD_USE_POLL | MHD_USE_TLS | MHD_USE_ERROR_LOG;
    bool v4ok = false;
    const quint32 ipv4 = m_options.address.toIPv4Address(&v4ok);
    if (v4ok) {
        v4.sin_family = AF_INET;
        v4.sin_port = htons(m_options.port);
        v4.sin_addr.s_addr = htonl(ipv4);
        address = reinterpret_cast<const sockaddr *>(&v4);
    } else {
        const Q_IPV6ADDR ipv6 = m_options.address.toIPv6Address();
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(m_options.port);
        std::memcpy(&v6.sin6_addr, &ipv6, sizeof ipv6);
        address = reinterpret_cast<const sockaddr *>(&v6);
        flags |= MHD_USE_IPv6;
    }
    m_daemon = MHD_start_daemon(
        flags, m_options.port, nullptr, nullptr,
        reinterpret_cast<MHD_AccessHandlerCallback>(&HttpServer::access), this,
        MHD_OPTION_EXTERNAL_LOGGER, &logLibraryMessage, nullptr, MHD_OPTION_SOCK_ADDR, address,
        MHD_OPTION_HTTPS_CERT_CALLBACK, TlsCredentials::retrieveFunction(),
        MHD_OPTION_HTTPS_PRIORITIES, TlsCredentials::priorities(), MHD_OPTION_CONNECTION_LIMIT,
        m_options.connectionLimit, MHD_OPTION_PER_IP_CONNECTION_LIMIT, m_options.perAddressLimit,
        MHD_OPTION_CONNECTION_TIMEOUT, m_options.timeoutSeconds, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        m_options.connectionMemory, MHD_OPTION_THREAD_STACK_SIZE, static_cast<size_t>(1024 * 1024),
        MHD_OPTION_NOTIFY_COMPLETED,
        reinterpret_cast<MHD_RequestCompletedCallback>(&HttpServer::completed), this,
        MHD_OPTION_NOTIFY_CONNECTION,
        reinterpret_cast<MHD_NotifyConnectionCallback>(&HttpServer::connectionEvent), this,
        MHD_OPTION_END);
    if (!m_daemon) {
        *error = QStringLiteral("cannot listen on %1:%2")
                     .arg(m_options.address.toString())
                     .arg(m_options.port);
        return 0;
    }
    const MHD_DaemonInfo *info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info ? info->port : m_options.port;
}

void HttpServer::stopListening()
{
    if (m_daemon)
        MHD_quiesce_daemon(m_daemon);
}

void HttpServer::stop()
{
    if (m_daemon) {
        MHD_stop_daemon(m_daemon);
        m_daemon = nullptr;
    }
}

void HttpServer::connectionEvent(void *, MHD_Connection *, void **socketState, int event)
{
    if (event == MHD_CONNECTION_NOTIFY_STARTED)
        *socketState = new ConnectionState;
    else if (event == MHD_CONNECTION_NOTIFY_CLOSED)
        delete static_cast<ConnectionState *>(*socketState);
}

void HttpServer::completed(void *, MHD_Connection *, void **requestState, int)
{
    delete static_cast<Request *>(*requestState);
    *requestState = nullptr;
}

bool HttpServer::queue(MHD_Connection *connection, Request &request, const Response &response)
{
    request.answered = true;
    MHD_Response *reply = MHD_create_response_from_buffer(
        static_cast<size_t>(response.body.size()), const_cast<char *>(response.body.constData()),
        MHD_RESPMEM_MUST_COPY);
    if (!reply)
        return false;
    if (!response.contentType.isEmpty())
        MHD_add_response_header(reply, "Content-Type", response.contentType.constData());
    for (const Header &h : response.headers)
        MHD_add_response_header(reply, h.name.constData(), h.value.constData());
    for (const Header &h : std::as_const(m_options.responseHeaders))
        MHD_add_response_header(reply, h.name.constData(), h.value.constData());
    const MHD_ConnectionInfo *info =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    auto *state = info ? static_cast<ConnectionState *>(info->socket_context) : nullptr;
    if (state && ++state->requests >= m_options.requestsPerConnection)
        MHD_add_response_header(reply, "Connection", "close");
    const bool queued =
        MHD_queue_response(connection, static_cast<unsigned>(response.status), reply) == MHD_YES;
    MHD_destroy_response(reply);
    // One line per request: no token, no body, no client address; ids are random UUIDs.
    QByteArray logPath = request.admission.logPath;
    for (const QByteArray &prefix : std::as_const(m_options.secretPathPrefixes)) {
        if (logPath.isEmpty() && request.head.path.startsWith(prefix))
            logPath = prefix + "<...>";
    }
    qInfo("request %s %s -> %d account=%s %lld ms", escaped(request.head.method, 16).constData(),
          escaped(logPath.isEmpty() ? request.head.path : logPath).constData(), response.status,
          request.admission.logName.isEmpty() ? "-"
                                              : escaped(request.admission.logName, 40).constData(),
          static_cast<long long>(request.timer.elapsed()));
    return queued;
}

int HttpServer::access(void *self, MHD_Connection *connection, const char *url, const char *method,
                       const char *, const char *uploadData, size_t *uploadSize,
                       void **requestState)
{
    auto *server = static_cast<HttpServer *>(self);
    auto *request = static_cast<Request *>(*requestState);
    if (!request) {
        // The headers are in; no byte of the body has been read.
        request = new Request;
        *requestState = request;
        request->timer.start();
        request->head.method = method;
        request->head.path = url;
        MHD_get_connection_values(connection, MHD_HEADER_KIND, &collectHeader,
                                  &request->head.headers);
        MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, &collectHeader,
                                  &request->head.arguments);
        if (const MHD_ConnectionInfo *peer =
                MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
            peer && peer->client_addr)
            request->head.clientAddress = QHostAddress(peer->client_addr);
        const QByteArray length = request->head.header("Content-Length").trimmed();
        bool lengthOk = true;
        if (!length.isEmpty())
            request->head.contentLength = length.toLongLong(&lengthOk);
        request->head.chunked = request->head.header("Transfer-Encoding").contains("chunked");
        if (!lengthOk || request->head.contentLength < 0)
            return server->queue(connection, *request,
                                 plain(400, "bad-request", "Invalid Content-Length."))
                       ? MHD_YES
                       : MHD_NO;
        request->admission = server->m_handler.admit(request->head);
        std::optional<Response> refusal = request->admission.refusal;
        // A body must say how long it is, so that its limit is known before it is read.
        if (!refusal && request->head.chunked)
            refusal = plain(411, "length-required", "A request body needs a Content-Length.");
        if (!refusal && request->head.contentLength > request->admission.bodyLimit)
            refusal =
                plain(413, "too-large", "The request body is larger than this endpoint takes.");
        if (!refusal)
            return MHD_YES;
        if (!request->head.chunked && request->head.contentLength > 0 &&
            request->head.contentLength <= request->admission.drainLimit) {
            request->afterDrain = refusal;
            request->admission.sink.reset();
            return MHD_YES;
        }
        return server->queue(connection, *request, *refusal) ? MHD_YES : MHD_NO;
    }
    if (request->answered)
        return MHD_YES;
    if (request->afterDrain) {
        if (*uploadSize != 0) {
            *uploadSize = 0; // thrown away
            return MHD_YES;
        }
        return server->queue(connection, *request, *request->afterDrain) ? MHD_YES : MHD_NO;
    }
    if (*uploadSize != 0) {
        const auto size = static_cast<qsizetype>(*uploadSize);
        request->received += size;
        if (request->received > request->admission.bodyLimit)
            return MHD_NO; // cannot happen with a checked Content-Length; never buffer past it
        if (!request->refused) {
            if (request->admission.sink)
                request->refused = !request->admission.sink->write(uploadData, size);
            else
                request->body.append(uploadData, size);
        }
        *uploadSize = 0;
        return MHD_YES;
    }
    if (request->admission.sink && !request->refused)
        request->refused = !request->admission.sink->finish();
    const Response response =
        server->m_handler.respond(request->head, request->admission, request->body);
    return server->queue(connection, *request, response) ? MHD_YES : MHD_NO;
}

} // namespace veldboek::http
