#include "RegisterUsers.h"

#include "AuditLog.h"
#include "KeyStore.h"
#include "RegisterFile.h"
#include "UserSlots.h"
#include "keys/SecretBytes.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>

namespace veldboek {

namespace {

RegisterError damaged(const QString &path, const QString &reason)
{
    return RegisterError::make(RegisterError::Code::UsersDamaged, path, reason);
}

bool validName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64 || name != name.trimmed())
        return false;
    return std::none_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
               c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    });
}

// The folder sync makes the rename survive a power cut; once rename() has returned, the new name
// is what this process and every open() sees, so only a failed rename is a failure here (a
// failed sync must not make the caller undo a rename that happened).
bool renameDurably(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return false;
    RegisterFile::syncFolder(to);
    return true;
}

// The slots as stored, or the reason they cannot be used.
bool loadSlots(const QString &registerPath, UserSlots *keySlots, RegisterError *error)
{
    QString reason;
    if (!UserSlots::load(UserSlots::filePath(registerPath), keySlots, &reason)) {
        *error = damaged(registerPath, reason);
        return false;
    }
    return true;
}

bool permitted(const Register &reg, Action action, RegisterError *error)
{
    if (reg.allows(action))
        return true;
    *error =
        RegisterError::make(RegisterError::Code::NotPermitted, reg.path(), roles::refusal(action));
    return false;
}

void audit(Register &reg, const QString &name, const QString &oldRole, const QString &newRole)
{
    // Best effort: the change itself is done; a failed audit row must not undo it.
    reg.transaction(
        [&] { return AuditLog(reg).record(QStringLiteral("users"), 0, name, oldRole, newRole); });
}

// Replaces the register's key by `dataKey`, sealed for the users in `next`, so that a power cut
// at any point leaves a register that the remaining users open (docs/storage.md, "Named
// users"): 1. the next users file is written beside the current one (REGISTER.users-pending);
// 2. a copy of the register under the new key replaces the register (rename); 3. the pending
// users file replaces the users file (rename). open() finishes step 3 or undoes step 1.
bool replaceKey(std::unique_ptr<Register> &reg, const UserSlots &next, QByteArray dataKey,
                RegisterError *error)
{
    const QString path = reg->path();
    const QString pending = UserSlots::pendingPath(path);
    const QString staging = path + QStringLiteral(".rekey");
    QString reason;
    if (!next.save(pending, &reason)) {
        *error = RegisterError::make(RegisterError::Code::Io, pending, reason);
        wipe(dataKey);
        return false;
    }
    RegisterFile::removeWithCompanions(staging); // a leftover of an interrupted earlier attempt
    CipherKey key = CipherKey::raw(std::move(dataKey));
    if (!reg->exportCopy(staging, key, error)) {
        QFile::remove(pending);
        return false;
    }
    const QString name = reg->actor();
    const Role role = reg->role();
    reg->checkpoint();
    reg.reset();
    RegisterFile::removeCompanions(path);
    if (!renameDurably(staging, path)) {
        *error = RegisterError::make(RegisterError::Code::Io, path,
                                     QStringLiteral("could not replace the register file; it is "
                                                    "unchanged under its old key"));
        RegisterFile::removeWithCompanions(staging);
        QFile::remove(pending);
        return false;
    }
    if (!renameDurably(pending, UserSlots::filePath(path))) {
        // The register is under the new key and the pending file holds its slots: the next
        // open() finishes this rename.
        *error = RegisterError::make(RegisterError::Code::Io, UserSlots::filePath(path),
                                     QStringLiteral("the users file could not be replaced"));
        return false;
    }
    reg = Register::open(path, std::move(key), error);
    if (reg)
        reg->setUser(name, role);
    return reg != nullptr;
}

} // namespace

bool RegisterUsers::present(const QString &registerPath)
{
    return QFileInfo::exists(UserSlots::filePath(registerPath)) ||
           QFileInfo::exists(UserSlots::pendingPath(registerPath));
}

QList<RegisterUsers::Entry> RegisterUsers::list(const Register &reg, RegisterError *error)
{
    *error = {};
    if (!reg.hasNamedUsers())
        return {{reg.actor(), Role::Beheerder, false}};
    UserSlots keySlots;
    if (!loadSlots(reg.path(), &keySlots, error))
        return {};
    QList<Entry> entries;
    for (const UserSlot &slot : keySlots.entries())
        entries.append({slot.name, slot.role, slot.kind == UserSlot::Kind::Keychain});
    return entries;
}

