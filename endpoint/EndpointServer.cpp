#include "EndpointServer.h"

#include "AccountToken.h"
#include "ApiResponse.h"
#include "DashboardRelease.h"
#include "EndpointClock.h"
#include "Localization.h"
#include "SelfRegPage.h"
#include "SubmissionService.h"
#include "SubmissionSpool.h"
#include "dashboard/DashboardFigures.h"
#include "validation/SpecLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace veldboek {

namespace {

using http::Response;

using api::error;
using api::json;
using api::languageOf;
using api::text;

// A spec's strong ETag: the SHA-256 of its bytes, so the same file gives the same tag on every
// endpoint and after every restart, and a client can compare it with the hash it stored.
QByteArray etagOf(const SpecDocument &document)
{
    return '"' + document.sha256 + '"';
}

// If-None-Match (RFC 9110 13.1.2): "*" or a comma-separated list of tags; a weak tag (W/"...")
// matches by its opaque part (weak comparison is what the header asks for).
bool ifNoneMatch(const QByteArray &header, const QByteArray &etag)
{
    const QList<QByteArray> tags = header.split(',');
    for (const QByteArray &raw : tags) {
        QByteArray tag = raw.trimmed();
        if (tag == "*")
            return true;
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etag)
            return true;
    }
    return false;
}

Response notFound(const QString &lang)
{
    return error(404, QStringLiteral("not-found"), text(lang, "Niet gevonden.", "Not found."));
}

// The API's routes. A body is allowed where one is expected, and no larger than it needs to be.
enum class Route {
    Unknown,
    Health,
    Specs,
    Spec,
    Submissions,
    Submission,
    Withdraw,
    Dashboard,
    DeletionRequests,
    SelfRegLinks, // a beheerder's self-registration links (EndpointSelfRegRoutes.cpp)
    SelfRegClose,
    SelfRegEntries,
    SelfRegPulled
};

Route routeOf(const QByteArray &path, QString *argument)
{
    if (!path.startsWith("/api/v1/"))
        return Route::Unknown;
    const QList<QByteArray> segments = path.mid(8).split('/');
    const QByteArray first = segments.value(0);
    const auto arg = [&](qsizetype i) {
        *argument = QString::fromUtf8(segments.at(i));
        return !segments.at(i).isEmpty();
    };
    if (segments.size() == 1) {
        if (first == "health")
            return Route::Health;
        if (first == "specs")
            return Route::Specs;
        if (first == "submissions")
            return Route::Submissions;
        if (first == "dashboard")
            return Route::Dashboard;
        if (first == "deletion-requests")
            return Route::DeletionRequests;
    } else if (segments.size() == 2 && arg(1)) {
        if (first == "specs")
            return Route::Spec;
        if (first == "submissions")
            return Route::Submission;
    } else if (segments.size() == 3 && first == "submissions" && segments.at(2) == "withdraw" &&
               arg(1)) {
        return Route::Withdraw;
    }
    if (first == "selfreg" && segments.value(1) == "links") {
        if (segments.size() == 2)
            return Route::SelfRegLinks;
        if (segments.size() == 4 && arg(2)) {
            const QByteArray action = segments.at(3);
            if (action == "close")
                return Route::SelfRegClose;
            if (action == "entries")
                return Route::SelfRegEntries;
            if (action == "pulled")
                return Route::SelfRegPulled;
        }
    }
    return Route::Unknown;
}

bool methodAllowed(Route route, const QByteArray &method)
{
    switch (route) {
    case Route::Submissions:
    case Route::DeletionRequests:
    case Route::SelfRegLinks:
        return method == "GET" || method == "POST";
    case Route::Withdraw:
    case Route::SelfRegClose:
    case Route::SelfRegPulled:
        return method == "POST";
    case Route::Unknown:
        return true; // answered 404
    default:
        return method == "GET";
    }
}

