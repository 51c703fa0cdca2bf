// veldboek-cli: dispatches to the registered commands; see Command.h for the exit codes.
#include "Command.h"
#include "Localization.h"
#include "privacy/CoreDumps.h"
#include "storage/LibraryVersions.h"

#include <QCoreApplication>

using namespace veldboek::cli;

static void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("cli",
                                          "Usage: veldboek-cli COMMAND [ARGUMENTS] [--lang nl|en]")
           << "\n\n";
    for (const Command &command : commandRegistry())
        stream << "  veldboek-cli " << command.synopsis << "\n";
}

int main(int argc, char *argv[])
{
    veldboek::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Veldboek"));
    QCoreApplication::setOrganizationName(QStringLiteral("Veldboek"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VELDBOEK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = app.arguments().mid(1);
    const QString language = veldboek::takeLanguageOption(arguments);
    veldboek::installTranslator(app, language);

    // The project's one version (CMake's project version) and the libraries it runs with.
    if (arguments.value(0) == QLatin1String("--version")) {
        out << "veldboek-cli " << QCoreApplication::applicationVersion() << '\n'
            << veldboek::libraryVersionLines() << '\n';
        return Success;
    }
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")) {
        printUsage(arguments.isEmpty() ? err : out);
        return arguments.isEmpty() ? Failure : Success;
    }
    const QString name = arguments.takeFirst();
    for (const Command &command : commandRegistry()) {
        if (command.name == name) {
            CommandContext context{arguments, out, err, language};
            return command.run(context);
        }
    }
    err << QCoreApplication::translate("cli", "Unknown command: %1").arg(name) << "\n";
    printUsage(err);
    return Failure;
}
