#include "AccountToken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <array>

namespace veldboek {

QString AccountToken::generate()
{
    // QRandomGenerator::system() reads the kernel's CSPRNG (getrandom) for every call.
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()),
                           static_cast<qsizetype>(words.size() * sizeof(quint32)));
    return QStringLiteral("vbk_") +
           QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString AccountToken::hash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace veldboek
