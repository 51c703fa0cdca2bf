#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace veldboek::test {

// The result of running veldboek-cli (or another program) to completion.
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the veldboek-cli built with the tests (VELDBOEK_CLI), in Dutch unless --lang is given.
ProcessResult
runCli(const QStringList &arguments,
       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
ProcessResult
runProgram(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 120000);
QString cliPath();
QString sourcePath(const QString &relative);

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);
// A passphrase file in `dir` holding `passphrase` plus a newline, as a user would save it.
QString writePassphraseFile(const QString &dir, const QString &name, const QByteArray &passphrase);

// Whether the test runs with a reachable Secret Service (the README's test command starts one).
bool keyringRunning();
// An environment in which no keychain can be reached at all.
QProcessEnvironment environmentWithoutKeychain();

// Root can mount tmpfs file systems in a private mount namespace (unshare -m): used for a full
// disk and a read-only file system, which file permissions cannot simulate for root.
bool canMountScratchFileSystems();

} // namespace veldboek::test
