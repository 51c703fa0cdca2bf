#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

namespace veldboek::test {

// A TLS server in front of the real endpoint that misbehaves on cue: per request it answers as
// scripted (a 500, a captive portal's HTML page, nothing at all, a connection cut off half-way
// through the upload) and, once the script is used up, passes the request on to the endpoint
// and its answer back. It presents the endpoint's own certificate, so the client's TLS checks
// pass and only the fault is tested.
class FaultServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Fault
    {
        enum class Kind { Forward, Answer, Hang, CutHalfway };
        Kind kind = Kind::Forward;
        int status = 0;
        QByteArray contentType;
        QByteArray body;

        static Fault answer(int status, const QByteArray &contentType, const QByteArray &body)
        {
            return {Kind::Answer, status, contentType, body};
        }
    };
    struct SeenRequest
    {
        QByteArray method;
        QByteArray path;
        QByteArray idempotencyKey;
        qint64 bodyBytes = 0;
    };

    FaultServer(const QString &certificateFile, const QString &keyFile, quint16 upstreamPort,
                const QSslCertificate &upstreamCertificate);

    void script(const QList<Fault> &faults) { m_script = faults; }
    // Every request scripted with `fault` from now on.
    void always(const Fault &fault) { m_always = fault; }
    QString url() const;
    const QList<SeenRequest> &seen() const { return m_seen; }
    int posts() const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Fault next();
    void forward(QIODevice *socket, const QByteArray &head, const QByteArray &body);

    QSslCertificate m_certificate;
    QSslKey m_key;
    quint16 m_upstreamPort;
    QNetworkAccessManager m_upstream;
    QSslCertificate m_upstreamCertificate;
    QList<Fault> m_script;
    std::optional<Fault> m_always;
    QList<SeenRequest> m_seen;
};

} // namespace veldboek::test
