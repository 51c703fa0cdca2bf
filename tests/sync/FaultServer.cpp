#include "FaultServer.h"

#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>

namespace veldboek::test {

namespace {

QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

void respond(QIODevice *socket, int status, const QByteArray &contentType, const QByteArray &body)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + " Fault\r\nContent-Type: " +
                  contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\n\r\n" + body);
    qobject_cast<QSslSocket *>(socket)->disconnectFromHost();
}

} // namespace

FaultServer::FaultServer(const QString &certificateFile, const QString &keyFile,
                         quint16 upstreamPort, const QSslCertificate &upstreamCertificate)
    : m_upstreamPort(upstreamPort)
    , m_upstreamCertificate(upstreamCertificate)
{
    m_certificate = QSslCertificate::fromPath(certificateFile).value(0);
    QFile key(keyFile);
    if (key.open(QIODevice::ReadOnly))
        m_key = QSslKey(key.readAll(), QSsl::Ec);
    listen(QHostAddress::LocalHost, 0);
}

QString FaultServer::url() const
{
    return QStringLiteral("https://127.0.0.1:") + QString::number(serverPort());
}

int FaultServer::posts() const
{
    int count = 0;
    for (const SeenRequest &request : m_seen)
        count += request.method == "POST" ? 1 : 0;
    return count;
}

FaultServer::Fault FaultServer::next()
{
    if (!m_script.isEmpty())
        return m_script.takeFirst();
    return m_always.value_or(Fault{});
}

void FaultServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    auto fault = std::make_shared<std::optional<Fault>>();
    connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer, fault] {
        *buffer += socket->readAll();
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer->left(end);
        const qint64 length = headerValue(head, "Content-Length").toLongLong();
        const qint64 received = buffer->size() - end - 4;
        if (!fault->has_value()) {
            *fault = next();
            const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
            m_seen.append({requestLine.value(0), requestLine.value(1),
                           headerValue(head, "Idempotency-Key"), length});
        }
        const Fault &action = **fault;
        if (action.kind == Fault::Kind::CutHalfway && received >= length / 2) {
            socket->abort(); // the line goes dead in the middle of the upload
            return;
        }
        if (received < length)
            return;
        switch (action.kind) {
        case Fault::Kind::Answer:
            respond(socket, action.status, action.contentType, action.body);
            break;
        case Fault::Kind::Hang:
            break;
        default:
            forward(socket, head, buffer->mid(end + 4, length));
            break;
        }
        buffer->clear();
    });
    socket->startServerEncryption();
}

void FaultServer::forward(QIODevice *socket, const QByteArray &head, const QByteArray &body)
{
    const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:") +
                                 QString::number(m_upstreamPort) +
                                 QString::fromLatin1(requestLine.value(1))));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_upstreamCertificate});
    request.setSslConfiguration(tls);
    for (const QByteArray &name :
         {QByteArray("Authorization"), QByteArray("Content-Type"), QByteArray("Content-Encoding"),
          QByteArray("Idempotency-Key"), QByteArray("Accept-Language")}) {
        const QByteArray value = headerValue(head, name);
        if (!value.isEmpty())
            request.setRawHeader(name, value);
    }
    QPointer<QIODevice> client(socket);
    QNetworkReply *reply = m_upstream.sendCustomRequest(request, requestLine.value(0), body);
    connect(reply, &QNetworkReply::finished, this, [reply, client] {
        reply->deleteLater();
        if (!client)
            return;
        respond(client, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll());
    });
}

} // namespace veldboek::test
