#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace veldboek {

class Register;

// Pseudonymisation at the source: HMAC-SHA-256 with the organisation's key over the destination,
// a zero byte and the normalised citizen service number, as lowercase hex. The key never leaves
// the organisation except encrypted (exportKey), so the same person gets the same pseudonym in
// every register of the organisation and a different one in every other organisation; the
// destination in the input gives one person unrelated pseudonyms at different destinations (the
// CEM+ portal, Veldboek's endpoint), so two files cannot be linked on it (docs/privacy.md).
class Pseudonymiser
{
public:
    static constexpr int KeySize = 32;

    // Destinations: a portal file is "<spec id>-portal" (PortalExport), a submission "endpoint".
    static constexpr const char *endpointDestination = "endpoint";
    static QString portalDestination(const QString &specId);

    Pseudonymiser(const QByteArray &key, const QString &destination);
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
    QByteArray m_destination; // UTF-8, followed by a zero byte: no destination is another's prefix
};

} // namespace veldboek
