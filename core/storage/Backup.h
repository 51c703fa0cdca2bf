#pragma once

#include "KeyStore.h"
#include "RegisterError.h"

#include <QByteArray>
#include <QString>

namespace veldboek {

class Register;

// Encrypted backups: a copy of the register made with sqlcipher_export and keyed by a backup
// passphrase, so it can be restored on another computer without the keychain.
class Backup
{
public:
    static bool create(Register &reg, const QString &backupPath, QByteArray backupPassphrase,
                       RegisterError *error);
    // Checks the backup (passphrase, integrity, schema version) before anything is written, then
    // writes `registerPath` (which must not exist) protected as `protection` says.
    static std::unique_ptr<Register> restore(const QString &backupPath, QByteArray backupPassphrase,
                                             const QString &registerPath,
                                             KeyStore::Protection protection, RegisterError *error);
};

} // namespace veldboek
