#include "EndpointFixture.h"

#include "submission/SubmissionPackage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <csignal>
#include <unistd.h>

namespace veldboek::test {

namespace {

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool run(const QString &program, const QStringList &arguments, QString *output,
         int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

std::optional<TestCertificate> TestCertificate::make(const QString &dir, QString *error)
{
    TestCertificate result;
    result.certificateFile = dir + QStringLiteral("/cert.pem");
    result.keyFile = dir + QStringLiteral("/key.pem");
    QString output;
    if (!run(QStringLiteral("openssl"),
             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-keyout"), result.keyFile, QStringLiteral("-out"),
              result.certificateFile, QStringLiteral("-days"), QStringLiteral("2"),
              QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
              QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")},
             &output)) {
        *error = QStringLiteral("openssl failed: ") + output;
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(result.certificateFile);
    if (certificates.isEmpty()) {
        *error = QStringLiteral("openssl wrote no certificate");
        return std::nullopt;
    }
    result.certificate = certificates.first();
    return result;
}

QString PostgresServer::binDir()
{
    const QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (qsizetype i = versions.size() - 1; i >= 0; --i) {
        const QString bin = lib.absoluteFilePath(versions.at(i) + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")) &&
            QFile::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    return {};
}

QStringList PostgresServer::runAs() const
{
    // PostgreSQL will not run as root; setpriv drops to nobody without a login shell.
    if (::geteuid() == 0)
        return {QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"),
                QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"),
                QStringLiteral("--")};
    return {};
}

bool PostgresServer::start(QString *error)
{
    const QString bin = binDir();
    if (bin.isEmpty() || !m_dir.isValid()) {
        *error = QStringLiteral("no PostgreSQL binaries");
        return false;
    }
    const QString data = m_dir.path() + QStringLiteral("/data");
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup);
    QDir().mkpath(data);
    QString output;
    if (::geteuid() == 0 &&
        !run(QStringLiteral("chown"), {QStringLiteral("nobody:nogroup"), data}, &output)) {
        *error = output;
        return false;
    }
    QStringList initdb = runAs();
    initdb << bin + QStringLiteral("/initdb") << QStringLiteral("-D") << data
           << QStringLiteral("-U") << QStringLiteral("veldboek") << QStringLiteral("--auth=trust")
           << QStringLiteral("-E") << QStringLiteral("UTF8") << QStringLiteral("--no-sync");
    if (!run(initdb.takeFirst(), initdb, &output)) {
        *error = QStringLiteral("initdb: ") + output;
        return false;
    }
    m_port = freePort();
    QStringList pgctl = runAs();
    pgctl << bin + QStringLiteral("/pg_ctl") << QStringLiteral("-D") << data << QStringLiteral("-l")
          << data + QStringLiteral("/server.log") << QStringLiteral("-w") << QStringLiteral("-o")
          << QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1,127.0.0.2 -c fsync=off")
                 .arg(m_port)
                 .arg(data)
          << QStringLiteral("start");
    if (!run(pgctl.takeFirst(), pgctl, &output)) {
        *error = QStringLiteral("pg_ctl start: ") + output;
        return false;
    }
    m_running = true;
    return true;
}

PostgresServer::~PostgresServer()
{
    if (!m_running)
        return;
    QStringList pgctl = runAs();
    pgctl << binDir() + QStringLiteral("/pg_ctl") << QStringLiteral("-D")
          << m_dir.path() + QStringLiteral("/data") << QStringLiteral("-m")
          << QStringLiteral("fast") << QStringLiteral("-w") << QStringLiteral("stop");
    QString output;
    run(pgctl.takeFirst(), pgctl, &output);
}

QString PostgresServer::url() const
{
    return QStringLiteral("postgresql://veldboek@127.0.0.1:%1/postgres").arg(m_port);
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

EndpointProcess::EndpointProcess(const TestCertificate &certificate, const QString &dataDir,
                                 const QString &databaseUrl)
    : m_certificate(certificate)
    , m_dataDir(dataDir)
    , m_databaseUrl(databaseUrl)
{}

EndpointProcess::~EndpointProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        kill();
}

QString EndpointProcess::program()
{
    // VELDBOEK_ENDPOINT_PROGRAM: another build of the endpoint, for before/after benchmarks.
    if (qEnvironmentVariableIsSet("VELDBOEK_ENDPOINT_PROGRAM"))
        return qEnvironmentVariable("VELDBOEK_ENDPOINT_PROGRAM");
    return qEnvironmentVariable("VELDBOEK_BINARY_DIR") +
           QStringLiteral("/endpoint/veldboek-endpoint");
}

QStringList EndpointProcess::storeArguments() const
{
    QStringList arguments{QStringLiteral("--data"), m_dataDir};
    if (!m_databaseUrl.isEmpty())
        arguments << QStringLiteral("--db") << m_databaseUrl;
    return arguments;
}

bool EndpointProcess::start(const QStringList &extraArguments, QString *error)
{
    m_process = std::make_unique<QProcess>();
    m_port = 0;
    QStringList arguments{QStringLiteral("serve"),       QStringLiteral("--cert"),
                          m_certificate.certificateFile, QStringLiteral("--key"),
                          m_certificate.keyFile,         QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0")};
    arguments << storeArguments() << extraArguments;
    QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                     [this]() { m_log += m_process->readAllStandardError(); });
    m_process->start(program(), arguments);
    if (!m_process->waitForStarted(10000)) {
        if (error)
            *error = m_process->errorString();
        return false;
    }
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000 && !out.contains('\n')) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
    }
    const qsizetype colon = out.lastIndexOf(':');
    if (!out.startsWith("listening on https://") || colon < 0) {
        m_log += m_process->readAllStandardError();
        if (error)
            *error = QStringLiteral("endpoint did not start: ") + QString::fromUtf8(m_log);
        return false;
    }
    m_port = static_cast<quint16>(out.mid(colon + 1).trimmed().toUInt());
    return m_port != 0;
}

bool EndpointProcess::terminate(int timeoutMs)
{
    ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
    const bool finished = m_process->waitForFinished(timeoutMs);
    m_log += m_process->readAllStandardError();
    const bool clean =
        finished && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    if (!clean) // how it ended and its last words, for the failure that follows
        qWarning("endpoint on port %u: finished %d, crashed %d, exit code %d; its log ends:\n%s",
                 unsigned(m_port), int(finished),
                 int(m_process->exitStatus() == QProcess::CrashExit), m_process->exitCode(),
                 m_log.right(20000).constData());
    return clean;
}

QList<std::pair<QString, int>> EndpointProcess::checks() const
{
    QList<std::pair<QString, int>> checks;
    const QString name = QStringLiteral("checks-") + QString::number(m_port);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dataDir + QStringLiteral("/endpoint.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (db.open() &&
            q.exec(QStringLiteral("SELECT c.checked_by, (SELECT COUNT(*) FROM submission_checks d "
                                  "WHERE d.submission_id = s.id) FROM submissions s JOIN "
                                  "submission_checks c ON c.submission_id = s.id "
                                  "ORDER BY s.received_at"))) {
            while (q.next())
                checks.append({q.value(0).toString(), q.value(1).toInt()});
        }
    }
    QSqlDatabase::removeDatabase(name);
    return checks;
}

qint64 EndpointProcess::peakMemoryMb() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process->processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

void EndpointProcess::kill()
{
    m_process->kill();
    m_process->waitForFinished(10000);
    m_log += m_process->readAllStandardError();
}

int EndpointProcess::admin(const QStringList &arguments, QByteArray *out, QByteArray *err) const
{
    QProcess process;
    process.start(program(), QStringList(arguments) << storeArguments());
    process.waitForFinished(60000);
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString EndpointProcess::addAccount(const QString &organisation, const QString &cluster,
                                    QString *accountId, const QString &department) const
{
    QStringList arguments{QStringLiteral("account"),   QStringLiteral("add"),
                          QStringLiteral("--org"),     organisation,
                          QStringLiteral("--cluster"), cluster};
    if (!department.isEmpty())
        arguments << QStringLiteral("--department") << department;
    QByteArray out;
    QByteArray err;
    if (admin(arguments, &out, &err) != 0)
        return {};
    if (accountId) {
        // "Account <id> for ..." on stderr
        const qsizetype at = err.indexOf("Account ");
        const QList<QByteArray> words = at < 0 ? QList<QByteArray>() : err.mid(at).split(' ');
        *accountId = words.size() > 1 ? QString::fromLatin1(words.at(1)) : QString();
    }
    return QString::fromLatin1(out.trimmed());
}

QNetworkRequest EndpointProcess::networkRequest(const QString &path, const QString &token) const
{
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_certificate.certificate}); // trust this endpoint only
    request.setSslConfiguration(tls);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return request;
}

HttpReply EndpointProcess::request(const QByteArray &method, const QString &path,
                                   const QString &token, const QByteArray &body,
                                   const QList<std::pair<QByteArray, QByteArray>> &headers,
                                   QNetworkAccessManager *manager)
{
    QNetworkRequest request = networkRequest(path, token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkAccessManager *nam = manager ? manager : &m_manager;
    QNetworkReply *reply = nam->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &pair : pairs)
        result.headers.append({pair.first, pair.second});
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpReply EndpointProcess::submit(const QString &token, const QByteArray &package,
                                  const QByteArray &contentType, bool gzip)
{
    QList<std::pair<QByteArray, QByteArray>> headers{
        {"Content-Type", contentType},
        {"Idempotency-Key", SubmissionPackage::contentHash(package).toLatin1()}};
    if (gzip)
        headers.append(std::pair<QByteArray, QByteArray>("Content-Encoding", "gzip"));
    return request("POST", QStringLiteral("/api/v1/submissions"), token,
                   gzip ? SubmissionPackage::gzip(package) : package, headers);
}

QJsonObject EndpointProcess::waitProcessed(const QString &token, const QString &id, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject json;
    while (timer.elapsed() < timeoutMs) {
        const HttpReply reply = get(QStringLiteral("/api/v1/submissions/") + id, token);
        json = reply.json;
        if (reply.status == 200 &&
            json.value(QStringLiteral("status")).toString() != QLatin1String("processing"))
            return json;
        QTest::qWait(50);
    }
    return json;
}

QByteArray Fixtures::participantsCsv(int count, int invalidRequired, int invalidOptional, int seed)
{
    QByteArray csv =
        "respondentnummer;geslacht;geboortedatum;leeftijd;straat;huisnummer;"
        "huisnummer_toevoeging;postcode;woonplaats;geen_adres;email;opleidingsniveau;startdatum;"
        "einddatum;reden_beeindiging;verkorte_deelname;postcode_doelocatie;gemeente_doelocatie;"
        "opt_out\r\n";
    static const char *const genders[] = {"m", "v", "x"};
    for (int i = 0; i < count; ++i) {
        const QByteArray gender =
            i < invalidRequired ? QByteArray("q") : QByteArray(genders[i % 3]);
        const QByteArray noAddress =
            i >= count - invalidOptional ? QByteArray("misschien") : QByteArray("nee");
        const bool ended = i % 4 == 1;
        csv += "R" + QByteArray::number(seed) + "-" + QByteArray::number(i + 1) + ";" + gender +
               ";" + QByteArray::number(1 + i % 28).rightJustified(2, '0') + "-0" +
               QByteArray::number(1 + i % 9) + "-2005;;Dorpsstraat;" +
               QByteArray::number(1 + i % 9999) + ";;3511 AB;Utrecht;" + noAddress + ";deelnemer" +
               QByteArray::number(i) + "@example.nl;vmbo;01-03-2023;" +
               (ended ? "01-09-2023;afgerond" : ";") + ";nee;3511 AB;0344;nee\r\n";
    }
    return csv;
}

QByteArray Fixtures::package(const QByteArray &csv, QByteArray *contentType, const QString &note)
{
    SubmissionManifest manifest;
    manifest.clientVersion = QStringLiteral("test");
    manifest.note = note;
    manifest.datasets.append({QStringLiteral("mdt"),
                              QStringLiteral("2023.1"),
                              QStringLiteral("participants"),
                              QStringLiteral("mdt-proces1"),
                              QStringLiteral("mdt-participants.csv"),
                              0,
                              {}});
    return SubmissionPackage::build(manifest, {csv}, contentType);
}

} // namespace veldboek::test
