// veldboek: the GUI. Parses the command line and starts the main window; everything else lives
// in veldboek_gui.
#include "AboutDialog.h"
#include "CommandLine.h"
#include "GuiLocalization.h"
#include "Localization.h"
#include "MainWindow.h"
#include "WidgetSizing.h"
#include "keys/SecretBytes.h"
#include "keys/SecretFile.h"
#include "privacy/CoreDumps.h"
#include "storage/LibraryVersions.h"

#include <QApplication>
#include <QTextStream>

using veldboek::gui::CommandLine;

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// --help, --version, usage errors and an unreadable passphrase file need no display: they are
// answered without starting the GUI, so they also work over ssh or in a script.
int answerWithoutWindow(int argc, char *argv[], const QStringList &arguments,
                        const QString &language)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(VELDBOEK_VERSION));
    veldboek::installTranslator(app, language);
    CommandLine commandLine;
    switch (commandLine.parse(arguments)) {
    case CommandLine::Outcome::ShowHelp:
        QTextStream(stdout) << CommandLine::helpText() << '\n';
        return 0;
    case CommandLine::Outcome::ShowVersion:
        QTextStream(stdout) << "veldboek " << QCoreApplication::applicationVersion() << '\n'
                            << veldboek::libraryVersionLines() << '\n';
        return 0;
    case CommandLine::Outcome::Run: {
        // Here only when the passphrase file could not be read.
        QString error;
        QByteArray passphrase = veldboek::readSecretFile(commandLine.passphraseFile(), &error);
        veldboek::wipe(passphrase);
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    case CommandLine::Outcome::Error:
        break;
    }
    QTextStream(stderr) << commandLine.errorText() << '\n' << CommandLine::helpText() << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    veldboek::disableCoreDumps();
    QStringList arguments = argumentsOf(argc, argv);
    // --lang and VELDBOEK_LANG win; otherwise the language chosen in the View menu (read once
    // the application's settings are known, below).
    const bool languageGiven =
        std::any_of(arguments.cbegin(), arguments.cend(),
                    [](const QString &a) { return a.startsWith(QLatin1String("--lang")); }) ||
        qEnvironmentVariableIsSet("VELDBOEK_LANG");
    QString language = veldboek::takeLanguageOption(arguments);
    CommandLine commandLine;
    if (commandLine.parse(arguments) != CommandLine::Outcome::Run)
        return answerWithoutWindow(argc, argv, arguments, language);

    QByteArray passphrase;
    if (!commandLine.passphraseFile().isEmpty()) {
        QString error;
        passphrase = veldboek::readSecretFile(commandLine.passphraseFile(), &error);
        if (passphrase.isEmpty())
            return answerWithoutWindow(argc, argv, arguments, language);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Veldboek"));
    QApplication::setOrganizationName(QStringLiteral("Veldboek"));
    QApplication::setApplicationVersion(QStringLiteral(VELDBOEK_VERSION));
    // Ties the windows to nl.veldboek.Veldboek.desktop: the desktop shows its name and icon for
    // them (on Wayland the app id), and the running window to the launcher.
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.veldboek.Veldboek"));
    QApplication::setWindowIcon(veldboek::gui::applicationIcon());
    if (!languageGiven && !veldboek::gui::preferredLanguage().isEmpty())
        language = veldboek::gui::preferredLanguage();
    veldboek::installTranslator(app, language);
    veldboek::gui::installQtTranslator(app, language);
    veldboek::gui::setCurrentLanguage(language);

    veldboek::gui::MainWindow window;
    veldboek::gui::restoreMainWindowGeometry(&window);
    window.show();
    if (commandLine.kiosk())
        window.startKioskWhenOpen();
    window.openAtStartup(commandLine.registerPath(), std::move(passphrase));
    veldboek::wipe(passphrase);
    return app.exec();
}
