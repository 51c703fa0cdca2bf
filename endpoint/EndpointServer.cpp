#include "EndpointServer.h"

#include "AccountToken.h"
#include "DashboardRelease.h"
#include "dashboard/DashboardFigures.h"
#include "validation/SpecLoader.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>

namespace veldboek {

namespace {

using Status = QHttpServerResponse::StatusCode;

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString language(const QHttpServerRequest &request)
{
    return header(request, "Accept-Language").trimmed().toLower().startsWith("en")
               ? QStringLiteral("en")
               : QStringLiteral("nl");
}

QString text(const QString &lang, const char *nl, const char *en)
{
    return QString::fromUtf8(lang == QLatin1String("en") ? en : nl);
}

QHttpServerResponse json(const QJsonObject &body, Status status = Status::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse error(Status status, const QString &code, const QString &message,
                          QJsonObject extra = {})
{
    extra.insert(QStringLiteral("error"), code);
    extra.insert(QStringLiteral("message"), message);
    return json(extra, status);
}

QHttpServerResponse notFound(const QString &lang)
{
    return error(Status::NotFound, QStringLiteral("not-found"),
                 text(lang, "Niet gevonden.", "Not found."));
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

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

QString currentPeriod()
{
    return DashboardFigures::periodStart(QDateTime::currentDateTimeUtc().date())
        .toString(QStringLiteral("yyyy-MM"));
}

} // namespace

EndpointServer::EndpointServer(ServeOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_rateLimiter(m_options.rateLimitPerMinute)
{}

EndpointServer::~EndpointServer()
{
    if (m_worker) {
        m_worker->stop();
        m_worker->wait();
    }
}

quint16 EndpointServer::start(QString *errorText)
{
    m_store = EndpointStore::open(m_options.store, QStringLiteral("veldboek-server"), errorText);
    if (!m_store)
        return 0;
    DashboardRelease::startMonthly(*m_store, this); // cluster figures, released monthly

    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_options.certificateFile);
    if (chain.isEmpty()) {
        *errorText = QStringLiteral("no certificate in ") + m_options.certificateFile;
        return 0;
    }
    QFile keyFile(m_options.keyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *errorText = QStringLiteral("cannot read the key ") + m_options.keyFile;
        return 0;
    }
    const QByteArray keyBytes = keyFile.readAll();
    QSslKey key(keyBytes, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Ec);
    if (key.isNull()) {
        *errorText = QStringLiteral("no RSA or EC private key in ") + m_options.keyFile;
        return 0;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(chain.first());
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    // Set before listen(): every connection of this server is TLS; there is no plain listener.
    m_server.sslSetup(tls);

    for (const QString &id : SpecLoader::builtinIds()) {
        QFile file(QStringLiteral(":/specs/") + id + QStringLiteral(".json"));
        SpecError specError;
        const std::optional<Spec> spec = SpecLoader::builtin(id, &specError);
        if (!file.open(QIODevice::ReadOnly) || !spec) {
            *errorText =
                QStringLiteral("embedded spec %1 unusable: %2").arg(id, specError.toString());
            return 0;
        }
        const QByteArray bytes = file.readAll();
        m_specs.append(
            {id, spec->version, bytes,
             '"' + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32) +
                 '"'});
    }

    registerRoutes();
    const quint16 port = m_server.listen(m_options.address, m_options.port);
    if (port == 0) {
        *errorText = QStringLiteral("cannot listen on %1:%2")
                         .arg(m_options.address.toString())
                         .arg(m_options.port);
        return 0;
    }
    m_worker = std::make_unique<SubmissionWorker>(m_options.store);
    m_worker->start();
    qInfo("endpoint: listening on https://%s:%u, store %s, %lld submission(s) queued",
          qUtf8Printable(m_options.address.toString()), port,
          qUtf8Printable(m_options.store.describe()),
          static_cast<long long>(m_store->queuedSubmissions().size()));
    return port;
}

void EndpointServer::shutdown()
{
    const auto servers = m_server.servers();
    for (QTcpServer *server : servers)
        server->close();
    if (!m_worker)
        return;
    m_worker->stop();
    if (!m_worker->wait(QDeadlineTimer(m_options.shutdownSeconds * 1000LL))) {
        // The check in hand did not finish in time. Nothing of it was written, so it is still
        // queued and will be checked after the restart; end without waiting for it.
        qWarning("endpoint: shutdown timed out; the submission in hand stays queued");
        std::_Exit(0);
    }
    qInfo("endpoint: stopped");
}

QHttpServerResponse EndpointServer::handle(const QHttpServerRequest &request,
                                           QHttpServerRequest::Methods methods,
                                           const Handler &handler)
{
    QElapsedTimer timer;
    timer.start();
    const QString lang = language(request);
    QString accountId = QStringLiteral("-");
    QHttpServerResponse response = [&]() -> QHttpServerResponse {
        const QByteArray authorization = header(request, "Authorization").trimmed();
        std::optional<Account> account;
        if (authorization.startsWith("Bearer ")) {
            const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
            account = m_store->accountByTokenHash(AccountToken::hash(token));
        }
        if (!account) {
            QHttpServerResponse unauthorized =
                error(Status::Unauthorized, QStringLiteral("unauthorized"),
                      text(lang, "Geen geldig token: controleer het token van dit account.",
                           "No valid token: check this account's token."));
            unauthorized.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                                   QByteArrayLiteral("Bearer realm=\"veldboek\""));
            return unauthorized;
        }
        accountId = account->id.left(8);
        int retryAfter = 0;
        if (!m_rateLimiter.allow(account->id, QDateTime::currentMSecsSinceEpoch(), &retryAfter)) {
            QHttpServerResponse limited =
                error(Status::TooManyRequests, QStringLiteral("rate-limited"),
                      text(lang, "Te veel verzoeken; probeer het over %1 seconden opnieuw.",
                           "Too many requests; try again in %1 seconds.")
                          .arg(retryAfter));
            limited.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
            return limited;
        }
        if (!(methods & request.method()))
            return error(
                Status::MethodNotAllowed, QStringLiteral("method-not-allowed"),
                text(lang, "Deze methode kan hier niet.", "This method is not allowed here."));
        return handler(request, *account);
    }();
    // One line per request: no token, no body, no client address; ids are random UUIDs.
    qInfo("request %s %s -> %d account=%s %lld ms", qUtf8Printable(methodName(request.method())),
          qUtf8Printable(request.url().path()), static_cast<int>(response.statusCode()),
          qUtf8Printable(accountId), static_cast<long long>(timer.elapsed()));
    return response;
}

void EndpointServer::registerRoutes()
{
    using Method = QHttpServerRequest::Method;
    // The most specific paths first.
    m_server.route(QStringLiteral("/api/v1/submissions/<arg>/withdraw"),
                   [this](const QString &id, const QHttpServerRequest &request) {
                       return handle(request, Method::Post,
                                     [this, id](const QHttpServerRequest &, const Account &a) {
                                         return withdraw(id, a);
                                     });
                   });
    m_server.route(QStringLiteral("/api/v1/submissions/<arg>"),
                   [this](const QString &id, const QHttpServerRequest &request) {
                       return handle(request, Method::Get,
                                     [this, id](const QHttpServerRequest &, const Account &a) {
                                         return submission(id, a);
                                     });
                   });
    m_server.route(
        QStringLiteral("/api/v1/submissions"), [this](const QHttpServerRequest &request) {
            return handle(request, Method::Get | Method::Post,
                          [this](const QHttpServerRequest &r, const Account &a) {
                              return r.method() == Method::Post ? submit(r, a) : submissionList(a);
                          });
        });
    m_server.route(QStringLiteral("/api/v1/specs/<arg>"),
                   [this](const QString &id, const QHttpServerRequest &request) {
                       return handle(request, Method::Get,
                                     [this, id](const QHttpServerRequest &r, const Account &) {
                                         return spec(id, r);
                                     });
                   });
    m_server.route(QStringLiteral("/api/v1/specs"), [this](const QHttpServerRequest &request) {
        return handle(request, Method::Get,
                      [this](const QHttpServerRequest &r, const Account &) { return specList(r); });
    });
    m_server.route(QStringLiteral("/api/v1/dashboard"), [this](const QHttpServerRequest &request) {
        return handle(request, Method::Get, [this](const QHttpServerRequest &, const Account &a) {
            return dashboard(a);
        });
    });
    m_server.route(
        QStringLiteral("/api/v1/deletion-requests"), [this](const QHttpServerRequest &request) {
            return handle(request, Method::Get | Method::Post,
                          [this](const QHttpServerRequest &r, const Account &a) {
                              return r.method() == Method::Post ? addDeletionRequest(r, a)
                                                                : deletionRequestList(a);
                          });
        });
    m_server.route(QStringLiteral("/api/v1/health"), [this](const QHttpServerRequest &request) {
        return handle(request, Method::Get,
                      [this](const QHttpServerRequest &, const Account &a) { return health(a); });
    });
    m_server.afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &) {
        // Reports and figures are about people's care: no cache may keep them.
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        response.setHeader(QByteArrayLiteral("X-Content-Type-Options"),
                           QByteArrayLiteral("nosniff"));
        response.setHeader(QByteArrayLiteral("Strict-Transport-Security"),
                           QByteArrayLiteral("max-age=31536000"));
        return std::move(response);
    });
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            // Authentication first, so unknown paths tell an anonymous caller nothing.
            const QHttpServerResponse response = handle(
                request, QHttpServerRequest::Method::AnyKnown,
                [](const QHttpServerRequest &r, const Account &) { return notFound(language(r)); });
            response.write(std::move(responder));
        });
}

