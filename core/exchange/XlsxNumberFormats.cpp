#include "XlsxNumberFormats.h"

#include <QDateTime>
#include <QHash>
#include <cmath>

namespace veldboek::xlsx {

namespace {

// The first section of a format code (positive numbers): Excel decides by it alone.
QStringView firstSection(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == u'\\') {
            ++i;
        } else if (c == u';') {
            return code.left(i);
        }
    }
    return code;
}

bool onlyOf(QStringView text, QLatin1String letters)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!letters.contains(c.toLower()))
            return false;
    }
    return true;
}

} // namespace

// Reads an Excel format code the way Excel decides a format is a date: by its date and time
// letters outside quoted text, escapes and [colour]/[$locale] sections, in the first section.
// "General" is a keyword, not the letters e, r, a, l (LibreOffice writes ordinary numbers with a
// custom format whose code is "General": taking its "e" for a year made house number 12 the date
// 12-01-1900), and the E of scientific notation ("0.00E+00") is no year either.
CellFormat classifyFormatCode(QStringView fullCode)
{
    CellFormat format;
    const QStringView code = firstSection(fullCode);
    if (code.size() > 1 && onlyOf(code, QLatin1String("0"))) {
        format.zeroPadding = int(code.size());
        return format;
    }
    bool month = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal text or padding
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, (end < 0 ? code.size() : end) - i - 1);
            // [h], [mm], [ss]: elapsed time; [Red], [Magenta], [$-413], [>100]: not a date.
            if (onlyOf(inside, QLatin1String("hms"))) {
                format.time = true;
                format.elapsed = true;
                format.seconds = format.seconds || inside.front().toLower() == u's';
            }
            i = end < 0 ? code.size() : end;
        } else if (c == u'g' && code.mid(i, 7).compare(u"general", Qt::CaseInsensitive) == 0) {
            i += 6;
        } else if (c == u'e' && i + 1 < code.size() &&
                   (code.at(i + 1) == u'+' || code.at(i + 1) == u'-')) {
            ++i; // scientific notation: E+ or E-
        } else if (c == u'a' && (code.mid(i, 5).compare(u"am/pm", Qt::CaseInsensitive) == 0)) {
            i += 4;
        } else if (c == u'a' && (code.mid(i, 3).compare(u"a/p", Qt::CaseInsensitive) == 0)) {
            i += 2;
        } else if (c == u'b' && i + 1 < code.size() &&
                   (code.at(i + 1) == u'1' || code.at(i + 1) == u'2')) {
            ++i; // B1/B2: the calendar, not a date part by itself
        } else if (c == u'y' || c == u'd' || c == u'e') {
            format.date = true;
        } else if (c == u'h') {
            format.time = true;
        } else if (c == u's') {
            format.time = true;
            format.seconds = true;
        } else if (c == u'm') {
            month = true;
        }
    }
    // "m" is minutes next to hours or seconds, else the month.
    if (month && !format.time)
        format.date = true;
    return format;
}

CellFormat builtInFormat(int id)
{
    CellFormat format;
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58)) {
        format.date = true;
    } else if (id == 22) {
        format.date = format.time = true;
    } else if ((id >= 18 && id <= 21) || id == 32 || id == 33 || (id >= 45 && id <= 47)) {
        format.time = true;
        format.seconds = id == 19 || id == 21 || id == 45 || id == 46 || id == 47;
        format.elapsed = id == 46;
    }
    return format;
}

std::optional<QList<CellFormat>> loadStyles(Package &package, const QString &part, XlsxError *error)
{
    QList<CellFormat> formats;
    if (part.isEmpty() || !package.has(part))
        return formats;
    auto file = package.openPart(part, error);
    if (!file)
        return std::nullopt;
    QHash<int, CellFormat> custom;
    QXmlStreamReader xml(file.get());
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"numFmt") {
            const QXmlStreamAttributes attributes = xml.attributes();
            custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                          classifyFormatCode(attributes.value(QLatin1String("formatCode"))));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.name() == u"xf" && inCellXfs) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            formats.append(custom.contains(id) ? custom.value(id) : builtInFormat(id));
        }
    }
    if (!package.finish(xml, *file, part, 0, error))
        return std::nullopt;
    return formats;
}

// ---------------------------------------------------------------------------------------------
// Cell values as text.

