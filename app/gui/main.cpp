// veldboek: the GUI. Parses the command line and starts the main window; everything else lives
// in veldboek_gui.
#include "CommandLine.h"
#include "GuiLocalization.h"
#include "Localization.h"
#include "MainWindow.h"
#include "keys/SecretBytes.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Veldboek"));
    QApplication::setOrganizationName(QStringLiteral("Veldboek"));
    QApplication::setApplicationVersion(QStringLiteral(VELDBOEK_VERSION));

    QStringList arguments = app.arguments().mid(1);
    const QString language = veldboek::takeLanguageOption(arguments);
    veldboek::installTranslator(app, language);
    veldboek::gui::installQtTranslator(app, language);

    using veldboek::gui::CommandLine;
    CommandLine commandLine;
    switch (commandLine.parse(arguments)) {
    case CommandLine::Outcome::ShowHelp:
        QTextStream(stdout) << CommandLine::helpText() << '\n';
        return 0;
    case CommandLine::Outcome::ShowVersion:
        QTextStream(stdout) << "veldboek " << QApplication::applicationVersion() << '\n';
        return 0;
    case CommandLine::Outcome::Error:
        QTextStream(stderr) << commandLine.errorText() << '\n' << CommandLine::helpText() << '\n';
        return 2;
    case CommandLine::Outcome::Run:
        break;
    }

    QByteArray passphrase;
    if (!commandLine.passphraseFile().isEmpty()) {
        QString error;
        passphrase = CommandLine::readPassphraseFile(commandLine.passphraseFile(), &error);
        if (passphrase.isEmpty()) {
            QTextStream(stderr) << error << '\n';
            return 2;
        }
    }

    veldboek::gui::MainWindow window;
    window.show();
    window.openAtStartup(commandLine.registerPath(), std::move(passphrase));
    veldboek::wipe(passphrase);
    return app.exec();
}
