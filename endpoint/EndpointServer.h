#pragma once

#include "EndpointStore.h"
#include "RateLimiter.h"
#include "SubmissionWorker.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <functional>
#include <memory>

namespace veldboek {

struct ServeOptions
{
    StoreLocation store;
    QString certificateFile;
    QString keyFile;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443;
    qint64 maxBodyBytes = 64LL * 1024 * 1024;     // compressed as sent
    qint64 maxPackageBytes = 512LL * 1024 * 1024; // after gunzip
    int rateLimitPerMinute = 600;
    int correctionCap = 20;   // corrections per delivery period, after the first submission
    int withdrawalDays = 14;  // [assumed] how long a submission may be withdrawn
    int shutdownSeconds = 30; // how long SIGTERM waits for the submission in hand
};

// The reference endpoint: API v1 of DESIGN.md over HTTPS only (docs/api.md).
class EndpointServer : public QObject
{
    Q_OBJECT

public:
    explicit EndpointServer(ServeOptions options, QObject *parent = nullptr);
    ~EndpointServer() override;

    // Opens the store, loads certificate and key, starts the worker and listens. Returns the
    // port (the asked one, or the one the system chose for port 0), or 0 with `error` set.
    quint16 start(QString *error);
    // Stops listening, lets the worker finish the submission in hand, and returns when done
    // or when the shutdown time has passed (what was not finished stays queued).
    void shutdown();

private:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &, const Account &)>;
    QHttpServerResponse handle(const QHttpServerRequest &request,
                               QHttpServerRequest::Methods methods, const Handler &handler);
    void registerRoutes();

    QHttpServerResponse health(const Account &account);
    QHttpServerResponse specList(const QHttpServerRequest &request);
    QHttpServerResponse spec(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse submit(const QHttpServerRequest &request, const Account &account);
    QHttpServerResponse submissionList(const Account &account);
    QHttpServerResponse submission(const QString &id, const Account &account);
    QHttpServerResponse withdraw(const QString &id, const Account &account);
    QHttpServerResponse dashboard(const Account &account);
    QHttpServerResponse addDeletionRequest(const QHttpServerRequest &request,
                                           const Account &account);
    QHttpServerResponse deletionRequestList(const Account &account);

    ServeOptions m_options;
    QHttpServer m_server;
    std::unique_ptr<EndpointStore> m_store;
    std::unique_ptr<SubmissionWorker> m_worker;
    RateLimiter m_rateLimiter;
    struct SpecFile
    {
        QString id;
        QString version;
        QByteArray json;
        QByteArray etag;
    };
    QList<SpecFile> m_specs;
};

} // namespace veldboek
