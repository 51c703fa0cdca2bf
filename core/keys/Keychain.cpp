#include "Keychain.h"

#include <QEventLoop>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace veldboek {

namespace {

// A keychain that does not answer within this time is treated as unavailable, so a missing
// Secret Service on the bus cannot hang the program.
constexpr int TimeoutMs = 20000;

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
        return {Keychain::Status::Unavailable, QStringLiteral("the keychain did not answer")};
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

} // namespace

Keychain::Result Keychain::write(const QString &account, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(QString::fromLatin1(Service));
    job.setKey(account);
    job.setBinaryData(secret);
    return runJob(job);
}

Keychain::Result Keychain::read(const QString &account, QByteArray *secret)
{
    QKeychain::ReadPasswordJob job(QString::fromLatin1(Service));
    job.setKey(account);
    Result result = runJob(job);
    if (result.ok())
        secret->append(job.binaryData());
    return result;
}

Keychain::Result Keychain::remove(const QString &account)
{
    QKeychain::DeletePasswordJob job(QString::fromLatin1(Service));
    job.setKey(account);
    return runJob(job);
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