QHttpServerResponse EndpointServer::health(const Account &account)
{
    return json({{QStringLiteral("status"), QStringLiteral("ok")},
                 {QStringLiteral("api"), 1},
                 {QStringLiteral("organisation"), account.organisation},
                 {QStringLiteral("department"), account.department},
                 {QStringLiteral("cluster"), account.cluster},
                 {QStringLiteral("time"), EndpointStore::now()}});
}

QHttpServerResponse EndpointServer::specList(const QHttpServerRequest &)
{
    QJsonArray specs;
    for (const SpecFile &spec : std::as_const(m_specs)) {
        specs.append(QJsonObject{
            {QStringLiteral("id"), spec.id},
            {QStringLiteral("version"), spec.version},
            {QStringLiteral("etag"), QString::fromLatin1(spec.etag)},
            {QStringLiteral("url"), QString(QStringLiteral("/api/v1/specs/") + spec.id)}});
    }
    return json({{QStringLiteral("specs"), specs}});
}

QHttpServerResponse EndpointServer::spec(const QString &id, const QHttpServerRequest &request)
{
    for (const SpecFile &spec : std::as_const(m_specs)) {
        if (spec.id != id)
            continue;
        if (header(request, "If-None-Match").trimmed() == spec.etag) {
            QHttpServerResponse unchanged(QByteArray(), Status::NotModified);
            unchanged.setHeader(QByteArrayLiteral("ETag"), spec.etag);
            return unchanged;
        }
        QHttpServerResponse response(QByteArrayLiteral("application/json"), spec.json);
        response.setHeader(QByteArrayLiteral("ETag"), spec.etag);
        return response;
    }
    return notFound(language(request));
}

