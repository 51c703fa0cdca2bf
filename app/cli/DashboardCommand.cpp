// veldboek-cli dashboard REGISTER [--json] [--refresh] [--passphrase-file F]
#include "Command.h"
#include "Localization.h"
#include "RegisterOpener.h"
#include "storage/DashboardRepository.h"
#include "sync/ConnectionSettings.h"
#include "sync/EndpointClient.h"
#include "sync/FigureText.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

namespace veldboek::cli {

namespace {

// Pulls the dashboard with the register's stored connection and stores it, like the window's
// "refresh" does.
bool refresh(Register &reg, CommandContext &context)
{
    QString error;
    const ConnectionSettings settings(reg);
    const EndpointProfile profile = settings.load(&error);
    EndpointClient client(profile);
    client.setLanguage(context.language);
    SyncError syncError;
    EndpointRequest *request = client.get(QStringLiteral("/api/v1/dashboard"), &syncError);
    if (!request) {
        context.err << syncError.message << "\n";
        return false;
    }
    EndpointResult result;
    QEventLoop loop;
    QObject::connect(request, &EndpointRequest::finished, &loop, [&](const EndpointResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (!result.error.ok()) {
        context.err << result.error.message << "\n";
        return false;
    }
    if (DashboardRepository(reg).store(result.json, QStringLiteral("endpoint"),
                                       QDateTime::currentDateTimeUtc()) == 0) {
        context.err << reg.lastError().message() << "\n";
        return false;
    }
    return true;
}

void printText(const DashboardSnapshot &snapshot, QTextStream &out)
{
    const QJsonObject account = snapshot.figures.value(QLatin1String("account")).toObject();
    const QJsonObject period = snapshot.figures.value(QLatin1String("period")).toObject();
    out << QCoreApplication::translate("cli",
                                       "Figures of %1 (cluster %2), fetched %3; period %4 to %5")
               .arg(account.value(QLatin1String("organisation")).toString(),
                    account.value(QLatin1String("cluster")).toString(),
                    shownDateTime(snapshot.fetchedAt),
                    shownIsoDate(period.value(QLatin1String("start")).toString()),
                    shownIsoDate(period.value(QLatin1String("end")).toString()))
        << "\n";
    const QList<FigureRow> rows = DashboardSummary::rows(snapshot.figures);
    qsizetype width = QCoreApplication::translate("cli", "Figure").size();
    // The own column as wide as its longest text ("not shown: ..." included), at least 16.
    qsizetype ownWidth = 14;
    for (const FigureRow &row : rows) {
        width = std::max(width, row.label.size());
        ownWidth = std::max(ownWidth, row.own.size());
    }
    out << QCoreApplication::translate("cli", "Figure").leftJustified(width + 2)
        << QCoreApplication::translate("cli", "Own").leftJustified(ownWidth + 2)
        << QCoreApplication::translate("cli", "Cluster") << "\n";
    for (const FigureRow &row : rows)
        out << row.label.leftJustified(width + 2) << row.own.leftJustified(ownWidth + 2)
            << row.cluster << "\n";
}

int runDashboard(CommandContext &context)
{
    const QString synopsis =
        QStringLiteral("dashboard REGISTER [--json] [--refresh] [--passphrase-file F]");
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("json")));
    parser.addOption(QCommandLineOption(QStringLiteral("refresh")));
    parser.addOption({QStringLiteral("passphrase-file"), {}, QStringLiteral("F")});
    if (!parseArguments(parser, context, synopsis, 1))
        return Failure;
    auto reg = openRegister(parser, context, parser.positionalArguments().at(0));
    if (!reg)
        return Failure;
    if (parser.isSet(QStringLiteral("refresh")) && !refresh(*reg, context))
        return Failure;
    const std::optional<DashboardSnapshot> snapshot = DashboardRepository(*reg).latest();
    if (!snapshot) {
        context.err << QCoreApplication::translate(
                           "cli",
                           "No dashboard figures have been pulled back yet: submit the register "
                           "with veldboek-cli sync first.")
                    << "\n";
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = snapshot->figures;
        json.insert(QStringLiteral("fetchedAt"), snapshot->fetchedAt.toString(Qt::ISODateWithMs));
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return Success;
    }
    printText(*snapshot, context.out);
    return Success;
}

const CommandRegistration
    registration(QStringLiteral("dashboard"),
                 QStringLiteral("dashboard REGISTER [--json] [--refresh] [--passphrase-file F]"),
                 runDashboard);

} // namespace

} // namespace veldboek::cli
