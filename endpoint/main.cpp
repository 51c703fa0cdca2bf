// veldboek-endpoint: the reference central endpoint (serve) and its administration (account,
// deletion-requests). Exit codes as veldboek-cli: 0 success, 2 usage or I/O failure.
#include "AccountToken.h"
#include "DashboardRelease.h"
#include "EndpointServer.h"
#include "EndpointStore.h"
#include "ShutdownSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace veldboek;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usage(const QString &message)
{
    err() << message << "\n"
          << "usage:\n"
             "  veldboek-endpoint serve --cert C --key K --data DIR [--listen 127.0.0.1:8443]\n"
             "        [--db postgresql://...] [--max-body-mb N] [--rate-limit N]\n"
             "        [--correction-cap N] [--withdrawal-days N] [--shutdown-seconds N]\n"
             "  veldboek-endpoint account add --data DIR --org NAME --cluster NAME"
             " [--department NAME] [--db URL]\n"
             "  veldboek-endpoint account list --data DIR [--db URL]\n"
             "  veldboek-endpoint account revoke --data DIR ACCOUNT-ID [--db URL]\n"
             "  veldboek-endpoint deletion-requests list --data DIR [--db URL]\n"
             "  veldboek-endpoint release --data DIR [--db URL]\n";
    err().flush();
    return 2;
}

const QCommandLineOption dataOption(QStringLiteral("data"),
                                    QStringLiteral("The endpoint's data directory."),
                                    QStringLiteral("DIR"));
const QCommandLineOption dbOption(QStringLiteral("db"),
                                  QStringLiteral("postgresql://user:password@host:port/dbname"),
                                  QStringLiteral("URL"));

std::optional<StoreLocation> location(const QCommandLineParser &parser)
{
    StoreLocation store{parser.value(dataOption), parser.value(dbOption)};
    if (store.dataDir.isEmpty() && store.databaseUrl.isEmpty())
        return std::nullopt;
    return store;
}

std::unique_ptr<EndpointStore> openStore(const QCommandLineParser &parser)
{
    const std::optional<StoreLocation> where = location(parser);
    if (!where) {
        usage(QStringLiteral("--data DIR (or --db URL) is required"));
        return nullptr;
    }
    QString error;
    std::unique_ptr<EndpointStore> store =
        EndpointStore::open(*where, QStringLiteral("veldboek-admin"), &error);
    if (!store)
        err() << where->describe() << ": " << error << "\n";
    return store;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addOption(dataOption);
    parser.addOption(dbOption);
    if (!parser.parse(arguments)) {
        usage(parser.errorText());
        return false;
    }
    return true;
}