QHttpServerResponse EndpointServer::submit(const QHttpServerRequest &request,
                                           const Account &account)
{
    const QString lang = language(request);
    QByteArray body = request.body();
    if (body.size() > m_options.maxBodyBytes)
        return error(
            Status::PayloadTooLarge, QStringLiteral("too-large"),
            text(lang, "Het pakket is groter dan %1 bytes.", "The package is larger than %1 bytes.")
                .arg(m_options.maxBodyBytes));
    const QByteArray contentType = header(request, "Content-Type").trimmed();
    const QByteArray encoding = header(request, "Content-Encoding").trimmed().toLower();
    if (!contentType.toLower().startsWith(SubmissionPackage::mediaType()) ||
        !(encoding.isEmpty() || encoding == "identity" || encoding == "gzip"))
        return error(Status::UnsupportedMediaType, QStringLiteral("unsupported-media-type"),
                     text(lang,
                          "Een pakket is multipart/mixed, eventueel met Content-Encoding gzip.",
                          "A package is multipart/mixed, optionally with Content-Encoding gzip."));
    if (encoding == "gzip") {
        std::optional<QByteArray> unpacked =
            SubmissionPackage::gunzip(body, m_options.maxPackageBytes);
        if (!unpacked)
            return error(Status::PayloadTooLarge, QStringLiteral("too-large"),
                         text(lang, "Het pakket is geen gzip of uitgepakt groter dan %1 bytes.",
                              "The package is not gzip or larger than %1 bytes unpacked.")
                             .arg(m_options.maxPackageBytes));
        body = std::move(*unpacked);
    }
    const QString hash = SubmissionPackage::contentHash(body);
    const QByteArray key = header(request, "Idempotency-Key").trimmed().toLower();
    if (!key.isEmpty() && QString::fromLatin1(key) != hash)
        return error(Status::UnprocessableEntity, QStringLiteral("idempotency-key"),
                     text(lang,
                          "De Idempotency-Key is niet de SHA-256 van het pakket: het pakket is "
                          "onderweg veranderd.",
                          "The Idempotency-Key is not the package's SHA-256: the package changed "
                          "on the way."));

    auto accepted = [](const SubmissionRecord &r, bool duplicate) {
        return json(
            {{QStringLiteral("id"), r.id},
             {QStringLiteral("status"), r.status},
             {QStringLiteral("contentHash"), r.contentHash},
             {QStringLiteral("duplicate"), duplicate},
             {QStringLiteral("url"), QString(QStringLiteral("/api/v1/submissions/") + r.id)}},
            Status::Accepted);
    };
    if (const auto existing = m_store->submissionByHash(account.organisationId, hash))
        return accepted(*existing, true);

    QList<PackageProblem> problems;
    std::optional<ParsedPackage> parsed =
        SubmissionPackage::parse(contentType, body, lang, &problems);
    std::optional<PreparedSubmission> prepared;
    if (parsed)
        prepared = SubmissionCheck::prepare(*parsed, lang, &problems);
    if (!prepared) {
        QJsonArray list;
        for (const PackageProblem &problem : std::as_const(problems))
            list.append(problem.toJson());
        return error(Status::UnprocessableEntity, QStringLiteral("invalid-package"),
                     problems.isEmpty() ? QString() : problems.first().message,
                     {{QStringLiteral("report"),
                       QJsonObject{{QStringLiteral("status"), QStringLiteral("rejected")},
                                   {QStringLiteral("problems"), list}}}});
    }

    const QString period = currentPeriod();
    const int earlier = m_store->submissionsInPeriod(account.organisationId, period);
    if (earlier > m_options.correctionCap)
        return error(Status::Conflict, QStringLiteral("correction-cap"),
                     text(lang,
                          "In deze periode zijn al %1 correcties ingestuurd; meer kan pas in de "
                          "volgende periode.",
                          "%1 corrections were already submitted in this period; more have to "
                          "wait for the next period.")
                         .arg(m_options.correctionCap));

    SubmissionRecord record;
    record.id = EndpointStore::newId();
    record.organisationId = account.organisationId;
    record.accountId = account.id;
    record.department = account.department;
    record.contentHash = hash;
    record.status = QStringLiteral("processing");
    record.receivedAt = EndpointStore::now();
    record.period = period;
    record.note = parsed->manifest.note;
    record.clientVersion = parsed->manifest.clientVersion;
    record.language = lang;
    record.manifest = parsed->manifest.toJson();
    record.size = body.size();
    m_worker->handOver(record.id, std::make_shared<PreparedSubmission>(std::move(*prepared)));
    const QString newId = record.id;
    switch (m_store->insertSubmission(record, contentType, body)) {
    case EndpointStore::InsertResult::Inserted:
        m_worker->wake();
        return accepted(record, false);
    case EndpointStore::InsertResult::Duplicate:
        m_worker->forget(newId);
        return accepted(record, true);
    case EndpointStore::InsertResult::Failed:
        break;
    }
    m_worker->forget(newId);
    qWarning("endpoint: submission not stored: %s", qUtf8Printable(m_store->lastError()));
    return error(Status::InternalServerError, QStringLiteral("storage"),
                 text(lang, "Het pakket kon niet worden opgeslagen; probeer het later opnieuw.",
                      "The package could not be stored; try again later."));
}