bool RegisterUsers::add(std::unique_ptr<Register> &reg, QByteArray ownPassphrase,
                        const QString &name, Role role, QByteArray newPassphrase,
                        RegisterError *error)
{
    const QString path = reg->path();
    auto finish = [&](bool ok) {
        wipe(ownPassphrase);
        wipe(newPassphrase);
        return ok;
    };
    if (!permitted(*reg, Action::ManageUsers, error))
        return finish(false);
    if (!validName(name)) {
        *error = RegisterError::make(RegisterError::Code::InvalidUserName, path, name);
        return finish(false);
    }
    if (newPassphrase.isEmpty() || newPassphrase == ownPassphrase) {
        *error = RegisterError::make(RegisterError::Code::PassphraseInUse, path);
        return finish(false);
    }
    if (!reg->hasNamedUsers()) {
        // The first user added: the one key becomes the beheerder's slot. Their credential is
        // checked first, so a left-open window cannot be used to add users.
        RegisterError checkError;
        if (!KeyStore::openSingleKey(path, QByteArray(ownPassphrase), &checkError)) {
            *error = checkError;
            return finish(false);
        }
        if (name.compare(reg->actor(), Qt::CaseInsensitive) == 0) {
            *error = RegisterError::make(RegisterError::Code::UserExists, path, name);
            return finish(false);
        }
        const QString oldId = reg->fileId();
        const bool keychainHeld = ownPassphrase.isEmpty();
        UserSlots keySlots = UserSlots::fresh();
        QByteArray dataKey = randomBytes(CipherKey::RawKeySize);
        QString reason;
        if (!keySlots.add(reg->actor(), Role::Beheerder, ownPassphrase, dataKey, &reason) ||
            !keySlots.add(name, role, newPassphrase, dataKey, &reason)) {
            wipe(dataKey);
            *error = RegisterError::make(RegisterError::Code::KeychainUnavailable, path, reason);
            return finish(false);
        }
        const QString owner = reg->actor();
        if (!replaceKey(reg, keySlots, std::move(dataKey), error))
            return finish(false);
        if (keychainHeld)
            KeyStore::forgetFile(oldId); // the one key of the old file opens nothing any more
        audit(*reg, owner, {}, roles::id(Role::Beheerder));
        audit(*reg, name, {}, roles::id(role));
        return finish(true);
    }
    UserSlots keySlots;
    if (!loadSlots(path, &keySlots, error))
        return finish(false);
    auto own = ownPassphrase.isEmpty() ? keySlots.unlockWithKeychain()
                                       : keySlots.unlockWithPassphrase(ownPassphrase);
    if (!own || own->name != reg->actor()) {
        if (own)
            wipe(own->dataKey);
        *error = RegisterError::make(RegisterError::Code::WrongKey, path);
        return finish(false);
    }
    QString reason;
    bool ok = true;
    if (keySlots.find(name)) {
        *error = RegisterError::make(RegisterError::Code::UserExists, path, name);
        ok = false;
    } else if (keySlots.entries().size() >= UserSlots::MaxUsers) {
        *error = RegisterError::make(RegisterError::Code::Io, path,
                                     QStringLiteral("at most %1 users").arg(UserSlots::MaxUsers));
        ok = false;
    } else if (keySlots.passphraseInUse(newPassphrase)) {
        *error = RegisterError::make(RegisterError::Code::PassphraseInUse, path);
        ok = false;
    } else if (!keySlots.add(name, role, newPassphrase, own->dataKey, &reason) ||
               !keySlots.save(UserSlots::filePath(path), &reason)) {
        *error = RegisterError::make(RegisterError::Code::Io, UserSlots::filePath(path), reason);
        ok = false;
    }
    wipe(own->dataKey);
    if (ok)
        audit(*reg, name, {}, roles::id(role));
    return finish(ok);
}

