// The commands of veldboek-endpoint (endpoint/main.cpp is only the process's set-up): serve, the
// reference central endpoint, and its administration (account, deletion-requests, release).
// Exit codes as veldboek-cli: 0 success, 2 usage or I/O failure.
#include "EndpointCommands.h"

#include "AccountToken.h"
#include "DashboardRelease.h"
#include "EndpointClock.h"
#include "EndpointServer.h"
#include "EndpointStore.h"
#include "ShutdownSignals.h"
#include "SpecsCommand.h"
#include "storage/LibraryVersions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>
#include <cstdio>

namespace veldboek {

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

// Every value an organisation sent (names, datasets, references, reasons) is printed with its
// control characters, line and paragraph separators and direction overrides written as \u{XXXX},
// so a value cannot forge a row or a column of the administrator's listing.
QString printable(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029 ||
                             (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) ||
                             u == '\\';
        if (control)
            out += QStringLiteral("\\u{%1}").arg(static_cast<int>(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

const char *const usageText =
    "usage:\n"
    "  veldboek-endpoint serve --cert C --key K --data DIR [--listen 127.0.0.1:8443]\n"
    "        [--db postgresql://...] [--max-body-kb N] [--rate-limit N]\n"
    "        [--correction-cap N] [--withdrawal-days N] [--shutdown-seconds N]\n"
    "        [--retention-days N] [--max-connections N] [--timeout-seconds N]\n"
    "        [--max-package-mb N] [--max-check-mb N] [--max-rows N]\n"
    "        [--db-password-file F] [--specs DIR] [--claim-lease-seconds N]\n"
    "        [--receive-checks N]\n"
    "  veldboek-endpoint specs check DIR\n"
    "  veldboek-endpoint account add --data DIR --org NAME --cluster NAME"
    " [--department NAME] [--db URL]\n"
    "  veldboek-endpoint account list --data DIR [--db URL]\n"
    "  veldboek-endpoint account revoke --data DIR ACCOUNT-ID [--db URL]\n"
    "  veldboek-endpoint deletion-requests list --data DIR [--db URL]\n"
    "  veldboek-endpoint deletion-requests resolve ID --note TEXT --data DIR [--db URL]\n"
    "  veldboek-endpoint release --data DIR [--db URL]\n"
    "  veldboek-endpoint --version | --help\n"
    "A PostgreSQL password comes from PGPASSWORD, PGPASSFILE (~/.pgpass) or\n"
    "--db-password-file, never from the URL.\n";

int usage(const QString &message)
{
    err() << message << "\n" << usageText;
    err().flush();
    return 2;
}

const QCommandLineOption dataOption(QStringLiteral("data"),
                                    QStringLiteral("The endpoint's data directory."),
                                    QStringLiteral("DIR"));
const QCommandLineOption dbOption(QStringLiteral("db"),
                                  QStringLiteral("postgresql://user@host:port/dbname"),
                                  QStringLiteral("URL"));
const QCommandLineOption dbPasswordOption(QStringLiteral("db-password-file"),
                                          QStringLiteral("File holding the PostgreSQL password."),
                                          QStringLiteral("FILE"));

std::optional<StoreLocation> location(const QCommandLineParser &parser)
{
    StoreLocation store{parser.value(dataOption), parser.value(dbOption)};
    if (store.dataDir.isEmpty() && store.databaseUrl.isEmpty())
        return std::nullopt;
    // A password on the command line is readable by every local account (ps, /proc): refused.
    if (!QUrl(store.databaseUrl).password().isEmpty()) {
        err() << "--db: put the password in PGPASSWORD, PGPASSFILE or --db-password-file, "
                 "not in the URL\n";
        return std::nullopt;
    }
    if (parser.isSet(dbPasswordOption)) {
        QFile file(parser.value(dbPasswordOption));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 4096) {
            err() << "--db-password-file: cannot read " << file.fileName() << "\n";
            return std::nullopt;
        }
        qputenv("PGPASSWORD", file.readLine().trimmed());
    }
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
    parser.addOption(dbPasswordOption);
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
            out() << a.id << "\t" << printable(a.organisation) << "\t"
                  << (a.department.isEmpty() ? QStringLiteral("-") : printable(a.department))
                  << "\t" << printable(a.cluster) << "\t" << a.createdAt << "\t"
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
    const QString action = arguments.value(2);
    if (action != QLatin1String("list") && action != QLatin1String("resolve"))
        return usage(QStringLiteral("deletion-requests knows: list, resolve"));
    QCommandLineParser parser;
    const QCommandLineOption note(QStringLiteral("note"),
                                  QStringLiteral("What was done, for the organisation."),
                                  QStringLiteral("TEXT"));
    parser.addOption(note);
    QStringList rest = arguments;
    rest.removeAt(2);
    rest.removeAt(1);
    if (!parse(parser, rest))
        return 2;
    if (action == QLatin1String("resolve")) {
        const QStringList ids = parser.positionalArguments();
        if (ids.size() != 1 || parser.value(note).trimmed().isEmpty() ||
            parser.value(note).size() > 2000)
            return usage(QStringLiteral("deletion-requests resolve needs one ID and --note TEXT "
                                        "(at most 2000 characters)"));
        std::unique_ptr<EndpointStore> store = openStore(parser);
        if (!store)
            return 2;
        if (!store->resolveDeletionRequest(ids.first(), parser.value(note).trimmed())) {
            err() << "deletion-requests resolve: no open request " << printable(ids.first())
                  << "\n";
            return 2;
        }
        err() << "Deletion request " << ids.first() << " resolved.\n";
        return 0;
    }
    std::unique_ptr<EndpointStore> store = openStore(parser);
    if (!store)
        return 2;
    const QList<DeletionRequest> requests = store->deletionRequests();
    for (const DeletionRequest &r : requests) {
        out() << r.requestedAt << "\t" << r.id << "\t" << printable(r.organisation) << "\t"
              << printable(r.dataset) << "\t" << printable(r.reference) << "\t"
              << printable(r.reason) << "\t"
              << (r.resolvedAt.isEmpty()
                      ? QStringLiteral("open")
                      : QStringLiteral("resolved ") + r.resolvedAt + u' ' + printable(r.resolution))
              << "\n";
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
    const std::optional<QString> id = DashboardRelease::make(*store, EndpointClock::now(), &error);
    if (!id) {
        err() << "release failed: " << error << "\n";
        return 2;
    }
    out() << *id << "\n";
    return 0;
}

// Serves until SIGTERM or SIGINT; SIGHUP reads the certificate and key again.
int serve(QCoreApplication &app, const ServeOptions &options)
{
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
    QObject::connect(&shutdownSignals, &ShutdownSignals::reloadRequested, &app, [&server]() {
        QString reloadError;
        if (server.reloadCertificate(&reloadError))
            qInfo("endpoint: certificate and key read again");
        else
            qWarning("endpoint: certificate not reloaded, the previous one stays: %s",
                     qUtf8Printable(reloadError));
    });
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &app,
                     [&server, &app](int) {
                         qInfo("endpoint: shutting down");
                         server.shutdown();
                         app.quit();
                     });
    return app.exec();
}

// --listen ADDRESS:PORT (an IPv6 address in brackets) into the options; false when it is not.
bool readListen(const QString &address, ServeOptions *options)
{
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = address.mid(colon + 1).toUInt(&portOk);
    QString host = address.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (colon <= 0 || !portOk || port > 65535 || !options->address.setAddress(host))
        return false;
    options->port = static_cast<quint16>(port);
    return true;
}

// serve's options that take a whole number, and the least each takes (the defaults are
// docs/endpoint.md's).
struct NumberOption
{
    const char *name;
    const char *help;
    const char *fallback;
    int minimum;
};
const NumberOption numberOptions[] = {
    {"max-body-kb", "Largest upload in KiB.", "65536", 0},
    {"rate-limit", "Requests per token per minute.", "600", 0},
    {"correction-cap", "Corrections per period.", "20", 0},
    {"withdrawal-days", "Withdrawal window in days.", "14", 0},
    {"shutdown-seconds", "Wait for the check in hand.", "30", 0},
    {"claim-lease-seconds", "How long a check's claim holds before another process takes it over.",
     "300", 1},
    {"retention-days", "How long packages are kept.", "90", 0},
    {"max-connections", "Open connections at most.", "1000", 1},
    {"timeout-seconds", "Idle time before a connection closes.", "30", 1},
    {"max-package-mb", "Largest package unpacked, in MiB.", "512", 0},
    {"max-check-mb",
     "Memory for one package's check (a block of rows and the dataset rules' keys), in MiB.", "256",
     0},
    {"max-rows", "Rows per dataset at most.", "2000000", 0},
    {"receive-checks",
     "Uploads checked as they arrive, at once (0: none); the others are checked by the worker "
     "after their receipt.",
     "0", 0},
};

// The numbers of `parser` into `options`; false when one is not a whole number or too small.
bool readNumbers(const QCommandLineParser &parser, ServeOptions *options)
{
    QHash<QString, int> n;
    for (const NumberOption &option : numberOptions) {
        bool ok = false;
        const int value = parser.value(QString::fromLatin1(option.name)).toInt(&ok);
        if (!ok || value < option.minimum)
            return false;
        n.insert(QString::fromLatin1(option.name), value);
    }
    options->maxBodyBytes = n.value(QStringLiteral("max-body-kb")) * 1024LL;
    options->rateLimitPerMinute = n.value(QStringLiteral("rate-limit"));
    options->correctionCap = n.value(QStringLiteral("correction-cap"));
    options->withdrawalDays = n.value(QStringLiteral("withdrawal-days"));
    options->shutdownSeconds = n.value(QStringLiteral("shutdown-seconds"));
    options->claimLeaseSeconds = n.value(QStringLiteral("claim-lease-seconds"));
    options->retentionDays = n.value(QStringLiteral("retention-days"));
    options->connectionLimit = static_cast<unsigned>(n.value(QStringLiteral("max-connections")));
    options->timeoutSeconds = static_cast<unsigned>(n.value(QStringLiteral("timeout-seconds")));
    options->limits.maxPackageBytes = n.value(QStringLiteral("max-package-mb")) * 1024LL * 1024;
    options->limits.maxTableBytes = n.value(QStringLiteral("max-check-mb")) * 1024LL * 1024;
    options->limits.maxRowsPerFile = n.value(QStringLiteral("max-rows"));
    options->receiveChecks = n.value(QStringLiteral("receive-checks"));
    return true;
}

// `serve`: its options, then serve().
int serveCommand(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("Certificate (PEM)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Private key (PEM)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address:port."),
                                    QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption specs(QStringLiteral("specs"),
                                   QStringLiteral("Directory of the specs in force (default: the "
                                                  "built-in ones)."),
                                   QStringLiteral("DIR"));
    parser.addOptions({specs, cert, key, listen});
    for (const NumberOption &option : numberOptions)
        parser.addOption(QCommandLineOption(QString::fromLatin1(option.name),
                                            QString::fromLatin1(option.help), QStringLiteral("N"),
                                            QString::fromLatin1(option.fallback)));
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
    options.specsDirectory = parser.value(specs);
    if (!readListen(parser.value(listen), &options))
        return usage(QStringLiteral("--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8443"));
    if (!readNumbers(parser, &options))
        return usage(QStringLiteral(
            "numeric options take whole numbers of 0 or more "
            "(--max-connections, --timeout-seconds and --claim-lease-seconds at least 1)"));
    return serve(app, options);
}

} // namespace

int runEndpointCommand(QCoreApplication &app)
{
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    // The one version of the project (CMake's project version), as every program prints it.
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "veldboek-endpoint " << QCoreApplication::applicationVersion() << '\n'
              << libraryVersionLines() << '\n';
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out() << usageText;
        return 0;
    }
    if (command == QLatin1String("serve"))
        return serveCommand(app, arguments);
    if (command == QLatin1String("account"))
        return accountCommand(arguments);
    if (command == QLatin1String("specs")) {
        const int code = specsCommand(arguments, out(), err());
        out().flush();
        err().flush();
        return code;
    }
    if (command == QLatin1String("deletion-requests"))
        return deletionRequestsCommand(arguments);
    if (command == QLatin1String("release"))
        return releaseCommand(arguments);
    return usage(command.isEmpty() ? QStringLiteral("no command given")
                                   : QStringLiteral("unknown command: ") + command);
}

} // namespace veldboek
