#pragma once

#include <QString>

namespace veldboek {

// How hard a passphrase is to guess, as zxcvbn estimates it (the estimator KeePassXC and
// Dropbox use: it knows common passwords, names, keyboard walks, dates and repeats, so
// "Wachtwoord1!" is weak although it has four kinds of characters). Shown while the user types
// a new passphrase (app/gui/CreateRegisterDialog.cpp); it does not replace the minimum length.
struct PassphraseStrength
{
    enum class Level {
        Weak, // under 40 bits: guessed in hours offline, even through the register's key stretching
        Fair, // 40 to 64 bits
        Strong, // 65 bits or more: a sentence of four or five unusual words
    };

    Level level = Level::Weak;
    double bits = 0; // zxcvbn's estimate of log2(guesses)

    static PassphraseStrength of(const QString &passphrase);

    // The rule for a new register's passphrase, one for the dialog
    // (app/gui/CreateRegisterDialog.cpp) and `veldboek-cli init` (app/cli/InitCommand.cpp), so
    // the command line cannot make a register the dialog would refuse.
    static constexpr int MinimumLength = 8;
    static bool acceptable(const QString &passphrase)
    {
        return passphrase.size() >= MinimumLength && of(passphrase).level != Level::Weak;
    }
};

} // namespace veldboek
