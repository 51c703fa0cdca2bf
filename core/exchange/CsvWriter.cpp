#include "CsvWriter.h"

namespace veldboek {

QString CsvWriter::quoted(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray CsvWriter::line(const QStringList &values)
{
    QString text;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            text.append(QLatin1Char(';'));
        text.append(quoted(values.at(i)));
    }
    text.append(QLatin1String("\r\n"));
    return text.toUtf8();
}

} // namespace veldboek
