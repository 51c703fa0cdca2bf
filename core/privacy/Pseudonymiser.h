#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace veldboek {

class Register;

// Pseudonymisation at the source: HMAC-SHA-256 over the normalised citizen service number with
// the organisation's key, as lowercase hex. The key never leaves the organisation except
// encrypted (exportKey), so the same person gets the same pseudonym in every register of the
// organisation and a different one in every other organisation.
class Pseudonymiser
{
public:
    static constexpr int KeySize = 32;

    explicit Pseudonymiser(const QByteArray &key);
    ~Pseudonymiser();
    Pseudonymiser(const Pseudonymiser &) = delete;
    Pseudonymiser &operator=(const Pseudonymiser &) = delete;

    // Digits only, left-padded with zeros to nine ("12345672" -> "012345672"); spaces, dots and
    // dashes that people type are removed. Anything else is returned trimmed, unchanged.
    static QString normaliseBsn(QStringView bsn);
    // Empty input gives an empty pseudonym: there is nobody to pseudonymise.
    QString pseudonym(QStringView bsn) const;

    // The organisation key kept inside the (encrypted) register; made from the CSPRNG on first
    // use when `create` is set. nullopt when there is none or it cannot be stored.
    static std::optional<QByteArray> organisationKey(Register &reg, bool create);
    // Replaces the register's organisation key (importing the key of another department).
    static bool setOrganisationKey(Register &reg, const QByteArray &key);

    // The key encrypted under a passphrase (PBKDF2-HMAC-SHA-256, 600,000 iterations;
    // AES-256-GCM), as a small JSON document. importKey returns nullopt for a wrong passphrase
    // or a damaged file.
    static QByteArray exportKey(const QByteArray &key, const QByteArray &passphrase);
    static std::optional<QByteArray> importKey(const QByteArray &document,
                                               const QByteArray &passphrase);

private:
    QByteArray m_key;
};

} // namespace veldboek
