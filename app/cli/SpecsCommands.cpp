// veldboek-cli specs pull REGISTER [--endpoint URL] [--ca CERT.pem] [--pin sha256/BASE64]
//                         [--token-file F] [--passphrase-file F]
// veldboek-cli specs list REGISTER [--passphrase-file F]
// The specs in force come from the endpoint (issue 15, docs/cli.md "specs"): `pull` fetches them
// into the register and says what changes for its data; `list` shows which spec is in force and
// where it came from. Exit 0 done, 2 when nothing changed because of a failure.
#include "Command.h"
#include "Localization.h"
#include "RegisterOpener.h"
#include "SyncOptions.h"
#include "storage/SpecStore.h"
#include "sync/ConnectionSettings.h"
#include "sync/SpecChangeReport.h"
#include "sync/SpecPull.h"
#include "validation/SpecLoader.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace veldboek::cli {

namespace {

int pull(CommandContext &context, const QString &synopsis)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    if (!parseArguments(parser, context, synopsis, 1))
        return Failure;
    auto reg = openRegister(parser, context, parser.positionalArguments().at(0));
    if (!reg)
        return Failure;
    ConnectionSettings settings(*reg);
    EndpointProfile profile;
    if (!profileFrom(parser, settings, context, &profile))
        return Failure;
    EndpointClient client(profile);
    client.setLanguage(context.language);
    SpecPull specPull(*reg, client);
    QEventLoop loop;
    QObject::connect(&specPull, &SpecPull::finished, &loop, &QEventLoop::quit);
    specPull.start();
    if (!specPull.isFinished())
        loop.exec();
    if (!specPull.error().ok()) {
        context.err << specPull.error().message << "\n";
        return Failure;
    }
    for (const PulledSpec &spec : specPull.specs()) {
        switch (spec.status) {
        case PulledSpec::Status::Unchanged:
            context.out << QCoreApplication::translate("cli", "%1 %2: unchanged.")
                               .arg(spec.id, spec.version)
                        << "\n";
            break;
        case PulledSpec::Status::OlderIgnored:
            context.out << QCoreApplication::translate(
                               "cli",
                               "%1 %2: stored; the built-in version is newer and stays in force.")
                               .arg(spec.id, spec.version)
                        << "\n";
            break;
        case PulledSpec::Status::Stored: {
            context.out << (spec.before
                                ? QCoreApplication::translate(
                                      "cli", "%1 %2: in force from now on (was %3).")
                                      .arg(spec.id, spec.version, spec.before->version)
                                : QCoreApplication::translate("cli", "%1 %2: in force from now on.")
                                      .arg(spec.id, spec.version))
                        << "\n";
            if (!spec.before || !spec.after)
                break;
            QString error;
            const std::optional<SpecChangeReport> report = SpecChangeReport::compare(
                *reg, *spec.before, *spec.after, context.language, &error);
            if (!report) {
                context.err << error << "\n";
                return Failure;
            }
            context.out << report->toText(context.language) << "\n";
            break;
        }
        }
    }
    context.out.flush();
    return Success;
}

int list(CommandContext &context, const QString &synopsis)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("passphrase-file"), {}, QStringLiteral("F")});
    if (!parseArguments(parser, context, synopsis, 1))
        return Failure;
    auto reg = openRegister(parser, context, parser.positionalArguments().at(0));
    if (!reg)
        return Failure;
    const SpecStore store(*reg);
    for (const QString &id : store.ids()) {
        SpecError error;
        const std::optional<SpecInForce> spec = store.inForce(id, &error);
        if (!spec) {
            context.err << error.toString() << "\n";
            return Failure;
        }
        const QString hash = QString::fromLatin1(spec->document.sha256.left(16));
        context.out << (spec->builtin
                            ? QCoreApplication::translate("cli", "%1 %2: built-in (sha256 %3)")
                                  .arg(id, spec->document.spec.version, hash)
                            : QCoreApplication::translate("cli",
                                                          "%1 %2: from %3, fetched %4 (sha256 %5)")
                                  .arg(id, spec->document.spec.version, spec->sourceUrl,
                                       shownIsoDateTime(spec->fetchedAt), hash))
                    << "\n";
        if (!spec->storedIgnored.isEmpty())
            context.out << "  " << spec->storedIgnored << "\n";
    }
    context.out.flush();
    return Success;
}

int runSpecs(CommandContext &context)
{
    const QString pullSynopsis =
        QStringLiteral("specs pull REGISTER [--endpoint URL] [--ca CERT.pem] [--pin sha256/BASE64] "
                       "[--token-file F] [--passphrase-file F]");
    const QString listSynopsis = QStringLiteral("specs list REGISTER [--passphrase-file F]");
    const QString action = context.arguments.value(0);
    CommandContext rest{context.arguments.mid(1), context.out, context.err, context.language};
    if (action == QLatin1String("pull"))
        return pull(rest, pullSynopsis);
    if (action == QLatin1String("list"))
        return list(rest, listSynopsis);
    context.err << QCoreApplication::translate("cli", "Usage:") << "\n  veldboek-cli "
                << pullSynopsis << "\n  veldboek-cli " << listSynopsis << "\n";
    return Failure;
}

const CommandRegistration
    registration(QStringLiteral("specs"),
                 QStringLiteral("specs pull|list REGISTER [--endpoint URL] [--ca CERT.pem] "
                                "[--pin sha256/BASE64] [--token-file F] [--passphrase-file F]"),
                 runSpecs);

} // namespace

} // namespace veldboek::cli
