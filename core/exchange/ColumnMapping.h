#pragma once

#include "validation/Spec.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <optional>

namespace veldboek {

class Register;

// Which column of an imported file fills which field of a dataset. Proposed from the spec's
// column names (of every file format of the dataset) and field keys; the user corrects it once
// and the register remembers it for files with the same header.
struct ColumnMapping
{
    QHash<QString, QString> fieldForColumn; // file column -> field key ("" or absent: ignored)

    // Matches case-insensitively, ignoring surrounding spaces, underscores versus spaces.
    static ColumnMapping propose(const QStringList &header, const DatasetSpec &dataset);
    // How many of the header's columns this mapping gives a field.
    int mappedCount(const QStringList &header) const;

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
