#pragma once

#include "Register.h"
#include "Roles.h"

#include <QList>
#include <memory>

namespace veldboek {

// Named users of a register (issue 19; docs/storage.md, "Named users"): who they are, adding and
// removing them, and unlocking a register through their key slots (core/storage/UserSlots.h).
// A register starts with one key, held by its one beheerder; the first user added turns it into
// a register with a random data key and a users file, holding the beheerder under their own
// passphrase (or keychain entry) and the new user.
class RegisterUsers
{
public:
    struct Entry
    {
        QString name;
        Role role = Role::Beheerder;
        bool keychain = false; // unlocked by a keychain entry instead of a passphrase
    };

    // Whether the register at `path` has a users file (or one half written by an interrupted
    // re-key): then only its slots open it.
    static bool present(const QString &registerPath);
    // The users of the open register; in a one-key register its beheerder.
    static QList<Entry> list(const Register &reg, RegisterError *error);

    // Adds a user with their own passphrase (`newPassphrase`; never empty). The beheerder
    // confirms with their own passphrase (`ownPassphrase`; empty when their key is in the
    // keychain). A one-key register is re-keyed once here (see above); `reg` is re-opened then.
    static bool add(std::unique_ptr<Register> &reg, QByteArray ownPassphrase, const QString &name,
                    Role role, QByteArray newPassphrase, RegisterError *error);
    // Removes a user and re-keys the register: the removed user's slot opens nothing from now
    // on. On success `reg` is the re-opened register; on failure it is still open on the old key,
    // or null when the file swap itself failed (then open the register again as before).
    static bool remove(std::unique_ptr<Register> &reg, const QString &name, RegisterError *error);

    // The user who unlocked `reg` changes their own passphrase (any role): only their slot is
    // wrapped anew, nothing is re-keyed. In a register with one key this is KeyStore::rekey.
    static bool changeOwnPassphrase(const Register &reg, QByteArray oldPassphrase,
                                    QByteArray newPassphrase, RegisterError *error);

    // Opens a register that has a users file; the slot is found by the passphrase, or by the
    // keychain when it is empty. Finishes or rolls back a re-key a crash interrupted.
    static std::unique_ptr<Register> open(const QString &path, QByteArray passphrase,
                                          RegisterError *error);
};

} // namespace veldboek