// What the history and the status call show of a submission. The package itself never goes
// back out: the organisation has its register.
QJsonObject submissionJson(const SubmissionRecord &r, bool withReport)
{
    QJsonArray datasets;
    const QJsonArray manifestDatasets = r.manifest.value(QStringLiteral("datasets")).toArray();
    for (const QJsonValue &value : manifestDatasets) {
        const QJsonObject d = value.toObject();
        datasets.append(QJsonObject{{QStringLiteral("spec"), d.value(QStringLiteral("spec"))},
                                    {QStringLiteral("dataset"), d.value(QStringLiteral("dataset"))},
                                    {QStringLiteral("rows"), d.value(QStringLiteral("rows"))}});
    }
    QJsonObject json{{QStringLiteral("id"), r.id},
                     {QStringLiteral("status"), r.status},
                     {QStringLiteral("receivedAt"), r.receivedAt},
                     {QStringLiteral("processedAt"),
                      r.processedAt.isEmpty() ? QJsonValue() : QJsonValue(r.processedAt)},
                     {QStringLiteral("withdrawn"), !r.withdrawnAt.isEmpty()},
                     {QStringLiteral("withdrawnAt"),
                      r.withdrawnAt.isEmpty() ? QJsonValue() : QJsonValue(r.withdrawnAt)},
                     {QStringLiteral("period"), r.period},
                     {QStringLiteral("department"), r.department},
                     {QStringLiteral("contentHash"), r.contentHash},
                     {QStringLiteral("clientVersion"), r.clientVersion},
                     {QStringLiteral("note"), r.note},
                     {QStringLiteral("size"), r.size},
                     {QStringLiteral("datasets"), datasets}};
    if (withReport && !r.report.isEmpty()) {
        json.insert(QStringLiteral("reports"), r.report.value(QStringLiteral("reports")));
        if (r.report.contains(QStringLiteral("problems")))
            json.insert(QStringLiteral("problems"), r.report.value(QStringLiteral("problems")));
    }
    return json;
}

// The answer to a package SubmissionService took (or found already taken), or refused.
Response acceptedResponse(const SubmissionService::Accepted &result, const QString &lang,
                          int correctionCap)
{
    const SubmissionRecord &r = result.record;
    switch (result.outcome) {
    case SubmissionService::Acceptance::Accepted:
    case SubmissionService::Acceptance::Duplicate:
        return json(
            {{QStringLiteral("id"), r.id},
             {QStringLiteral("status"), r.status},
             {QStringLiteral("contentHash"), r.contentHash},
             {QStringLiteral("duplicate"),
              result.outcome == SubmissionService::Acceptance::Duplicate},
             {QStringLiteral("url"), QString(QStringLiteral("/api/v1/submissions/") + r.id)}},
            202);
    case SubmissionService::Acceptance::CorrectionCapReached:
        return error(409, QStringLiteral("correction-cap"),
                     text(lang,
                          "In deze periode zijn al %1 correcties ingestuurd; meer kan pas in "
                          "de volgende periode.",
                          "%1 corrections were already submitted in this period; more have "
                          "to wait for the next period.")
                         .arg(correctionCap));
    case SubmissionService::Acceptance::StorageFailed:
        break;
    }
    return error(500, QStringLiteral("storage"),
                 text(lang, "Het pakket kon niet worden opgeslagen; probeer het later opnieuw.",
                      "The package could not be stored; try again later."));
}

} // namespace

// What admit() learnt about a request, carried to respond().
struct EndpointServer::Context
{
    Account account;
    QString lang;
    Route route = Route::Unknown;
    QString argument;
};

