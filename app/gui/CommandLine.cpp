#include "CommandLine.h"

#include <QDir>
#include <QFile>

namespace veldboek::gui {

CommandLine::Outcome CommandLine::parse(const QStringList &arguments)
{
    m_registerPath.clear();
    m_passphraseFile.clear();
    m_errorText.clear();
    m_kiosk = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h"))
            return Outcome::ShowHelp;
        if (argument == QLatin1String("--version"))
            return Outcome::ShowVersion;
        if (argument == QLatin1String("--passphrase-file")) {
            if (i + 1 >= arguments.size()) {
                m_errorText = tr("--passphrase-file needs the name of a file.");
                return Outcome::Error;
            }
            m_passphraseFile = arguments.at(++i);
            continue;
        }
        if (argument.startsWith(QLatin1String("--passphrase-file="))) {
            m_passphraseFile = argument.section(QLatin1Char('='), 1);
            continue;
        }
        if (argument == QLatin1String("--kiosk")) {
            m_kiosk = true;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-'))) {
            m_errorText = tr("Unknown option: %1").arg(argument);
            return Outcome::Error;
        }
        if (!m_registerPath.isEmpty()) {
            m_errorText = tr("Give at most one register.");
            return Outcome::Error;
        }
        m_registerPath = argument;
    }
    if (!m_passphraseFile.isEmpty() && m_registerPath.isEmpty()) {
        m_errorText = tr("--passphrase-file needs a register to open.");
        return Outcome::Error;
    }
    if (m_kiosk && m_registerPath.isEmpty()) {
        // Never "the register used last": the kiosk is started on purpose, on a register named.
        m_errorText = tr("--kiosk needs a register to open.");
        return Outcome::Error;
    }
    return Outcome::Run;
}

QString CommandLine::helpText()
{
    return tr("Usage: veldboek [REGISTER] [--passphrase-file FILE] [--kiosk] [--lang nl|en]\n"
              "Opens the register, or the register used last. Without --passphrase-file the key "
              "comes from the keychain, or Veldboek asks for the passphrase. --kiosk starts the "
              "self-registration kiosk on the register once it is open (a register with a "
              "passphrase; the passphrase closes the kiosk).");
}

} // namespace veldboek::gui
