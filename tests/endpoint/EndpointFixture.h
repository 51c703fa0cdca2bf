#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace veldboek::test {

// A self-signed certificate for 127.0.0.1, made with openssl at test time.
struct TestCertificate
{
    QString certificateFile;
    QString keyFile;
    QSslCertificate certificate;

    static std::optional<TestCertificate> make(const QString &dir, QString *error);
};

// A PostgreSQL server of the test's own: Debian's initdb and pg_ctl in a temporary directory, on
// a free port, run as `nobody` when the test runs as root (PostgreSQL refuses root).
class PostgresServer
{
public:
    ~PostgresServer();
    static QString binDir(); // empty when the postgresql package is not installed
    bool start(QString *error);
    QString url() const; // postgresql://veldboek@127.0.0.1:PORT/postgres

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_running = false;
    QStringList runAs() const;
};

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const;
};

// The endpoint program started as a QProcess, and a TLS client that trusts its certificate only.
class EndpointProcess
{
public:
    EndpointProcess(const TestCertificate &certificate, const QString &dataDir,
                    const QString &databaseUrl);
    ~EndpointProcess();

    static QString program(); // $VELDBOEK_BINARY_DIR/endpoint/veldboek-endpoint

    bool start(const QStringList &extraArguments = {}, QString *error = nullptr);
    bool terminate(int timeoutMs = 30000); // SIGTERM, then wait for a clean exit
    void kill();                           // SIGKILL
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dataDir; }
    // Per submission, in the order received: who checked it (submission_checks.checked_by) and
    // how many check rows it has. The SQLite store only (the PostgreSQL one is the cluster's).
    QList<std::pair<QString, int>> checks() const;
    QByteArray log() const { return m_log; } // everything it wrote on stderr so far
    qint64 peakMemoryMb() const; // the process's peak resident memory (VmHWM), -1 if unknown
    QProcess &process() { return *m_process; }

    // Runs `veldboek-endpoint <arguments> --data DIR [--db URL]` to completion.
    int admin(const QStringList &arguments, QByteArray *out = nullptr,
              QByteArray *err = nullptr) const;
    // account add; returns the token and sets the account id.
    QString addAccount(const QString &organisation, const QString &cluster,
                       QString *accountId = nullptr, const QString &department = {}) const;

    HttpReply request(const QByteArray &method, const QString &path, const QString &token,
                      const QByteArray &body = {},
                      const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                      QNetworkAccessManager *manager = nullptr);
    HttpReply get(const QString &path, const QString &token) { return request("GET", path, token); }
    // Posts a package; `gzip` compresses it on the wire.
    HttpReply submit(const QString &token, const QByteArray &package, const QByteArray &contentType,
                     bool gzip = false);
    // Polls the submission until it is no longer processing; its final JSON.
    QJsonObject waitProcessed(const QString &token, const QString &id, int timeoutMs = 60000);

    QNetworkRequest networkRequest(const QString &path, const QString &token) const;

private:
    QStringList storeArguments() const;

    TestCertificate m_certificate;
    QString m_dataDir;
    QString m_databaseUrl;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QByteArray m_log;
    QNetworkAccessManager m_manager;
};

// Participant register fixtures (mdt-proces1 CSV) and packages built from them.
class Fixtures
{
public:
    // `count` valid participants; `invalidRequired` of them have a bad gender (an error in a
    // required field), `invalidOptional` an invalid e-mail (optional: cleared, not rejected).
    static QByteArray participantsCsv(int count, int invalidRequired = 0, int invalidOptional = 0,
                                      int seed = 0);
    // A package with one dataset: mdt / participants.
    static QByteArray package(const QByteArray &csv, QByteArray *contentType,
                              const QString &note = {});
};

} // namespace veldboek::test
