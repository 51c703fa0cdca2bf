#include "Pseudonymiser.h"

#include "keys/SecretBytes.h"
#include "storage/Register.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <openssl/evp.h>

namespace veldboek {

namespace {

const QString SettingKey = QStringLiteral("pseudonymisation_key");
constexpr int Iterations = 600000;
constexpr int SaltSize = 16;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;

QByteArray deriveKey(const QByteArray &passphrase, const QByteArray &salt, int iterations)
{
    QByteArray key(Pseudonymiser::KeySize, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(passphrase.constData(), static_cast<int>(passphrase.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()),
                      static_cast<int>(salt.size()), iterations, EVP_sha256(),
                      static_cast<int>(key.size()), reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

// AES-256-GCM in one direction or the other; false when the tag does not match.
bool gcm(bool encrypt, const QByteArray &key, const QByteArray &nonce, const QByteArray &in,
         QByteArray *out, QByteArray *tag)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    bool ok = ctx != nullptr;
    int length = 0;
    out->resize(in.size());
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *n = reinterpret_cast<const unsigned char *>(nonce.constData());
    auto *o = reinterpret_cast<unsigned char *>(out->data());
    const auto *i = reinterpret_cast<const unsigned char *>(in.constData());
    if (encrypt) {
        ok = ok && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, k, n) == 1 &&
             EVP_EncryptUpdate(ctx, o, &length, i, static_cast<int>(in.size())) == 1 &&
             EVP_EncryptFinal_ex(ctx, o + length, &length) == 1;
        tag->resize(TagSize);
        ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, TagSize, tag->data()) == 1;
    } else {
        ok = ok && tag->size() == TagSize &&
             EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, k, n) == 1 &&
             EVP_DecryptUpdate(ctx, o, &length, i, static_cast<int>(in.size())) == 1 &&
             EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, TagSize, tag->data()) == 1 &&
             EVP_DecryptFinal_ex(ctx, o + length, &length) == 1;
    }
    EVP_CIPHER_CTX_free(ctx);
    return ok;
}

} // namespace

Pseudonymiser::Pseudonymiser(const QByteArray &key, const QString &destination)
    : m_key(key.constData(), key.size())
    , m_destination(destination.toUtf8() + '\0')
{}

QString Pseudonymiser::portalDestination(const QString &specId)
{
    return specId + QStringLiteral("-portal");
}

Pseudonymiser::~Pseudonymiser()
{
    wipe(m_key);
}

QString Pseudonymiser::normaliseBsn(QStringView bsn)
{
    QString digits;
    for (const QChar c : bsn) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char('-'))
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return bsn.trimmed().toString();
        digits.append(c);
    }
    if (digits.isEmpty() || digits.size() > 9)
        return digits;
    return digits.rightJustified(9, QLatin1Char('0'));
}

QString Pseudonymiser::pseudonym(QStringView bsn) const
{
    const QString normalised = normaliseBsn(bsn);
    if (normalised.isEmpty())
        return {};
    return QString::fromLatin1(QMessageAuthenticationCode::hash(m_destination + normalised.toUtf8(),
                                                                m_key, QCryptographicHash::Sha256)
                                   .toHex());
}

std::optional<QByteArray> Pseudonymiser::organisationKey(Register &reg, bool create)
{
    QByteArray key = reg.setting(SettingKey).toByteArray();
    if (key.size() == KeySize)
        return key;
    if (!create)
        return std::nullopt;
    key = randomBytes(KeySize);
    if (!reg.setSetting(SettingKey, key))
        return std::nullopt;
    return key;
}

bool Pseudonymiser::setOrganisationKey(Register &reg, const QByteArray &key)
{
    return key.size() == KeySize && reg.setSetting(SettingKey, key);
}

QByteArray Pseudonymiser::exportKey(const QByteArray &key, const QByteArray &passphrase)
{
    const QByteArray salt = randomBytes(SaltSize);
    const QByteArray nonce = randomBytes(NonceSize);
    QByteArray wrapping = deriveKey(passphrase, salt, Iterations);
    QByteArray ciphertext;
    QByteArray tag;
    const bool ok = gcm(true, wrapping, nonce, key, &ciphertext, &tag);
    wipe(wrapping);
    if (!ok)
        return {};
    const QJsonObject document{
        {QStringLiteral("format"), QStringLiteral("veldboek-organisation-key-1")},
        {QStringLiteral("kdf"), QStringLiteral("pbkdf2-hmac-sha256")},
        {QStringLiteral("iterations"), Iterations},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
        {QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
        {QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toBase64())},
        {QStringLiteral("tag"), QString::fromLatin1(tag.toBase64())},
    };
    return QJsonDocument(document).toJson();
}

std::optional<QByteArray> Pseudonymiser::importKey(const QByteArray &document,
                                                   const QByteArray &passphrase)
{
    // A key file is a few hundred bytes; whatever it claims is checked before it is used: the
    // cipher reads exactly 12 nonce bytes, and the iteration count is work we are made to do.
    if (document.size() > 64 * 1024)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(document).object();
    if (json.value(QStringLiteral("format")).toString() !=
        QLatin1String("veldboek-organisation-key-1"))
        return std::nullopt;
    auto field = [&](const char *name) {
        return QByteArray::fromBase64(json.value(QLatin1String(name)).toString().toLatin1());
    };
    const int iterations = json.value(QStringLiteral("iterations")).toInt();
    if (iterations < 100000 || iterations > 10000000)
        return std::nullopt;
    const QByteArray salt = field("salt");
    const QByteArray nonce = field("nonce");
    const QByteArray ciphertext = field("ciphertext");
    QByteArray tag = field("tag");
    if (salt.size() < SaltSize || salt.size() > 1024 || nonce.size() != NonceSize ||
        tag.size() != TagSize || ciphertext.size() != KeySize)
        return std::nullopt;
    QByteArray wrapping = deriveKey(passphrase, salt, iterations);
    QByteArray key;
    const bool ok = gcm(false, wrapping, nonce, ciphertext, &key, &tag);
    wipe(wrapping);
    if (!ok || key.size() != KeySize) {
        wipe(key);
        return std::nullopt;
    }
    return key;
}

} // namespace veldboek
