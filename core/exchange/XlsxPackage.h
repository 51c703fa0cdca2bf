#pragma once

#include "ReaderLimits.h"
#include "XlsxPartDevice.h"
#include "XlsxReader.h"

#include <QDir>
#include <QList>
#include <QString>
#include <QXmlStreamReader>
#include <memory>
#include <optional>

// The workbook as a package: the zip, its parts found through their relationships, the workbook
// part with its sheets and date system. Internal to the XLSX reader.
namespace veldboek::xlsx {

QString say(const QString &language, const char *nl, const char *en);

// A count as people read it in the language asked for: 1.024 (nl) or 1,024 (en).
QString number(qint64 value, const QString &language);

// Files that are not zips at all get a message about what they are instead.
std::optional<XlsxError> refuseNonZip(const QString &path, const QString &language);

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
        if (!m_zip.open()) {
            if (m_zip.tooManyEntries()) {
                *error = tooMany(); // counted from the central directory, before reading it
                return false;
            }
            *error = XlsxError{0, say(m_language,
                                      "Het zip-bestand is beschadigd of onvolledig (misschien "
                                      "afgebroken bij het kopiëren); sla de werkmap opnieuw op.",
                                      "The zip file is damaged or incomplete (perhaps cut off "
                                      "while copying); save the workbook again.")};
            return false;
        }
        return true;
    }

    bool has(const QString &part) const { return m_zip.find(part) != nullptr; }

    // The part opened for streaming, or null with *error set. Sizes the zip declares are
    // checked before a byte is inflated; the device checks what the part really holds.
    std::unique_ptr<PartDevice> openPart(const QString &part, XlsxError *error)
    {
        const zip::Entry *entry = m_zip.find(part);
        if (!entry) {
            *error = XlsxError{0, say(m_language,
                                      "De werkmap is onvolledig: het onderdeel %1 ontbreekt.",
                                      "The workbook is incomplete: the part %1 is missing.")
                                      .arg(part)};
            return nullptr;
        }
        if (refuseDeclaredSize(part, *entry, error))
            return nullptr;
        auto reader = m_zip.read(*entry);
        if (!reader) {
            *error = damaged(part, 0);
            return nullptr;
        }
        return std::make_unique<PartDevice>(std::move(reader));
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

    // After streaming a part: a limit reached is said as such; an XML error or a bad checksum
    // means the file is damaged.
    bool finish(const QXmlStreamReader &xml, PartDevice &device, const QString &part, int row,
                XlsxError *error) const
    {
        if (device.refusal() != PartDevice::Refusal::None) {
            *error =
                device.refusal() == PartDevice::Refusal::TooDeep ? tooDeep(part) : tooLarge(part);
            return false;
        }
        if (xml.hasError() && xml.error() != QXmlStreamReader::CustomError) {
            *error = damaged(part, row);
            return false;
        }
        if (device.damaged()) {
            // A bad checksum says the part is damaged, not where.
            *error = damaged(part, 0);
            return false;
        }
        return true;
    }

    const QString &language() const { return m_language; }

    // The refusals of limits::zip* and limits::xmlMaxDepth (ReaderLimits.h).
    XlsxError tooMany() const;
    XlsxError tooLarge(const QString &part) const;
    XlsxError packedTooTight(const QString &part) const;
    XlsxError tooDeep(const QString &part) const;

private:
    bool refuseDeclaredSize(const QString &part, const zip::Entry &entry, XlsxError *error) const;

    zip::Archive m_zip;
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

bool isTrue(QStringView value);

// Refuses what is no workbook, opens the zip and reads the workbook part.
std::optional<Workbook> openWorkbook(Package &package, const QString &path, const QString &language,
                                     XlsxError *error);

} // namespace veldboek::xlsx