bool RegisterUsers::remove(std::unique_ptr<Register> &reg, const QString &name,
                           RegisterError *error)
{
    const QString path = reg->path();
    if (!permitted(*reg, Action::ManageUsers, error))
        return false;
    if (!reg->hasNamedUsers()) {
        *error = name.compare(reg->actor(), Qt::CaseInsensitive) == 0
                     ? RegisterError::make(RegisterError::Code::LastBeheerder, path)
                     : RegisterError::make(RegisterError::Code::UnknownUser, path, name);
        return false;
    }
    UserSlots keySlots;
    if (!loadSlots(path, &keySlots, error))
        return false;
    const UserSlot *found = keySlots.find(name);
    if (!found) {
        *error = RegisterError::make(RegisterError::Code::UnknownUser, path, name);
        return false;
    }
    const UserSlot removed = *found;
    if (removed.name == reg->actor() ||
        (removed.role == Role::Beheerder && keySlots.count(Role::Beheerder) == 1)) {
        *error = RegisterError::make(RegisterError::Code::LastBeheerder, path);
        return false;
    }
    keySlots.remove(removed.name);
    QByteArray dataKey = randomBytes(CipherKey::RawKeySize);
    if (!keySlots.resealDataKey(dataKey)) {
        wipe(dataKey);
        *error = RegisterError::make(RegisterError::Code::Io, path,
                                     QStringLiteral("the key keySlots could not be sealed"));
        return false;
    }
    if (!replaceKey(reg, keySlots, std::move(dataKey), error))
        return false;
    UserSlots::forgetKeychainEntry(keySlots.id(), removed);
    audit(*reg, removed.name, roles::id(removed.role), {});
    return true;
}

bool RegisterUsers::changeOwnPassphrase(const Register &reg, QByteArray oldPassphrase,
                                        QByteArray newPassphrase, RegisterError *error)
{
    const QString path = reg.path();
    auto finish = [&](bool ok) {
        wipe(oldPassphrase);
        wipe(newPassphrase);
        return ok;
    };
    UserSlots keySlots;
    if (!reg.hasNamedUsers() || !loadSlots(path, &keySlots, error))
        return finish(false);
    if (newPassphrase.isEmpty() || newPassphrase == oldPassphrase ||
        keySlots.passphraseInUse(newPassphrase)) {
        *error = RegisterError::make(RegisterError::Code::PassphraseInUse, path);
        return finish(false);
    }
    if (!keySlots.changePassphrase(reg.actor(), oldPassphrase, newPassphrase)) {
        *error = RegisterError::make(RegisterError::Code::WrongKey, path);
        return finish(false);
    }
    QString reason;
    if (!keySlots.save(UserSlots::filePath(path), &reason)) {
        *error = RegisterError::make(RegisterError::Code::Io, UserSlots::filePath(path), reason);
        return finish(false);
    }
    return finish(true);
}

std::unique_ptr<Register> RegisterUsers::open(const QString &path, QByteArray passphrase,
                                              RegisterError *error)
{
    const QString usersFile = UserSlots::filePath(path);
    const QString pending = UserSlots::pendingPath(path);
    const bool hasUsersFile = QFileInfo::exists(usersFile);
    // Newest first: a pending file is the next generation of a re-key a crash interrupted.
    struct Source
    {
        QString file;
        UserSlots keySlots;
    };
    QList<Source> sources;
    QString reason;
    for (const QString &file : {pending, usersFile}) {
        UserSlots keySlots;
        if (QFileInfo::exists(file) && UserSlots::load(file, &keySlots, &reason))
            sources.append({file, std::move(keySlots)});
    }
    if (hasUsersFile && (sources.isEmpty() || sources.constLast().file != usersFile)) {
        *error = damaged(path, reason);
        wipe(passphrase);
        return nullptr;
    }
    *error = RegisterError::make(passphrase.isEmpty() ? RegisterError::Code::NoKeyInKeychain
                                                      : RegisterError::Code::WrongKey,
                                 path);
    for (const Source &source : sources) {
        auto unlocked = passphrase.isEmpty() ? source.keySlots.unlockWithKeychain()
                                             : source.keySlots.unlockWithPassphrase(passphrase);
        if (!unlocked)
            continue;
        RegisterError openError;
        auto reg = Register::open(path, CipherKey::raw(std::move(unlocked->dataKey)), &openError);
        if (!reg) {
            if (openError.code == RegisterError::Code::WrongKey)
                continue; // the other generation holds the register's key
            *error = openError;
            break;
        }
        // Step 3 of replaceKey() when the pending file opened the register; otherwise the
        // pending file is a re-key that never reached the register: gone.
        if (source.file == pending)
            renameDurably(pending, usersFile);
        else
            QFile::remove(pending);
        reg->setUser(unlocked->name, unlocked->role);
        wipe(passphrase);
        *error = {};
        return reg;
    }
    if (!hasUsersFile) {
        // The first user was being added and the register never left its one key.
        auto reg = KeyStore::openSingleKey(path, std::move(passphrase), error);
        if (reg)
            QFile::remove(pending);
        return reg;
    }
    wipe(passphrase);
    return nullptr;
}

} // namespace veldboek
