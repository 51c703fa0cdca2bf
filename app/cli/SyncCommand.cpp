// veldboek-cli sync REGISTER --endpoint URL [--ca CERT.pem] [--pin sha256/BASE64]
//                   [--token-file F] [--passphrase-file F] [--note TEXT] [--configure]
// Pulls the endpoint's specs first (pullSpecsFirst), then submits (SubmissionRun).
#include "Command.h"
#include "RegisterOpener.h"
#include "SyncOptions.h"
#include "sync/ConnectionSettings.h"
#include "sync/EndpointClient.h"
#include "sync/NetworkReachability.h"
#include "sync/SpecChangeReport.h"
#include "sync/SpecPull.h"
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

// The specs in force fetched before the package is made, as the app does before every
// submission (app/gui/sync/SubmitDialog.cpp, SpecUpdate.cpp; docs/sync.md "Specs from the
// endpoint"): a new spec that changes what the check finds on this register is said, with its
// affected records, and stops this sync before anything is made or sent; the next sync gets 304s
// and goes on with the new rules. A failed pull is one line and the register's own specs are used.
// True when the sync may go on.
bool pullSpecsFirst(Register &reg, EndpointClient &client, const NetworkReachability &network,
                    const QString &path, CommandContext &context)
{
    if (!network.isOnline()) {
        // SubmissionRun waits for the network; the rules are fetched at the next sync.
        context.err << QCoreApplication::translate(
                           "cli",
                           "Offline: the rules could not be fetched; the register's own rules "
                           "are used.")
                    << "\n"
                    << Qt::flush;
        return true;
    }
    SpecPull specPull(reg, client);
    QEventLoop loop;
    QObject::connect(&specPull, &SpecPull::finished, &loop, &QEventLoop::quit);
    specPull.start();
    if (!specPull.isFinished())
        loop.exec();
    if (!specPull.error().ok()) {
        // SpecPull's reason already ends with "The register keeps the specs it has."
        context.err << QCoreApplication::translate(
                           "cli", "The rules could not be fetched from the endpoint: %1")
                           .arg(specPull.error().message)
                    << "\n"
                    << Qt::flush;
        return true;
    }
    bool changesFindings = false;
    for (const PulledSpec &pulled : specPull.specs()) {
        if (pulled.status != PulledSpec::Status::Stored || !pulled.before || !pulled.after)
            continue;
        QString error;
        const std::optional<SpecChangeReport> report =
            SpecChangeReport::compare(reg, *pulled.before, *pulled.after, context.language, &error);
        if (!report) {
            // Stored and in force; only the comparison could not read the register.
            context.err << QCoreApplication::translate(
                               "cli",
                               "The new rules are in force, but what they change could not be "
                               "worked out: %1")
                               .arg(error)
                        << "\n";
            continue;
        }
        // The first pull of specs equal to the built-in ones: nothing to say (SpecUpdate.cpp).
        if (report->changes.isEmpty() && report->fieldChanges.isEmpty() &&
            pulled.before->version == pulled.after->version)
            continue;
        context.out << QCoreApplication::translate("cli", "%1 %2: in force from now on (was %3).")
                           .arg(pulled.id, pulled.after->version, pulled.before->version)
                    << "\n";
        // Only new findings stop the sync, as in the app (SpecUpdateResult::changesFindings).
        changesFindings = changesFindings || !report->changes.isEmpty();
        context.out << report->toText(context.language) << "\n";
    }
    context.out.flush();
    if (changesFindings)
        context.err << QCoreApplication::translate(
                           "cli",
                           "The endpoint's rules have changed, so nothing was sent. See what they "
                           "find with: veldboek-cli validate %1; correct it and run sync again "
                           "(the next sync is checked with the new rules).")
                           .arg(path)
                    << "\n"
                    << Qt::flush;
    return !changesFindings;
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
    auto reg = openRegister(parser, context, parser.positionalArguments().at(0), Action::Submit);
    if (!reg)
        return Failure;
    ConnectionSettings settings(*reg);
    EndpointProfile profile;
    if (!profileFrom(parser, settings, context, &profile))
        return Failure;
    if (parser.isSet(QStringLiteral("configure")))
        return configure(*reg, settings, profile, context);

    EndpointClient client(profile);
    client.setLanguage(context.language);
    NetworkReachability network;
    if (!pullSpecsFirst(*reg, client, network, parser.positionalArguments().at(0), context))
        return Failure;
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
