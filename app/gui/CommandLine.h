#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace veldboek::gui {

// The GUI's command line: `veldboek [REGISTER] [--passphrase-file F] [--kiosk]` (--lang is taken
// out before, by veldboek::takeLanguageOption).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Outcome { Run, ShowHelp, ShowVersion, Error };

    // `arguments` without the program name.
    Outcome parse(const QStringList &arguments);

    QString registerPath() const { return m_registerPath; }
    QString passphraseFile() const { return m_passphraseFile; }
    // Start the self-registration kiosk once the register is open (docs/gui.md, "The kiosk").
    bool kiosk() const { return m_kiosk; }
    QString errorText() const { return m_errorText; }
    static QString helpText();

private:
    QString m_registerPath;
    QString m_passphraseFile;
    QString m_errorText;
    bool m_kiosk = false;
};

} // namespace veldboek::gui
