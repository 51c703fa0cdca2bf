#include "Backup.h"

#include "Register.h"
#include "RegisterFile.h"
#include "keys/SecretBytes.h"

#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace veldboek {

bool Backup::create(Register &reg, const QString &backupPath, QByteArray backupPassphrase,
                    RegisterError *error)
{
    if (backupPassphrase.isEmpty()) {
        *error = RegisterError::make(RegisterError::Code::WrongBackupPassphrase, backupPath,
                                     QStringLiteral("empty backup passphrase"));
        return false;
    }
    if (QFileInfo::exists(backupPath)) {
        *error = RegisterError::make(RegisterError::Code::AlreadyExists, backupPath);
        return false;
    }
    // Written beside the target and renamed into place once complete: a crash or power cut
    // leaves no half backup under the name the user chose (tests/storage/powerloss_test.cpp).
    const QString staging = backupPath + QStringLiteral(".partial");
    RegisterFile::removeWithCompanions(staging);
    const CipherKey key = CipherKey::passphrase(std::move(backupPassphrase));
    if (!reg.exportCopy(staging, key, error)) {
        error->path = backupPath;
        return false;
    }
    if (std::rename(QFile::encodeName(staging).constData(),
                    QFile::encodeName(backupPath).constData()) != 0) {
        *error = RegisterError::make(RegisterError::Code::Io, backupPath,
                                     QStringLiteral("could not move the backup into place"));
        RegisterFile::removeWithCompanions(staging);
        return false;
    }
    RegisterFile::syncFolder(backupPath);
    return true;
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
    RegisterFile::syncFolder(registerPath);
    auto restored = Register::open(registerPath, std::move(key), error);
    if (!restored) {
        KeyStore::forgetFile(RegisterFile::fileId(registerPath));
        RegisterFile::removeWithCompanions(registerPath);
    }
    return restored;
}

} // namespace veldboek
