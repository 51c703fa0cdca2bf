#include "XlsxReader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>
#include <cmath>
#include <cstring>
#include <memory>
#include <quazip.h>
#include <quazipfile.h>

namespace veldboek {

namespace {

QString say(const QString &language, const char *nl, const char *en)
{
    return QString::fromUtf8(language == QLatin1String("en") ? en : nl);
}

// ---------------------------------------------------------------------------------------------
// Before the zip: files that are not zips at all get a message about what they are instead.

// Encrypted OOXML and .xls are both OLE2 compound files; only an encrypted workbook has the
// streams "EncryptionInfo" and "EncryptedPackage". Directory entries are 128 bytes and start
// with their UTF-16LE name, always at a multiple of 128 from the start of the file, so looking
// at those offsets is enough and costs no parsing of the sector chains.
bool compoundFileIsEncrypted(QFile &file)
{
    auto utf16le = [](const char *name) {
        QByteArray bytes;
        for (const char *c = name; *c; ++c)
            bytes.append(*c).append('\0');
        return bytes;
    };
    const QByteArray names[] = {utf16le("EncryptionInfo"), utf16le("EncryptedPackage")};
    constexpr qint64 chunk = 1024 * 1024; // a multiple of 128
    file.seek(0);
    while (!file.atEnd()) {
        const QByteArray bytes = file.read(chunk);
        if (bytes.isEmpty())
            break;
        for (qsizetype at = 0; at + 64 <= bytes.size(); at += 128) {
            for (const QByteArray &name : names) {
                if (std::memcmp(bytes.constData() + at, name.constData(), size_t(name.size())) == 0)
                    return true;
            }
        }
    }
    return false;
}

std::optional<XlsxError> refuseNonZip(const QString &path, const QString &language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return XlsxError{0,
                         say(language, "Kan het bestand niet openen: ", "Cannot open the file: ") +
                             file.errorString()};
    }
    if (file.size() == 0)
        return XlsxError{0, say(language, "Het bestand is leeg.", "The file is empty.")};
    const QByteArray head = file.peek(4096);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        if (compoundFileIsEncrypted(file)) {
            return XlsxError{0, say(language,
                                    "De werkmap is beveiligd met een wachtwoord. Open hem in "
                                    "Excel en sla hem op zonder wachtwoord (Bestand > Info > "
                                    "Werkmap beveiligen > Versleutelen met wachtwoord: leeg "
                                    "laten), en importeer hem dan opnieuw.",
                                    "The workbook is protected with a password. Open it in Excel "
                                    "and save it without a password (File > Info > Protect "
                                    "Workbook > Encrypt with Password: leave it empty), then "
                                    "import it again.")};
        }
        return XlsxError{0, say(language,
                                "Dit is een oud Excel-bestand (.xls). Open het in Excel of "
                                "LibreOffice en sla het op als Excel-werkmap (.xlsx).",
                                "This is an old Excel file (.xls). Open it in Excel or "
                                "LibreOffice and save it as an Excel workbook (.xlsx).")};
    }
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return std::nullopt;
    if (head.startsWith("PK"))
        return XlsxError{0, say(language,
                                "Het zip-bestand is beschadigd of onvolledig; sla de werkmap "
                                "opnieuw op.",
                                "The zip file is damaged or incomplete; save the workbook again.")};
    if (!head.contains('\0')) {
        return XlsxError{0, say(language,
                                "Dit is geen Excel-werkmap (.xlsx) maar een tekstbestand, "
                                "misschien CSV. Importeer het als CSV of sla het in Excel op als "
                                ".xlsx.",
                                "This is not an Excel workbook (.xlsx) but a text file, perhaps "
                                "CSV. Import it as CSV or save it in Excel as .xlsx.")};
    }
    return XlsxError{0, say(language, "Dit is geen Excel-werkmap (.xlsx).",
                            "This is not an Excel workbook (.xlsx).")};
}

// ---------------------------------------------------------------------------------------------
// The package: parts of the zip, found through their relationships as the OOXML spec says,
// since not every producer names them xl/workbook.xml or xl/worksheets/sheet1.xml.

