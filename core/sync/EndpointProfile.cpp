#include "EndpointProfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSslKey>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace veldboek {

bool EndpointProfile::isUsable(QString *error) const
{
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QCoreApplication::translate("sync", "The endpoint address is not a web address, "
                                                     "for example https://example.nl.");
        return false;
    }
    // Plain http would send the token and the register unprotected.
    if (url.scheme() != QLatin1String("https")) {
        *error = QCoreApplication::translate(
            "sync", "The endpoint address must start with https://; an unencrypted connection "
                    "is never used.");
        return false;
    }
    if (!pin.isEmpty()) {
        const QByteArray digest =
            QByteArray::fromBase64(pin.mid(7).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!pin.startsWith(QLatin1String("sha256/")) || digest.size() != 32) {
            *error = QCoreApplication::translate(
                "sync", "The pin must look like sha256/ followed by the Base64 SHA-256 of the "
                        "public key (44 characters).");
            return false;
        }
    }
    if (token.isEmpty()) {
        *error = QCoreApplication::translate("sync", "No token has been entered for the endpoint.");
        return false;
    }
    return sslConfiguration(error).has_value();
}

std::optional<QSslConfiguration> EndpointProfile::sslConfiguration(QString *error) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("sync", "The CA file %1 cannot be read: %2")
                         .arg(caFile, file.errorString());
            return std::nullopt;
        }
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certificates.isEmpty()) {
            *error = QCoreApplication::translate("sync",
                                                 "The CA file %1 holds no certificate in PEM form.")
                         .arg(caFile);
            return std::nullopt;
        }
        configuration.setCaCertificates(certificates);
    }
    return configuration;
}

QString EndpointProfile::publicKeyPin(const QSslCertificate &certificate)
{
    // The pin covers the whole SubjectPublicKeyInfo (algorithm and key), as HPKP and curl's
    // --pinnedpubkey do; QSslKey::toDer gives only the bare key for some algorithms, so the
    // encoding comes from OpenSSL directly.
    const QByteArray der = certificate.toDer();
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x509 = d2i_X509(nullptr, &bytes, der.size());
    if (!x509)
        return {};
    QByteArray spki;
    const int size = i2d_PUBKEY(X509_get0_pubkey(x509), nullptr);
    if (size > 0) {
        spki.resize(size);
        auto *out = reinterpret_cast<unsigned char *>(spki.data());
        i2d_PUBKEY(X509_get0_pubkey(x509), &out);
    }
    X509_free(x509);
    if (spki.isEmpty())
        return {};
    return QStringLiteral("sha256/") +
           QString::fromLatin1(
               QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

QUrl EndpointProfile::resolved(const QString &path) const
{
    QUrl base = url;
    QString basePath = base.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    base.setPath(basePath + path);
    return base;
}

} // namespace veldboek
