#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <optional>

namespace veldboek {

// Where and how to reach one endpoint: its https address, the token, and optionally the CA file
// that signed its certificate and a pin of its public key. Each profile gets its own
// QNetworkAccessManager (see EndpointClient).
struct EndpointProfile
{
    QUrl url;
    QString caFile; // PEM; when set, only these certificates are trusted
    QString pin;    // "sha256/BASE64" of the certificate's SubjectPublicKeyInfo
    QByteArray token;

    // https with a host, a pin in the right form, a readable CA file. *error says what is wrong.
    bool isUsable(QString *error) const;
    // The TLS settings of this profile: peer verification always on.
    std::optional<QSslConfiguration> sslConfiguration(QString *error) const;
    // The pin of a certificate, in the form the profile takes.
    static QString publicKeyPin(const QSslCertificate &certificate);
    QUrl resolved(const QString &path) const;
};

} // namespace veldboek
