#pragma once

#include <QByteArray>
#include <QStringList>

namespace veldboek {

// Writes the CSV the legacy portals accept: `;` between values, UTF-8, CRLF line ends, values
// exactly as the register holds them (leading zeros kept, no number formatting, so never
// scientific notation), and quotes only around a value that contains `;`, a quote or a line
// break (seed 001: "no quotes").
class CsvWriter
{
public:
    static QByteArray line(const QStringList &values);
    static QString quoted(const QString &value);
};

} // namespace veldboek
