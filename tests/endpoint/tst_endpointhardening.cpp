// The endpoint as an attacker meets it (issue 12): a started endpoint process over real TLS,
// raw sockets where a well-behaved client would not do what an attacker does.
#include "EndpointFixture.h"
#include "Sanitized.h"
#include "submission/SubmissionPackage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCipher>
#include <QSslSocket>
#include <QTest>
#include <csignal>
#include <sys/stat.h>
#include <zlib.h>

using namespace veldboek;
using namespace veldboek::test;

namespace {

// Reads an HTTP response from a raw socket: status line and headers, then Content-Length bytes.
QByteArray readResponse(QSslSocket &socket, int timeoutMs)
{
    QByteArray in;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end >= 0) {
            const qsizetype at = in.toLower().indexOf("content-length:");
            const qsizetype length =
                at < 0 ? 0
                       : in.mid(at + 15, in.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            if (in.size() >= end + 4 + length)
                return in;
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        socket.waitForReadyRead(20);
        in += socket.readAll();
    }
    return in;
}

// Compresses `pieces` times `piece` (after `head`) as one gzip stream, without holding it whole.
QByteArray gzipRepeated(const QByteArray &head, const QByteArray &piece, int pieces,
                        const QByteArray &tail)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    QByteArray out;
    char buffer[64 * 1024];
    auto feed = [&](const QByteArray &bytes, int flush) {
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
        z.avail_in = static_cast<uInt>(bytes.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer);
            z.avail_out = sizeof buffer;
            deflate(&z, flush);
            out.append(buffer, static_cast<qsizetype>(sizeof buffer - z.avail_out));
        } while (z.avail_out == 0);
    };
    feed(head, Z_NO_FLUSH);
    for (int i = 0; i < pieces; ++i)
        feed(piece, Z_NO_FLUSH);
    feed(tail, Z_FINISH);
    deflateEnd(&z);
    return out;
}

} // namespace