EndpointServer::EndpointServer(ServeOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_credentials(m_options.certificateFile, m_options.keyFile)
    , m_rateLimiter(m_options.rateLimitPerMinute)
{
    m_requestThread.setObjectName(QStringLiteral("veldboek-requests"));
}

EndpointServer::~EndpointServer()
{
    if (m_http)
        m_http->stop();
    if (m_requestContext) {
        QMetaObject::invokeMethod(
            m_requestContext,
            [this]() {
                // The monthly release's timer (DashboardRelease, a child of the context) writes
                // to the store: it goes before the store, or it may fire in between (a use after
                // free under ASan in tst_dashboardrelease, at shutdown).
                qDeleteAll(m_requestContext->findChildren<QObject *>(Qt::FindDirectChildrenOnly));
                m_submissions.reset();
                m_store.reset();
            },
            Qt::BlockingQueuedConnection);
        m_requestContext->deleteLater();
        m_requestThread.quit();
        m_requestThread.wait();
    }
    if (m_worker) {
        m_worker->stop();
        m_worker->wait();
    }
}

template<typename Work>
auto EndpointServer::inRequestThread(Work work)
{
    std::optional<decltype(work())> result;
    QMetaObject::invokeMethod(
        m_requestContext, [&]() { result.emplace(work()); }, Qt::BlockingQueuedConnection);
    return std::move(*result);
}

bool EndpointServer::reloadCertificate(QString *errorText)
{
    return m_credentials.reload(errorText);
}

quint16 EndpointServer::start(QString *errorText)
{
    if (!m_credentials.reload(errorText))
        return 0;
    // The specs in force: a directory the administrator deployed (checked before with
    // `veldboek-endpoint specs check DIR`), or the built-in ones. One bad file stops the start:
    // serving half a deployment would make clients check with rules nobody meant.
    SpecError specError;
    if (!m_options.specsDirectory.isEmpty()) {
        std::optional<QList<SpecDocument>> loaded =
            SpecDirectory::load(m_options.specsDirectory, &specError);
        if (!loaded) {
            *errorText = QStringLiteral("--specs: ") + specError.toString();
            return 0;
        }
        m_specs = std::make_shared<const QList<SpecDocument>>(std::move(*loaded));
    } else {
        QList<SpecDocument> builtin = SpecDirectory::builtin(&specError);
        if (builtin.isEmpty()) {
            *errorText = QStringLiteral("embedded specs unusable: ") + specError.toString();
            return 0;
        }
        m_specs = std::make_shared<const QList<SpecDocument>>(std::move(builtin));
    }
    // Spooled uploads and kept packages live beside the database, readable by this account only.
    for (const QString &dir : {m_options.store.dataDir, EndpointStore::spoolDir(m_options.store),
                               EndpointStore::packageDir(m_options.store)}) {
        if (!QDir().mkpath(dir) ||
            !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            *errorText = QStringLiteral("cannot create the directory ") + dir;
            return 0;
        }
    }
    // Uploads cut off by a crash are no submissions: what is left in the spool goes.
    const QStringList leftovers =
        QDir(EndpointStore::spoolDir(m_options.store)).entryList(QDir::Files);
    for (const QString &name : leftovers)
        QFile::remove(QDir(EndpointStore::spoolDir(m_options.store)).filePath(name));

    m_requestContext = new QObject;
    m_requestContext->moveToThread(&m_requestThread);
    m_requestThread.start();
    const QString storeError = inRequestThread([this]() {
        QString e;
        m_store = EndpointStore::open(m_options.store, QStringLiteral("veldboek-server"), &e);
        if (!m_store)
            return e;
        // The worker starts after the listener; a submission accepted before then is queued
        // in the store and found by the worker when it starts.
        m_submissions = std::make_unique<SubmissionService>(
            SubmissionService::Policy{m_options.store, m_options.correctionCap,
                                      m_options.withdrawalDays, m_options.claimLeaseSeconds},
            *m_store, [this]() {
                if (m_worker)
                    m_worker->wake();
            });
        m_selfRegPage = std::make_unique<SelfRegPage>(*m_store, m_specs);
        return QString();
    });
    if (!storeError.isEmpty()) {
        *errorText = storeError;
        return 0;
    }
    // Cluster figures are released monthly (DashboardRelease); its timer lives in the request
    // thread, beside the store it writes to.
    inRequestThread(
        [this]() { return DashboardRelease::startMonthly(*m_store, m_requestContext); });

    http::ServerOptions http;
    http.address = m_options.address;
    http.port = m_options.port;
    http.connectionLimit = m_options.connectionLimit;
    http.timeoutSeconds = m_options.timeoutSeconds;
    http.secretPathPrefixes = {"/r/", "/api/v1/selfreg/links/"};
    // Reports and figures are about people's care: no cache may keep them.
    http.responseHeaders = {{"Cache-Control", "no-store"},
                            {"X-Content-Type-Options", "nosniff"},
                            {"Strict-Transport-Security", "max-age=31536000"}};
    m_http = std::make_unique<http::HttpServer>(http, m_credentials, *this);
    const quint16 port = m_http->start(errorText);
    if (port == 0)
        return 0;
    m_worker = std::make_unique<SubmissionWorker>(m_options.store, m_options.limits,
                                                  m_options.retentionDays,
                                                  m_options.claimLeaseSeconds, m_specs);
    m_worker->start();
    const qsizetype queued =
        inRequestThread([this]() { return m_store->queuedSubmissions().size(); });
    qInfo("endpoint: listening on https://%s:%u, store %s, %lld submission(s) queued",
          qUtf8Printable(m_options.address.toString()), port,
          qUtf8Printable(m_options.store.describe()), static_cast<long long>(queued));
    return port;
}

void EndpointServer::shutdown()
{
    if (m_http)
        m_http->stopListening();
    if (!m_worker)
        return;
    m_worker->stop();
    if (!m_worker->wait(QDeadlineTimer(m_options.shutdownSeconds * 1000LL))) {
        // The check in hand did not finish in time. Nothing of it was written, so it is still
        // queued and will be checked after the restart; end without waiting for it.
        qWarning("endpoint: shutdown timed out; the submission in hand stays queued");
        std::_Exit(0);
    }
    if (m_http)
        m_http->stop();
    qInfo("endpoint: stopped");
}

http::Admission EndpointServer::admit(const http::RequestHead &head)
{
    // The self-registration page needs no login: SelfRegPage decides on its own requests.
    if (SelfRegPage::handles(head.path))
        return inRequestThread([&]() { return m_selfRegPage->admit(head); });
    http::Admission admission = inRequestThread([&]() { return admitInRequestThread(head); });
    if (admission.refusal)
        return admission;
    const auto &context = std::any_cast<const Context &>(admission.state);
    if (context.route == Route::Submissions && head.method == "POST") {
        const bool gzip = head.header("Content-Encoding").trimmed().toLower() == "gzip";
        auto spool = std::make_unique<SubmissionSpool>(EndpointStore::spoolDir(m_options.store),
                                                       head.header("Content-Type").trimmed(), gzip,
                                                       m_options.limits, context.lang);
        QString spoolError;
        if (!spool->open(&spoolError)) {
            qWarning("endpoint: cannot spool an upload: %s", qUtf8Printable(spoolError));
            admission.refusal =
                error(503, QStringLiteral("storage"),
                      text(context.lang,
                           "Het pakket kan nu niet worden ontvangen; probeer het later opnieuw.",
                           "The package cannot be received now; try again later."));
            return admission;
        }
        // Up to --receive-checks uploads at a time are checked as they arrive, each beside
        // the worker's check with its own --max-check-mb (docs/endpoint.md). The others are
        // checked by the worker after their receipt, as before.
        int running = m_uploadChecks.load();
        while (running < m_options.receiveChecks &&
               !m_uploadChecks.compare_exchange_weak(running, running + 1)) {
        }
        if (running < m_options.receiveChecks)
            spool->checkWhileReading(std::make_unique<SubmissionCheck>(
                                         context.lang, QDateTime::currentDateTimeUtc().date(),
                                         m_options.limits.maxTableBytes, m_specs),
                                     [this]() { m_uploadChecks.fetch_sub(1); });
        admission.sink = std::move(spool);
        admission.bodyLimit = m_options.maxBodyBytes;
    }
    return admission;
}

// Who is asking and whether they may: decided from the headers alone, before the body.
http::Admission EndpointServer::admitInRequestThread(const http::RequestHead &head)
{
    http::Admission admission;
    Context context;
    context.lang = languageOf(head);
    const QString &lang = context.lang;
    const QByteArray authorization = head.header("Authorization").trimmed();
    std::optional<Account> account;
    if (authorization.startsWith("Bearer ") && authorization.size() < 512) {
        const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
        account = m_store->accountByTokenHash(AccountToken::hash(token));
    }
    if (!account) {
        Response unauthorized =
            error(401, QStringLiteral("unauthorized"),
                  text(lang, "Geen geldig token: controleer het token van dit account.",
                       "No valid token: check this account's token."));
        unauthorized.headers.append(http::Header{"WWW-Authenticate", "Bearer realm=\"veldboek\""});
        admission.refusal = unauthorized;
        return admission;
    }
    admission.logName = account->id.left(8).toLatin1();
    int retryAfter = 0;
    if (!allowRequest(account->id, &retryAfter)) {
        Response limited =
            error(429, QStringLiteral("rate-limited"),
                  text(lang, "Te veel verzoeken; probeer het over %1 seconden opnieuw.",
                       "Too many requests; try again in %1 seconds.")
                      .arg(retryAfter));
        limited.headers.append(http::Header{"Retry-After", QByteArray::number(retryAfter)});
        admission.refusal = limited;
        return admission;
    }
    context.account = *account;
    context.route = routeOf(head.path, &context.argument);
    // A link id is the secret of its address (docs/api.md): the request log names none.
    if (head.path.startsWith("/api/v1/selfreg/links/")) {
        const qsizetype action = head.path.indexOf('/', 22); // after the id
        admission.logPath = QByteArrayLiteral("/api/v1/selfreg/links/<link>") +
                            (action < 0 ? QByteArray() : head.path.mid(action));
    }
    if (context.route == Route::Unknown) {
        admission.refusal = notFound(lang);
        return admission;
    }
    if (!methodAllowed(context.route, head.method)) {
        admission.refusal =
            error(405, QStringLiteral("method-not-allowed"),
                  text(lang, "Deze methode kan hier niet.", "This method is not allowed here."));
        return admission;
    }
    if (context.route == Route::Submissions && head.method == "POST") {
        const QByteArray contentType = head.header("Content-Type").trimmed();
        const QByteArray encoding = head.header("Content-Encoding").trimmed().toLower();
        if (!contentType.toLower().startsWith(SubmissionPackage::mediaType()) ||
            !(encoding.isEmpty() || encoding == "identity" || encoding == "gzip")) {
            admission.refusal = error(
                415, QStringLiteral("unsupported-media-type"),
                text(lang, "Een pakket is multipart/mixed, eventueel met Content-Encoding gzip.",
                     "A package is multipart/mixed, optionally with Content-Encoding gzip."));
            return admission;
        }
        // A known account's package that is too large is read to its end and thrown away (up to
        // twice the limit), so the app can show the 413's message instead of a broken upload.
        admission.drainLimit = 2 * m_options.maxBodyBytes;
        if (head.contentLength > m_options.maxBodyBytes) {
            admission.refusal = error(413, QStringLiteral("too-large"),
                                      text(lang, "Het pakket is groter dan %1 bytes.",
                                           "The package is larger than %1 bytes.")
                                          .arg(m_options.maxBodyBytes));
            return admission;
        }
    } else if (context.route == Route::DeletionRequests && head.method == "POST") {
        admission.bodyLimit = 16 * 1024;
    } else if (context.route == Route::SelfRegLinks || context.route == Route::SelfRegPulled) {
        admission.bodyLimit = 64 * 1024; // a public key; or the ids of at most 500 entries
    }
    admission.state = context;
    return admission;
}

// In the request thread. On PostgreSQL the window is a row every endpoint process counts in
// (EndpointStore::countRequest), so the limit holds behind a load balancer; on SQLite, one
// process, it stays in memory (RateLimiter), which costs no write per request.
bool EndpointServer::allowRequest(const QString &accountId, int *retryAfterSeconds)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const int perMinute = m_options.rateLimitPerMinute;
    if (!m_options.store.isPostgres() || perMinute <= 0)
        return m_rateLimiter.allow(accountId, nowMs, retryAfterSeconds);
    const std::optional<EndpointStore::RequestCount> count =
        m_store->countRequest(accountId, nowMs);
    if (!count) {
        // The database is away: this process's own window stands in meanwhile.
        qWarning("endpoint: rate limit not counted in the database: %s",
                 qUtf8Printable(m_store->lastError()));
        return m_rateLimiter.allow(accountId, nowMs, retryAfterSeconds);
    }
    if (count->requests <= perMinute)
        return true;
    *retryAfterSeconds =
        static_cast<int>(qMax<qint64>(1, (count->windowStartMs + 60 * 1000 - nowMs + 999) / 1000));
    return false;
}

