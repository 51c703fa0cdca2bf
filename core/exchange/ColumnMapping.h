#pragma once

#include "validation/Spec.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <optional>

namespace veldboek {

class Register;

// Which column of an imported file fills which field of a dataset. Proposed from the headers
// as people write them; the user corrects it once and the register remembers it for files with
// the same header.
struct ColumnMapping
{
    // Where a column's field came from, so the wizard can say it and the command line can refuse
    // to act on a guess.
    enum class Source {
        None,       // not mapped
        Given,      // a --mapping file or the user's choice in the wizard
        Remembered, // the mapping the user confirmed for a file with this header before
        ColumnName, // the column name of one of the dataset's file formats, or the field key
        Label,      // the field's label, in Dutch or English
        Alias,      // one of the field's aliases in the spec (portal templates, common variants)
        Guess       // only close to one of those: proposed, to be confirmed
    };

    QHash<QString, QString> fieldForColumn; // file column -> field key ("" or absent: ignored)
    QHash<QString, Source> sourceOfColumn;  // file column -> how its field was found

    // Names are compared without case, diacritics, punctuation and spacing ("E-mail",
    // "e-mailadres", "Reden beëindiging", "Huisnr."): against each field's key, its column
    // names in the dataset's file formats, its labels (nl, en) and its aliases. A column that
    // matches none of them but comes close to one (a typing error, a word left out) is proposed
    // as a Guess. Each field takes at most one column.
    static ColumnMapping propose(const QStringList &header, const DatasetSpec &dataset);
    // How many of the header's columns this mapping gives a field.
    int mappedCount(const QStringList &header) const;
    // The columns whose field is only a guess.
    QStringList guesses(const QStringList &header) const;
    Source source(const QString &column) const { return sourceOfColumn.value(column); }

    // The text compared: lower case, no diacritics, letters and digits only.
    static QString comparable(const QString &name);
    // How alike two comparable names are, 0..1 (1: equal), by edit distance.
    static double closeness(const QString &a, const QString &b);
    // Every name a field is known by, comparable: key, columns, labels, aliases.
    static QStringList namesOf(const FieldSpec &field);

    // The --mapping file: { "file column": "field key", ... }.
    static std::optional<ColumnMapping> fromJson(const QByteArray &json, const DatasetSpec &dataset,
                                                 QString *error);
    QByteArray toJson() const;

    // Remembered per dataset and header (order and case do not matter).
    void remember(Register &reg, const QString &dataset, const QStringList &header) const;
    static std::optional<ColumnMapping> remembered(Register &reg, const QString &dataset,
                                                   const QStringList &header);
};

} // namespace veldboek
