#pragma once

#include "Register.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace veldboek {

// How a register is protected, and everything that follows from it: creating a register with a
// fresh random key in the keychain or behind a passphrase, unlocking it, and re-keying it.
// Never a plaintext fallback: without a keychain the only way is a passphrase.
class KeyStore
{
public:
    enum class Mode { Keychain, Passphrase };

    struct Protection
    {
        Mode mode = Mode::Keychain;
        QByteArray passphrase; // UTF-8, only for Mode::Passphrase; wiped after use
    };

    // Checks the keychain first, so that a register is never created whose key cannot be kept.
    static std::unique_ptr<Register> create(const QString &path, Protection protection,
                                            RegisterError *error);
    // With a passphrase when one is given, otherwise with the key from the keychain. A register
    // with named users is unlocked through their key slots (core/storage/RegisterUsers.h).
    static std::unique_ptr<Register> open(const QString &path, QByteArray passphrase,
                                          RegisterError *error);
    // A register with one key (no users file): the passphrase is its key, or the keychain holds
    // it.
    static std::unique_ptr<Register> openSingleKey(const QString &path, QByteArray passphrase,
                                                   RegisterError *error);
    // An encrypted copy of the open register `source` at `path` (which must not exist) under
    // `protection`, opened: File > Save register as. It reads through the open connection, so it
    // also works when the register's own file was deleted or replaced, made read-only, or sits
    // on a full disk (docs/gui.md, "Save register as").
    static std::unique_ptr<Register> copyTo(Register &source, const QString &path,
                                            Protection protection, RegisterError *error);
    // The key for a keychain-protected register file, or an error saying why there is none.
    static CipherKey keyFromKeychain(const QString &path, RegisterError *error);

    // Re-keys a register with one key (change passphrase, or switch between keychain and
    // passphrase): writes a copy under the new key, keeps the new key, then swaps the files
    // atomically. On success `reg` is the re-opened register. On failure the file keeps its old
    // key; `reg` is still open unless the final swap failed, in which case it is null and the
    // caller opens the register again as before.
    static bool rekey(std::unique_ptr<Register> &reg, Protection protection, RegisterError *error);

    // Makes the key for a new file under `protection`, storing a keychain key once the file's
    // id is known (see storeForFile).
    static CipherKey newKey(const Protection &protection);
    static bool storeForFile(const QString &path, const CipherKey &key, RegisterError *error);
    static void forgetFile(const QString &fileId);
};

} // namespace veldboek