class TestEndpointHardening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_certificate;
    int m_instances = 0;

    std::unique_ptr<EndpointProcess> startEndpoint(const QStringList &arguments = {},
                                                   const QString &dataDir = {})
    {
        auto endpoint = std::make_unique<EndpointProcess>(
            *m_certificate,
            dataDir.isEmpty() ? m_dir.path() + QStringLiteral("/data%1").arg(++m_instances)
                              : dataDir,
            QString());
        QString error;
        if (!endpoint->start(arguments, &error)) {
            qWarning("%s", qUtf8Printable(error));
            return nullptr;
        }
        return endpoint;
    }

    std::unique_ptr<QSslSocket> connectTls(quint16 port, const QList<QSslCipher> &ciphers = {},
                                           QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater)
    {
        auto socket = std::make_unique<QSslSocket>();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_certificate->certificate});
        tls.setProtocol(protocol);
        if (!ciphers.isEmpty())
            tls.setCiphers(ciphers);
        socket->setSslConfiguration(tls);
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return socket;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_certificate = TestCertificate::make(m_dir.path(), &error);
        QVERIFY2(m_certificate, qPrintable(error));
    }

    // 1.5 GB announced by someone without a token: 401 at once, the body is never read.
    void unauthenticatedBodyIsNeverRead()
    {
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        auto socket = connectTls(endpoint->port());
        QVERIFY(socket->waitForEncrypted(10000));
        socket->write("POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Content-Type: multipart/mixed; boundary=x\r\n"
                      "Content-Length: 1610612736\r\n\r\n");
        const QByteArray chunk(64 * 1024, 'x');
        QElapsedTimer timer;
        timer.start();
        QByteArray answer;
        qint64 sent = 0;
        while (timer.elapsed() < sanitized::ms(10000) && sent < 1610612736LL) {
            if (socket->state() == QAbstractSocket::ConnectedState &&
                socket->bytesToWrite() < 4 * chunk.size()) {
                socket->write(chunk);
                sent += chunk.size();
            }
            socket->waitForReadyRead(5);
            answer += socket->readAll();
            if (answer.contains("\r\n\r\n") || socket->state() != QAbstractSocket::ConnectedState)
                break;
        }
        const qint64 answeredMs = timer.elapsed();
        answer += readResponse(*socket, 2000);
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.left(200).constData());
        QVERIFY2(answeredMs < sanitized::ms(2000), qPrintable(QString::number(answeredMs)));
        QVERIFY(sent < 200LL * 1024 * 1024);
        // The connection is closed after the answer: nothing more of the body is taken.
        QTRY_VERIFY_WITH_TIMEOUT(socket->state() != QAbstractSocket::ConnectedState, 5000);
        const qint64 peak = endpoint->peakMemoryMb();
        QVERIFY2(peak > 0 && peak < sanitized::mb(200), qPrintable(QString::number(peak)));
    }

    // A known account, but a body over the limit, a chunked body, a body on a GET.
    void bodiesOverTheirLimitAreRefusedFromTheHeaders()
    {
        auto endpoint = startEndpoint({QStringLiteral("--max-body-kb"), QStringLiteral("64")});
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(QStringLiteral("Org"), QStringLiteral("C"));
        const auto ask = [&](const QByteArray &request) {
            auto socket = connectTls(endpoint->port());
            socket->waitForEncrypted(10000);
            socket->write(request);
            return readResponse(*socket, 5000);
        };
        const QByteArray auth = "Authorization: Bearer " + token.toLatin1() + "\r\n";
        QVERIFY(ask("POST /api/v1/submissions HTTP/1.1\r\nHost: h\r\n" + auth +
                    "Content-Type: multipart/mixed; boundary=x\r\nContent-Length: 1000000\r\n\r\n")
                    .startsWith("HTTP/1.1 413"));
        QVERIFY(ask("POST /api/v1/submissions HTTP/1.1\r\nHost: h\r\n" + auth +
                    "Content-Type: multipart/mixed; boundary=x\r\n"
                    "Transfer-Encoding: chunked\r\n\r\n")
                    .startsWith("HTTP/1.1 411"));
        // A small refused body is read to its end and thrown away, so the client that keeps
        // sending still gets the answer (not a reset connection).
        QVERIFY(ask("GET /api/v1/health HTTP/1.1\r\nHost: h\r\n" + auth +
                    "Content-Length: 5000\r\n\r\n" + QByteArray(5000, 'x'))
                    .startsWith("HTTP/1.1 413"));
        QVERIFY(ask("POST /api/v1/deletion-requests HTTP/1.1\r\nHost: h\r\n" + auth +
                    "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n" +
                    QByteArray(100000, ' '))
                    .startsWith("HTTP/1.1 413"));
        // Headers larger than the connection's memory: refused, not buffered.
        const QByteArray huge = "X-Filler: " + QByteArray(100 * 1024, 'a') + "\r\n";
        const QByteArray answer = ask("GET /api/v1/health HTTP/1.1\r\nHost: h\r\n" + huge + "\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 431") || answer.startsWith("HTTP/1.1 413") ||
                     answer.isEmpty(),
                 answer.left(100).constData());
        QCOMPARE(endpoint->get(QStringLiteral("/api/v1/health"), token).status, 200);
    }

    // 1 MB of gzip that unpacks to ~500 MB of one-character fields: refused while it arrives,
    // memory stays low, and another client is answered meanwhile.
    void inflationBomb()
    {
        auto endpoint = startEndpoint({QStringLiteral("--max-body-kb"), QStringLiteral("65536")});
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(QStringLiteral("Bomb"), QStringLiteral("C"));
        const QByteArray head =
            "--b\r\nContent-Type: application/json\r\n\r\n{\"formatVersion\":1,\"datasets\":"
            "[{\"spec\":\"mdt\",\"dataset\":\"participants\",\"file\":\"p.csv\",\"rows\":1,"
            "\"sha256\":\"" +
            QByteArray(64, '0') +
            "\"}]}\r\n--b\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; "
            "filename=\"p.csv\"\r\n\r\nrespondentnummer;geslacht\r\n";
        QByteArray row;
        for (int i = 0; i < 400; ++i)
            row += "1;";
        row += "1\r\n";
        const QByteArray bomb =
            gzipRepeated(head, row, 500 * 1024 * 1024 / row.size(), "\r\n--b--\r\n");
        QVERIFY2(bomb.size() < 2 * 1024 * 1024, qPrintable(QString::number(bomb.size())));

        QNetworkAccessManager bombManager;
        QNetworkRequest request =
            endpoint->networkRequest(QStringLiteral("/api/v1/submissions"), token);
        request.setRawHeader("Content-Type", "multipart/mixed; boundary=b");
        request.setRawHeader("Content-Encoding", "gzip");
        QNetworkReply *reply = bombManager.post(request, bomb);
        // Meanwhile, another client: answered quickly.
        qint64 slowest = 0;
        for (int i = 0; i < 5 && !reply->isFinished(); ++i) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(endpoint->get(QStringLiteral("/api/v1/health"), token).status, 200);
            slowest = qMax(slowest, timer.elapsed());
        }
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        QVERIFY2(status == 413 || status == 422, qPrintable(QString::number(status)));
        QCOMPARE(answer.value(QStringLiteral("error")).toString(), QStringLiteral("limit"));
        QVERIFY(answer.value(QStringLiteral("message")).toString().contains(QStringLiteral("100")));
        QVERIFY2(slowest < sanitized::ms(200), qPrintable(QString::number(slowest)));
        const qint64 peak = endpoint->peakMemoryMb();
        QVERIFY2(peak > 0 && peak < sanitized::mb(500), qPrintable(QString::number(peak)));
        // Nothing was kept of it.
        QCOMPARE(QDir(m_dir.path() + QStringLiteral("/data%1/spool").arg(m_instances))
                     .entryList(QDir::Files)
                     .size(),
                 0);
    }

    void checkBudget_data()
    {
        QTest::addColumn<QString>("receiveChecks");
        QTest::newRow("checked after the receipt") << QStringLiteral("0");
        QTest::newRow("checked as it arrives") << QStringLiteral("1");
    }

    // Tables over the check's memory budget: the worker refuses the submission with the limit.
    // Checked as it arrives (--receive-checks), the upload's check gives up at the budget and
    // leaves the package to the worker, whose answer is the same; the upload is still taken.
    void checkBudget()
    {
        QFETCH(QString, receiveChecks);
        auto endpoint = startEndpoint({QStringLiteral("--max-check-mb"), QStringLiteral("1"),
                                       QStringLiteral("--receive-checks"), receiveChecks});
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(QStringLiteral("Big"), QStringLiteral("C"));
        QByteArray type;
        const HttpReply reply = endpoint->submit(
            token, Fixtures::package(Fixtures::participantsCsv(5000), &type), type);
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("processing"));
        const QJsonObject done =
            endpoint->waitProcessed(token, reply.json.value(QStringLiteral("id")).toString());
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        const QJsonObject problem =
            done.value(QStringLiteral("problems")).toArray().first().toObject();
        QCOMPARE(problem.value(QStringLiteral("code")).toString(), QStringLiteral("limit"));
        QVERIFY(
            problem.value(QStringLiteral("message")).toString().contains(QStringLiteral("1 MiB")));
    }

    // The worker holds a block of rows and compact keys, never the tables: the endpoint's peak
    // resident memory while checking hardly grows from 20,000 to 100,000 participants, where
    // the 80,000 more rows as the engine's tables (a QString per field, 19 fields) would take
    // well over 60 MB.
    void checkMemoryStaysFlat()
    {
        QList<qint64> peaks;
        for (const int participants : {20000, 100000}) {
            auto endpoint = startEndpoint();
            QVERIFY(endpoint);
            const QString token = endpoint->addAccount(QStringLiteral("Flat %1").arg(participants),
                                                       QStringLiteral("C"));
            QByteArray type;
            const QByteArray package =
                Fixtures::package(Fixtures::participantsCsv(participants, 0, 10), &type);
            const HttpReply reply = endpoint->submit(token, package, type);
            QCOMPARE(reply.status, 202);
            const QJsonObject done = endpoint->waitProcessed(
                token, reply.json.value(QStringLiteral("id")).toString(), 300000);
            QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
            peaks.append(endpoint->peakMemoryMb());
            QVERIFY(peaks.last() > 0);
        }
        qInfo("peak resident memory: %lld MB for 20,000 participants, %lld MB for 100,000",
              static_cast<long long>(peaks.at(0)), static_cast<long long>(peaks.at(1)));
        QVERIFY2(peaks.at(1) - peaks.at(0) < sanitized::mb(20),
                 qPrintable(QStringLiteral("%1 -> %2 MB").arg(peaks.at(0)).arg(peaks.at(1))));
    }

    // 200 connections that never finish their headers do not keep a client from its answer,
    // and are closed after the idle timeout.
    void slowClients()
    {
        // The idle timeout must outlast the 200 handshakes, some 15 s under the sanitizers.
        const qint64 idleSeconds = sanitized::ms(3000) / 1000;
        auto endpoint =
            startEndpoint({QStringLiteral("--timeout-seconds"), QString::number(idleSeconds)});
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(QStringLiteral("Slow"), QStringLiteral("C"));
        std::vector<std::unique_ptr<QSslSocket>> slow;
        for (int i = 0; i < 200; ++i) {
            slow.push_back(connectTls(endpoint->port()));
            slow.back()->write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        }
        QElapsedTimer timer;
        timer.start();
        for (auto &socket : slow)
            socket->waitForEncrypted(qMax<qint64>(1, sanitized::ms(10000) - timer.elapsed()));
        int encrypted = 0;
        for (auto &socket : slow) {
            socket->flush();
            encrypted += socket->isEncrypted() ? 1 : 0;
        }
        QVERIFY2(encrypted >= 190, qPrintable(QString::number(encrypted)));
        QElapsedTimer answer;
        answer.start();
        QCOMPARE(endpoint->get(QStringLiteral("/api/v1/health"), token).status, 200);
        QVERIFY2(answer.elapsed() < sanitized::ms(1000),
                 qPrintable(QString::number(answer.elapsed())));
        // After the timeout every slow connection is closed by the endpoint.
        QElapsedTimer closing;
        closing.start();
        int open = 0;
        do {
            QTest::qWait(200);
            open = 0;
            for (auto &socket : slow)
                open += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        } while (open > 0 && closing.elapsed() < (idleSeconds + 12) * 1000);
        QCOMPARE(open, 0);
    }

    void weakCipherSuitesAreRefused_data()
    {
        QTest::addColumn<QString>("cipher");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("TLS 1.3") << QString() << int(QSsl::TlsV1_3) << true;
        QTest::newRow("ECDHE AES-GCM")
            << QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256") << int(QSsl::TlsV1_2) << true;
        QTest::newRow("ECDHE ChaCha20")
            << QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305") << int(QSsl::TlsV1_2) << true;
        QTest::newRow("ECDHE but CBC")
            << QStringLiteral("ECDHE-ECDSA-AES128-SHA") << int(QSsl::TlsV1_2) << false;
        QTest::newRow("ECDHE but CBC SHA-256")
            << QStringLiteral("ECDHE-ECDSA-AES128-SHA256") << int(QSsl::TlsV1_2) << false;
        QTest::newRow("no forward secrecy")
            << QStringLiteral("AES128-SHA") << int(QSsl::TlsV1_2) << false;
        QTest::newRow("no forward secrecy GCM")
            << QStringLiteral("AES128-GCM-SHA256") << int(QSsl::TlsV1_2) << false;
    }

    void weakCipherSuitesAreRefused()
    {
        QFETCH(QString, cipher);
        QFETCH(int, protocol);
        QFETCH(bool, accepted);
        static std::unique_ptr<EndpointProcess> endpoint;
        if (!endpoint)
            endpoint = startEndpoint();
        QVERIFY(endpoint);
        QList<QSslCipher> ciphers;
        if (!cipher.isEmpty()) {
            const QSslCipher suite(cipher);
            QVERIFY2(!suite.isNull(), qPrintable(cipher)); // this OpenSSL knows it
            ciphers.append(suite);
        }
        auto socket = connectTls(endpoint->port(), ciphers, QSsl::SslProtocol(protocol));
        QCOMPARE(socket->waitForEncrypted(10000), accepted);
        if (accepted && !cipher.isEmpty())
            QCOMPARE(socket->sessionCipher().name(), cipher);
    }

    // A path that holds a line break cannot write a line of its own into the request log.
    void forgedLogLine()
    {
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(QStringLiteral("Log"), QStringLiteral("C"));
        auto socket = connectTls(endpoint->port());
        QVERIFY(socket->waitForEncrypted(10000));
        socket->write("GET /x%0A2026-12-06T10:00:00.000%20info%20request%20GET%20/api/v1/"
                      "dashboard%20-%3E%20200 HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer " +
                      token.toLatin1() + "\r\n\r\n");
        QVERIFY(readResponse(*socket, 5000).startsWith("HTTP/1.1 404"));
        QVERIFY(endpoint->terminate());
        const QList<QByteArray> lines = endpoint->log().split('\n');
        for (const QByteArray &line : lines)
            QVERIFY2(!line.startsWith("2026-12-06T10:00:00.000"), line.constData());
        QVERIFY(endpoint->log().contains("request GET /x\\x0a2026-12-06T10:00:00.000"));
    }

    // An organisation cannot forge a row or a column in the administrator's listing, and the
    // administrator resolves a request the organisation then sees resolved.
    void deletionRequestRoundTrip()
    {
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(QStringLiteral("Zorg"), QStringLiteral("C"));
        const QString forged = QStringLiteral("R-1\n2026-01-01T00:00:00.000Z\tfake\tOther org\t"
                                              "participants\tR-9\u202e");
        const HttpReply added = endpoint->request(
            "POST", QStringLiteral("/api/v1/deletion-requests"), token,
            QJsonDocument(QJsonObject{{QStringLiteral("dataset"), QStringLiteral("participants")},
                                      {QStringLiteral("reference"), forged},
                                      {QStringLiteral("reason"), QStringLiteral("a\tb\nc")}})
                .toJson(),
            {{"Content-Type", "application/json"}});
        QCOMPARE(added.status, 201);
        const QString id = added.json.value(QStringLiteral("id")).toString();
        QByteArray out;
        QCOMPARE(
            endpoint->admin({QStringLiteral("deletion-requests"), QStringLiteral("list")}, &out),
            0);
        QCOMPARE(out.count('\n'), 1);
        QCOMPARE(out.trimmed().split('\t').size(), 7);
        QVERIFY(out.contains("R-1\\u{000a}2026"));
        QVERIFY(out.contains("\\u{202e}"));
        QVERIFY(out.trimmed().endsWith("open"));

        const auto state = [&]() {
            return endpoint->get(QStringLiteral("/api/v1/deletion-requests"), token)
                .json.value(QStringLiteral("deletionRequests"))
                .toArray()
                .first()
                .toObject();
        };
        QCOMPARE(state().value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(endpoint->admin({QStringLiteral("deletion-requests"), QStringLiteral("resolve"),
                                  id, QStringLiteral("--note"),
                                  QStringLiteral("Removed from the 2026 figures")}),
                 0);
        QCOMPARE(state().value(QStringLiteral("state")).toString(), QStringLiteral("resolved"));
        QCOMPARE(state().value(QStringLiteral("resolution")).toString(),
                 QStringLiteral("Removed from the 2026 figures"));
        QVERIFY(!state().value(QStringLiteral("resolvedAt")).toString().isEmpty());
        QCOMPARE(endpoint->admin({QStringLiteral("deletion-requests"), QStringLiteral("resolve"),
                                  id, QStringLiteral("--note"), QStringLiteral("again")}),
                 2);
    }

    // Files of the endpoint are its account's only; packages go when withdrawn or expired.
    void filesAndRetention()
    {
        const QString dataDir = m_dir.path() + QStringLiteral("/retention");
        auto endpoint =
            startEndpoint({QStringLiteral("--retention-days"), QStringLiteral("0")}, dataDir);
        QVERIFY(endpoint);
        const QString token = endpoint->addAccount(QStringLiteral("Keep"), QStringLiteral("C"));
        QByteArray type;
        const auto submitted = [&](int seed) {
            const HttpReply reply = endpoint->submit(
                token, Fixtures::package(Fixtures::participantsCsv(20, 0, 0, seed), &type), type,
                seed % 2 == 0);
            const QString id = reply.json.value(QStringLiteral("id")).toString();
            endpoint->waitProcessed(token, id);
            return id;
        };
        const QString first = submitted(1);
        const QString second = submitted(2);
        const QDir packages(dataDir + QStringLiteral("/packages"));
        QCOMPARE(packages.entryList(QDir::Files).size(), 2);
        const auto mode = [](const QString &path) {
            return QFileInfo(path).permissions() &
                   (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                    QFile::WriteOther | QFile::ExeOther);
        };
        QCOMPARE(mode(dataDir), QFile::Permissions());
        QCOMPARE(mode(dataDir + QStringLiteral("/endpoint.sqlite")), QFile::Permissions());
        QCOMPARE(mode(packages.path()), QFile::Permissions());
        for (const QString &name : packages.entryList(QDir::Files))
            QCOMPARE(mode(packages.filePath(name)), QFile::Permissions());
        QCOMPARE(QDir(dataDir + QStringLiteral("/spool")).entryList(QDir::Files).size(), 0);

        // Withdrawn: the package goes at once, the report stays.
        QCOMPARE(endpoint
                     ->request("POST", QStringLiteral("/api/v1/submissions/%1/withdraw").arg(first),
                               token)
                     .status,
                 200);
        QCOMPARE(packages.entryList(QDir::Files).size(), 1);
        QVERIFY(!endpoint->get(QStringLiteral("/api/v1/submissions/") + first, token)
                     .json.value(QStringLiteral("reports"))
                     .toArray()
                     .isEmpty());
        // Past the keeping time (0 days here): gone at the next start, the report stays.
        QVERIFY(endpoint->terminate());
        QTest::qWait(20);
        QVERIFY(endpoint->start({QStringLiteral("--retention-days"), QStringLiteral("0")}));
        QTRY_VERIFY2_WITH_TIMEOUT(packages.entryList(QDir::Files).isEmpty(),
                                  (packages.entryList(QDir::Files).join(QLatin1Char(' ')) +
                                   QString::fromUtf8(endpoint->log().right(700)))
                                      .toUtf8()
                                      .constData(),
                                  10000);
        QCOMPARE(endpoint->get(QStringLiteral("/api/v1/submissions/") + second, token)
                     .json.value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("approved"));
    }

    // A renewed certificate is taken on SIGHUP; a connection opened before keeps working.
    void certificateReloadOnSighup()
    {
        const QString dir = m_dir.path() + QStringLiteral("/reload");
        QVERIFY(QDir().mkpath(dir));
        QString error;
        const std::optional<TestCertificate> first = TestCertificate::make(dir, &error);
        QVERIFY2(first, qPrintable(error));
        EndpointProcess endpoint(*first, m_dir.path() + QStringLiteral("/reload-data"), QString());
        QVERIFY(endpoint.start({}, &error));
        const QString token = endpoint.addAccount(QStringLiteral("Tls"), QStringLiteral("C"));
        auto before = std::make_unique<QSslSocket>();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the test compares the certificates itself
        before->setSslConfiguration(tls);
        before->connectToHostEncrypted(QStringLiteral("127.0.0.1"), endpoint.port());
        QVERIFY(before->waitForEncrypted(10000));
        QCOMPARE(before->peerCertificate(), first->certificate);

        const QString renewedDir = dir + QStringLiteral("/renewed");
        QVERIFY(QDir().mkpath(renewedDir));
        const std::optional<TestCertificate> renewed = TestCertificate::make(renewedDir, &error);
        QVERIFY2(renewed, qPrintable(error));
        QVERIFY(renewed->certificate != first->certificate);
        QFile::remove(first->certificateFile);
        QFile::remove(first->keyFile);
        QVERIFY(QFile::copy(renewed->certificateFile, first->certificateFile));
        QVERIFY(QFile::copy(renewed->keyFile, first->keyFile));
        ::kill(static_cast<pid_t>(endpoint.process().processId()), SIGHUP);
        QTRY_VERIFY_WITH_TIMEOUT(endpoint.log().contains("certificate and key read again"), 10000);

        QSslSocket after;
        after.setSslConfiguration(tls);
        after.connectToHostEncrypted(QStringLiteral("127.0.0.1"), endpoint.port());
        QVERIFY(after.waitForEncrypted(10000));
        QCOMPARE(after.peerCertificate(), renewed->certificate);
        // The connection from before the reload still carries requests.
        before->write("GET /api/v1/health HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer " +
                      token.toLatin1() + "\r\n\r\n");
        QVERIFY(readResponse(*before, 5000).startsWith("HTTP/1.1 200"));
        QVERIFY(endpoint.terminate());
    }

    // A dump would hold keys and decrypted data: the endpoint runs with core dumps off.
    void noCoreDumps()
    {
        auto endpoint = startEndpoint();
        QVERIFY(endpoint);
        QFile limits(QStringLiteral("/proc/%1/limits").arg(endpoint->process().processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QByteArray text = limits.readAll();
        const qsizetype at = text.indexOf("Max core file size");
        QVERIFY(at >= 0);
        const QList<QByteArray> fields =
            text.mid(at + 18, text.indexOf('\n', at) - at - 18).simplified().split(' ');
        QCOMPARE(fields.value(0), QByteArray("0"));
        QCOMPARE(fields.value(1), QByteArray("0"));
    }

    // The command line and the app switch core dumps off too: started with a passphrase file
    // that is a FIFO nobody writes yet, each waits on it, and its limits can be read.
    void noCoreDumpsInTheAppAndTheCommandLine_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        const QString binary = qEnvironmentVariable("VELDBOEK_BINARY_DIR");
        const QString fifo = m_dir.path() + QStringLiteral("/passphrase.fifo");
        const QString reg = m_dir.path() + QStringLiteral("/dump.veldboek");
        QTest::newRow("veldboek-cli")
            << binary + QStringLiteral("/app/cli/veldboek-cli")
            << QStringList{QStringLiteral("init"), reg, QStringLiteral("--passphrase-file"), fifo};
        QTest::newRow("veldboek") << binary + QStringLiteral("/app/gui/veldboek")
                                  << QStringList{reg, QStringLiteral("--passphrase-file"), fifo};
    }

    void noCoreDumpsInTheAppAndTheCommandLine()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        const QString fifo =
            arguments.at(arguments.indexOf(QStringLiteral("--passphrase-file")) + 1);
        QFile::remove(fifo);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess process;
        process.start(program, arguments);
        QVERIFY(process.waitForStarted(10000));
        QByteArray text;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                QFile limits(QStringLiteral("/proc/%1/limits").arg(process.processId()));
                text = limits.open(QIODevice::ReadOnly) ? limits.readAll() : QByteArray();
                return text.contains("Max core file size        0                    0");
            }(),
            10000);
        process.kill();
        process.waitForFinished(10000);
        QFile::remove(fifo);
    }

    // Off loopback, PostgreSQL is reached with the server's certificate checked: against a
    // server without TLS (the test's own, also listening on 127.0.0.2) the connection is refused
    // unless the URL itself says sslmode.
    void postgresqlOverANetworkNeedsTls()
    {
        if (PostgresServer::binDir().isEmpty())
            QSKIP("PostgreSQL is not installed (.ci/install-deps.sh installs it)");
        PostgresServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString local = server.url();
        QString remote = local;
        remote.replace(QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2"));
        const auto list = [&](const QString &url, QByteArray *err) {
            QProcess process;
            process.start(EndpointProcess::program(),
                          {QStringLiteral("account"), QStringLiteral("list"),
                           QStringLiteral("--data"), m_dir.path() + QStringLiteral("/pg"),
                           QStringLiteral("--db"), url});
            process.waitForFinished(60000);
            *err = process.readAllStandardError();
            return process.exitCode();
        };
        QByteArray err;
        QCOMPARE(list(local, &err), 0);
        QCOMPARE(list(remote, &err), 2);
        QVERIFY2(err.contains("SSL"), err.constData());
        QCOMPARE(list(remote + QStringLiteral("?sslmode=disable"), &err), 0);
    }

    // A database password never goes on the command line, where every account can read it.
    void noPasswordInTheDatabaseUrl()
    {
        QProcess process;
        process.start(EndpointProcess::program(),
                      {QStringLiteral("serve"), QStringLiteral("--cert"),
                       m_certificate->certificateFile, QStringLiteral("--key"),
                       m_certificate->keyFile, QStringLiteral("--data"),
                       m_dir.path() + QStringLiteral("/pw"), QStringLiteral("--db"),
                       QStringLiteral("postgresql://veldboek:s3cret@db.example.org/veldboek")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray err = process.readAllStandardError();
        QVERIFY(err.contains("PGPASSWORD"));
        QVERIFY(!err.contains("s3cret"));
    }
};

QTEST_GUILESS_MAIN(TestEndpointHardening)
#include "tst_endpointhardening.moc"
