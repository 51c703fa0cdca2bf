#pragma once

#include "validation/DataTable.h"
#include "validation/Spec.h"
#include "validation/ValidationReport.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace veldboek {

class Register;

// The register read into memory for one submission: every dataset of every built-in spec, with
// all its fields, and the participant behind each row. Reading needs the register's thread;
// checking and packing (RegisterPackage::prepare) does not, so the window stays responsive.
struct RegisterSnapshot
{
    struct Part
    {
        int spec = 0; // index in `specs`
        DataTable table;
        QList<qint64> participantIds; // per row
    };
    QList<Spec> specs;
    QList<Part> parts;
    QByteArray organisationKey; // for fields sent pseudonymised; empty when there is none
    QString note;
    QString clientVersion;

    static std::optional<RegisterSnapshot> read(Register &reg, QString *error);
};

// A package ready to send, with the full-register check it passed (or did not).
struct PreparedPackage
{
    QList<ValidationReport> checks; // the engine's report per spec, on the register's rows
    int errors = 0;                 // error rows in the check: these block sending
    int warnings = 0;

    QByteArray body; // uncompressed; its SHA-256 is the Idempotency-Key
    QByteArray gzipBody;
    QByteArray contentType;
    QString contentHash;
    QString specIds;
    QString specVersions;
    QString round;
    QList<qint64> participantIds; // the participants the package holds
    // Per dataset, the participant behind each row (to open the record a report row names):
    // the rows' line numbers in the file, ascending, and the participant of each.
    struct RowOwners
    {
        QList<int> lines;
        QList<qint64> participantIds;
    };
    QHash<QString, RowOwners> rowOwners;
    QString error; // set when no package could be made

    bool blocked() const { return errors > 0; }
    qint64 participantFor(const QString &dataset, int line) const;
};

// The register as the submission package: the engine checks the register's rows first, then
// one CSV per dataset that holds rows is written in the dataset's file format. Only fields the
// spec transmits go in: `never` fields stay home, `pseudonymised` ones are sent as the keyed
// hash (and left out when the register has no organisation key, never sent in plain).
class RegisterPackage
{
public:
    // `check` false skips the engine: only for tests that must reach the endpoint's own check.
    static PreparedPackage prepare(const RegisterSnapshot &snapshot, const QDate &today,
                                   const QString &language, bool check = true);
    // One dataset as CSV in `format`: `;`-separated, CRLF, quoted only where a value needs it.
    // `records` receives the number of records a CSV reader will count (rows with a value).
    static QByteArray csv(const DatasetSpec &dataset, const QString &format, const DataTable &table,
                          const QByteArray &organisationKey, int *records = nullptr);
};

} // namespace veldboek