QHttpServerResponse EndpointServer::submissionList(const Account &account)
{
    QJsonArray list;
    const QList<SubmissionRecord> records = m_store->submissions(account.organisationId);
    for (const SubmissionRecord &r : records) {
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
                 {QStringLiteral("period"), currentPeriod()},
                 {QStringLiteral("submissionsThisPeriod"),
                  m_store->submissionsInPeriod(account.organisationId, currentPeriod())}});
}

QHttpServerResponse EndpointServer::submission(const QString &id, const Account &account)
{
    const std::optional<SubmissionRecord> record = m_store->submission(id);
    // Another organisation's submission is as unknown as one that does not exist.
    if (!record || record->organisationId != account.organisationId)
        return notFound(record ? record->language : QStringLiteral("nl"));
    return json(submissionJson(*record, true));
}

QHttpServerResponse EndpointServer::withdraw(const QString &id, const Account &account)
{
    const std::optional<SubmissionRecord> record = m_store->submission(id);
    if (!record || record->organisationId != account.organisationId)
        return notFound(QStringLiteral("nl"));
    const QString lang = record->language;
    if (!record->withdrawnAt.isEmpty())
        return error(Status::Conflict, QStringLiteral("already-withdrawn"),
                     text(lang, "Deze inzending is al ingetrokken.",
                          "This submission was already withdrawn."));
    const QDateTime received = QDateTime::fromString(record->receivedAt, Qt::ISODateWithMs);
    if (received.addDays(m_options.withdrawalDays) < QDateTime::currentDateTimeUtc())
        return error(Status::Conflict, QStringLiteral("withdrawal-window-closed"),
                     text(lang, "Een inzending kan tot %1 dagen na ontvangst worden ingetrokken.",
                          "A submission can be withdrawn up to %1 days after it came in.")
                         .arg(m_options.withdrawalDays));
    if (!m_store->withdrawSubmission(id))
        return error(Status::Conflict, QStringLiteral("already-withdrawn"),
                     text(lang, "Deze inzending is al ingetrokken.",
                          "This submission was already withdrawn."));
    return json(submissionJson(*m_store->submission(id), true));
}

