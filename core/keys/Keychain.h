#pragma once

#include <QByteArray>
#include <QString>

namespace veldboek {

// The operating system's keychain (Secret Service, macOS Keychain, Windows Credential Manager)
// through QtKeychain, used synchronously. Secrets live under the service "Veldboek". There is
// deliberately no plaintext fallback: when no keychain answers, callers switch to a passphrase.
class Keychain
{
public:
    static constexpr const char *Service = "Veldboek";

    enum class Status { Ok, NotFound, Unavailable, Failed };
    struct Result
    {
        Status status = Status::Failed;
        QString detail;
        bool ok() const { return status == Status::Ok; }
    };

    static Result write(const QString &account, const QByteArray &secret);
    // The secret is appended to *secret; the caller owns and wipes it.
    static Result read(const QString &account, QByteArray *secret);
    static Result remove(const QString &account);
    // Whether a keychain answers at all (a read of an absent entry returns "not found").
    static Result probe();
};

} // namespace veldboek
