#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>

namespace veldboek {

// Writes the CSV the legacy portals accept and the submission package carries: `;` between
// values, UTF-8, CRLF line ends, values exactly as the register holds them (leading zeros kept,
// no number formatting, so never scientific notation), and quotes only around a value that
// contains `;`, a quote or a line break (seed 001: "no quotes").
class CsvWriter
{
public:
    static QByteArray line(const QStringList &values);
    // One value, quoted only where needed, appended as UTF-8. A package of a large register
    // writes millions of values: one scan and no temporary strings per value.
    static void appendValue(QByteArray &out, QStringView value);
};

} // namespace veldboek
