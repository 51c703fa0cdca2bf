#include "ConnectionSettings.h"

#include "keys/Keychain.h"
#include "privacy/Pseudonymiser.h"
#include "storage/Register.h"

#include <QCoreApplication>

namespace veldboek {

namespace {

const QString endpointKey = QStringLiteral("sync.endpoint");
const QString caFileKey = QStringLiteral("sync.ca_file");
const QString pinKey = QStringLiteral("sync.pin");
const QString tokenKey = QStringLiteral("sync.token");

// A register whose key is in the keychain keeps its token there too; a passphrase register
// has no keychain to rely on, and its encrypted file is the safe place.
ConnectionSettings::TokenPlace placeFor(Register &reg)
{
    QByteArray key;
    const Keychain::Result result = Keychain::read(reg.fileId(), &key);
    key.fill('\0');
    return result.ok() ? ConnectionSettings::TokenPlace::Keychain
                       : ConnectionSettings::TokenPlace::Register;
}

} // namespace

ConnectionSettings::ConnectionSettings(Register &reg)
    : m_register(reg)
    , m_place(placeFor(reg))
{}

QString ConnectionSettings::keychainAccount() const
{
    return QStringLiteral("endpoint-token:") + m_register.registerId();
}

bool ConnectionSettings::hasToken() const
{
    if (m_place == TokenPlace::Register)
        return !m_register.setting(tokenKey).toString().isEmpty();
    QByteArray token;
    const bool found = Keychain::read(keychainAccount(), &token).ok() && !token.isEmpty();
    token.fill('\0');
    return found;
}

bool ConnectionSettings::isConfigured() const
{
    return !m_register.setting(endpointKey).toString().isEmpty() && hasToken();
}

EndpointProfile ConnectionSettings::load(QString *error) const
{
    EndpointProfile profile;
    profile.url = QUrl(m_register.setting(endpointKey).toString());
    profile.caFile = m_register.setting(caFileKey).toString();
    profile.pin = m_register.setting(pinKey).toString();
    if (m_place == TokenPlace::Register) {
        profile.token = m_register.setting(tokenKey).toString().toUtf8();
        return profile;
    }
    const Keychain::Result result = Keychain::read(keychainAccount(), &profile.token);
    if (!result.ok() && result.status != Keychain::Status::NotFound)
        *error = QCoreApplication::translate("sync", "The token could not be read from the "
                                                     "keychain: %1")
                     .arg(result.detail);
    return profile;
}

bool ConnectionSettings::save(const EndpointProfile &profile, QString *error)
{
    if (!profile.token.isEmpty() && m_place == TokenPlace::Keychain) {
        const Keychain::Result result = Keychain::write(keychainAccount(), profile.token);
        if (!result.ok()) {
            *error = QCoreApplication::translate("sync", "The token could not be stored in the "
                                                         "keychain: %1")
                         .arg(result.detail);
            return false;
        }
    }
    const bool saved = m_register.transaction([&] {
        if (!m_register.setSetting(endpointKey, profile.url.toString()) ||
            !m_register.setSetting(caFileKey, profile.caFile) ||
            !m_register.setSetting(pinKey, profile.pin))
            return false;
        if (!profile.token.isEmpty() && m_place == TokenPlace::Register &&
            !m_register.setSetting(tokenKey, QString::fromUtf8(profile.token)))
            return false;
        return Pseudonymiser::organisationKey(m_register, true).has_value();
    });
    if (!saved)
        *error = m_register.lastError().message();
    return saved;
}

} // namespace veldboek
