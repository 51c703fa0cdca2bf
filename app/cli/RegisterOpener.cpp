#include "RegisterOpener.h"

#include "storage/KeyStore.h"

namespace veldboek::cli {

namespace {

std::unique_ptr<Register> permitted(std::unique_ptr<Register> reg, Action action, QString *error)
{
    if (reg && !reg->allows(action)) {
        *error = roles::refusal(action);
        reg.reset();
    }
    return reg;
}

} // namespace

std::unique_ptr<Register> openRegister(const QCommandLineParser &parser, CommandContext &context,
                                       const QString &path, Action action)
{
    QByteArray passphrase;
    if (!readPassphraseOption(parser, QStringLiteral("passphrase-file"), context, &passphrase))
        return nullptr;
    RegisterError error;
    auto reg = KeyStore::open(path, std::move(passphrase), &error);
    if (!reg) {
        context.err << error.message() << "\n";
        return nullptr;
    }
    QString refusal;
    reg = permitted(std::move(reg), action, &refusal);
    if (!reg)
        context.err << refusal << "\n";
    return reg;
}

std::unique_ptr<Register> openRegister(const QString &path, const QStringList &arguments,
                                       QString *error, Action action)
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
    if (!reg) {
        *error = registerError.message();
        return nullptr;
    }
    return permitted(std::move(reg), action, error);
}

} // namespace veldboek::cli