int accountCommand(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    QCommandLineParser parser;
    const QCommandLineOption org(QStringLiteral("org"), QStringLiteral("Organisation name."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption cluster(QStringLiteral("cluster"), QStringLiteral("Peer cluster."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption department(QStringLiteral("department"),
                                        QStringLiteral("Department with its own account."),
                                        QStringLiteral("NAME"));
    parser.addOptions({org, cluster, department});
    QStringList rest = arguments;
    rest.removeAt(2); // "veldboek-endpoint account <action> ..." -> parse the options only
    rest.removeAt(1);
    if (!parse(parser, rest))
        return 2;
    if (action == QLatin1String("add")) {
        if (parser.value(org).trimmed().isEmpty() || parser.value(cluster).trimmed().isEmpty())
            return usage(QStringLiteral("account add needs --org and --cluster"));
        std::unique_ptr<EndpointStore> store = openStore(parser);
        if (!store)
            return 2;
        const QString token = AccountToken::generate();
        const std::optional<Account> account =
            store->createAccount(parser.value(org).trimmed(), parser.value(cluster).trimmed(),
                                 parser.value(department).trimmed(), AccountToken::hash(token));
        if (!account) {
            err() << "account add: " << store->lastError() << "\n";
            return 2;
        }
        // The token on stdout alone, so scripts can capture it; it is not stored anywhere.
        out() << token << "\n";
        out().flush();
        err() << "Account " << account->id << " for " << account->organisation
              << (account->department.isEmpty() ? QString()
                                                : QStringLiteral(" / ") + account->department)
              << " (cluster " << account->cluster
              << ") created. The token above is shown only this once.\n";
        return 0;
    }
    if (action == QLatin1String("list")) {
        std::unique_ptr<EndpointStore> store = openStore(parser);
        if (!store)
            return 2;
        const QList<Account> accounts = store->accounts();
        for (const Account &a : accounts) {
            out() << a.id << "\t" << a.organisation << "\t"
                  << (a.department.isEmpty() ? QStringLiteral("-") : a.department) << "\t"
                  << a.cluster << "\t" << a.createdAt << "\t"
                  << (a.revokedAt.isEmpty() ? QStringLiteral("active")
                                            : QStringLiteral("revoked ") + a.revokedAt)
                  << "\n";
        }
        return 0;
    }
    if (action == QLatin1String("revoke")) {
        const QStringList ids = parser.positionalArguments();
        if (ids.size() != 1)
            return usage(QStringLiteral("account revoke needs one ACCOUNT-ID"));
        std::unique_ptr<EndpointStore> store = openStore(parser);
        if (!store)
            return 2;
        if (!store->revokeAccount(ids.first())) {
            err() << "account revoke: no active account " << ids.first() << "\n";
            return 2;
        }
        err() << "Account " << ids.first() << " revoked.\n";
        return 0;
    }
    return usage(QStringLiteral("unknown account action: ") + action);
}

int deletionRequestsCommand(const QStringList &arguments)
{
    if (arguments.value(2) != QLatin1String("list"))
        return usage(QStringLiteral("deletion-requests knows: list"));
    QCommandLineParser parser;
    QStringList rest = arguments;
    rest.removeAt(2);
    rest.removeAt(1);
    if (!parse(parser, rest))
        return 2;
    std::unique_ptr<EndpointStore> store = openStore(parser);
    if (!store)
        return 2;
    const QList<DeletionRequest> requests = store->deletionRequests();
    for (const DeletionRequest &r : requests) {
        out() << r.requestedAt << "\t" << r.id << "\t" << r.organisation << "\t" << r.dataset
              << "\t" << r.reference << "\t"
              << QString(r.reason).replace(QLatin1Char('\n'), QLatin1Char(' ')) << "\n";
    }
    return 0;
}

// `release`: makes a dashboard release now (DashboardRelease), as the server does on the first
// of each month; prints its id.
int releaseCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    QStringList rest = arguments;
    rest.removeAt(1);
    if (!parse(parser, rest))
        return 2;
    std::unique_ptr<EndpointStore> store = openStore(parser);
    if (!store)
        return 2;
    QString error;
    const std::optional<QString> id =
        DashboardRelease::make(*store, QDateTime::currentDateTimeUtc(), &error);
    if (!id) {
        err() << "release failed: " << error << "\n";
        return 2;
    }
    out() << *id << "\n";
    return 0;
}

int serveCommand(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("Certificate (PEM)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Private key (PEM)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address:port."),
                                    QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption maxBody(QStringLiteral("max-body-kb"),
                                     QStringLiteral("Largest upload in KiB."), QStringLiteral("N"),
                                     QStringLiteral("65536"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Requests per token per minute."),
                                       QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption correctionCap(QStringLiteral("correction-cap"),
                                           QStringLiteral("Corrections per period."),
                                           QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption withdrawalDays(QStringLiteral("withdrawal-days"),
                                            QStringLiteral("Withdrawal window in days."),
                                            QStringLiteral("N"), QStringLiteral("14"));
    const QCommandLineOption shutdownSeconds(QStringLiteral("shutdown-seconds"),
                                             QStringLiteral("Wait for the check in hand."),
                                             QStringLiteral("N"), QStringLiteral("30"));
    parser.addOptions(
        {cert, key, listen, maxBody, rateLimit, correctionCap, withdrawalDays, shutdownSeconds});
    QStringList rest = arguments;
    rest.removeAt(1);
    if (!parse(parser, rest))
        return 2;
    const std::optional<StoreLocation> where = location(parser);
    if (!where || parser.value(cert).isEmpty() || parser.value(key).isEmpty())
        return usage(QStringLiteral("serve needs --cert, --key and --data (or --db)"));

    ServeOptions options;
    options.store = *where;
    options.certificateFile = parser.value(cert);
    options.keyFile = parser.value(key);
    const QString address = parser.value(listen);
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = address.mid(colon + 1).toUInt(&portOk);
    QString host = address.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (colon <= 0 || !portOk || port > 65535 || !options.address.setAddress(host))
        return usage(QStringLiteral("--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8443"));
    options.port = static_cast<quint16>(port);
    auto number = [&parser](const QCommandLineOption &option, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        return ok && *value >= 0;
    };
    int maxBodyKb = 0;
    if (!number(maxBody, &maxBodyKb) || !number(rateLimit, &options.rateLimitPerMinute) ||
        !number(correctionCap, &options.correctionCap) ||
        !number(withdrawalDays, &options.withdrawalDays) ||
        !number(shutdownSeconds, &options.shutdownSeconds))
        return usage(QStringLiteral("numeric options take whole numbers of 0 or more"));
    options.maxBodyBytes = maxBodyKb * 1024LL;

    EndpointServer server(options);
    ShutdownSignals shutdownSignals;
    QString error;
    const quint16 listening = server.start(&error);
    if (listening == 0) {
        err() << "serve: " << error << "\n";
        return 2;
    }
    // On stdout, for scripts and tests that asked for port 0.
    out() << "listening on https://" << options.address.toString() << ":" << listening << "\n";
    out().flush();
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &app,
                     [&server, &app](int) {
                         qInfo("endpoint: shutting down");
                         server.shutdown();
                         app.quit();
                     });
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("veldboek-endpoint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VELDBOEK_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{message}"));
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("serve"))
        return serveCommand(app, arguments);
    if (command == QLatin1String("account"))
        return accountCommand(arguments);
    if (command == QLatin1String("deletion-requests"))
        return deletionRequestsCommand(arguments);
    if (command == QLatin1String("release"))
        return releaseCommand(arguments);
    return usage(command.isEmpty() ? QStringLiteral("no command given")
                                   : QStringLiteral("unknown command: ") + command);
}