struct Relationship
{
    QString id;
    QString type; // only the last path segment: "officeDocument", "worksheet", ...
    QString target;
};

class Package
{
public:
    Package(const QString &path, const QString &language)
        : m_zip(path)
        , m_language(language)
    {}

    bool open(XlsxError *error)
    {
        if (!m_zip.open(QuaZip::mdUnzip)) {
            *error = XlsxError{0, say(m_language,
                                      "Het zip-bestand is beschadigd of onvolledig (misschien "
                                      "afgebroken bij het kopiëren); sla de werkmap opnieuw op.",
                                      "The zip file is damaged or incomplete (perhaps cut off "
                                      "while copying); save the workbook again.")};
            return false;
        }
        return true;
    }

    bool has(const QString &part) { return m_zip.setCurrentFile(part, QuaZip::csInsensitive); }

    // The part opened for streaming, or null with *error set.
    std::unique_ptr<QuaZipFile> openPart(const QString &part, XlsxError *error)
    {
        if (!has(part)) {
            *error = XlsxError{0, say(m_language,
                                      "De werkmap is onvolledig: het onderdeel %1 ontbreekt.",
                                      "The workbook is incomplete: the part %1 is missing.")
                                      .arg(part)};
            return nullptr;
        }
        auto file = std::make_unique<QuaZipFile>(&m_zip);
        if (!file->open(QIODevice::ReadOnly)) {
            *error = damaged(part, 0);
            return nullptr;
        }
        return file;
    }

    // A part that could not be decompressed or parsed: the zip or its XML is damaged.
    XlsxError damaged(const QString &part, int row) const
    {
        if (row > 0) {
            return XlsxError{row, say(m_language,
                                      "De werkmap is beschadigd bij rij %1 (in %2); sla hem "
                                      "opnieuw op in Excel.",
                                      "The workbook is damaged at row %1 (in %2); save it again "
                                      "in Excel.")
                                      .arg(row)
                                      .arg(part)};
        }
        return XlsxError{0, say(m_language,
                                "De werkmap is beschadigd (in %1); sla hem opnieuw op in Excel.",
                                "The workbook is damaged (in %1); save it again in Excel.")
                                .arg(part)};
    }

    // Relationships of `part` (from its _rels/<name>.rels), targets resolved to zip paths.
    std::optional<QList<Relationship>> relationships(const QString &part, XlsxError *error)
    {
        const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
        const QString folder = slash < 0 ? QString() : part.left(slash + 1);
        const QString relsPath =
            folder + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
        QList<Relationship> result;
        if (!has(relsPath))
            return result;
        auto file = openPart(relsPath, error);
        if (!file)
            return std::nullopt;
        QXmlStreamReader xml(file.get());
        while (xml.readNextStartElement()) {
            if (xml.name() != u"Relationship") {
                if (xml.name() != u"Relationships")
                    xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes attributes = xml.attributes();
            xml.skipCurrentElement();
            if (attributes.value(QLatin1String("TargetMode")) == u"External")
                continue;
            const QStringView type = attributes.value(QLatin1String("Type"));
            const QStringView target = attributes.value(QLatin1String("Target"));
            result.append(Relationship{attributes.value(QLatin1String("Id")).toString(),
                                       type.mid(type.lastIndexOf(u'/') + 1).toString(),
                                       target.startsWith(u'/')
                                           ? QDir::cleanPath(target.mid(1).toString())
                                           : QDir::cleanPath(folder + target.toString())});
        }
        if (!finish(xml, *file, relsPath, 0, error))
            return std::nullopt;
        return result;
    }

    // After streaming a part: an XML error or a bad checksum means the file is damaged.
    bool finish(const QXmlStreamReader &xml, QuaZipFile &file, const QString &part, int row,
                XlsxError *error) const
    {
        if (xml.hasError() && xml.error() != QXmlStreamReader::CustomError) {
            *error = damaged(part, row);
            return false;
        }
        file.close();
        if (file.getZipError() != UNZ_OK) {
            // A bad checksum says the part is damaged, not where.
            *error = damaged(part, 0);
            return false;
        }
        return true;
    }

    const QString &language() const { return m_language; }

private:
    QuaZip m_zip;
    QString m_language;
};

// ---------------------------------------------------------------------------------------------
// The workbook part: which sheets there are, where they live, and the date system.

struct SheetEntry
{
    QString name;
    QString part;
    bool worksheet = true; // false for chart and dialog sheets, which hold no rows
};

struct Workbook
{
    QString part;
    QList<SheetEntry> sheets;
    bool date1904 = false;
    QString sharedStringsPart;
    QString stylesPart;

