#pragma once

#include "RegisterError.h"
#include "Roles.h"
#include "keys/CipherKey.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace veldboek {

class SqlCipherDriver;

// An open, encrypted register: one SQLCipher connection (and a read-only reader beside it, see
// Connection below), migrated to the current schema.
// The repositories (ParticipantRepository, ...) take a Register and hold all SQL.
class Register
{
public:
    // ReadOnly: the file is not changed by opening it (no journal-mode switch, no migration);
    // used to check and copy backups.
    enum class Access { ReadWrite, ReadOnly };

    ~Register();
    Register(const Register &) = delete;
    Register &operator=(const Register &) = delete;

    // Opens an existing register. Migrates an older schema; refuses a newer one unchanged.
    static std::unique_ptr<Register> open(const QString &path, CipherKey key, RegisterError *error,
                                          Access access = Access::ReadWrite);
    // Creates a new register; refuses to touch an existing file. Nothing is left behind on
    // failure.
    static std::unique_ptr<Register> create(const QString &path, CipherKey key,
                                            RegisterError *error);

    QString path() const { return m_path; }
    // The keychain account of this file's key (see RegisterFile::fileId).
    QString fileId() const;
    // The register's own identity, kept inside it; it survives re-keying and restore.
    QString registerId() const;
    int schemaVersion() const;
    QSqlDatabase database() const;
    // The connections a statement can run on (storage/SqlStatement.h): the main one, used by the
    // register's own thread, or the read-only reader, which one other thread may use at a time
    // to read in parallel (storage/SpecDatasets.cpp). hasReader() is false when the reader could
    // not be opened, and for a register opened read-only.
    enum class Connection { Main, Reader };
    bool hasReader() const;
    // The reader's one other thread: whoever reads on it holds a claim for as long as it does,
    // so that two readers never share it (the window's check, check/RegisterCheck.cpp, reads on
    // it while the user may start a submission, storage/SpecDatasets.cpp). Without the claim,
    // read on the main connection.
    class ReaderClaim
    {
    public:
        explicit ReaderClaim(Register &reg);
        ~ReaderClaim();
        ReaderClaim(const ReaderClaim &) = delete;
        ReaderClaim &operator=(const ReaderClaim &) = delete;
        // False when the register has no reader or another claim holds it.
        bool held() const { return m_held; }

    private:
        Register &m_register;
        bool m_held = false;
    };

    // Runs `work` as one transaction: commits when it returns true, rolls back otherwise.
    // Each user edit is one transaction, so a crash never leaves half an edit.
    // Refused with RegisterError::Code::FileGone when the file at path() is no longer the one
    // opened (fileInPlace()): what was written would go to a file nobody can open again.
    bool transaction(const std::function<bool()> &work);
    // Whether path() still names the file this register opened (same device and inode): false
    // once it was deleted, moved away or replaced by another file while open.
    bool fileInPlace() const;
    bool inTransaction() const;
    // Small named values kept inside the encrypted register (settings table).
    QVariant setting(const QString &key) const;
    bool setSetting(const QString &key, const QVariant &value);
    // The error of the last failed operation, mapped to what the user should be told.
    const RegisterError &lastError() const { return m_lastError; }
    RegisterError errorFrom(const QSqlError &error, int resultCode = 0) const;
    void setLastError(const QSqlError &error);
    void setLastError(const RegisterError &error) { m_lastError = error; }

    // Writes an encrypted copy keyed by `key` with sqlcipher_export, verifies it can be opened,
    // and removes it again on any failure. `target` must not exist.
    bool exportCopy(const QString &target, const CipherKey &key, RegisterError *error);
    // Runs SQLite's integrity check; returns "ok" or the first problems found.
    QString integrityCheck();
    // Moves everything from the write-ahead log into the file (before copying or renaming it).
    bool checkpoint();

    // The OS user name: the "who" of the audit log in a register without named users.
    static QString osAccount();
    // Who unlocked the register: the named user of its key slot (core/storage/UserSlots.h), or,
    // in a register with one key and no users file, its beheerder under the OS account's name.
    QString actor() const { return m_userName.isEmpty() ? osAccount() : m_userName; }
    Role role() const { return m_role; }
    bool allows(Action action) const { return roles::allows(m_role, action); }
    bool hasNamedUsers() const { return !m_userName.isEmpty(); }
    void setUser(const QString &name, Role role)
    {
        m_userName = name;
        m_role = role;
    }

private:
    Register(QString path, QString connectionName);
    static std::unique_ptr<Register> connect(const QString &path, CipherKey key, bool create,
                                             Access access, RegisterError *error);
    SqlCipherDriver *driver() const;

    QString m_path;
    QString m_connectionName;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    RegisterError m_lastError;
    QString m_userName;
    Role m_role = Role::Beheerder;
    std::atomic<bool> m_readerClaimed{false};
};

} // namespace veldboek
