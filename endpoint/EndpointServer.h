#pragma once

#include "EndpointStore.h"
#include "RateLimiter.h"
#include "SubmissionWorker.h"
#include "http/HttpServer.h"
#include "http/TlsCredentials.h"
#include "submission/PackageReader.h"
#include "validation/SpecDocument.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>
#include <optional>

namespace veldboek {

struct ServeOptions
{
    StoreLocation store;
    QString certificateFile;
    QString keyFile;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443;
    qint64 maxBodyBytes = 64LL * 1024 * 1024; // as sent (compressed or not)
    PackageLimits limits;                     // what the unpacked package may hold
    int rateLimitPerMinute = 600;
    int correctionCap = 20;   // corrections per delivery period, after the first submission
    int withdrawalDays = 14;  // [assumed] how long a submission may be withdrawn
    int retentionDays = 90;   // how long a package is kept; its report and figures stay
    int shutdownSeconds = 30; // how long SIGTERM waits for the submission in hand
    // How long a worker's claim on a queued submission holds before another process may take it
    // over (its process died); longer than the longest check (SubmissionWorker.h).
    int claimLeaseSeconds = 300;
    // Uploads checked as they arrive, at once (issue 18): each may hold --max-check-mb beside
    // the worker's check, and its receipt waits until its check has caught up with the bytes
    // (docs/endpoint.md). 0 by default: the receipt right after the last byte (issue 12).
    int receiveChecks = 0;
    unsigned connectionLimit = 1000;
    unsigned timeoutSeconds = 30;
    QString specsDirectory; // the specs in force (SpecDirectory); empty: the built-in ones
};

// The reference endpoint: API v1 over HTTPS only (docs/api.md, docs/endpoint.md).
// Connections are libmicrohttpd's, one thread each; every decision that needs the database (who
// is asking, what they may see) is taken in one request thread that owns the store, as before;
// a submission's body goes to a spool file while it is read and checked as a stream; the
// technical check runs in the connection's thread as the body arrives (--receive-checks at a
// time) or else in the worker thread after the receipt. What is decided about submissions
// (duplicates, the correction cap, withdrawal) is SubmissionService's; this class routes and
// answers.
class EndpointServer : public QObject, public http::Handler
{
    Q_OBJECT

public:
    explicit EndpointServer(ServeOptions options, QObject *parent = nullptr);
    ~EndpointServer() override;

    // Opens the store, loads certificate and key, starts the worker and listens. Returns the
    // port (the asked one, or the one the system chose for port 0), or 0 with `error` set.
    quint16 start(QString *error);
    // Re-reads certificate and key (SIGHUP); open connections keep theirs.
    bool reloadCertificate(QString *error);
    // Stops listening, lets the worker finish the submission in hand, and returns when done
    // or when the shutdown time has passed (what was not finished stays queued).
    void shutdown();

private:
    struct Context;
    http::Admission admit(const http::RequestHead &head) override;
    http::Response respond(const http::RequestHead &head, http::Admission &admission,
                           const QByteArray &body) override;
    // Runs `work` in the request thread and waits for it.
    template<typename Work>
    auto inRequestThread(Work work);

    http::Admission admitInRequestThread(const http::RequestHead &head);
    bool allowRequest(const QString &accountId, int *retryAfterSeconds);
    http::Response health(const Account &account);
    http::Response specList();
    http::Response spec(const QString &id, const http::RequestHead &head, const QString &lang);
    http::Response submit(const http::RequestHead &head, const Context &context,
                          class SubmissionSpool &spool);
    // The parts of submit() that refuse a submission, in the connection's thread.
    std::optional<http::Response> refuseUpload(SubmissionSpool &spool, const QString &lang);
    std::optional<http::Response> refusePackage(SubmissionSpool &spool, const QString &lang);
    http::Response submissionList(const Account &account);
    http::Response submission(const QString &id, const Account &account);
    http::Response withdraw(const QString &id, const Account &account);
    http::Response dashboard(const Account &account);
    http::Response addDeletionRequest(const QByteArray &body, const Account &account,
                                      const QString &lang);
    http::Response deletionRequestList(const Account &account);
    // Self-registration links of the asking organisation (EndpointSelfRegRoutes.cpp).
    http::Response createSelfRegLink(const QByteArray &body, const Account &account,
                                     const QString &lang);
    http::Response selfRegLinkList(const Account &account);
    http::Response closeSelfRegLink(const QString &id, const Account &account, const QString &lang);
    http::Response selfRegEntries(const QString &id, const Account &account, const QString &lang);
    http::Response deletePulledEntries(const QString &id, const QByteArray &body,
                                       const Account &account, const QString &lang);

    ServeOptions m_options;
    http::TlsCredentials m_credentials;
    std::unique_ptr<http::HttpServer> m_http;
    QThread m_requestThread;
    QObject *m_requestContext = nullptr;                    // lives in m_requestThread
    std::unique_ptr<EndpointStore> m_store;                 // used in m_requestThread only
    std::unique_ptr<class SubmissionService> m_submissions; // on m_store, in m_requestThread only
    std::unique_ptr<class SelfRegPage> m_selfRegPage;       // in m_requestThread only
    std::unique_ptr<SubmissionWorker> m_worker;
    RateLimiter m_rateLimiter;
    SharedSpecs m_specs; // served at /api/v1/specs and checked with, loaded once by start()
    std::atomic<int> m_uploadChecks{0}; // uploads being checked as they arrive (admit())
};

} // namespace veldboek
