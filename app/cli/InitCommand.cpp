// veldboek-cli init REGISTER [--passphrase-file F [--allow-weak-passphrase]] [--demo N
// [--demo-clean]]
#include "Command.h"
#include "demo/DemoGenerator.h"
#include "keys/PassphraseStrength.h"
#include "keys/SecretBytes.h"
#include "storage/KeyStore.h"

#include <QCoreApplication>

namespace veldboek::cli {

namespace {

int runInit(CommandContext &context)
{
    const QString synopsis = QStringLiteral(
        "init REGISTER [--passphrase-file F [--allow-weak-passphrase]] [--demo N [--demo-clean]]");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("passphrase-file"), {}, QStringLiteral("F")});
    parser.addOption({QStringLiteral("demo"), {}, QStringLiteral("N")});
    // The demo without its deliberate mistakes: it passes the check, so it can be submitted.
    parser.addOption({QStringLiteral("demo-clean"), {}});
    // For generated data only (the README's demo, tests): a passphrase that needs no guarding.
    parser.addOption({QStringLiteral("allow-weak-passphrase"), {}});
    if (!parseArguments(parser, context, synopsis, 1))
        return Failure;
    int demoCount = 0;
    if (parser.isSet(QStringLiteral("demo"))) {
        bool ok = false;
        demoCount = parser.value(QStringLiteral("demo")).toInt(&ok);
        if (!ok || demoCount < 0 || demoCount > 10'000'000) {
            context.err << QCoreApplication::translate("cli",
                                                       "--demo takes a number of "
                                                       "participants, for example --demo 200")
                        << "\n";
            return Failure;
        }
    }
    const bool clean = parser.isSet(QStringLiteral("demo-clean"));
    if (clean && demoCount == 0) {
        context.err << QCoreApplication::translate("cli",
                                                   "--demo-clean goes with --demo N, for example "
                                                   "--demo 200 --demo-clean")
                    << "\n";
        return Failure;
    }
    KeyStore::Protection protection;
    if (!readPassphraseOption(parser, QStringLiteral("passphrase-file"), context,
                              &protection.passphrase))
        return Failure;
    if (!protection.passphrase.isEmpty()) {
        protection.mode = KeyStore::Mode::Passphrase;
        // The dialog's rule (core/keys/PassphraseStrength.h): the key stretching slows guessing
        // down, it does not stop it, so a passphrase from the top of every list is refused.
        if (!parser.isSet(QStringLiteral("allow-weak-passphrase")) &&
            !PassphraseStrength::acceptable(QString::fromUtf8(protection.passphrase))) {
            wipe(protection.passphrase);
            context.err << QCoreApplication::translate(
                               "cli", "The passphrase is too easy to guess: use at least %1 "
                                      "characters, more words, or a sentence nobody would expect. "
                                      "(For a register of generated data only: "
                                      "--allow-weak-passphrase.)")
                               .arg(PassphraseStrength::MinimumLength)
                        << "\n";
            return Failure;
        }
    }
    const bool keychain = protection.mode == KeyStore::Mode::Keychain;

    const QString path = parser.positionalArguments().at(0);
    RegisterError error;
    auto reg = KeyStore::create(path, std::move(protection), &error);
    if (!reg) {
        context.err << error.message() << "\n";
        return Failure;
    }
    if (demoCount > 0) {
        DemoGenerator generator;
        generator.setMistakes(!clean);
        if (!generator.fill(*reg, demoCount)) {
            context.err << reg->lastError().message() << "\n";
            return Failure;
        }
    }
    context.out << (keychain ? QCoreApplication::translate(
                                   "cli", "Created the register %1; its key is in the keychain.")
                             : QCoreApplication::translate(
                                   "cli", "Created the register %1, protected by the passphrase."))
                       .arg(path)
                << "\n";
    if (demoCount > 0)
        context.out << QCoreApplication::translate("cli", "Added %n demo participant(s).", nullptr,
                                                   demoCount)
                    << "\n";
    return Success;
}

const CommandRegistration registration(QStringLiteral("init"),
                                       QStringLiteral("init REGISTER [--passphrase-file F "
                                                      "[--allow-weak-passphrase]] "
                                                      "[--demo N [--demo-clean]]"),
                                       runInit);

} // namespace

} // namespace veldboek::cli