Response EndpointServer::respond(const http::RequestHead &head, http::Admission &admission,
                                 const QByteArray &body)
{
    if (SelfRegPage::handles(head.path))
        return inRequestThread([&]() { return m_selfRegPage->respond(head, body); });
    const auto &context = std::any_cast<const Context &>(admission.state);
    if (context.route == Route::Submissions && head.method == "POST")
        return submit(head, context, *static_cast<SubmissionSpool *>(admission.sink.get()));
    return inRequestThread([&]() -> Response {
        const Account &account = context.account;
        switch (context.route) {
        case Route::Health:
            return health(account);
        case Route::Specs:
            return specList();
        case Route::Spec:
            return spec(context.argument, head, context.lang);
        case Route::Submissions:
            return submissionList(account);
        case Route::Submission:
            return submission(context.argument, account);
        case Route::Withdraw:
            return withdraw(context.argument, account);
        case Route::Dashboard:
            return dashboard(account);
        case Route::DeletionRequests:
            return head.method == "POST" ? addDeletionRequest(body, account, context.lang)
                                         : deletionRequestList(account);
        case Route::SelfRegLinks:
            return head.method == "POST" ? createSelfRegLink(body, account, context.lang)
                                         : selfRegLinkList(account);
        case Route::SelfRegClose:
            return closeSelfRegLink(context.argument, account, context.lang);
        case Route::SelfRegEntries:
            return selfRegEntries(context.argument, account, context.lang);
        case Route::SelfRegPulled:
            return deletePulledEntries(context.argument, body, account, context.lang);
        case Route::Unknown:
            break;
        }
        return notFound(context.lang);
    });
}

