#include "LibraryVersions.h"

#include <QSslSocket>
#include <openssl/crypto.h>
#include <sqlite3.h>

namespace veldboek {

namespace {

// SQLCipher reports its own version only through a pragma on an open connection; an in-memory
// database is enough and touches no file.
QString sqlcipherVersion()
{
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            version = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return version.isEmpty() ? QStringLiteral("?") : version;
}

} // namespace

LibraryVersions libraryVersions()
{
    LibraryVersions versions;
    versions.qtRuntime = QString::fromLatin1(qVersion());
    versions.qtBuild = QStringLiteral(QT_VERSION_STR);
    versions.sqlcipher = sqlcipherVersion();
    versions.sqlite = QString::fromLatin1(sqlite3_libversion());
    versions.openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    versions.tlsBackend = QSslSocket::sslLibraryVersionString();
    return versions;
}

QString libraryVersionLines()
{
    const LibraryVersions v = libraryVersions();
    return QLatin1String("Qt ") + v.qtRuntime + QLatin1String(" (built with ") + v.qtBuild +
           QLatin1String(")\nSQLCipher ") + v.sqlcipher + QLatin1String(" (SQLite ") + v.sqlite +
           QLatin1String(")\n") + v.openssl + QLatin1String("\nTLS (Qt Network): ") + v.tlsBackend;
}

} // namespace veldboek
