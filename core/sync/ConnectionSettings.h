#pragma once

#include "EndpointProfile.h"

namespace veldboek {

class Register;

// The endpoint profile of a register, kept with the register: address, CA file and pin in its
// settings table, the token in the keychain when the register's own key is there, otherwise
// (passphrase mode) inside the encrypted register. Never in a settings file.
class ConnectionSettings
{
public:
    enum class TokenPlace { Keychain, Register };

    explicit ConnectionSettings(Register &reg);

    TokenPlace tokenPlace() const { return m_place; }
    bool isConfigured() const; // an address and a token are known
    bool hasToken() const;

    // The stored profile; the token is read from where it is kept. *error when that fails.
    EndpointProfile load(QString *error) const;
    // Stores address, CA file and pin; the token only when `profile.token` is not empty, so a
    // dialog can leave the stored token alone. Also makes the organisation key that
    // pseudonymised fields are hashed with, so that sending never has to change the register.
    bool save(const EndpointProfile &profile, QString *error);

private:
    QString keychainAccount() const;

    Register &m_register;
    TokenPlace m_place;
};

} // namespace veldboek
