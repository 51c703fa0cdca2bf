#include "XlsxPackage.h"

#include "Localization.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <cstring>

namespace veldboek::xlsx {

QString say(const QString &language, const char *nl, const char *en)
{
    return pick(language, nl, en);
}

namespace {

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

} // namespace

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

QString number(qint64 value, const QString &language)
{
    // 1.024 in Dutch, 1,024 in English: the separator people read in their own language.
    QString text = QString::number(value);
    const QChar separator = isEnglish(language) ? u',' : u'.';
    for (qsizetype at = text.size() - 3; at > 0; at -= 3)
        text.insert(at, separator);
    return text;
}

XlsxError Package::tooMany() const
{
    return XlsxError{0, say(m_language,
                            "Het zip-bestand bevat meer dan %1 onderdelen; een werkmap heeft er "
                            "tientallen. Dit is geen werkmap uit een register.",
                            "The zip file holds more than %1 parts; a workbook has tens of them. "
                            "This is not a workbook of a register.")
                            .arg(number(limits::zipMaxEntries, m_language))};
}

XlsxError Package::tooLarge(const QString &part) const
{
    return XlsxError{0, say(m_language,
                            "Het onderdeel %1 is uitgepakt groter dan %2 MB (de grens voor één "
                            "onderdeel van een werkmap); er is niets van gelezen.",
                            "The part %1 is larger than %2 MB unpacked (the limit for one part of "
                            "a workbook); nothing of it was read.")
                            .arg(part, number(limits::zipMaxPartSize / (1024 * 1024), m_language))};
}

XlsxError Package::packedTooTight(const QString &part) const
{
    return XlsxError{0, say(m_language,
                            "Het onderdeel %1 is meer dan %2 keer samengeperst en uitgepakt groter "
                            "dan %3 MB: dat doet een zip-bom, geen werkmap. Er is niets van "
                            "gelezen.",
                            "The part %1 is compressed more than %2 times and larger than %3 MB "
                            "unpacked: that is what a zip bomb does, not a workbook. Nothing of it "
                            "was read.")
                            .arg(part, number(limits::zipMaxCompressionRatio, m_language),
                                 number(limits::zipRatioCheckedFrom / (1024 * 1024), m_language))};
}

XlsxError Package::tooDeep(const QString &part) const
{
    return XlsxError{0, say(m_language,
                            "De XML van %1 is dieper genest dan %2 niveaus (een werkmap nest er "
                            "ongeveer tien); de werkmap is niet gelezen.",
                            "The XML of %1 is nested deeper than %2 levels (a workbook nests about "
                            "ten); the workbook was not read.")
                            .arg(part, number(limits::xmlMaxDepth, m_language))};
}

bool Package::refuseDeclaredSize(const QString &part, const zip::Entry &entry,
                                 XlsxError *error) const
{
    const auto size = qint64(entry.uncompressedSize);
    if (entry.uncompressedSize > quint64(limits::zipMaxPartSize)) {
        *error = tooLarge(part);
        return true;
    }
    if (size > limits::zipRatioCheckedFrom &&
        size > qint64(entry.compressedSize) * limits::zipMaxCompressionRatio) {
        *error = packedTooTight(part);
        return true;
    }
    return false;
}

namespace {

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

} // namespace

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

} // namespace veldboek::xlsx
