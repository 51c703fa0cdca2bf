#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <quazip.h>
#include <quazipfile.h>

namespace veldboek::fuzz {

namespace {

void quiet(QtMsgType, const QMessageLogContext &, const QString &) {}

const char *const Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

} // namespace

void initialise()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = nullptr;
    if (!app) {
        qInstallMessageHandler(quiet);
        app = new QCoreApplication(argc, argv);
    }
}

QString scratchFile(const QByteArray &bytes, const QString &suffix)
{
    const QString path = QDir::temp().filePath(
        QStringLiteral("veldboek-fuzz-%1%2").arg(QCoreApplication::applicationPid()).arg(suffix));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
    return path;
}

QString workbookWithPart(const char *part, const QByteArray &bytes)
{
    const QByteArray rel(Rel);
    const QByteArray main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    struct Part
    {
        const char *key;
        const char *name;
        QByteArray bytes;
    };
    const Part parts[] = {
        {"", "_rels/.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
             rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"workbook", "xl/workbook.xml",
         "<workbook " + main + " xmlns:r=\"" + rel +
             "\"><workbookPr date1904=\"0\"/><sheets><sheet name=\"Blad1\" sheetId=\"1\" "
             "r:id=\"rId1\"/></sheets></workbook>"},
        {"rels", "xl/_rels/workbook.xml.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
             rel +
             "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
             "<Relationship Id=\"rId2\" Type=\"" +
             rel +
             "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
             "<Relationship Id=\"rId3\" Type=\"" +
             rel + "/styles\" Target=\"styles.xml\"/></Relationships>"},
        {"sheet", "xl/worksheets/sheet1.xml",
         "<worksheet " + main +
             "><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
             "t=\"inlineStr\"><is><t>naam</t></is></c></row><row r=\"2\"><c r=\"A2\" "
             "s=\"1\"><v>44927</v></c><c r=\"B2\"><v>1.5</v></c></row></sheetData>"
             "<mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>"},
        {"strings", "xl/sharedStrings.xml",
         "<sst " + main +
             " count=\"2\" uniqueCount=\"2\"><si><t>nummer</t></si><si><r><t>a</t>"
             "</r><r><t>b</t></r></si></sst>"},
        {"styles", "xl/styles.xml",
         "<styleSheet " + main +
             "><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd\\-mm\\-yyyy\"/>"
             "</numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs>"
             "</styleSheet>"},
    };
    const QString path = scratchFile({}, QStringLiteral(".xlsx"));
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return path;
    for (const Part &entry : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(entry.name))))
            continue;
        file.write(qstrcmp(entry.key, part) == 0 ? bytes : entry.bytes);
        file.close();
    }
    zip.close();
    return path;
}

} // namespace veldboek::fuzz