    QStringList worksheetNames() const
    {
        QStringList names;
        for (const SheetEntry &sheet : sheets) {
            if (sheet.worksheet)
                names.append(sheet.name);
        }
        return names;
    }
};

// Where the package's main document is, or a message saying what the zip is instead.
std::optional<QString> findWorkbookPart(Package &package, XlsxError *error)
{
    const QString &language = package.language();
    auto rels = package.relationships(QString(), error);
    if (!rels)
        return std::nullopt;
    QString main;
    for (const Relationship &rel : std::as_const(*rels)) {
        if (rel.type == u"officeDocument")
            main = rel.target;
    }
    if (main.isEmpty() && package.has(QStringLiteral("xl/workbook.xml")))
        main = QStringLiteral("xl/workbook.xml");
    if (main.endsWith(QLatin1String(".bin"), Qt::CaseInsensitive)) {
        *error = XlsxError{0, say(language,
                                  "Dit is een binaire Excel-werkmap (.xlsb). Sla hem in Excel op "
                                  "als Excel-werkmap (.xlsx).",
                                  "This is an Excel binary workbook (.xlsb). Save it in Excel as "
                                  "an Excel workbook (.xlsx).")};
        return std::nullopt;
    }
    if (main.isEmpty() || !main.startsWith(QLatin1String("xl/"), Qt::CaseInsensitive)) {
        if (package.has(QStringLiteral("content.xml")) && package.has(QStringLiteral("mimetype"))) {
            *error = XlsxError{0, say(language,
                                      "Dit is een OpenDocument-bestand (.ods). Sla het in "
                                      "LibreOffice op als Excel-werkmap (.xlsx).",
                                      "This is an OpenDocument file (.ods). Save it in "
                                      "LibreOffice as an Excel workbook (.xlsx).")};
            return std::nullopt;
        }
        *error =
            XlsxError{0, say(language, "Dit is een zip-bestand, maar geen Excel-werkmap (.xlsx).",
                             "This is a zip file, but not an Excel workbook (.xlsx).")};
        return std::nullopt;
    }
    return main;
}

// The value of the relationship-id attribute (r:id), whichever namespace URI its prefix has:
// transitional and strict OOXML use different ones.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return QString();
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

std::optional<Workbook> loadWorkbook(Package &package, XlsxError *error)
{
    Workbook workbook;
    const auto part = findWorkbookPart(package, error);
    if (!part)
        return std::nullopt;
    workbook.part = *part;
    const auto rels = package.relationships(workbook.part, error);
    if (!rels)
        return std::nullopt;
    QHash<QString, Relationship> byId;
    for (const Relationship &rel : *rels) {
        byId.insert(rel.id, rel);
        if (rel.type == u"sharedStrings")
            workbook.sharedStringsPart = rel.target;
        else if (rel.type == u"styles")
            workbook.stylesPart = rel.target;
    }

    auto file = package.openPart(workbook.part, error);
    if (!file)
        return std::nullopt;
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            workbook.date1904 = isTrue(xml.attributes().value(QLatin1String("date1904")));
        } else if (xml.name() == u"sheet") {
            const QXmlStreamAttributes attributes = xml.attributes();
            const Relationship rel = byId.value(relationshipId(attributes));
            workbook.sheets.append(SheetEntry{attributes.value(QLatin1String("name")).toString(),
                                              rel.target, rel.type == u"worksheet"});
        } else if (xml.name() == u"sheets" || xml.name() == u"workbook") {
            continue;
        } else {
            xml.skipCurrentElement();
        }
    }
    if (!package.finish(xml, *file, workbook.part, 0, error))
        return std::nullopt;
    if (workbook.worksheetNames().isEmpty()) {
        *error = XlsxError{0, say(package.language(), "De werkmap bevat geen werkbladen.",
                                  "The workbook contains no worksheets.")};
        return std::nullopt;
    }
    return workbook;
}

