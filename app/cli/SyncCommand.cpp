// veldboek-cli sync REGISTER --endpoint URL [--ca CERT.pem] [--pin sha256/BASE64]
//                   [--token-file F] [--passphrase-file F] [--note TEXT] [--configure]
#include "Command.h"
#include "RegisterOpener.h"
#include "SyncOptions.h"
#include "sync/ConnectionSettings.h"
#include "sync/EndpointClient.h"
#include "sync/NetworkReachability.h"
#include "sync/SubmissionRun.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace veldboek::cli {

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("endpoint"), {}, QStringLiteral("URL")});
    parser.addOption({QStringLiteral("ca"), {}, QStringLiteral("CERT")});
    parser.addOption({QStringLiteral("pin"), {}, QStringLiteral("PIN")});
    parser.addOption({QStringLiteral("token-file"), {}, QStringLiteral("F")});
    parser.addOption({QStringLiteral("passphrase-file"), {}, QStringLiteral("F")});
}

// The profile stored in the register, with what the command line gives taking precedence
// (SyncOptions.h: also the history and specs commands use it).
bool profileFrom(const QCommandLineParser &parser, const ConnectionSettings &settings,
                 CommandContext &context, EndpointProfile *profile)
{
    QString error;
    *profile = settings.load(&error);
    if (!error.isEmpty())
        context.err << error << "\n";
    if (parser.isSet(QStringLiteral("endpoint")))
        profile->url = QUrl(parser.value(QStringLiteral("endpoint")));
    if (parser.isSet(QStringLiteral("ca")))
        profile->caFile = parser.value(QStringLiteral("ca"));
    if (parser.isSet(QStringLiteral("pin")))
        profile->pin = parser.value(QStringLiteral("pin"));
    if (parser.isSet(QStringLiteral("token-file"))) {
        profile->token = readSecretFile(parser.value(QStringLiteral("token-file")), &error);
        if (profile->token.isEmpty()) {
            context.err << error << "\n";
            return false;
        }
    }
    if (!profile->isUsable(&error)) {
        context.err << error << "\n";
        return false;
    }
    return true;
}

namespace {

int configure(Register &reg, ConnectionSettings &settings, const EndpointProfile &profile,
              CommandContext &context)
{
    EndpointClient client(profile);
    client.setLanguage(context.language);
    ConnectionCheck check;
    QEventLoop loop;
    QObject::connect(&client, &EndpointClient::connectionChecked, &loop,
                     [&](const ConnectionCheck &result) {
                         check = result;
                         loop.quit();
                     });
    client.checkConnection();
    loop.exec();
    if (!check.error.ok()) {
        context.err << check.summary() << "\n";
        return Failure;
    }
    QString error;
    if (!settings.save(profile, &error)) {
        context.err << error << "\n";
        return Failure;
    }
    context.out << check.summary() << "\n"
                << QCoreApplication::translate(
                       "cli", "The connection settings are stored with the register %1.")
                       .arg(reg.path())
                << "\n";
    return Success;
}

void printReports(const QList<ValidationReport> &reports, QTextStream &stream)
{
    for (const ValidationReport &report : reports) {
        if (!report.datasets.isEmpty())
            stream << report.toText() << "\n";
    }
}

int runSync(CommandContext &context)
{
    const QString synopsis = QStringLiteral(
        "sync REGISTER --endpoint URL [--ca CERT.pem] [--pin sha256/BASE64] [--token-file F] "
        "[--passphrase-file F] [--note TEXT] [--configure]");
    QCommandLineParser parser;
    addConnectionOptions(parser);
    parser.addOption({QStringLiteral("note"), {}, QStringLiteral("TEXT")});
    parser.addOption(QCommandLineOption(QStringLiteral("configure")));
    if (!parseArguments(parser, context, synopsis, 1))
        return Failure;
    auto reg = openRegister(parser, context, parser.positionalArguments().at(0));
    if (!reg)
        return Failure;
    ConnectionSettings settings(*reg);
    EndpointProfile profile;
    if (!profileFrom(parser, settings, context, &profile))
        return Failure;
    if (parser.isSet(QStringLiteral("configure")))
        return configure(*reg, settings, profile, context);

    EndpointClient client(profile);
    NetworkReachability network;
    SubmissionRun run(*reg, client, network);
    run.setLanguage(context.language);
    run.setNote(parser.value(QStringLiteral("note")));
    QEventLoop loop;
    QObject::connect(&run, &SubmissionRun::stageChanged, &loop,
                     [&](SubmissionRun::Stage stage, const QString &text) {
                         if (stage != SubmissionRun::Stage::Finished)
                             context.out << text << "\n" << Qt::flush;
                     });
    QObject::connect(&run, &SubmissionRun::retrying, &loop, [&](const QString &text) {
        context.err << text << "\n" << Qt::flush;
    });
    QObject::connect(&run, &SubmissionRun::finished, &loop, &QEventLoop::quit);
    run.start();
    if (run.stage() != SubmissionRun::Stage::Finished)
        loop.exec();

    switch (run.outcome()) {
    case SubmissionRun::Outcome::Approved:
        context.out
            << QCoreApplication::translate("cli", "Approved: submission %1.").arg(run.remoteId())
            << "\n";
        printReports(run.reports(), context.out);
        if (!run.dashboardStored())
            context.err << QCoreApplication::translate("cli",
                                                       "The dashboard could not be fetched: %1")
                               .arg(run.error().message)
                        << "\n";
        return Success;
    case SubmissionRun::Outcome::Rejected:
        context.err << QCoreApplication::translate("cli",
                                                   "Rejected: submission %1. What to correct:")
                           .arg(run.remoteId())
                    << "\n";
        printReports(run.reports(), context.err);
        return DataErrors;
    case SubmissionRun::Outcome::Blocked:
        printReports(run.package().checks, context.err);
        context.err << run.error().message << "\n";
        return DataErrors;
    default:
        context.err << run.error().message << "\n";
        return run.error().exitCode() == Success ? Failure : run.error().exitCode();
    }
}

const CommandRegistration registration(
    QStringLiteral("sync"),
    QStringLiteral("sync REGISTER --endpoint URL [--ca CERT.pem] [--pin sha256/BASE64] "
                   "[--token-file F] [--passphrase-file F] [--note TEXT] [--configure]"),
    runSync);

} // namespace

} // namespace veldboek::cli
