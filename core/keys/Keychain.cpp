#include "Keychain.h"

#include <QEventLoop>
#include <QLibrary>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace veldboek {

namespace {

// A keychain that does not answer within this time is treated as unavailable, so a missing
// Secret Service on the bus cannot hang the program.
constexpr int TimeoutMs = 20000;
const QString NoAnswer = QStringLiteral("the keychain did not answer");

Keychain::Result runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(TimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished)
        return {Keychain::Status::Unavailable, NoAnswer};
    switch (job.error()) {
    case QKeychain::NoError:
        return {Keychain::Status::Ok, {}};
    case QKeychain::EntryNotFound:
        return {Keychain::Status::NotFound, job.errorString()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Keychain::Status::Unavailable, job.errorString()};
    case QKeychain::OtherError:
        // libsecret and D-Bus report a missing Secret Service as a generic error.
        return {Keychain::Status::Unavailable, job.errorString()};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {Keychain::Status::Failed, job.errorString()};
    }
    return {Keychain::Status::Failed, job.errorString()};
}

// libsecret keeps one connection to the Secret Service per process, with a session negotiated
// with the daemon that answered first. When that daemon stops and another one starts (the keyring
// restarted, the user logged out and in again), every call fails with "The session wrapping the
// secret does not exist" until the program ends. Dropping the cached connection
// (secret_service_disconnect, in the libsecret that QtKeychain loads at run time) lets the next
// call find the new daemon. tests/gui/tst_keychaingone.cpp restarts the keyring under a window.
bool forgetSecretServiceConnection()
{
#ifdef Q_OS_LINUX
    using Disconnect = void (*)();
    static const auto disconnect = reinterpret_cast<Disconnect>(
        QLibrary::resolve(QStringLiteral("secret-1"), 0, "secret_service_disconnect"));
    if (!disconnect)
        return false;
    disconnect();
    return true;
#else
    return false;
#endif
}

// Runs a job of type J (set up by `setup`), and once more on a fresh connection when the keychain
// answered that it is unavailable (not when it did not answer: that would double a 20 s wait).
// `job` is the job that ran last, for the caller to read its data.
template<class J, class Setup>
Keychain::Result runWithReconnect(std::unique_ptr<J> &job, Setup setup)
{
    job = std::make_unique<J>(QString::fromLatin1(Keychain::Service));
    setup(*job);
    Keychain::Result result = runJob(*job);
    if (result.status == Keychain::Status::Unavailable && result.detail != NoAnswer &&
        forgetSecretServiceConnection()) {
        job = std::make_unique<J>(QString::fromLatin1(Keychain::Service));
        setup(*job);
        result = runJob(*job);
    }
    return result;
}

} // namespace

Keychain::Result Keychain::write(const QString &account, const QByteArray &secret)
{
    std::unique_ptr<QKeychain::WritePasswordJob> job;
    return runWithReconnect(job, [&](QKeychain::WritePasswordJob &made) {
        made.setKey(account);
        made.setBinaryData(secret);
    });
}

Keychain::Result Keychain::read(const QString &account, QByteArray *secret)
{
    std::unique_ptr<QKeychain::ReadPasswordJob> job;
    Result result =
        runWithReconnect(job, [&](QKeychain::ReadPasswordJob &made) { made.setKey(account); });
    if (result.ok())
        secret->append(job->binaryData());
    return result;
}

Keychain::Result Keychain::remove(const QString &account)
{
    std::unique_ptr<QKeychain::DeletePasswordJob> job;
    return runWithReconnect(job, [&](QKeychain::DeletePasswordJob &made) { made.setKey(account); });
}

Keychain::Result Keychain::probe()
{
    QByteArray ignored;
    Result result = read(QStringLiteral("veldboek-probe-absent-entry"), &ignored);
    if (result.status == Status::NotFound)
        return {Status::Ok, {}};
    return result;
}

} // namespace veldboek
