#pragma once

#include "keys/SecretFile.h"

#include <QStringList>
#include <QTextStream>
#include <functional>

namespace veldboek::cli {

// The exit codes of the command-line contract (docs/cli.md).
enum ExitCode : int {
    Success = 0,    // done; or the data is clean
    DataErrors = 1, // the data has validation errors, or the endpoint rejected it
    Failure = 2,    // usage, I/O, key or network failure
};

struct CommandContext
{
    QStringList arguments; // the command's own arguments, without the program and command name
    QTextStream &out;
    QTextStream &err;
    QString language; // "nl" (default) or "en"
};

using CommandFunction = std::function<int(CommandContext &)>;

struct Command
{
    QString name;
    QString synopsis;
    CommandFunction run;
};

// Every command registers itself here; main() looks them up by name.
QList<Command> &commandRegistry();

struct CommandRegistration
{
    CommandRegistration(const QString &name, const QString &synopsis, CommandFunction run);
};

} // namespace veldboek::cli

#include <QCommandLineParser>

namespace veldboek::cli {

// Parses a command's arguments; on a usage error prints it with the synopsis and returns false.
bool parseArguments(QCommandLineParser &parser, CommandContext &context, const QString &synopsis,
                    int positionalCount);

// Reads --passphrase-file (if set) into *passphrase. False, with the message printed, on failure.
bool readPassphraseOption(const QCommandLineParser &parser, const QString &option,
                          CommandContext &context, QByteArray *passphrase);

} // namespace veldboek::cli
