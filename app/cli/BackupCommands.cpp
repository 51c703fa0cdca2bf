// veldboek-cli backup REGISTER OUT --backup-passphrase-file B [--passphrase-file F]
// veldboek-cli restore BACKUP REGISTER --backup-passphrase-file B [--passphrase-file F]
#include "Command.h"
#include "RegisterOpener.h"
#include "storage/Backup.h"
#include "storage/KeyStore.h"

#include <QCoreApplication>

namespace veldboek::cli {

namespace {

bool readBackupPassphrase(QCommandLineParser &parser, CommandContext &context,
                          QByteArray *passphrase)
{
    if (!parser.isSet(QStringLiteral("backup-passphrase-file"))) {
        context.err << QCoreApplication::translate("cli", "A backup needs its own passphrase: "
                                                          "--backup-passphrase-file B")
                    << "\n";
        return false;
    }
    return readPassphraseOption(parser, QStringLiteral("backup-passphrase-file"), context,
                                passphrase);
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("passphrase-file"), {}, QStringLiteral("F")});
    parser.addOption({QStringLiteral("backup-passphrase-file"), {}, QStringLiteral("B")});
}

int runBackup(CommandContext &context)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parseArguments(parser, context,
                        QStringLiteral("backup REGISTER OUT --backup-passphrase-file B"), 2))
        return Failure;
    // The backup passphrase is read first, so a missing one is said before the register opens.
    QByteArray backupPassphrase;
    if (!readBackupPassphrase(parser, context, &backupPassphrase))
        return Failure;
    const QString out = parser.positionalArguments().at(1);
    auto reg = openRegister(parser, context, parser.positionalArguments().at(0), Action::Backup);
    if (!reg)
        return Failure;
    RegisterError error;
    if (!Backup::create(*reg, out, std::move(backupPassphrase), &error)) {
        context.err << error.message() << "\n";
        return Failure;
    }
    context.out << QCoreApplication::translate("cli", "Wrote the encrypted backup %1.").arg(out)
                << "\n";
    return Success;
}

int runRestore(CommandContext &context)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parseArguments(parser, context,
                        QStringLiteral("restore BACKUP REGISTER --backup-passphrase-file B "
                                       "[--passphrase-file F]"),
                        2))
        return Failure;
    KeyStore::Protection protection;
    QByteArray backupPassphrase;
    if (!readBackupPassphrase(parser, context, &backupPassphrase) ||
        !readPassphraseOption(parser, QStringLiteral("passphrase-file"), context,
                              &protection.passphrase))
        return Failure;
    if (!protection.passphrase.isEmpty())
        protection.mode = KeyStore::Mode::Passphrase;
    const QString backup = parser.positionalArguments().at(0);
    const QString path = parser.positionalArguments().at(1);
    RegisterError error;
    auto reg =
        Backup::restore(backup, std::move(backupPassphrase), path, std::move(protection), &error);
    if (!reg) {
        context.err << error.message() << "\n";
        return Failure;
    }
    context.out << QCoreApplication::translate("cli", "Restored %1 into the new register %2.")
                       .arg(backup, path)
                << "\n";
    return Success;
}

const CommandRegistration backupRegistration(
    QStringLiteral("backup"),
    QStringLiteral("backup REGISTER OUT --backup-passphrase-file B [--passphrase-file F]"),
    runBackup);
const CommandRegistration restoreRegistration(
    QStringLiteral("restore"),
    QStringLiteral("restore BACKUP REGISTER --backup-passphrase-file B [--passphrase-file F]"),
    runRestore);

} // namespace

} // namespace veldboek::cli
