#pragma once

#include "EndpointFixture.h"

#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <memory>
#include <optional>
#include <vector>

namespace veldboek::test {

// haproxy with installer/haproxy/veldboek-endpoint.cfg, the file deployments use; what differs
// per run (ports, CA, health token, admin socket) comes from the environment, as the file says.
class HaproxyProcess
{
public:
    ~HaproxyProcess();
    static QString program(); // empty when the haproxy package is not installed
    static QString configFile();

    bool start(quint16 port, const QStringList &endpoints, const QString &caFile,
               const QString &healthToken, const QString &statsSocket, QString *error);
    // The state haproxy's health checks gave the server ("UP", "DOWN", ...), from "show stat".
    QString serverStatus(const QString &server) const;
    bool waitForStatus(const QString &server, const QString &status, int timeoutMs) const;
    quint16 port() const { return m_port; }
    QByteArray log() const;

private:
    std::unique_ptr<QProcess> m_process;
    QString m_statsSocket;
    quint16 m_port = 0;
};

// PostgreSQL, endpoint processes sharing it and one data directory (where the packages live),
// and haproxy in front (issue 18). Each process listens on a port of its own that stays the
// same over a restart, as haproxy's configuration names it.
class EndpointCluster
{
public:
    ~EndpointCluster();
    static QString missing(); // what is not installed for it, empty when all is there

    bool start(int processes, const QStringList &serveArguments, QString *error);
    EndpointProcess &endpoint(int i) { return *m_endpoints.at(std::size_t(i)); }
    bool restart(int i, QString *error);
    HaproxyProcess &balancer() { return m_haproxy; }
    const TestCertificate &certificate() const { return *m_certificate; }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QString databaseUrl() const { return m_postgres.url(); }
    // A QPSQL connection to the endpoints' database, for what the test checks there.
    QSqlDatabase database();

    // A request through haproxy, trusting the endpoints' certificate only.
    QNetworkRequest request(const QString &path, const QString &token) const;

private:
    QTemporaryDir m_dir;
    PostgresServer m_postgres;
    std::optional<TestCertificate> m_certificate;
    std::vector<std::unique_ptr<EndpointProcess>> m_endpoints;
    std::vector<quint16> m_ports;
    QStringList m_serveArguments;
    HaproxyProcess m_haproxy;
    QString m_connection;
};

// A blocking request on `manager` (any thread with its own manager), with the reply's JSON.
HttpReply send(QNetworkAccessManager &manager, const QNetworkRequest &request,
               const QByteArray &method, const QByteArray &body = {}, int timeoutMs = 120000);

quint16 unusedPort();

} // namespace veldboek::test
