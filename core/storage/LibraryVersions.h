#pragma once
// The versions of the libraries a program runs with, for Help > About and `--version`: the first
// thing a support question needs, and the only way to see which SQLCipher is linked in.
#include <QString>

namespace veldboek {

struct LibraryVersions
{
    QString qtRuntime;  // the Qt loaded at run time (qVersion())
    QString qtBuild;    // the Qt the program was compiled against
    QString sqlcipher;  // PRAGMA cipher_version of the statically linked SQLCipher
    QString sqlite;     // the SQLite inside that SQLCipher
    QString openssl;    // the libcrypto SQLCipher encrypts with
    QString tlsBackend; // the library behind Qt Network's TLS, which submits
};

LibraryVersions libraryVersions();

// One line per library, as `--version` prints them under the program's own version.
QString libraryVersionLines();

} // namespace veldboek
