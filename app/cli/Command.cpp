#include "Command.h"

#include <QCoreApplication>

namespace veldboek::cli {

QList<Command> &commandRegistry()
{
    static QList<Command> registry;
    return registry;
}

CommandRegistration::CommandRegistration(const QString &name, const QString &synopsis,
                                         CommandFunction run)
{
    commandRegistry().append(Command{name, synopsis, std::move(run)});
}

} // namespace veldboek::cli

namespace veldboek::cli {

bool parseArguments(QCommandLineParser &parser, CommandContext &context, const QString &synopsis,
                    int positionalCount)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList arguments = context.arguments;
    arguments.prepend(QStringLiteral("veldboek-cli"));
    if (!parser.parse(arguments)) {
        context.err << parser.errorText() << "\n"
                    << QCoreApplication::translate("cli", "Usage: veldboek-cli %1").arg(synopsis)
                    << "\n";
        return false;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        context.err << QCoreApplication::translate("cli", "Usage: veldboek-cli %1").arg(synopsis)
                    << "\n";
        return false;
    }
    return true;
}

bool readPassphraseOption(const QCommandLineParser &parser, const QString &option,
                          CommandContext &context, QByteArray *passphrase)
{
    if (!parser.isSet(option))
        return true;
    QString error;
    *passphrase = readSecretFile(parser.value(option), &error);
    if (passphrase->isEmpty()) {
        context.err << error << "\n";
        return false;
    }
    return true;
}

} // namespace veldboek::cli