Response EndpointServer::specList()
{
    QJsonArray specs;
    for (const SpecDocument &document : std::as_const(*m_specs)) {
        specs.append(QJsonObject{
            {QStringLiteral("id"), document.spec.id},
            {QStringLiteral("version"), document.spec.version},
            {QStringLiteral("etag"), QString::fromLatin1(etagOf(document))},
            {QStringLiteral("sha256"), QString::fromLatin1(document.sha256)},
            {QStringLiteral("url"), QString(QStringLiteral("/api/v1/specs/") + document.spec.id)}});
    }
    return json({{QStringLiteral("specs"), specs}});
}

Response EndpointServer::spec(const QString &id, const http::RequestHead &head, const QString &lang)
{
    for (const SpecDocument &document : std::as_const(*m_specs)) {
        if (document.spec.id != id)
            continue;
        const QByteArray etag = etagOf(document);
        if (ifNoneMatch(head.header("If-None-Match"), etag))
            return {304, {}, {}, {{"ETag", etag}}};
        return {200, QByteArrayLiteral("application/json"), document.bytes, {{"ETag", etag}}};
    }
    return notFound(lang);
}

// In the connection's thread: the body was read and checked as it came in (SubmissionSpool);
// what needs the database is done in the request thread.
Response EndpointServer::submit(const http::RequestHead &head, const Context &context,
                                SubmissionSpool &spool)
{
    const QString &lang = context.lang;
    if (std::optional<Response> refused = refuseUpload(spool, lang))
        return *refused;
    if (std::optional<Response> refused = refusePackage(spool, lang))
        return *refused;
    const ReadPackage &package = *spool.package();
    const QString &hash = package.contentHash;
    const QByteArray key = head.header("Idempotency-Key").trimmed().toLower();
    if (!key.isEmpty() && QString::fromLatin1(key) != hash)
        return error(422, QStringLiteral("idempotency-key"),
                     text(lang,
                          "De Idempotency-Key is niet de SHA-256 van het pakket: het pakket is "
                          "onderweg veranderd.",
                          "The Idempotency-Key is not the package's SHA-256: the package changed "
                          "on the way."));
    // The file goes into place here, in the connection's thread: syncing a large package to
    // disk must not hold up the request thread, which every other client needs.
    const QString id = EndpointStore::newId();
    const QString path = EndpointStore::packagePath(m_options.store, id, spool.gzip());
    if (!spool.keepAs(path)) {
        qWarning("endpoint: a package could not be kept (disk full?)");
        return error(503, QStringLiteral("storage"),
                     text(lang, "Het pakket kon niet worden opgeslagen; probeer het later opnieuw.",
                          "The package could not be stored; try again later."));
    }
    return inRequestThread([&]() -> Response {
        const SubmissionService::Accepted result = m_submissions->accept(
            context.account, package, id, path, spool.size(), lang,
            head.header("Content-Type").trimmed(), spool.checked() ? &*spool.checked() : nullptr);
        return acceptedResponse(result, lang, m_options.correctionCap);
    });
}

