#pragma once

#include <QByteArray>
#include <QString>

namespace veldboek {

class SqlCipherDriver;

// The register's schema, as an ordered list of migrations; PRAGMA user_version holds the number
// of the last one applied. A migration is never edited once released: add a new one instead.
class Migrations
{
public:
    static int currentVersion();
    // Applies the migrations after `from` up to `to`, all in one transaction.
    static bool migrate(SqlCipherDriver &driver, int from, int to, QString *error);
};

} // namespace veldboek
