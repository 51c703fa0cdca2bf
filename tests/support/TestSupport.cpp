#include "TestSupport.h"

#include "Sanitized.h"
#include "keys/Keychain.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <unistd.h>

namespace veldboek::test {

QString cliPath()
{
    return qEnvironmentVariable("VELDBOEK_CLI");
}

QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("VELDBOEK_SOURCE_DIR")).filePath(relative);
}

ProcessResult runProgram(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(int(sanitized::ms(timeoutMs)))) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out: ") + program;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return runProgram(cliPath(), arguments, environment);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write test file %s", qPrintable(path));
    file.write(bytes);
}

QString writePassphraseFile(const QString &dir, const QString &name, const QByteArray &passphrase)
{
    const QString path = QDir(dir).filePath(name);
    writeBytes(path, passphrase + '\n');
    return path;
}

bool keyringRunning()
{
    return Keychain::probe().ok();
}

QProcessEnvironment environmentWithoutKeychain()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/veldboek-no-bus"));
    environment.remove(QStringLiteral("DISPLAY"));
    return environment;
}

bool canMountScratchFileSystems()
{
    if (geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        return false;
    const ProcessResult probe =
        runProgram(QStringLiteral("unshare"),
                   {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("d=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs \"$d\"")});
    return probe.exitCode == 0;
}

} // namespace veldboek::test
