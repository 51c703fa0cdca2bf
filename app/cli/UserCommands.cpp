// veldboek-cli user add REGISTER NAME --role ROLE --new-passphrase-file F [--passphrase-file F]
//                       [--allow-weak-passphrase]
// veldboek-cli user remove REGISTER NAME [--passphrase-file F]
// veldboek-cli user list REGISTER [--passphrase-file F] [--json]
// veldboek-cli user passphrase REGISTER --passphrase-file F --new-passphrase-file F
//                              [--allow-weak-passphrase]
// Named users and their roles (issue 19; core/storage/RegisterUsers.h, docs/cli.md "user"). Each
// is run by a beheerder, unlocked as every command is; the slot is found by the passphrase.
// `passphrase` is for every user: it changes the passphrase of the one who runs it.
#include "Command.h"
#include "RegisterOpener.h"
#include "keys/PassphraseStrength.h"
#include "keys/SecretBytes.h"
#include "storage/KeyStore.h"
#include "storage/RegisterUsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace veldboek::cli {

namespace {

const QString AddSynopsis =
    QStringLiteral("user add REGISTER NAME --role beheerder|invoerder|zelfaanmelding "
                   "--new-passphrase-file F [--passphrase-file F] [--allow-weak-passphrase]");
const QString RemoveSynopsis = QStringLiteral("user remove REGISTER NAME [--passphrase-file F]");
const QString ListSynopsis = QStringLiteral("user list REGISTER [--passphrase-file F] [--json]");
const QString PassphraseSynopsis =
    QStringLiteral("user passphrase REGISTER --passphrase-file F --new-passphrase-file F "
                   "[--allow-weak-passphrase]");

// Reads --new-passphrase-file and applies the strength rule of `init` to it.
bool readNewPassphrase(const QCommandLineParser &parser, CommandContext &context,
                       QByteArray *passphrase)
{
    if (!readPassphraseOption(parser, QStringLiteral("new-passphrase-file"), context, passphrase))
        return false;
    // The same rule as for the register's own passphrase (core/keys/PassphraseStrength.h).
    if (!parser.isSet(QStringLiteral("allow-weak-passphrase")) &&
        !PassphraseStrength::acceptable(QString::fromUtf8(*passphrase))) {
        wipe(*passphrase);
        context.err << QCoreApplication::translate(
                           "cli", "The new passphrase is too easy to guess: use at least "
                                  "%1 characters, more words, or a sentence nobody would expect.")
                           .arg(PassphraseStrength::MinimumLength)
                    << "\n";
        return false;
    }
    return true;
}

int add(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("passphrase-file"), {}, QStringLiteral("F")});
    parser.addOption({QStringLiteral("new-passphrase-file"), {}, QStringLiteral("F")});
    parser.addOption({QStringLiteral("role"), {}, QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("allow-weak-passphrase"), {}});
    if (!parseArguments(parser, context, AddSynopsis, 2))
        return Failure;
    const auto role = roles::fromId(parser.value(QStringLiteral("role")));
    if (!role || !parser.isSet(QStringLiteral("new-passphrase-file"))) {
        context.err << QCoreApplication::translate(
                           "cli", "A new user needs a role (--role beheerder, invoerder or "
                                  "zelfaanmelding) and a passphrase of their own "
                                  "(--new-passphrase-file F).")
                    << "\n";
        return Failure;
    }
    QByteArray newPassphrase;
    if (!readNewPassphrase(parser, context, &newPassphrase))
        return Failure;
    QByteArray ownPassphrase;
    if (!readPassphraseOption(parser, QStringLiteral("passphrase-file"), context, &ownPassphrase))
        return Failure;
    const QStringList positional = parser.positionalArguments();
    auto reg = openRegister(parser, context, positional.at(0), Action::ManageUsers);
    if (!reg)
        return Failure;
    RegisterError error;
    if (!RegisterUsers::add(reg, std::move(ownPassphrase), positional.at(1), *role,
                            std::move(newPassphrase), &error)) {
        context.err << error.message() << "\n";
        return Failure;
    }
    context.out << QCoreApplication::translate("cli", "Added %1 as %2.")
                       .arg(positional.at(1), roles::displayName(*role))
                << "\n";
    return Success;
}

