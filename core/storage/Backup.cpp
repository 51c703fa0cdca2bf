#include "Backup.h"

#include "Register.h"
#include "RegisterFile.h"
#include "keys/SecretBytes.h"

#include <QFile>
#include <QFileInfo>

namespace veldboek {

bool Backup::create(Register &reg, const QString &backupPath, QByteArray backupPassphrase,
                    RegisterError *error)
{
    if (backupPassphrase.isEmpty()) {
        *error = RegisterError::make(RegisterError::Code::WrongBackupPassphrase, backupPath,
                                     QStringLiteral("empty backup passphrase"));
        return false;
    }
    const CipherKey key = CipherKey::passphrase(std::move(backupPassphrase));
    return reg.exportCopy(backupPath, key, error);
}

std::unique_ptr<Register> Backup::restore(const QString &backupPath, QByteArray backupPassphrase,
                                          const QString &registerPath,
                                          KeyStore::Protection protection, RegisterError *error)
{
    if (QFileInfo::exists(registerPath)) {
        *error = RegisterError::make(RegisterError::Code::AlreadyExists, registerPath);
        return nullptr;
    }
    auto backup = Register::open(backupPath, CipherKey::passphrase(std::move(backupPassphrase)),
                                 error, Register::Access::ReadOnly);
    if (!backup) {
        if (error->code == RegisterError::Code::WrongKey ||
            error->code == RegisterError::Code::NotARegister)
            error->code = RegisterError::Code::WrongBackupPassphrase;
        return nullptr;
    }
    const QString integrity = backup->integrityCheck();
    if (integrity != QLatin1String("ok")) {
        *error = RegisterError::make(RegisterError::Code::Damaged, backupPath, integrity);
        return nullptr;
    }
    // Written beside the target and renamed into place: a half-restored register never exists
    // under the name the user chose.
    const QString staging = registerPath + QStringLiteral(".restoring");
    RegisterFile::removeWithCompanions(staging);
    CipherKey key = KeyStore::newKey(protection);
    wipe(protection.passphrase);
    if (!backup->exportCopy(staging, key, error)) {
        error->path = registerPath;
        return nullptr;
    }
    backup.reset();
    if (!KeyStore::storeForFile(staging, key, error)) {
        RegisterFile::removeWithCompanions(staging);
        return nullptr;
    }
    if (!QFile::rename(staging, registerPath)) {
        *error = RegisterError::make(RegisterError::Code::Io, registerPath,
                                     QStringLiteral("could not move the restored register into "
                                                    "place"));
        KeyStore::forgetFile(RegisterFile::fileId(staging));
        RegisterFile::removeWithCompanions(staging);
        return nullptr;
    }
    auto restored = Register::open(registerPath, std::move(key), error);
    if (!restored) {
        KeyStore::forgetFile(RegisterFile::fileId(registerPath));
        RegisterFile::removeWithCompanions(registerPath);
    }
    return restored;
}

} // namespace veldboek
