#include "ClusterFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace veldboek::test {

quint16 unusedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

HttpReply send(QNetworkAccessManager &manager, const QNetworkRequest &request,
               const QByteArray &method, const QByteArray &body, int timeoutMs)
{
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    if (!reply->isFinished())
        result.networkError = QStringLiteral("timed out");
    else if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->abort();
    reply->deleteLater();
    return result;
}

HaproxyProcess::~HaproxyProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

QString HaproxyProcess::program()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("haproxy"));
    if (!found.isEmpty())
        return found;
    return QStandardPaths::findExecutable(QStringLiteral("haproxy"),
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
}

QString HaproxyProcess::configFile()
{
    // ctest sets VELDBOEK_SOURCE_DIR; a benchmark run by hand has the source tree it was built
    // from.
    const QString source = qEnvironmentVariableIsSet("VELDBOEK_SOURCE_DIR")
                               ? qEnvironmentVariable("VELDBOEK_SOURCE_DIR")
                               : QStringLiteral(VELDBOEK_SOURCE_ROOT);
    return source + QStringLiteral("/installer/haproxy/veldboek-endpoint.cfg");
}

bool HaproxyProcess::start(quint16 port, const QStringList &endpoints, const QString &caFile,
                           const QString &healthToken, const QString &statsSocket, QString *error)
{
    m_port = port;
    m_statsSocket = statsSocket;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VELDBOEK_LB_LISTEN"),
                       QStringLiteral("127.0.0.1:%1").arg(port));
    for (qsizetype i = 0; i < endpoints.size(); ++i)
        environment.insert(QStringLiteral("VELDBOEK_ENDPOINT_%1").arg(i + 1), endpoints.at(i));
    environment.insert(QStringLiteral("VELDBOEK_ENDPOINT_CA"), caFile);
    environment.insert(QStringLiteral("VELDBOEK_HEALTH_TOKEN"), healthToken);
    environment.insert(QStringLiteral("VELDBOEK_LB_STATS"), statsSocket);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // -db: in the foreground, no daemon; the process is the test's to end.
    m_process->start(program(), {QStringLiteral("-db"), QStringLiteral("-f"), configFile()});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("haproxy: ") + m_process->errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        QLocalSocket socket;
        socket.connectToServer(statsSocket);
        if (socket.waitForConnected(200))
            return true;
        if (m_process->state() == QProcess::NotRunning)
            break;
        QTest::qWait(100);
    }
    *error = QStringLiteral("haproxy did not start: ") + QString::fromLocal8Bit(log());
    return false;
}

QByteArray HaproxyProcess::log() const
{
    return m_process ? m_process->readAll() : QByteArray();
}

QString HaproxyProcess::serverStatus(const QString &server) const
{
    QLocalSocket socket;
    socket.connectToServer(m_statsSocket);
    if (!socket.waitForConnected(2000))
        return {};
    socket.write("show stat\n");
    socket.waitForBytesWritten(2000);
    QByteArray answer;
    while (socket.waitForReadyRead(2000))
        answer += socket.readAll();
    answer += socket.readAll();
    // CSV: "# pxname,svname,...,status,..." then a line per proxy and server.
    const QList<QByteArray> lines = answer.split('\n');
    if (lines.isEmpty())
        return {};
    const QList<QByteArray> header = lines.first().mid(2).split(',');
    const qsizetype statusColumn = header.indexOf("status");
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() > statusColumn && statusColumn >= 0 && fields.at(1) == server.toLatin1())
            return QString::fromLatin1(fields.at(statusColumn));
    }
    return {};
}

bool HaproxyProcess::waitForStatus(const QString &server, const QString &status,
                                   int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (serverStatus(server).startsWith(status))
            return true;
        QTest::qWait(100);
    }
    return false;
}

EndpointCluster::~EndpointCluster()
{
    m_endpoints.clear();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

QString EndpointCluster::missing()
{
    if (PostgresServer::binDir().isEmpty())
        return QStringLiteral("PostgreSQL binaries missing: apt-get install postgresql "
                              "libqt6sql6-psql");
    if (HaproxyProcess::program().isEmpty())
        return QStringLiteral("haproxy missing: apt-get install haproxy");
    return {};
}

bool EndpointCluster::start(int processes, const QStringList &serveArguments, QString *error)
{
    m_serveArguments = serveArguments;
    if (!m_postgres.start(error))
        return false;
    m_certificate = TestCertificate::make(m_dir.path(), error);
    if (!m_certificate)
        return false;
    QStringList addresses;
    for (int i = 0; i < processes; ++i) {
        // One data directory for all: where every process finds the packages (docs/deployment.md).
        m_endpoints.push_back(
            std::make_unique<EndpointProcess>(*m_certificate, dataDir(), m_postgres.url()));
        m_ports.push_back(unusedPort());
        addresses.append(QStringLiteral("127.0.0.1:%1").arg(m_ports.back()));
        // One after the other: the first creates the schema.
        if (!restart(i, error))
            return false;
    }
    const QString healthToken =
        endpoint(0).addAccount(QStringLiteral("health check"), QStringLiteral("monitoring"));
    if (healthToken.isEmpty()) {
        *error = QStringLiteral("no health-check account");
        return false;
    }
    return m_haproxy.start(unusedPort(), addresses, m_certificate->certificateFile, healthToken,
                           m_dir.path() + QStringLiteral("/haproxy.sock"), error);
}

bool EndpointCluster::restart(int i, QString *error)
{
    return endpoint(i).start(QStringList(m_serveArguments)
                                 << QStringLiteral("--listen")
                                 << QStringLiteral("127.0.0.1:%1").arg(m_ports.at(std::size_t(i))),
                             error);
}

QSqlDatabase EndpointCluster::database()
{
    if (m_connection.isEmpty()) {
        m_connection = QStringLiteral("cluster-") + QUuid::createUuid().toString();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        const QUrl url(m_postgres.url());
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            qWarning("cluster database: %s", qUtf8Printable(db.lastError().text()));
    }
    return QSqlDatabase::database(m_connection);
}

QNetworkRequest EndpointCluster::request(const QString &path, const QString &token) const
{
    QNetworkRequest request(
        QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_haproxy.port()).arg(path)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_certificate->certificate});
    request.setSslConfiguration(tls);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return request;
}

} // namespace veldboek::test