int remove(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("passphrase-file"), {}, QStringLiteral("F")});
    if (!parseArguments(parser, context, RemoveSynopsis, 2))
        return Failure;
    const QStringList positional = parser.positionalArguments();
    auto reg = openRegister(parser, context, positional.at(0), Action::ManageUsers);
    if (!reg)
        return Failure;
    RegisterError error;
    if (!RegisterUsers::remove(reg, positional.at(1), &error)) {
        context.err << error.message() << "\n";
        return Failure;
    }
    context.out << QCoreApplication::translate(
                       "cli", "Removed %1. The register has a new key; %1's passphrase opens "
                              "nothing of it any more.")
                       .arg(positional.at(1))
                << "\n";
    return Success;
}

int list(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("passphrase-file"), {}, QStringLiteral("F")});
    parser.addOption({QStringLiteral("json"), {}});
    if (!parseArguments(parser, context, ListSynopsis, 1))
        return Failure;
    auto reg =
        openRegister(parser, context, parser.positionalArguments().at(0), Action::ManageUsers);
    if (!reg)
        return Failure;
    RegisterError error;
    const QList<RegisterUsers::Entry> users = RegisterUsers::list(*reg, &error);
    if (error) {
        context.err << error.message() << "\n";
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RegisterUsers::Entry &user : users)
            array.append(QJsonObject{{QStringLiteral("name"), user.name},
                                     {QStringLiteral("role"), roles::id(user.role)},
                                     {QStringLiteral("keychain"), user.keychain}});
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("users"), array}}).toJson();
        return Success;
    }
    for (const RegisterUsers::Entry &user : users)
        context.out << user.name << "\t" << roles::id(user.role) << "\n";
    return Success;
}

int changePassphrase(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("passphrase-file"), {}, QStringLiteral("F")});
    parser.addOption({QStringLiteral("new-passphrase-file"), {}, QStringLiteral("F")});
    parser.addOption({QStringLiteral("allow-weak-passphrase"), {}});
    if (!parseArguments(parser, context, PassphraseSynopsis, 1))
        return Failure;
    QByteArray oldPassphrase;
    QByteArray newPassphrase;
    if (!parser.isSet(QStringLiteral("passphrase-file")) ||
        !parser.isSet(QStringLiteral("new-passphrase-file"))) {
        context.err << QCoreApplication::translate("cli", "Usage:") << "\n  veldboek-cli "
                    << PassphraseSynopsis << "\n";
        return Failure;
    }
    if (!readPassphraseOption(parser, QStringLiteral("passphrase-file"), context, &oldPassphrase) ||
        !readNewPassphrase(parser, context, &newPassphrase))
        return Failure;
    // Every role may change its own passphrase, the kiosk account too.
    auto reg = openRegister(parser, context, parser.positionalArguments().at(0), Action::Kiosk);
    if (!reg)
        return Failure;
    RegisterError error;
    const bool ok =
        reg->hasNamedUsers()
            ? RegisterUsers::changeOwnPassphrase(*reg, std::move(oldPassphrase),
                                                 std::move(newPassphrase), &error)
            : KeyStore::rekey(reg, {KeyStore::Mode::Passphrase, std::move(newPassphrase)}, &error);
    if (!ok) {
        context.err << error.message() << "\n";
        return Failure;
    }
    context.out << QCoreApplication::translate("cli", "The passphrase is changed.") << "\n";
    return Success;
}

int runUser(CommandContext &context)
{
    const QString action = context.arguments.value(0);
    CommandContext rest{context.arguments.mid(1), context.out, context.err, context.language};
    if (action == QLatin1String("add"))
        return add(rest);
    if (action == QLatin1String("remove"))
        return remove(rest);
    if (action == QLatin1String("list"))
        return list(rest);
    if (action == QLatin1String("passphrase"))
        return changePassphrase(rest);
    context.err << QCoreApplication::translate("cli", "Usage:") << "\n  veldboek-cli "
                << AddSynopsis << "\n  veldboek-cli " << RemoveSynopsis << "\n  veldboek-cli "
                << ListSynopsis << "\n  veldboek-cli " << PassphraseSynopsis << "\n";
    return Failure;
}

const CommandRegistration
    registration(QStringLiteral("user"),
                 QStringLiteral("user add|remove|list|passphrase REGISTER [NAME] [--role ROLE] "
                                "[--new-passphrase-file F] [--passphrase-file F]"),
                 runUser);

} // namespace

} // namespace veldboek::cli