// ---------------------------------------------------------------------------------------------
// Text of string items: shared strings (<si>) and inline strings (<is>) are plain <t> or rich
// text runs <r><rPr/><t/></r>; phonetic guides (<rPh>) are not part of the text.

// Excel writes characters XML cannot carry as _xHHHH_ (and a literal "_x" sequence as _x005F_).
void decodeEscapes(QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' &&
            text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    text = out;
}

// Reads the element the reader is on (si or is) to its end. False on an XML error; *overlong
// when the text exceeds the cell limit (the text is then left incomplete).
bool readStringItem(QXmlStreamReader &xml, QString *text, bool *overlong)
{
    int depth = 1;
    int phonetic = 0; // depth inside <rPh>, whose text is a reading aid, not content
    bool inText = false;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (xml.name() == u"rPh")
                phonetic = depth;
            else if (xml.name() == u"t" && phonetic == 0)
                inText = true;
            break;
        case QXmlStreamReader::EndElement:
            if (depth == phonetic)
                phonetic = 0;
            inText = false;
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (inText) {
                if (text->size() + xml.text().size() > XlsxReader::maxCellLength)
                    *overlong = true;
                else
                    text->append(xml.text());
            }
            break;
        default:
            break;
        }
    }
    decodeEscapes(*text);
    return !xml.hasError();
}

// The text of a simple element such as <v>, within the cell limit.
bool readValue(QXmlStreamReader &xml, QString *text, bool *overlong)
{
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
            if (text->size() + xml.text().size() > XlsxReader::maxCellLength)
                *overlong = true;
            else
                text->append(xml.text());
            break;
        case QXmlStreamReader::EndElement:
            return true;
        case QXmlStreamReader::StartElement:
            xml.skipCurrentElement();
            break;
        default:
            break;
        }
    }
    return !xml.hasError();
}

struct SharedStrings
{
    QStringList texts;
    QList<bool> overlong; // such a string is refused only when a cell of the sheet uses it
};

std::optional<SharedStrings> loadSharedStrings(Package &package, const QString &part,
                                               XlsxError *error)
{
    SharedStrings strings;
    if (part.isEmpty() || !package.has(part))
        return strings;
    auto file = package.openPart(part, error);
    if (!file)
        return std::nullopt;
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sst") {
            const qsizetype count = xml.attributes().value(QLatin1String("uniqueCount")).toInt();
            if (count > 0 && count < 16 * 1024 * 1024) {
                strings.texts.reserve(count);
                strings.overlong.reserve(count);
            }
        } else if (xml.name() == u"si") {
            QString text;
            bool overlong = false;
            if (!readStringItem(xml, &text, &overlong))
                break;
            strings.texts.append(overlong ? QString() : text);
            strings.overlong.append(overlong);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (!package.finish(xml, *file, part, 0, error))
        return std::nullopt;
    return strings;
}

// ---------------------------------------------------------------------------------------------
// Number formats: which cell styles make a serial number a date or time, or pad it with zeros.

struct CellFormat
{
    bool date = false;
    bool time = false;
    bool seconds = false;
    bool elapsed = false; // [h]: hours beyond 24 instead of a time of day
    int zeroPadding = 0;  // "000000000": how a lost leading zero is shown again
};