// Why the upload itself is refused (too large, not gzip, a zip bomb, not stored), if it is.
std::optional<Response> EndpointServer::refuseUpload(SubmissionSpool &spool, const QString &lang)
{
    // A reader that stopped while the body came in has its problems only after finish(), which
    // HttpServer skips for a body a write refused: the package was then read from an empty
    // optional below (found by tests/fuzz/fuzz_endpoint_request).
    if (spool.outcome() == SubmissionSpool::Outcome::Invalid && !spool.package() &&
        spool.problems().isEmpty())
        spool.finish();
    switch (spool.outcome()) {
    case SubmissionSpool::Outcome::TooLarge:
    case SubmissionSpool::Outcome::NotGzip:
        return error(413, QStringLiteral("too-large"),
                     text(lang, "Het pakket is geen gzip of uitgepakt groter dan %1 bytes.",
                          "The package is not gzip or larger than %1 bytes unpacked.")
                         .arg(m_options.limits.maxPackageBytes));
    case SubmissionSpool::Outcome::Bomb:
        return error(413, QStringLiteral("limit"),
                     text(lang,
                          "Het pakket pakt meer dan %1 keer zo groot uit als verzonden: zo ziet "
                          "geen register eruit.",
                          "The package unpacks to more than %1 times its size as sent: no "
                          "register looks like that.")
                         .arg(m_options.limits.maxCompressionRatio));
    case SubmissionSpool::Outcome::StorageFailed:
    case SubmissionSpool::Outcome::Pending:
        qWarning("endpoint: an upload could not be spooled (disk full?)");
        return error(503, QStringLiteral("storage"),
                     text(lang, "Het pakket kon niet worden opgeslagen; probeer het later opnieuw.",
                          "The package could not be stored; try again later."));
    case SubmissionSpool::Outcome::Invalid:
    case SubmissionSpool::Outcome::Read:
        break;
    }
    return std::nullopt;
}

