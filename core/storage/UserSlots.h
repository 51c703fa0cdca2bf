#pragma once

#include "Roles.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace veldboek {

// The key slots of a register with named users: the file REGISTER.users beside the register
// (docs/storage.md, "Named users"). The register is encrypted with a random data key. Each user
// has an X25519 key pair; the data key is sealed to every user's public key (as age does for its
// recipients), and the user's secret key is wrapped by their passphrase (PBKDF2, one salt per
// file) or by a random key in the OS keychain. Sealing to public keys is what lets a beheerder
// re-key the register for the others when one is removed, without knowing their passphrases.
//
// Nothing here is secret in the clear: names and roles are readable by whoever has the file, as
// the file name of the register is. The names are bound to their slots (AES-GCM associated
// data), so a changed name or role no longer opens.
struct UserSlot
{
    enum class Kind { Passphrase, Keychain };
    QString name;
    Role role = Role::Invoerder;
    Kind kind = Kind::Passphrase;
    QByteArray publicKey;
    QByteArray wrappedSecretKey; // sealing::seal(KEK, secret key)
    QByteArray sealedDataKey;    // sealing::sealTo(public key, data key)
};

class UserSlots
{
public:
    static constexpr int MaxUsers = 100;
    static constexpr qint64 MaxFileSize = 1 << 20;

    // The users file of a register, and the next one during a re-key (written first, made the
    // users file last: docs/storage.md, "Named users").
    static QString filePath(const QString &registerPath);
    static QString pendingPath(const QString &registerPath);

    // A new, empty set with a fresh id and salt.
    static UserSlots fresh();
    // Reads and checks a users file; false with a reason (never a secret) when it is unreadable,
    // too large or malformed.
    static bool load(const QString &file, UserSlots *keySlots, QString *reason);
    // Writes atomically and durably: a temporary file, fsync, rename, fsync of the folder.
    bool save(const QString &file, QString *reason) const;

    QString id() const { return m_id; }
    const QList<UserSlot> &entries() const { return m_slots; }
    const UserSlot *find(const QString &name) const;
    int count(Role role) const;

    struct Unlocked
    {
        QString name;
        Role role = Role::Invoerder;
        QByteArray dataKey; // the caller wipes it
    };
    // The slot the passphrase opens, or nothing. One key derivation for all slots.
    std::optional<Unlocked> unlockWithPassphrase(const QByteArray &passphrase) const;
    // The first keychain slot whose key this OS account's keychain holds.
    std::optional<Unlocked> unlockWithKeychain() const;
    // Whether the passphrase already opens a slot (two users may not share one).
    bool passphraseInUse(const QByteArray &passphrase) const;

    // Adds a user whose secret key is wrapped by `passphrase`, or by a new keychain entry when it
    // is empty. False with a reason when the keychain refuses or the crypto fails.
    bool add(const QString &name, Role role, const QByteArray &passphrase,
             const QByteArray &dataKey, QString *reason);
    void remove(const QString &name);
    // Wraps the secret key of the passphrase slot that `oldPassphrase` opens with
    // `newPassphrase` instead; the key pair and the sealed data key stay. False when the old
    // passphrase opens no slot of `name`.
    bool changePassphrase(const QString &name, const QByteArray &oldPassphrase,
                          const QByteArray &newPassphrase);
    // Seals `dataKey` anew to every user's public key (after a re-key).
    bool resealDataKey(const QByteArray &dataKey);
    // Removes the keychain entries of keychain slots (when a user is removed for good).
    static void forgetKeychainEntry(const QString &id, const UserSlot &slot);

private:
    QByteArray secretAad(const QString &name) const;
    QByteArray dataKeyAad(const UserSlot &slot) const;
    std::optional<Unlocked> unwrap(const UserSlot &slot, const QByteArray &kek) const;

    QString m_id;
    QByteArray m_salt;
    int m_iterations = 0;
    QList<UserSlot> m_slots;
};

} // namespace veldboek