// Reads an Excel format code the way Excel decides a format is a date: by its date and time
// letters outside quoted text, escapes and [colour]/[$locale] sections, in the first section.
CellFormat classifyFormatCode(QStringView code)
{
    CellFormat format;
    bool onlyZeros = !code.isEmpty();
    for (const QChar c : code)
        onlyZeros = onlyZeros && c == u'0';
    if (onlyZeros && code.size() > 1) {
        format.zeroPadding = int(code.size());
        return format;
    }
    bool month = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == u';')
            break;
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal text or padding
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, (end < 0 ? code.size() : end) - i - 1);
            if (!inside.isEmpty() &&
                (inside.front().toLower() == u'h' || inside.front().toLower() == u'm' ||
                 inside.front().toLower() == u's')) {
                format.time = true;
                format.elapsed = true;
                format.seconds = format.seconds || inside.front().toLower() == u's';
            }
            i = end < 0 ? code.size() : end;
        } else if (c == u'a' && (code.mid(i, 5).compare(u"am/pm", Qt::CaseInsensitive) == 0)) {
            i += 4;
        } else if (c == u'a' && (code.mid(i, 3).compare(u"a/p", Qt::CaseInsensitive) == 0)) {
            i += 2;
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

// ---------------------------------------------------------------------------------------------
// The worksheet, streamed: rows are collected as text, nothing else of the XML is kept.

// "C5" -> column 2 (0-based), row 5 (1-based); false when it is no cell reference.
bool parseReference(QStringView reference, int *column, int *row)
{
    qsizetype i = 0;
    qint64 col = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char16_t c = reference.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        col = col * 26 + (c - u'A' + 1);
    }
    if (i == 0 || i == reference.size())
        return false;
    bool ok = false;
    const qint64 r = reference.mid(i).toLongLong(&ok);
    if (!ok || r < 1 || col > XlsxReader::maxColumns || r > XlsxReader::maxRows)
        return false;
    *column = int(col - 1);
    *row = int(r);
    return true;
}

class SheetStream
{
public:
    SheetStream(QXmlStreamReader &xml, const SharedStrings &strings,
                const QList<CellFormat> &formats, bool date1904, const QString &language)
        : m_xml(xml)
        , m_strings(strings)
        , m_formats(formats)
        , m_date1904(date1904)
        , m_language(language)
    {}

    // Fills `rows`; false with *error for a damaged or oversized sheet (XML errors are left to
    // the caller, which knows the part).
    bool read(QList<QStringList> &rows, XlsxError *error)
    {
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                if (m_xml.name() == u"row")
                    flushRow(rows);
                else if (m_xml.name() == u"sheetData")
                    break; // nothing after the cells matters here
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = m_xml.name();
            if (name == u"c") {
                if (!readCell(error))
                    return false;
            } else if (name == u"row") {
                if (!startRow(error))
                    return false;
            } else if (name != u"worksheet" && name != u"sheetData") {
                m_xml.skipCurrentElement();
            }
        }
        flushRow(rows);
        while (!rows.isEmpty() && rows.constLast().isEmpty())
            rows.removeLast();
        return true;
    }

    int row() const { return m_row; }

