#include "RegisterError.h"

#include <QCoreApplication>
#include <QDir>

namespace veldboek {

RegisterError RegisterError::make(Code code, const QString &path, const QString &detail)
{
    return RegisterError{code, path, detail};
}

QString RegisterError::id() const
{
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::NotFound:
        return QStringLiteral("not-found");
    case Code::AlreadyExists:
        return QStringLiteral("already-exists");
    case Code::NotARegister:
        return QStringLiteral("not-a-register");
    case Code::PlainDatabase:
        return QStringLiteral("plain-database");
    case Code::Truncated:
        return QStringLiteral("truncated");
    case Code::WrongKey:
        return QStringLiteral("wrong-key");
    case Code::NoKeyInKeychain:
        return QStringLiteral("no-key-in-keychain");
    case Code::KeychainUnavailable:
        return QStringLiteral("keychain-unavailable");
    case Code::NewerVersion:
        return QStringLiteral("newer-version");
    case Code::ReadOnly:
        return QStringLiteral("read-only");
    case Code::DiskFull:
        return QStringLiteral("disk-full");
    case Code::Damaged:
        return QStringLiteral("damaged");
    case Code::WrongBackupPassphrase:
        return QStringLiteral("wrong-backup-passphrase");
    case Code::FileGone:
        return QStringLiteral("file-gone");
    case Code::Io:
        return QStringLiteral("io");
    case Code::UsersDamaged:
        return QStringLiteral("users-damaged");
    case Code::NotPermitted:
        return QStringLiteral("not-permitted");
    case Code::UserExists:
        return QStringLiteral("user-exists");
    case Code::UnknownUser:
        return QStringLiteral("unknown-user");
    case Code::LastBeheerder:
        return QStringLiteral("last-beheerder");
    case Code::PassphraseInUse:
        return QStringLiteral("passphrase-in-use");
    case Code::InvalidUserName:
        return QStringLiteral("invalid-user-name");
    case Code::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("unknown");
}

QString RegisterError::namedUsersMessage(const QString &file) const
{
    switch (code) {
    case Code::UsersDamaged:
        return QCoreApplication::translate(
                   "RegisterError",
                   "The users file of the register %1 is damaged or was changed (%2), so no user "
                   "can be unlocked. Put back the .users file that belongs to this register, or "
                   "restore the register from a backup.")
            .arg(file, detail);
    case Code::NotPermitted:
    case Code::Refused:
        return detail;
    case Code::UserExists:
        return QCoreApplication::translate(
                   "RegisterError", "The register already has a user called %1. Choose another "
                                    "name.")
            .arg(detail);
    case Code::UnknownUser:
        return QCoreApplication::translate(
                   "RegisterError",
                   "The register has no user called %1. See the users with: user list.")
            .arg(detail);
    case Code::LastBeheerder:
        return QCoreApplication::translate(
            "RegisterError", "You cannot remove yourself or the last beheerder. Add another "
                             "beheerder first, and let them remove you.");
    case Code::PassphraseInUse:
        return QCoreApplication::translate(
            "RegisterError", "This passphrase cannot be used: every user needs a passphrase of "
                             "their own. Choose another one.");
    case Code::InvalidUserName:
        return QCoreApplication::translate("RegisterError",
                                           "\"%1\" cannot be a user name: use 1 to 64 characters, "
                                           "without line breaks or control characters.")
            .arg(detail);
    default:
        return {};
    }
}

QString RegisterError::message() const
{
    const QString file = QDir::toNativeSeparators(path);
    switch (code) {
    case Code::None:
        return {};
    case Code::NotFound:
        return QCoreApplication::translate(
                   "RegisterError",
                   "The register %1 does not exist. Check the path, or create a new register.")
            .arg(file);
    case Code::AlreadyExists:
        return QCoreApplication::translate(
                   "RegisterError",
                   "%1 already exists. Choose another file name; Veldboek never overwrites a "
                   "file.")
            .arg(file);
    case Code::NotARegister:
        return QCoreApplication::translate(
                   "RegisterError",
                   "%1 is not a Veldboek register. Choose the register file (usually ending in "
                   ".veldboek).")
            .arg(file);
    case Code::PlainDatabase:
        return QCoreApplication::translate(
                   "RegisterError",
                   "%1 is an unencrypted database, not a Veldboek register. Veldboek only opens "
                   "encrypted registers; import the data instead.")
            .arg(file);
    case Code::Truncated:
        return QCoreApplication::translate(
                   "RegisterError",
                   "The register %1 is incomplete (the file was cut short, for example by an "
                   "interrupted copy). Restore it from a backup.")
            .arg(file);
    case Code::WrongKey:
        return QCoreApplication::translate(
                   "RegisterError",
                   "The register %1 could not be unlocked: the passphrase or key is wrong. Check "
                   "the passphrase (mind Caps Lock) and try again.")
            .arg(file);
    case Code::NoKeyInKeychain:
        return QCoreApplication::translate(
                   "RegisterError",
                   "The keychain holds no key for the register %1. If the register is protected "
                   "by a passphrase, open it with the passphrase; otherwise restore it from a "
                   "backup.")
            .arg(file);
    case Code::KeychainUnavailable:
        return QCoreApplication::translate(
                   "RegisterError",
                   "No keychain is available on this computer (%1). Protect the register with a "
                   "passphrase instead.")
            .arg(detail);
    case Code::NewerVersion:
        return QCoreApplication::translate(
                   "RegisterError",
                   "The register %1 was made by a newer version of Veldboek. Update Veldboek to "
                   "open it; the file has not been changed.")
            .arg(file);
    case Code::ReadOnly:
        return QCoreApplication::translate(
                   "RegisterError",
                   "The register %1 cannot be written: the file or its folder is read-only. Copy "
                   "it to a folder where you may write, or change its permissions.")
            .arg(file);
    case Code::FileGone:
        return QCoreApplication::translate(
                   "RegisterError",
                   "The register %1 was moved, deleted or replaced while it was open, so this "
                   "change was not saved; it stays on screen. Put the file back where it was "
                   "(from the trash, for example) and save again.")
            .arg(file);
    case Code::DiskFull:
        return QCoreApplication::translate(
                   "RegisterError",
                   "The disk is full while writing %1. Free some space and try again; nothing "
                   "that was saved before has been lost.")
            .arg(file);
    case Code::Damaged:
        return QCoreApplication::translate(
                   "RegisterError", "The register %1 is damaged (%2). Restore it from a backup.")
            .arg(file, detail);
    case Code::WrongBackupPassphrase:
        return QCoreApplication::translate(
                   "RegisterError",
                   "The backup %1 could not be unlocked: the backup passphrase is wrong, or the "
                   "file is not a Veldboek backup. Nothing has been written.")
            .arg(file);
    case Code::Io:
        return QCoreApplication::translate("RegisterError", "Could not read or write %1: %2.")
            .arg(file, detail);
    default: // the named-users codes
        return namedUsersMessage(file);
    }
    return {};
}

} // namespace veldboek