// Why the package read from the upload is refused (its problems, or its headers'), if it is.
std::optional<Response> EndpointServer::refusePackage(SubmissionSpool &spool, const QString &lang)
{
    QList<PackageProblem> problems = spool.problems();
    if (spool.package()) {
        SubmissionCheck headers(lang, QDate::currentDate(), 256LL * 1024 * 1024, m_specs);
        headers.checkHeaders(*spool.package(), &problems);
    }
    if (!problems.isEmpty()) {
        QJsonArray list;
        for (const PackageProblem &problem : std::as_const(problems))
            list.append(problem.toJson());
        const bool limit = problems.first().code == QLatin1String("limit");
        return error(limit ? 413 : 422,
                     limit ? QStringLiteral("limit") : QStringLiteral("invalid-package"),
                     problems.first().message,
                     {{QStringLiteral("report"),
                       QJsonObject{{QStringLiteral("status"), QStringLiteral("rejected")},
                                   {QStringLiteral("problems"), list}}}});
    }
    if (!spool.package()) // never without a problem above; never read as a package either
        return error(
            422, QStringLiteral("invalid-package"),
            text(lang, "Het pakket kon niet worden gelezen.", "The package could not be read."));
    return std::nullopt;
}

Response EndpointServer::health(const Account &account)
{
    return json({{QStringLiteral("status"), QStringLiteral("ok")},
                 {QStringLiteral("api"), 1},
                 {QStringLiteral("organisation"), account.organisation},
                 {QStringLiteral("department"), account.department},
                 {QStringLiteral("cluster"), account.cluster},
                 {QStringLiteral("time"), EndpointStore::now()}});
}

