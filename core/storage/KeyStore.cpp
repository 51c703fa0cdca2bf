#include "KeyStore.h"

#include "RegisterFile.h"
#include "RegisterUsers.h"
#include "keys/Keychain.h"
#include "keys/SecretBytes.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace veldboek {

namespace {

RegisterError keychainError(const Keychain::Result &result, const QString &path)
{
    if (result.status == Keychain::Status::NotFound)
        return RegisterError::make(RegisterError::Code::NoKeyInKeychain, path, result.detail);
    return RegisterError::make(RegisterError::Code::KeychainUnavailable, path, result.detail);
}

// A keychain-protected file is only made when the keychain can keep its key.
bool keychainReady(const KeyStore::Protection &protection, const QString &path,
                   RegisterError *error)
{
    if (protection.mode != KeyStore::Mode::Keychain)
        return true;
    const Keychain::Result probe = Keychain::probe();
    if (probe.ok())
        return true;
    *error = keychainError(probe, path);
    if (error->code == RegisterError::Code::NoKeyInKeychain)
        error->code = RegisterError::Code::KeychainUnavailable;
    return false;
}

} // namespace

CipherKey KeyStore::newKey(const Protection &protection)
{
    if (protection.mode == Mode::Passphrase)
        return CipherKey::passphrase(
            QByteArray(protection.passphrase.constData(), protection.passphrase.size()));
    return CipherKey::generateRaw();
}

bool KeyStore::storeForFile(const QString &path, const CipherKey &key, RegisterError *error)
{
    if (key.kind() != CipherKey::Kind::Raw)
        return true;
    const QString id = RegisterFile::fileId(path);
    const Keychain::Result result = Keychain::write(id, key.bytes());
    if (!result.ok()) {
        *error = keychainError(result, path);
        return false;
    }
    return true;
}

void KeyStore::forgetFile(const QString &fileId)
{
    if (!fileId.isEmpty())
        Keychain::remove(fileId);
}

std::unique_ptr<Register> KeyStore::create(const QString &path, Protection protection,
                                           RegisterError *error)
{
    if (!keychainReady(protection, path, error))
        return nullptr;
    CipherKey key = newKey(protection);
    wipe(protection.passphrase);
    CipherKey keyToStore = key.clone();
    auto reg = Register::create(path, std::move(key), error);
    if (!reg)
        return nullptr;
    if (!storeForFile(path, keyToStore, error)) {
        reg.reset();
        RegisterFile::removeWithCompanions(path);
        return nullptr;
    }
    return reg;
}

std::unique_ptr<Register> KeyStore::copyTo(Register &source, const QString &path,
                                           Protection protection, RegisterError *error)
{
    if (!keychainReady(protection, path, error))
        return nullptr;
    CipherKey key = newKey(protection);
    wipe(protection.passphrase);
    // exportCopy refuses an existing file and removes what it made when it fails.
    if (!source.exportCopy(path, key, error))
        return nullptr;
    if (!storeForFile(path, key, error)) {
        RegisterFile::removeWithCompanions(path);
        return nullptr;
    }
    auto copy = Register::open(path, std::move(key), error);
    if (!copy) {
        forgetFile(RegisterFile::fileId(path));
        RegisterFile::removeWithCompanions(path);
    }
    return copy;
}

CipherKey KeyStore::keyFromKeychain(const QString &path, RegisterError *error)
{
    QByteArray bytes;
    const Keychain::Result result = Keychain::read(RegisterFile::fileId(path), &bytes);
    if (!result.ok()) {
        *error = keychainError(result, path);
        return {};
    }
    if (bytes.size() != CipherKey::RawKeySize) {
        wipe(bytes);
        *error = RegisterError::make(RegisterError::Code::NoKeyInKeychain, path,
                                     QStringLiteral("the keychain entry is not a register key"));
        return {};
    }
    return CipherKey::raw(std::move(bytes));
}

std::unique_ptr<Register> KeyStore::open(const QString &path, QByteArray passphrase,
                                         RegisterError *error)
{
    *error = RegisterFile::inspect(path);
    if (*error)
        return nullptr;
    if (RegisterUsers::present(path))
        return RegisterUsers::open(path, std::move(passphrase), error);
    return openSingleKey(path, std::move(passphrase), error);
}

std::unique_ptr<Register> KeyStore::openSingleKey(const QString &path, QByteArray passphrase,
                                                  RegisterError *error)
{
    *error = RegisterFile::inspect(path);
    if (*error)
        return nullptr;
    CipherKey key;
    if (!passphrase.isEmpty()) {
        key = CipherKey::passphrase(std::move(passphrase));
    } else {
        key = keyFromKeychain(path, error);
        if (*error)
            return nullptr;
    }
    return Register::open(path, std::move(key), error);
}

bool KeyStore::rekey(std::unique_ptr<Register> &reg, Protection protection, RegisterError *error)
{
    const QString path = reg->path();
    if (reg->hasNamedUsers()) {
        // Each user's passphrase wraps their own slot (RegisterUsers::changeOwnPassphrase); the
        // data key changes only when a user is removed (RegisterUsers::remove).
        *error = RegisterError::make(
            RegisterError::Code::NotPermitted, path,
            QCoreApplication::translate("KeyStore",
                                        "This register has named users: each user changes their "
                                        "own passphrase (veldboek-cli user passphrase), and a "
                                        "beheerder removes users."));
        wipe(protection.passphrase);
        return false;
    }
    const QString oldId = reg->fileId();
    const QString staging = path + QStringLiteral(".rekey");
    RegisterFile::removeWithCompanions(staging); // a leftover of an interrupted earlier attempt
    CipherKey key = newKey(protection);
    wipe(protection.passphrase);
    if (!reg->exportCopy(staging, key, error))
        return false;
    // The new key must be safe in the keychain before the old file is replaced.
    if (!storeForFile(staging, key, error)) {
        RegisterFile::removeWithCompanions(staging);
        return false;
    }
    const QString newId = RegisterFile::fileId(staging);
    reg->checkpoint();
    reg.reset();
    RegisterFile::removeCompanions(path);
    // rename() replaces the old file atomically: after a crash there is either the old register
    // or the new one, never half of each.
    if (std::rename(QFile::encodeName(staging).constData(), QFile::encodeName(path).constData()) !=
        0) {
        *error = RegisterError::make(RegisterError::Code::Io, path,
                                     QStringLiteral("could not replace the register file; it is "
                                                    "unchanged under its old key"));
        if (key.kind() == CipherKey::Kind::Raw)
            forgetFile(newId);
        RegisterFile::removeWithCompanions(staging);
        return false;
    }
    // Only once the rename is durable may the old key go: a power cut before the folder is
    // synced can bring the old file back, and it must still open.
    RegisterFile::syncFolder(path);
    if (oldId != newId)
        forgetFile(oldId);
    reg = Register::open(path, std::move(key), error);
    return reg != nullptr;
}

} // namespace veldboek
