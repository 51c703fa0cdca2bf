// veldboek-cli history REGISTER [--json] [--offline] [connection options]
// veldboek-cli withdraw REGISTER ID [connection options]
// veldboek-cli deletion-requests REGISTER [--json] [--offline] [connection options]
// The submission history, withdrawal and deletion requests of issue 20 (docs/cli.md,
// docs/sync.md). Connection options as for `sync`: --endpoint, --ca, --pin, --token-file.
#include "Command.h"
#include "Localization.h"
#include "RegisterOpener.h"
#include "SyncOptions.h"
#include "storage/DeletionRequestRepository.h"
#include "storage/SubmissionRepository.h"
#include "sync/HistorySync.h"
#include "sync/HistoryText.h"
#include "sync/NetworkReachability.h"
#include "validation/ValidationReport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace veldboek::cli {

namespace {

QString say(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

void addOptions(QCommandLineParser &parser, bool listing)
{
    addConnectionOptions(parser);
    if (listing) {
        parser.addOption(QCommandLineOption(QStringLiteral("json")));
        parser.addOption(QCommandLineOption(QStringLiteral("offline")));
    }
}

enum class Operation { Refresh, Deletions, Withdraw };

// Runs one HistorySync operation to its end; the error it finished with.
SyncError runSync(Register &reg, const EndpointProfile &profile, CommandContext &context,
                  Operation operation, const QString &id = {})
{
    EndpointClient client(profile);
    client.setLanguage(context.language);
    NetworkReachability network;
    HistorySync sync(reg, client, network);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&sync, &HistorySync::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    if (operation == Operation::Refresh)
        sync.refresh();
    else if (operation == Operation::Deletions)
        sync.sendDeletionRequests();
    else
        sync.withdraw(id);
    if (!done)
        loop.exec();
    if (sync.deletionRequestsSent() > 0)
        context.err << QCoreApplication::translate("cli", "%n deletion request(s) sent.", nullptr,
                                                   sync.deletionRequestsSent())
                    << "\n";
    return sync.error();
}

// Asks the endpoint unless --offline; on failure says so and goes on with what is stored.
int refreshed(Register &reg, const QCommandLineParser &parser, CommandContext &context,
              Operation operation)
{
    if (parser.isSet(QStringLiteral("offline")))
        return Success;
    EndpointProfile profile;
    if (!profileFrom(parser, ConnectionSettings(reg), context, &profile)) {
        context.err << say("Showing what the register stored.") << "\n";
        return Failure;
    }
    const SyncError error = runSync(reg, profile, context, operation);
    if (error.ok())
        return Success;
    context.err << error.message << "\n" << say("Showing what the register stored.") << "\n";
    return error.exitCode() == Success ? Failure : error.exitCode();
}

int countRows(const SubmissionRecord &record, QJsonArray *datasets)
{
    int rows = 0;
    for (const QJsonValue &value : record.report.value(QLatin1String("reports")).toArray()) {
        const ValidationReport report = ValidationReport::fromJson(value.toObject());
        for (const DatasetReport &dataset : report.datasets) {
            int cleared = 0;
            int warnings = 0;
            for (const RuleResult &rule : dataset.rules) {
                cleared += rule.cleared ? rule.count : 0;
                warnings += rule.severity == Severity::Warning ? rule.count : 0;
            }
            datasets->append(QJsonObject{{QStringLiteral("spec"), report.spec},
                                         {QStringLiteral("dataset"), dataset.name},
                                         {QStringLiteral("read"), dataset.rows.data},
                                         {QStringLiteral("imported"), dataset.rows.imported},
                                         {QStringLiteral("cleared"), cleared},
                                         {QStringLiteral("warnings"), warnings}});
            rows += dataset.rows.data;
        }
    }
    return rows;
}

int runHistory(CommandContext &context)
{
    const QString synopsis =
        QStringLiteral("history REGISTER [--json] [--offline] [--endpoint URL] [--ca CERT.pem] "
                       "[--pin sha256/BASE64] [--token-file F] [--passphrase-file F]");
    QCommandLineParser parser;
    addOptions(parser, true);
    if (!parseArguments(parser, context, synopsis, 1))
        return Failure;
    auto reg = openRegister(parser, context, parser.positionalArguments().at(0));
    if (!reg)
        return Failure;
    const int code = refreshed(*reg, parser, context, Operation::Refresh);
    const QList<SubmissionRecord> history = SubmissionRepository(*reg).history();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SubmissionRecord &record : history) {
            QJsonArray datasets;
            countRows(record, &datasets);
            list.append(QJsonObject{
                {QStringLiteral("id"), record.remoteId},
                {QStringLiteral("sentAt"), record.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("status"), record.status},
                {QStringLiteral("withdrawn"), record.withdrawn()},
                {QStringLiteral("withdrawnAt"),
                 record.withdrawn() ? QJsonValue(record.withdrawnAt) : QJsonValue()},
                {QStringLiteral("note"), record.note},
                {QStringLiteral("datasets"), datasets}});
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("submissions"), list}})
                           .toJson(QJsonDocument::Indented);
        return code;
    }
    if (history.isEmpty())
        context.out << say("No submissions yet.") << "\n";
    for (const SubmissionRecord &record : history) {
        context.out << shownDateTime(record.createdAt) << "  " << submissionStatusText(record)
                    << "  " << record.remoteId << "\n";
        if (!record.note.isEmpty())
            context.out << "  " << QCoreApplication::translate("cli", "Note: %1").arg(record.note)
                        << "\n";
        QJsonArray datasets;
        countRows(record, &datasets);
        for (const QJsonValue &value : std::as_const(datasets)) {
            const QJsonObject d = value.toObject();
            context.out << "  "
                        << QCoreApplication::translate(
                               "cli", "%1 (%2): %3 rows read, %4 imported, %5 values cleared, "
                                      "%6 warnings")
                               .arg(d.value(QLatin1String("dataset")).toString(),
                                    d.value(QLatin1String("spec")).toString())
                               .arg(d.value(QLatin1String("read")).toInt())
                               .arg(d.value(QLatin1String("imported")).toInt())
                               .arg(d.value(QLatin1String("cleared")).toInt())
                               .arg(d.value(QLatin1String("warnings")).toInt())
                        << "\n";
        }
    }
    return code;
}