private:
    bool startRow(XlsxError *error)
    {
        const QStringView r = m_xml.attributes().value(QLatin1String("r"));
        int next = m_row + 1;
        if (!r.isEmpty()) {
            bool ok = false;
            next = r.toInt(&ok);
            if (!ok)
                next = -1;
        }
        if (next < 1 || next > XlsxReader::maxRows) {
            // No row of a sheet is to blame: the reference is outside any sheet.
            *error = outside(r.isEmpty() ? QString::number(next) : r.toString());
            error->row = 0;
            return false;
        }
        m_row = next;
        m_column = -1;
        m_inRow = true;
        return true;
    }

    void flushRow(QList<QStringList> &rows)
    {
        if (!m_inRow)
            return;
        m_inRow = false;
        if (m_cells.isEmpty())
            return;
        if (rows.size() < m_row)
            rows.resize(m_row);
        QStringList &target = rows[m_row - 1];
        if (target.isEmpty()) {
            target = std::move(m_cells);
        } else {
            // The same row twice: merge, later cells win.
            if (target.size() < m_cells.size())
                target.resize(m_cells.size());
            for (qsizetype i = 0; i < m_cells.size(); ++i) {
                if (!m_cells.at(i).isEmpty())
                    target[i] = m_cells.at(i);
            }
        }
        m_cells = QStringList();
    }

    bool readCell(XlsxError *error)
    {
        if (!m_inRow) { // a cell outside a row is no cell of the sheet
            m_xml.skipCurrentElement();
            return true;
        }
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QStringView reference = attributes.value(QLatin1String("r"));
        int column = m_column + 1;
        if (!reference.isEmpty()) {
            int row = 0;
            if (!parseReference(reference, &column, &row)) {
                *error = outside(reference.toString());
                return false;
            }
        } else if (column >= XlsxReader::maxColumns) {
            *error = outside(QString::number(column + 1));
            return false;
        }
        m_column = column;
        const QStringView type = attributes.value(QLatin1String("t"));
        const int style = attributes.value(QLatin1String("s")).toInt();

        QString value;
        bool overlong = false;
        bool inlineText = false;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                break; // </c>
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (m_xml.name() == u"v") {
                if (!readValue(m_xml, &value, &overlong))
                    return true; // the caller reports the XML error
            } else if (m_xml.name() == u"is") {
                inlineText = true;
                if (!readStringItem(m_xml, &value, &overlong))
                    return true;
            } else {
                m_xml.skipCurrentElement(); // formulas <f>, extensions
            }
        }
        if (overlong) {
            *error = tooLong();
            return false;
        }
        QString text;
        if (!cellText(type, style, inlineText, value, &text, error))
            return false;
        if (!text.isEmpty()) {
            if (m_cells.size() <= column)
                m_cells.resize(column + 1);
            m_cells[column] = std::move(text);
        }
        return true;
    }

    bool cellText(QStringView type, int style, bool inlineText, QString &value, QString *text,
                  XlsxError *error) const
    {
        if (inlineText || type == u"inlineStr" || type == u"str" || type == u"e") {
            if (!inlineText)
                decodeEscapes(value);
            *text = std::move(value);
        } else if (type == u"s") {
            bool ok = false;
            const qsizetype index = QStringView(value).trimmed().toInt(&ok);
            if (value.isEmpty())
                return true;
            if (!ok || index < 0 || index >= m_strings.texts.size()) {
                *error = XlsxError{
                    m_row, say(m_language,
                               "Rij %1: de cel verwijst naar tekst die niet in de werkmap staat; "
                               "de werkmap is beschadigd.",
                               "Row %1: the cell refers to text that is not in the workbook; "
                               "the workbook is damaged.")
                               .arg(m_row)};
                return false;
            }
            if (m_strings.overlong.at(index)) {
                *error = tooLong();
                return false;
            }
            *text = m_strings.texts.at(index);
        } else if (type == u"b") {
            *text = value.isEmpty()
                        ? QString()
                        : (isTrue(QStringView(value).trimmed()) ? QStringLiteral("TRUE")
                                                                : QStringLiteral("FALSE"));
        } else if (type == u"d") {
            *text = value.isEmpty() ? QString() : formatIsoDate(QStringView(value).trimmed());
        } else if (!value.isEmpty()) {
            *text = numberText(QStringView(value).trimmed(), style);
        }
        return true;
    }

    // A number cell, shown through its style's number format (s absent is style 0, General).
    QString numberText(QStringView value, int style) const
    {
        if (style >= 0 && style < m_formats.size()) {
            const CellFormat &format = m_formats.at(style);
            if (!format.date && !format.time && format.zeroPadding == 0)
                return formatNumber(value);
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (ok && (format.date || format.time)) {
                const QString date = formatSerial(number, format, m_date1904);
                if (!date.isEmpty())
                    return date;
            } else if (ok && format.zeroPadding > 0 && number >= 0 &&
                       number == std::floor(number) && number < 1e15) {
                return formatNumber(value).rightJustified(format.zeroPadding, u'0');
            }
        }
        return formatNumber(value);
    }

    XlsxError tooLong() const
    {
        return XlsxError{m_row, say(m_language,
                                    "Rij %1 bevat een cel van meer dan 1 MB tekst; dat is geen "
                                    "waarde uit een register.",
                                    "Row %1 contains a cell of more than 1 MB of text; that is "
                                    "not a value of a register.")
                                    .arg(m_row)};
    }

    XlsxError outside(const QString &reference) const
    {
        return XlsxError{m_row, say(m_language,
                                    "De celverwijzing %1 ligt buiten een Excel-werkblad "
                                    "(1.048.576 rijen, 16.384 kolommen); de werkmap is "
                                    "beschadigd.",
                                    "The cell reference %1 lies outside an Excel sheet "
                                    "(1,048,576 rows, 16,384 columns); the workbook is damaged.")
                                    .arg(reference)};
    }

    QXmlStreamReader &m_xml;
    const SharedStrings &m_strings;
    const QList<CellFormat> &m_formats;
    bool m_date1904;
    QString m_language;
    int m_row = 0;
    int m_column = -1;
    bool m_inRow = false;
    QStringList m_cells;
};

