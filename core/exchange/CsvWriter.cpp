#include "CsvWriter.h"

#include <QStringEncoder>

namespace veldboek {

namespace {

void appendUtf8(QByteArray &out, QStringView text)
{
    if (text.isEmpty())
        return;
    QStringEncoder encoder(QStringEncoder::Utf8);
    const qsizetype start = out.size();
    out.resize(start + encoder.requiredSpace(text.size()));
    const char *end = encoder.appendToBuffer(out.data() + start, text);
    out.resize(end - out.constData());
}

bool needsQuotes(QStringView value)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u';' || u == u'"' || u == u'\n' || u == u'\r')
            return true;
    }
    return false;
}

} // namespace

void CsvWriter::appendValue(QByteArray &out, QStringView value)
{
    if (!needsQuotes(value)) {
        appendUtf8(out, value);
        return;
    }
    out += '"';
    qsizetype from = 0;
    for (qsizetype quote = value.indexOf(u'"'); quote >= 0; quote = value.indexOf(u'"', from)) {
        appendUtf8(out, value.sliced(from, quote - from));
        out += "\"\"";
        from = quote + 1;
    }
    appendUtf8(out, value.sliced(from));
    out += '"';
}

QByteArray CsvWriter::line(const QStringList &values)
{
    QByteArray out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ';';
        appendValue(out, values.at(i));
    }
    out += "\r\n";
    return out;
}

} // namespace veldboek
