#pragma once

#include <QString>

namespace veldboek {

// Why a register could not be opened, created, written or restored. Every code has a message
// that says what is wrong and what the user can do about it.
struct RegisterError
{
    enum class Code {
        None,
        NotFound,
        AlreadyExists,
        NotARegister,
        PlainDatabase,
        Truncated,
        WrongKey,
        NoKeyInKeychain,
        KeychainUnavailable,
        NewerVersion,
        ReadOnly,
        DiskFull,
        Damaged,
        WrongBackupPassphrase,
        FileGone, // the open register's file was moved, deleted or replaced behind its back
        Io,
        // Named users (core/storage/RegisterUsers.h)
        UsersDamaged,    // REGISTER.users unreadable or changed by hand
        NotPermitted,    // the user's role may not do this; detail is roles::refusal()
        UserExists,      // detail: the name
        UnknownUser,     // detail: the name
        LastBeheerder,   // the last beheerder, or oneself, cannot be removed
        PassphraseInUse, // two users may not share a passphrase
        InvalidUserName, // detail: the name
        // A change the register's rules refuse (core/selfreg/SelfRegInbox.h); detail is the
        // translated reason, which is the message.
        Refused,
    };

    Code code = Code::None;
    QString path;
    QString detail; // technical detail for logs and the "details" part of a dialog

    explicit operator bool() const { return code != Code::None; }
    // Translated text: what happened, then what to do.
    QString message() const;
    // A stable identifier for logs, tests and the JSON output of the command line.
    QString id() const;

    static RegisterError make(Code code, const QString &path, const QString &detail = {});

private:
    // The messages of the named-users codes (core/storage/RegisterUsers.h).
    QString namedUsersMessage(const QString &file) const;
};

} // namespace veldboek