QHttpServerResponse EndpointServer::dashboard(const Account &account)
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
        own, DashboardRelease::clusterFor(*m_store, account.organisationId), lastApproved,
        QDateTime::currentDateTimeUtc());
    // "own" and "cluster" are the two sides; who they are goes under "account".
    figures.insert(QStringLiteral("account"),
                   QJsonObject{{QStringLiteral("organisation"), account.organisation},
                               {QStringLiteral("department"), account.department},
                               {QStringLiteral("cluster"), account.cluster}});
    return json(figures);
}

QHttpServerResponse EndpointServer::addDeletionRequest(const QHttpServerRequest &request,
                                                       const Account &account)
{
    const QString lang = language(request);
    if (!header(request, "Content-Type").toLower().startsWith("application/json"))
        return error(Status::UnsupportedMediaType, QStringLiteral("unsupported-media-type"),
                     text(lang, "Verwacht application/json.", "Expected application/json."));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString dataset = body.value(QStringLiteral("dataset")).toString();
    const QString reference = body.value(QStringLiteral("reference")).toString();
    const QString reason = body.value(QStringLiteral("reason")).toString();
    if (dataset.isEmpty() || reference.isEmpty() || reference.size() > 100 || reason.size() > 2000)
        return error(Status::BadRequest, QStringLiteral("bad-request"),
                     text(lang,
                          "Een verwijderverzoek heeft een gegevensset en een kenmerk "
                          "(bijvoorbeeld het respondentnummer).",
                          "A deletion request needs a dataset and a reference (the respondent "
                          "number, say)."));
    const std::optional<DeletionRequest> added =
        m_store->addDeletionRequest(account, dataset, reference, reason);
    if (!added)
        return error(Status::InternalServerError, QStringLiteral("storage"), m_store->lastError());
    return json(
        {{QStringLiteral("id"), added->id}, {QStringLiteral("requestedAt"), added->requestedAt}},
        Status::Created);
}

QHttpServerResponse EndpointServer::deletionRequestList(const Account &account)
{
    QJsonArray list;
    const QList<DeletionRequest> requests = m_store->deletionRequests(account.organisationId);
    for (const DeletionRequest &r : requests) {
        list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                {QStringLiteral("dataset"), r.dataset},
                                {QStringLiteral("reference"), r.reference},
                                {QStringLiteral("reason"), r.reason},
                                {QStringLiteral("requestedAt"), r.requestedAt}});
    }
    return json({{QStringLiteral("deletionRequests"), list}});
}

} // namespace veldboek
