#pragma once

#include "validation/Spec.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace veldboek {

class Register;

// A file format of a portal that organisations still upload to by hand: which spec dataset it
// carries, its columns (in order, named as the spec names them for this format) and its file
// name pattern.
struct PortalFormat
{
    QString id;         // mdt-proces1, rap-gas, rap-probleem, cemplus-long
    QString specId;     // mdt, sor, cemplus
    QString dataset;    // participants, gas, problem, cem
    QStringList fields; // field keys, in the file's column order
    QString fileNamePrefix;

    static QStringList ids();
    static std::optional<PortalFormat> byId(const QString &id);
    // The keys of the built-in spec's dataset that have a column in `format`, in the spec's order.
    static QStringList specColumns(const QString &specId, const QString &dataset,
                                   const QString &format);
    // The same for a dataset of any spec (the register's spec in force, SpecStore).
    static QStringList specColumns(const DatasetSpec &dataset, const QString &format);
};

// Exports a register dataset in a portal format. The spec's transmit policy decides each field:
// `plain` as it is, `pseudonymised` as the organisation's HMAC pseudonym, `never` not at all.
class PortalExport
{
public:
    struct Result
    {
        QStringList header;
        QList<QStringList> rows;
        QByteArray csv;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    // `spec` must be the format's spec; for participants its fields with a column in the format
    // make the columns (format.fields are the built-in spec's). Creates the organisation key on
    // first use when the format pseudonymises a field.
    static Result run(Register &reg, const PortalFormat &format, const Spec &spec);

    // The file name a portal expects: PREFIX_<organisation>_<yyyymmdd>.csv, without the
    // characters portals refuse (: \ / ? ; * " > < | [ ]), spaces or extra dots.
    static QString fileName(const PortalFormat &format, const QString &organisation, QDate date,
                            const QString &suffix = QStringLiteral("csv"));
    static QString safeFileNamePart(const QString &text);
};

} // namespace veldboek
