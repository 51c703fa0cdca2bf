#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <any>
#include <memory>
#include <optional>

struct MHD_Daemon;
struct MHD_Connection;

namespace veldboek::http {

class TlsCredentials;

struct Header
{
    QByteArray name;
    QByteArray value;
};

// What is known of a request once its headers are in, before one byte of its body is read.
struct RequestHead
{
    QByteArray method;
    QByteArray path; // percent-decoded by the server: may hold any byte, so escape it to log it
    QList<Header> headers;
    qint64 contentLength = 0; // 0 when the request announces no body
    bool chunked = false;     // Transfer-Encoding: chunked (refused: a body needs a length)
    QList<Header> arguments;  // the query string's, percent-decoded (`?lang=en`)
    // The peer of the connection, for limits per address only (endpoint/SelfRegPage.cpp): never
    // logged, never stored. Behind a reverse proxy it is the proxy's (docs/api.md).
    QHostAddress clientAddress;

    QByteArray header(const QByteArray &name) const;   // case-insensitive; empty when absent
    QByteArray argument(const QByteArray &name) const; // case-sensitive; empty when absent
};

struct Response
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<Header> headers;
};

// Receives a request body as it arrives, in the connection's own thread. write() returning false
// marks the body as refused; the handler learns it through failed().
class BodySink
{
public:
    virtual ~BodySink() = default;
    virtual bool write(const char *data, qsizetype size) = 0;
    virtual bool finish() = 0; // the whole body arrived
};

// The handler's decision on a request head: refuse it at once (the body is never read, the
// connection is closed after the answer), or take a body of at most `bodyLimit` bytes, into
// `sink` or, without a sink, into memory.
struct Admission
{
    std::optional<Response> refusal;
    qint64 bodyLimit = 0;
    std::unique_ptr<BodySink> sink;
    std::any state;     // the handler's own, e.g. the authenticated account
    QByteArray logName; // who asked, for the request log (never a token or an address)
    // The path as the request log may show it, when the path itself holds a secret (the link
    // id of a self-registration page, endpoint/SelfRegPage.cpp); empty: the path as asked.
    QByteArray logPath;
    // A refused body up to this size is read and thrown away before the answer, so that a client
    // still sending gets the answer, not a reset connection; a larger one is cut off at once.
    qint64 drainLimit = 1024 * 1024;
};

// The application behind the server. Both calls come from connection threads, many at a time:
// an implementation hands them to its own thread when it needs one.
class Handler
{
public:
    virtual ~Handler() = default;
    virtual Admission admit(const RequestHead &head) = 0;
    virtual Response respond(const RequestHead &head, Admission &admission,
                             const QByteArray &body) = 0;
};

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443;
    unsigned connectionLimit = 1000;
    unsigned perAddressLimit = 0;          // 0: none (behind a load balancer all share one)
    unsigned timeoutSeconds = 30;          // idle time before a connection is closed
    size_t connectionMemory = 64 * 1024;   // request line and headers must fit in about half
    unsigned requestsPerConnection = 1000; // keep-alive: then "Connection: close"
    QList<Header> responseHeaders;         // added to every answer
    // Paths under these hold a secret (a self-registration link's id): a request refused before
    // the handler named its path for the log (Admission::logPath) is logged as prefix + "<...>".
    QList<QByteArray> secretPathPrefixes;
};

// An HTTPS server on GNU libmicrohttpd (docs/endpoint.md says why not Qt HTTP Server 6.4): one
// thread per connection, so a slow or large upload never holds up another client; limits on
// headers, connections and idle time are the library's; a body is admitted or refused from its
// headers before it is read.
class HttpServer
{
public:
    // The handshakes take the certificate `credentials` made current last (TlsCredentials.h: the
    // library's callback has no user pointer); they must outlive the server.
    HttpServer(ServerOptions options, const TlsCredentials &credentials, Handler &handler);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Returns the port listened on (the system's choice for port 0), or 0 with `error` set.
    quint16 start(QString *error);
    void stopListening(); // new connections are refused; open ones finish
    void stop();          // closes every connection and joins their threads

    // One line per request: control characters and non-ASCII bytes of anything the client sent
    // are written as \xNN, so a request cannot forge a line of the log.
    static QByteArray escaped(const QByteArray &bytes, qsizetype maxLength = 200);

private:
    struct Request;
    static int access(void *self, MHD_Connection *connection, const char *url, const char *method,
                      const char *version, const char *uploadData, size_t *uploadSize,
                      void **requestState);
    static void completed(void *self, MHD_Connection *connection, void **requestState, int reason);
    static void connectionEvent(void *self, MHD_Connection *connection, void **socketState,
                                int event);
    bool queue(MHD_Connection *connection, Request &request, const Response &response);

    ServerOptions m_options;
    Handler &m_handler;
    MHD_Daemon *m_daemon = nullptr;
};

} // namespace veldboek::http
