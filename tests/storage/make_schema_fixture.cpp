// Writes a register at an older schema version, for the migration tests' fixtures:
//   make_schema_fixture OUT VERSION PASSPHRASE
// The fixtures in tests/fixtures/registers/ were made with it; they are kept, not regenerated,
// because they stand for files that users already have.
#include "keys/CipherKey.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <cstdio>

using namespace veldboek;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: make_schema_fixture OUT VERSION PASSPHRASE\n");
        return 2;
    }
    const int version = QByteArray(argv[2]).toInt();
    auto *driver = new SqlCipherDriver;
    driver->setKey(CipherKey::passphrase(QByteArray(argv[3])));
    driver->setCreateIfMissing(true);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, QStringLiteral("fixture"));
        db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
        QString error;
        if (!db.open() || !Migrations::migrate(*driver, 0, version, &error)) {
            std::fprintf(stderr, "%s %s\n", qPrintable(db.lastError().text()), qPrintable(error));
            return 1;
        }
        QSqlQuery query(db);
        const char *statements[] = {
            "INSERT INTO settings VALUES ('register_id', 'fixture-register')",
            "INSERT INTO participants (respondentnummer, voornaam, achternaam, geslacht, "
            "geboortedatum, postcode, startdatum, created_at, updated_at) VALUES ('MDT-0001', "
            "'Zoë', 'de Vries', 'v', '12-03-2006', '1234 AB', '01-02-2022', '2022-02-01', "
            "'2022-02-01')",
            "INSERT INTO participants (respondentnummer, voornaam, achternaam, geslacht, "
            "created_at, updated_at) VALUES ('MDT-0002', 'Daniël', 'Öztürk', 'm', '2022-02-02', "
            "'2022-02-02')",
            "INSERT INTO trajectories (participant_id, beschikkingsnummer) VALUES (1, '12345678')",
            "INSERT INTO gas_goals (trajectory_id, goal_number, description) VALUES (1, 1, "
            "'Zelfstandig reizen')",
            "INSERT INTO gas_scores (goal_id, informant, datum, waarde) VALUES (1, 'C', "
            "'01-03-2022', '1')",
            "INSERT INTO audit_log (at, actor, table_name, record_id, field, old_value, new_value) "
            "VALUES ('2022-02-01', 'fixture', 'participants', 1, '*', NULL, 'created')",
        };
        for (const char *sql : statements) {
            if (!query.exec(QString::fromUtf8(sql))) {
                std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
                return 1;
            }
        }
        // From version 3 on, records created in bulk are audited as one range.
        if (version >= 3 &&
            !query.exec(QStringLiteral("INSERT INTO audit_ranges (at, actor, table_name, first_id, "
                                       "last_id, source) VALUES ('2022-02-02', 'fixture', "
                                       "'participants', 2, 2, 'fixture.csv')"))) {
            std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
            return 1;
        }
        // From version 5 on, a spec fetched from the endpoint: the built-in mdt's bytes.
        if (version >= 5) {
            QFile spec(QStringLiteral(":/specs/mdt.json"));
            spec.open(QIODevice::ReadOnly);
            const QByteArray bytes = spec.readAll();
            query.prepare(QStringLiteral("INSERT INTO specs VALUES ('mdt', '2023.1', ?, ?, "
                                         "'2024-01-01T00:00:00Z', "
                                         "'https://fixture.example/api/v1/specs/mdt')"));
            query.addBindValue(bytes);
            query.addBindValue(QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            if (bytes.isEmpty() || !query.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
                return 1;
            }
        }
        // From version 6 on, a value of a field without a column: one no spec in force asks for
        // (a spec of the endpoint added it, a later one dropped it). It must survive.
        if (version >= 6 &&
            !query.exec(QStringLiteral("INSERT INTO participant_fields VALUES (1, 'schoolnaam', "
                                       "'De Brug')"))) {
            std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
            return 1;
        }
        // From version 7 on, a value of a field a fetched spec added to the GAS scores (no
        // column; outcome_fields), on the fixture's one score.
        if (version >= 7 &&
            !query.exec(QStringLiteral("INSERT INTO outcome_fields VALUES ('gas', 1, "
                                       "'meetmoment', 'T1')"))) {
            std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
            return 1;
        }
        // From version 8 on, the second participant registered herself at the kiosk.
        if (version >= 8 &&
            !query.exec(QStringLiteral("UPDATE participants SET self_registered_at = "
                                       "'2022-02-02T09:30:00.000Z' WHERE id = 2"))) {
            std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
            return 1;
        }
        // From version 9 on, a self-registration link and one entry pulled through it, waiting.
        if (version >= 9 &&
            (!query.exec(
                 QStringLiteral("INSERT INTO selfreg_links VALUES ('fixture-link-0000000001', "
                                "'https://fixture.example', 'mdt', zeroblob(32), zeroblob(32), "
                                "'2024-01-02T00:00:00.000Z', '')")) ||
             !query.exec(QStringLiteral(
                 "INSERT INTO selfreg_inbox (link_id, entry_id, received_at, pulled_at, language, "
                 "record) VALUES ('fixture-link-0000000001', 'fixture-entry-1', "
                 "'2024-01-03T00:00:00.000Z', '2024-01-04T00:00:00.000Z', 'nl', "
                 "'{\"voornaam\":\"Sanne\"}')")))) {
            std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
            return 1;
        }
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return 0;
}