std::optional<Workbook> openWorkbook(Package &package, const QString &path, const QString &language,
                                     XlsxError *error)
{
    if (const auto refusal = refuseNonZip(path, language)) {
        *error = *refusal;
        return std::nullopt;
    }
    if (!package.open(error))
        return std::nullopt;
    return loadWorkbook(package, error);
}

} // namespace

std::optional<QStringList> XlsxReader::sheetNames(const QString &path, const QString &language,
                                                  XlsxError *error)
{
    Package package(path, language);
    const auto workbook = openWorkbook(package, path, language, error);
    if (!workbook)
        return std::nullopt;
    return workbook->worksheetNames();
}

std::optional<XlsxSheet> XlsxReader::readSheet(const QString &path, const QString &sheet,
                                               const QString &language, XlsxError *error)
{
    Package package(path, language);
    const auto workbook = openWorkbook(package, path, language, error);
    if (!workbook)
        return std::nullopt;

    const SheetEntry *entry = nullptr;
    for (const SheetEntry &candidate : workbook->sheets) {
        if (sheet.isEmpty() ? candidate.worksheet : candidate.name == sheet) {
            entry = &candidate;
            break;
        }
    }
    if (!entry) {
        QStringList quoted;
        for (const QString &name : workbook->worksheetNames())
            quoted.append(QChar(0x201C) + name + QChar(0x201D));
        *error =
            XlsxError{0, say(language, "De werkmap heeft geen werkblad \u201C%1\u201D. Wel: %2.",
                             "The workbook has no sheet \u201C%1\u201D. It has: %2.")
                             .arg(sheet, quoted.join(QStringLiteral(", ")))};
        return std::nullopt;
    }
    if (!entry->worksheet) {
        *error = XlsxError{0, say(language,
                                  "Het werkblad \u201C%1\u201D is een grafiek, geen tabel met "
                                  "rijen.",
                                  "The sheet \u201C%1\u201D is a chart, not a table of rows.")
                                  .arg(entry->name)};
        return std::nullopt;
    }

    const auto strings = loadSharedStrings(package, workbook->sharedStringsPart, error);
    if (!strings)
        return std::nullopt;
    const auto formats = loadStyles(package, workbook->stylesPart, error);
    if (!formats)
        return std::nullopt;

    auto file = package.openPart(entry->part, error);
    if (!file)
        return std::nullopt;
    XlsxSheet result;
    result.name = entry->name;
    QXmlStreamReader xml(file.get());
    SheetStream stream(xml, *strings, *formats, workbook->date1904, language);
    if (!stream.read(result.rows, error))
        return std::nullopt;
    if (!package.finish(xml, *file, entry->part, stream.row(), error))
        return std::nullopt;
    return result;
}

CsvDocument XlsxReader::toDocument(const XlsxSheet &sheet)
{
    CsvDocument document;
    document.encoding = QStringLiteral("XLSX");
    document.delimiter = QChar();
    document.lines = int(sheet.rows.size());
    bool haveHeader = false;
    for (qsizetype i = 0; i < sheet.rows.size(); ++i) {
        const QStringList &row = sheet.rows.at(i);
        bool empty = true;
        for (const QString &value : row)
            empty = empty && value.trimmed().isEmpty();
        if (empty) {
            ++document.emptyLines;
            continue;
        }
        if (!haveHeader) {
            haveHeader = true;
            document.headerLine = int(i) + 1;
            for (const QString &name : row)
                document.header.append(name.trimmed());
            continue;
        }
        document.records.append(CsvRecord{int(i) + 1, row, false});
    }
    return document;
}

} // namespace veldboek