Response EndpointServer::submissionList(const Account &account)
{
    QJsonArray list;
    const SubmissionService::History history = m_submissions->history(account);
    for (const SubmissionRecord &r : history.records) {
        QJsonObject entry = submissionJson(r, false);
        // The history shows the outcome per dataset without the rule details.
        QJsonArray outcomes;
        const QJsonArray reports = r.report.value(QStringLiteral("reports")).toArray();
        for (const QJsonValue &report : reports) {
            const QJsonObject o = report.toObject();
            outcomes.append(
                QJsonObject{{QStringLiteral("spec"), o.value(QStringLiteral("spec"))},
                            {QStringLiteral("status"), o.value(QStringLiteral("status"))}});
        }
        entry.insert(QStringLiteral("outcomes"), outcomes);
        list.append(entry);
    }
    return json({{QStringLiteral("submissions"), list},
                 {QStringLiteral("correctionCap"), m_options.correctionCap},
                 {QStringLiteral("period"), history.period},
                 {QStringLiteral("submissionsThisPeriod"), history.submissionsThisPeriod}});
}

Response EndpointServer::submission(const QString &id, const Account &account)
{
    const SubmissionService::Lookup lookup = m_submissions->find(id, account);
    if (!lookup.record)
        return notFound(lookup.language);
    return json(submissionJson(*lookup.record, true));
}

Response EndpointServer::withdraw(const QString &id, const Account &account)
{
    const SubmissionService::Withdrawn result = m_submissions->withdraw(id, account);
    if (!result.record)
        return notFound(QStringLiteral("nl"));
    const QString lang = result.record->language;
    switch (result.outcome) {
    case SubmissionService::Withdrawal::Withdrawn:
        return json(submissionJson(*result.record, true));
    case SubmissionService::Withdrawal::WindowClosed:
        return error(409, QStringLiteral("withdrawal-window-closed"),
                     text(lang, "Een inzending kan tot %1 dagen na ontvangst worden ingetrokken.",
                          "A submission can be withdrawn up to %1 days after it came in.")
                         .arg(m_options.withdrawalDays));
    case SubmissionService::Withdrawal::AlreadyWithdrawn:
    case SubmissionService::Withdrawal::NotFound:
        break;
    }
    return error(
        409, QStringLiteral("already-withdrawn"),
        text(lang, "Deze inzending is al ingetrokken.", "This submission was already withdrawn."));
}

Response EndpointServer::dashboard(const Account &account)
{
    // Own figures live, from the organisation's own newest approved submissions; the cluster's
    // as the newest release has them (DashboardRelease), unchanged until the next one.
    DashboardTally own;
    const QList<SourceTally> sources = m_store->newestApprovedTallies(account.cluster);
    for (const SourceTally &source : sources) {
        if (source.organisationId == account.organisationId)
            own.merge(DashboardTally::fromJson(source.tally));
    }
    std::optional<QDateTime> lastApproved;
    if (const auto last = m_store->lastApproved(account.organisationId))
        lastApproved = QDateTime::fromString(*last, Qt::ISODateWithMs);
    QJsonObject figures = DashboardFigures::dashboard(
        own, DashboardRelease::clusterFor(*m_store, account.organisationId, account.cluster),
        lastApproved, EndpointClock::now());
    // "own" and "cluster" are the two sides; who they are goes under "account".
    figures.insert(QStringLiteral("account"),
                   QJsonObject{{QStringLiteral("organisation"), account.organisation},
                               {QStringLiteral("department"), account.department},
                               {QStringLiteral("cluster"), account.cluster}});
    return json(figures);
}

} // namespace veldboek