// A number as Excel's formula bar shows it: at most 15 significant digits, never in scientific
// notation, no trailing zeros after the decimal point.
QString formatNumber(QStringView value)
{
    // Most values are already plain decimals of at most 15 digits: keep them as written.
    {
        qsizetype i = value.startsWith(u'-') ? 1 : 0;
        const qsizetype digitsStart = i;
        int significant = 0;
        qsizetype point = -1;
        bool plain = i < value.size();
        for (; plain && i < value.size(); ++i) {
            const QChar c = value.at(i);
            if (c == u'.' && point < 0 && i > digitsStart) {
                point = i;
            } else if (c >= u'0' && c <= u'9') {
                if (significant > 0 || c != u'0')
                    ++significant;
            } else {
                plain = false;
            }
        }
        const bool leadingZero = value.size() > digitsStart + 1 && value.at(digitsStart) == u'0' &&
                                 value.at(digitsStart + 1) != u'.';
        if (plain && significant == 0)
            return QStringLiteral("0"); // 0, 0.0 and -0 alike
        if (plain && significant <= 15 && !leadingZero && point != value.size() - 1) {
            qsizetype end = value.size();
            if (point >= 0) {
                while (value.at(end - 1) == u'0')
                    --end;
                if (end - 1 == point)
                    --end;
            }
            return value.left(end).toString();
        }
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return value.toString();
    if (number == 0)
        return QStringLiteral("0");
    // Round to 15 significant digits, then lay the digits out without an exponent.
    const QString scientific = QString::number(number, 'e', 14); // "-1.23000000000000e+08"
    const bool negative = scientific.startsWith(u'-');
    const qsizetype e = scientific.indexOf(u'e');
    QString digits = scientific.mid(negative ? 1 : 0, e - (negative ? 1 : 0));
    digits.remove(1, 1); // the decimal point after the first digit
    while (digits.size() > 1 && digits.endsWith(u'0'))
        digits.chop(1);
    const int exponent = QStringView(scientific).mid(e + 1).toInt();
    QString out;
    if (negative)
        out += u'-';
    if (exponent < 0) {
        out += QStringLiteral("0.") + QString(-exponent - 1, u'0') + digits;
    } else if (digits.size() <= exponent + 1) {
        out += digits + QString(exponent + 1 - digits.size(), u'0');
    } else {
        out += digits.left(exponent + 1) + u'.' + digits.mid(exponent + 1);
    }
    return out;
}

QString twoDigits(qint64 n)
{
    return QString::number(n).rightJustified(2, u'0');
}

// A serial date-time in the workbook's date system as dd-mm-yyyy [hh:mm[:ss]]; empty when the
// number is not a date Excel can show (negative or after 9999).
QString formatSerial(double serial, const CellFormat &format, bool date1904)
{
    if (serial < 0 || serial >= 2958466)
        return QString();
    // Excel keeps milliseconds; a date-only format shows the day the moment falls on.
    const qint64 ms = std::llround(serial * 86400000.0);
    qint64 days = ms / 86400000;
    qint64 seconds = std::llround(double(ms % 86400000) / 1000.0);
    if (format.time && seconds == 86400) {
        ++days;
        seconds = 0;
    }
    QString text;
    if (format.date || !format.time) {
        if (date1904) {
            text = QDate(1904, 1, 1).addDays(days).toString(QStringLiteral("dd-MM-yyyy"));
        } else if (days == 60) {
            // Excel counts 1900 as a leap year (as Lotus 1-2-3 did): serial 60 is a 29 February
            // that never was, and it is what the user sees in the cell.
            text = QStringLiteral("29-02-1900");
        } else if (days == 0) {
            text = QStringLiteral("00-01-1900");
        } else {
            const QDate base = days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
            text = base.addDays(days).toString(QStringLiteral("dd-MM-yyyy"));
        }
    }
    if (format.time) {
        const qint64 hours = format.elapsed ? days * 24 + seconds / 3600 : seconds / 3600;
        QString time = twoDigits(hours) + u':' + twoDigits(seconds / 60 % 60);
        if (format.seconds)
            time += u':' + twoDigits(seconds % 60);
        text = text.isEmpty() ? time : text + u' ' + time;
    }
    return text;
}

// An ISO 8601 value of a t="d" cell (strict OOXML) the same way.
QString formatIsoDate(QStringView value)
{
    const QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (moment.isValid()) {
        const QTime time = moment.time();
        QString text = moment.date().toString(QStringLiteral("dd-MM-yyyy"));
        if (time != QTime(0, 0))
            text += u' ' + time.toString(QStringLiteral("HH:mm:ss"));
        return text;
    }
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : value.toString();
}

} // namespace veldboek::xlsx
