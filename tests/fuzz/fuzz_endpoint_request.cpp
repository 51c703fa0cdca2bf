// The endpoint's reading of requests (endpoint/EndpointServer: admit() on the request head,
// respond() on head and body): paths, query strings, headers (Authorization, Content-Type,
// Content-Encoding, Idempotency-Key, If-None-Match, Accept-Language), JSON bodies and
// submission packages, through the real server with its store in a scratch directory. The
// HTTP framing itself is libmicrohttpd's; the handler is called as its connection threads call
// it. Input: "METHOD PATH\n", header lines "Name: value\n", an empty line, the body. "$TOKEN"
// in a header stands for a valid account token.
#include "AccountToken.h"
#include "EndpointServer.h"
#include "EndpointStore.h"
#include "FuzzSupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

using namespace veldboek;

namespace {

struct Endpoint
{
    QTemporaryDir dir;
    QString token = AccountToken::generate();
    std::unique_ptr<EndpointServer> server;
};

Endpoint *startEndpoint()
{
    auto *endpoint = new Endpoint;
    const QString certificate = endpoint->dir.filePath(QStringLiteral("cert.pem"));
    const QString key = endpoint->dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate,
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        qFatal("fuzz_endpoint_request: openssl could not make a certificate");
    ServeOptions options;
    options.store.dataDir = endpoint->dir.filePath(QStringLiteral("store"));
    options.certificateFile = certificate;
    options.keyFile = key;
    options.port = 0;
    options.rateLimitPerMinute = 1 << 30; // the fuzzer asks far faster than any client
    options.maxBodyBytes = 1024 * 1024;
    options.receiveChecks = 1; // uploads checked as they arrive, too (SubmissionSpool)
    QDir().mkpath(options.store.dataDir);
    {
        QString error;
        auto store = EndpointStore::open(options.store, QStringLiteral("fuzz-setup"), &error);
        if (!store ||
            !store->createAccount(QStringLiteral("Zorg Oost"), QStringLiteral("oost"),
                                  QStringLiteral("jeugd"), AccountToken::hash(endpoint->token)))
            qFatal("fuzz_endpoint_request: no store: %s", qPrintable(error));
    }
    endpoint->server = std::make_unique<EndpointServer>(options);
    QString error;
    if (endpoint->server->start(&error) == 0)
        qFatal("fuzz_endpoint_request: the endpoint did not start: %s", qPrintable(error));
    return endpoint;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initialise();
    static Endpoint *endpoint = startEndpoint();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype end = input.indexOf("\n\n");
    if (end < 0)
        end = input.size();
    const QList<QByteArray> lines = input.left(end).split('\n');
    const QByteArray body = input.mid(end + 2);
    http::RequestHead head;
    const QByteArray &first = lines.constFirst();
    const qsizetype space = first.indexOf(' ');
    head.method = space < 0 ? first : first.left(space);
    head.path = space < 0 ? QByteArray("/") : first.mid(space + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        value.replace("$TOKEN", endpoint->token.toLatin1());
        head.headers.append({lines.at(i).left(colon).trimmed(), value});
    }
    head.contentLength = body.size();
    http::Handler &handler = *endpoint->server;
    http::Admission admission = handler.admit(head);
    if (admission.refusal)
        return 0;
    if (body.size() > admission.bodyLimit)
        return 0; // the server cuts such a body off before the handler sees it
    if (admission.sink) {
        bool ok = true;
        for (qsizetype at = 0; ok && at < body.size(); at += 4096)
            ok = admission.sink->write(body.constData() + at,
                                       std::min<qsizetype>(4096, body.size() - at));
        if (ok)
            admission.sink->finish();
        handler.respond(head, admission, QByteArray());
    } else {
        handler.respond(head, admission, body);
    }
    return 0;
}
