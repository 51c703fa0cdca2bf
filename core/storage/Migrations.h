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
    // Adds a migration after the released ones, for this process only. Tests use it to play a
    // release that adds a field: a copy of the spec with the field and this migration with its
    // column, no other code (tests/storage/tst_specfields.cpp; docs/storage.md, "Adding a
    // field"). The program itself never calls it: its migrations are the list in Migrations.cpp.
    static void appendStep(const QByteArray &sql);
    // Applies the migrations after `from` up to `to`, all in one transaction.
    static bool migrate(SqlCipherDriver &driver, int from, int to, QString *error);
};

} // namespace veldboek
