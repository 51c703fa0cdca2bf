#include "RegisterOpener.h"

#include "storage/KeyStore.h"

namespace veldboek::cli {

std::unique_ptr<Register> openRegister(const QCommandLineParser &parser, CommandContext &context,
                                       const QString &path)
{
    QByteArray passphrase;
    if (!readPassphraseOption(parser, QStringLiteral("passphrase-file"), context, &passphrase))
        return nullptr;
    RegisterError error;
    auto reg = KeyStore::open(path, std::move(passphrase), &error);
    if (!reg)
        context.err << error.message() << "\n";
    return reg;
}

std::unique_ptr<Register> openRegister(const QString &path, const QStringList &arguments,
                                       QString *error)
{
    QByteArray passphrase;
    const qsizetype option = arguments.indexOf(QLatin1String("--passphrase-file"));
    if (option >= 0) {
        if (option + 1 >= arguments.size()) {
            *error = QStringLiteral("--passphrase-file F");
            return nullptr;
        }
        passphrase = readSecretFile(arguments.at(option + 1), error);
        if (passphrase.isEmpty())
            return nullptr;
    }
    RegisterError registerError;
    auto reg = KeyStore::open(path, std::move(passphrase), &registerError);
    if (!reg)
        *error = registerError.message();
    return reg;
}

} // namespace veldboek::cli