int runWithdraw(CommandContext &context)
{
    const QString synopsis = QStringLiteral(
        "withdraw REGISTER ID [--endpoint URL] [--ca CERT.pem] [--pin sha256/BASE64] "
        "[--token-file F] [--passphrase-file F]");
    QCommandLineParser parser;
    addOptions(parser, false);
    if (!parseArguments(parser, context, synopsis, 2))
        return Failure;
    auto reg = openRegister(parser, context, parser.positionalArguments().at(0), Action::Submit);
    if (!reg)
        return Failure;
    EndpointProfile profile;
    if (!profileFrom(parser, ConnectionSettings(*reg), context, &profile))
        return Failure;
    const QString id = parser.positionalArguments().at(1);
    const SyncError error = runSync(*reg, profile, context, Operation::Withdraw, id);
    if (!error.ok()) {
        context.err << error.message << "\n";
        return error.exitCode() == Success ? Failure : error.exitCode();
    }
    context.out << QCoreApplication::translate(
                       "cli", "Withdrawn: submission %1. The endpoint no longer counts it.")
                       .arg(id)
                << "\n";
    return Success;
}

int runDeletionRequests(CommandContext &context)
{
    const QString synopsis = QStringLiteral(
        "deletion-requests REGISTER [--json] [--offline] [--endpoint URL] [--ca CERT.pem] "
        "[--pin sha256/BASE64] [--token-file F] [--passphrase-file F]");
    QCommandLineParser parser;
    addOptions(parser, true);
    if (!parseArguments(parser, context, synopsis, 1))
        return Failure;
    auto reg = openRegister(parser, context, parser.positionalArguments().at(0));
    if (!reg)
        return Failure;
    const int code = refreshed(*reg, parser, context, Operation::Deletions);
    const QList<DeletionRequestRecord> requests = DeletionRequestRepository(*reg).all();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const DeletionRequestRecord &r : requests) {
            const auto orNull = [](const QString &value) {
                return value.isEmpty() ? QJsonValue() : QJsonValue(value);
            };
            list.append(QJsonObject{{QStringLiteral("participant"), r.participantId},
                                    {QStringLiteral("dataset"), r.dataset},
                                    {QStringLiteral("reference"), r.reference},
                                    {QStringLiteral("requestedAt"), r.requestedAt},
                                    {QStringLiteral("state"), r.stateText()},
                                    {QStringLiteral("id"), orNull(r.remoteId)},
                                    {QStringLiteral("sentAt"), orNull(r.sentAt)},
                                    {QStringLiteral("resolvedAt"), orNull(r.resolvedAt)},
                                    {QStringLiteral("resolution"), orNull(r.resolution)}});
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("deletionRequests"), list}})
                           .toJson(QJsonDocument::Indented);
        return code;
    }
    if (requests.isEmpty())
        context.out << say("No deletion requests.") << "\n";
    for (const DeletionRequestRecord &r : requests) {
        context.out << r.reference << "  " << shownIsoDateTime(r.requestedAt) << "  "
                    << deletionRequestStateText(r) << "\n";
    }
    return code;
}

const CommandRegistration history(
    QStringLiteral("history"),
    QStringLiteral("history REGISTER [--json] [--offline] [connection options as for sync]"),
    runHistory);
const CommandRegistration
    withdraw(QStringLiteral("withdraw"),
             QStringLiteral("withdraw REGISTER ID [connection options as for sync]"), runWithdraw);
const CommandRegistration deletionRequests(
    QStringLiteral("deletion-requests"),
    QStringLiteral(
        "deletion-requests REGISTER [--json] [--offline] [connection options as for sync]"),
    runDeletionRequests);

} // namespace

} // namespace veldboek::cli
