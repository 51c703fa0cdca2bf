// The limits of every reader of an imported file (issue 17, core/exchange/ReaderLimits.h): each
// hostile file is made here, refused with a message that names the file and the limit, in Dutch
// and English, in bounded memory; on the command line with exit code 2 and nothing written to
// the register. The legal files that come close still read (tests/xlsx, tests/exchange).
#include "Sanitized.h"
#include "TestSupport.h"
#include "exchange/ColumnMapping.h"
#include "exchange/CsvReader.h"
#include "exchange/ImportPlan.h"
#include "exchange/ReaderLimits.h"
#include "exchange/XlsxReader.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "validation/SpecLoader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <malloc.h>
#include <quazip.h>
#include <quazipfile.h>

using namespace veldboek;
using namespace veldboek::test;

namespace {

constexpr char Passphrase[] = "grenzen van elke lezer";

// The kernel's figures for this process in MB: VmRSS now, VmHWM the peak since the last reset.
qint64 statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').constFirst().toLongLong() / 1024;
    }
    return -1;
}

// Sets the peak back to what the process holds now (Linux: "5" to clear_refs), so the growth a
// read causes is measured, not what earlier tests of this process needed. Freed memory the
// allocator still holds is given back first: reused, it would not show as growth.
qint64 resetPeakMemory()
{
    malloc_trim(0);
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
    return statusMb("VmRSS:");
}

struct Part
{
    QString name;
    QByteArray bytes;
};

void writeZip(const QString &path, const QList<Part> &parts)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const Part &part : parts) {
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.name)));
        QCOMPARE(file.write(part.bytes), part.bytes.size());
        file.close();
        QCOMPARE(file.getZipError(), 0);
    }
    zip.close();
}

const QByteArray Main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

// A workbook of one sheet "Blad1" with the given worksheet XML and shared strings part.
void writeWorkbook(const QString &path, const QByteArray &sheet,
                   const QByteArray &sharedStrings = {}, const QList<Part> &more = {})
{
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QByteArray workbookRels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" +
        rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    if (!sharedStrings.isEmpty())
        workbookRels += "<Relationship Id=\"rId2\" Type=\"" + rel +
                        "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    workbookRels += "</Relationships>";
    QList<Part> parts{
        {QStringLiteral("_rels/.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
             rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {QStringLiteral("xl/workbook.xml"), "<workbook " + Main + " xmlns:r=\"" + rel +
                                                "\"><sheets><sheet name=\"Blad1\" sheetId=\"1\" "
                                                "r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}};
    if (!sharedStrings.isEmpty())
        parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    parts += more;
    writeZip(path, parts);
}

QByteArray worksheet(const QByteArray &rows)
{
    return "<worksheet " + Main + "><sheetData>" + rows + "</sheetData></worksheet>";
}

// The file: one inline string in column A and a number at column XFD in each row.
QByteArray xfdRows(int rows)
{
    QByteArray xml;
    xml.reserve(rows * 110);
    for (int r = 1; r <= rows; ++r) {
        const QByteArray n = QByteArray::number(r);
        xml += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"inlineStr\"><is><t>x</t></is></c>" +
               "<c r=\"XFD" + n + "\"><v>1</v></c></row>";
    }
    return xml;
}

} // namespace

class TestReaderLimits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Reads the workbook in both languages; checks the refusal, the row it names and that the
    // read stayed within `maxGrowthMb` of memory.
    void expectRefusal(const QString &file, int row, const QString &nl, const QString &en,
                       qint64 maxGrowthMb = 300)
    {
        for (const auto &[language, expected] :
             {std::pair{QStringLiteral("nl"), nl}, std::pair{QStringLiteral("en"), en}}) {
            const qint64 before = resetPeakMemory();
            QElapsedTimer timer;
            timer.start();
            XlsxError error{-1, QString()};
            const auto sheet = XlsxReader::readSheet(file, QString(), language, &error);
            const qint64 growth = statusMb("VmHWM:") - before;
            qInfo("%s (%s): refused in %lld ms, peak memory growth %lld MB",
                  qPrintable(QFileInfo(file).fileName()), qPrintable(language), timer.elapsed(),
                  growth);
            QVERIFY(!sheet);
            QVERIFY2(error.message.contains(expected), qPrintable(error.message));
            QCOMPARE(error.row, row);
            QVERIFY2(before > 0 && growth < sanitized::mb(maxGrowthMb),
                     qPrintable(QString::number(growth)));
        }
    }

    QStringList importArguments(const QString &registerPath, const QString &file)
    {
        return {QStringLiteral("import"),
                registerPath,
                file,
                QStringLiteral("--spec"),
                QStringLiteral("mdt"),
                QStringLiteral("--passphrase-file"),
                writePassphraseFile(m_dir.path(), QStringLiteral("p"), Passphrase),
                QStringLiteral("--lang"),
                QStringLiteral("en")};
    }

    // `veldboek-cli import` refuses the file with exit code 2, names it and the limit, and the
    // register holds no participant afterwards.
    void expectCliRefusal(const QString &file, const QString &expected)
    {
        const QString registerPath =
            path(QFileInfo(file).completeBaseName() + QStringLiteral(".veldboek"));
        {
            RegisterError error;
            QVERIFY(Register::create(registerPath, CipherKey::passphrase(QByteArray(Passphrase)),
                                     &error));
        }
        const ProcessResult result = runCli(importArguments(registerPath, file));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(file) && result.err.contains(expected),
                 qPrintable(result.err));
        RegisterError error;
        const auto reg =
            Register::open(registerPath, CipherKey::passphrase(QByteArray(Passphrase)), &error);
        QVERIFY(reg);
        QCOMPARE(ParticipantRepository(*reg).count(), 0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Issue 17: 200,000 rows with a value at column XFD asked for 79 GB and aborted. Refused at
    // the first such cell, with its row and column.
    void valueBeyondTheColumnLimit()
    {
        const QString file = path(QStringLiteral("xfd.xlsx"));
        writeWorkbook(file, worksheet(xfdRows(200000)));
        expectRefusal(
            file, 1,
            QStringLiteral("Rij 1 heeft een waarde in kolom XFD, voorbij kolom 1.024 (AMJ)"),
            QStringLiteral("Row 1 has a value in column XFD, beyond column 1,024 (AMJ)"));
        expectCliRefusal(file, QStringLiteral("beyond column 1,024"));

        // Column AMJ itself is read, and an empty styled cell far to the right costs nothing.
        const QString edge = path(QStringLiteral("amj.xlsx"));
        writeWorkbook(edge, worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"AMJ1\"><v>2</v>"
                                      "</c><c r=\"XFD1\" s=\"1\"/></row>"));
        XlsxError error;
        const auto sheet = XlsxReader::readSheet(edge, QString(), QStringLiteral("en"), &error);
        QVERIFY2(sheet, qPrintable(error.message));
        QCOMPARE(sheet->rows.constFirst().size(), limits::xlsxMaxColumns);
        QCOMPARE(sheet->rows.constFirst().constLast(), QStringLiteral("2"));
    }

    // Rows within the column limit, but together more cells than any register.
    void tooManyCellsInASheet()
    {
        const QString file = path(QStringLiteral("cells.xlsx"));
        const int rows = int(limits::xlsxMaxSheetCells / limits::xlsxMaxColumns) + 1;
        QByteArray xml;
        for (int r = 1; r <= rows; ++r) {
            const QByteArray n = QByteArray::number(r);
            xml += "<row r=\"" + n + "\"><c r=\"AMJ" + n + "\"><v>1</v></c></row>";
        }
        writeWorkbook(file, worksheet(xml));
        // Ten million empty cells are 240 MB: what the limit allows, not more.
        expectRefusal(file, rows, QStringLiteral("het werkblad meer dan 10.000.000 cellen"),
                      QStringLiteral("the sheet has more than 10,000,000 cells"), 400);
    }

    // A uniqueCount of 2^31 was reserved on the file's word (400 MB before a string was read):
    // now the file's three strings cost three strings.
    void uniqueCountIsNotTrusted()
    {
        const QString file = path(QStringLiteral("uniquecount.xlsx"));
        writeWorkbook(file,
                      worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
                                "t=\"s\"><v>2</v></c></row>"),
                      "<sst " + Main +
                          " count=\"2147483647\" uniqueCount=\"2147483647\"><si><t>nummer</t></si>"
                          "<si><t>naam</t></si><si><t>bsn</t></si></sst>");
        const qint64 before = resetPeakMemory();
        XlsxError error;
        const auto sheet = XlsxReader::readSheet(file, QString(), QStringLiteral("nl"), &error);
        QVERIFY2(sheet, qPrintable(error.message));
        QCOMPARE(sheet->rows.constFirst(),
                 (QStringList{QStringLiteral("nummer"), QStringLiteral("bsn")}));
        const qint64 growth = statusMb("VmHWM:") - before;
        QVERIFY2(growth < sanitized::mb(20), qPrintable(QString::number(growth)));
    }

    void tooManySharedStrings()
    {
        const QString file = path(QStringLiteral("strings.xlsx"));
        QByteArray sst = "<sst " + Main + ">";
        sst += QByteArray("<si/>").repeated(limits::xlsxMaxSharedStrings + 1);
        sst += "</sst>";
        writeWorkbook(file, worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"), sst);
        expectRefusal(file, 0,
                      QStringLiteral("De gedeelde teksten (xl/sharedStrings.xml) zijn meer dan "
                                     "4.000.000 teksten"),
                      QStringLiteral("The shared strings (xl/sharedStrings.xml) are more than "
                                     "4,000,000 texts"));
    }

    // A part of 100 MB of spaces packs into 100 KB: refused on what the zip declares, before a
    // byte is inflated.
    void zipBombEntry()
    {
        const QString file = path(QStringLiteral("bomb.xlsx"));
        QByteArray sheet = "<worksheet " + Main + "><sheetData>";
        sheet += QByteArray(100 * 1024 * 1024, ' ');
        sheet += "</sheetData></worksheet>";
        writeWorkbook(file, sheet);
        sheet.clear();
        sheet.squeeze();
        expectRefusal(file, 0,
                      QStringLiteral("Het onderdeel xl/worksheets/sheet1.xml is meer dan 250 keer "
                                     "samengeperst"),
                      QStringLiteral("The part xl/worksheets/sheet1.xml is compressed more than "
                                     "250 times"),
                      50);
        expectCliRefusal(file, QStringLiteral("zip bomb"));
    }

    void tooManyZipEntries()
    {
        const QString file = path(QStringLiteral("entries.xlsx"));
        QList<Part> padding;
        for (int i = 0; i < limits::zipMaxEntries; ++i)
            padding.append({QStringLiteral("xl/media/%1.txt").arg(i), QByteArray("x")});
        writeWorkbook(file, worksheet({}), {}, padding);
        expectRefusal(file, 0, QStringLiteral("Het zip-bestand bevat meer dan 10.000 onderdelen"),
                      QStringLiteral("The zip file holds more than 10,000 parts"));
    }

    // 300,000 nested elements in a cell, a few hundred kilobytes packed: the parser's element
    // stack would grow by one entry each. The workbook part and the strings are guarded alike.
    void deepXml()
    {
        const QString file = path(QStringLiteral("deep.xlsx"));
        const int depth = 300000;
        writeWorkbook(file, worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>" +
                                      QByteArray("<r>").repeated(depth) +
                                      QByteArray("</r>").repeated(depth) + "</is></c></row>"));
        expectRefusal(file, 0,
                      QStringLiteral("De XML van xl/worksheets/sheet1.xml is dieper genest dan "
                                     "256 niveaus"),
                      QStringLiteral("The XML of xl/worksheets/sheet1.xml is nested deeper than "
                                     "256 levels"));

        const QString strings = path(QStringLiteral("deep_strings.xlsx"));
        writeWorkbook(strings, worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                      "<sst " + Main + "><si>" + QByteArray("<r>").repeated(depth) +
                          QByteArray("</r>").repeated(depth) + "</si></sst>");
        expectRefusal(strings, 0, QStringLiteral("dieper genest dan 256 niveaus"),
                      QStringLiteral("nested deeper than 256 levels"));

        // Comments, CDATA and quoted '>' do not confuse the depth: a legal part with them reads.
        const QString legal = path(QStringLiteral("markup.xlsx"));
        writeWorkbook(legal, "<?xml version=\"1.0\"?><!-- <a><b> --><worksheet " + Main +
                                 "><sheetData><row r=\"1\" x=\"&lt;&gt;\" y='/>'><c r=\"A1\" "
                                 "t=\"inlineStr\"><is><t><![CDATA[<a><b>]]></t></is></c></row>" +
                                 QByteArray("<row><c><v>1</v></c></row>").repeated(300) +
                                 "</sheetData></worksheet>");
        XlsxError error;
        const auto sheet = XlsxReader::readSheet(legal, QString(), QStringLiteral("en"), &error);
        QVERIFY2(sheet, qPrintable(error.message));
        QCOMPARE(sheet->rows.constFirst().constFirst(), QStringLiteral("<a><b>"));
    }

    // A workbook whose sheet entry stops inflating before the size its zip declares (found by
    // tests/fuzz/fuzz_xlsx): the reader kept asking for more and hung. Now it is damaged.
    void partThatStopsInflatingEnds()
    {
        QElapsedTimer timer;
        timer.start();
        XlsxError error;
        const auto sheet = XlsxReader::readSheet(
            sourcePath(QStringLiteral("tests/fixtures/xlsx/fuzz_stalled_part.xlsx")), QString(),
            QStringLiteral("en"), &error);
        QVERIFY(timer.elapsed() < sanitized::ms(10000));
        QVERIFY(!sheet);
        QVERIFY2(error.message.contains(QStringLiteral("damaged")), qPrintable(error.message));
    }

    // A record of 100,000 fields is 100,000 empty strings; refused at its 1,025th field.
    void csvTooManyFields()
    {
        const QString file = path(QStringLiteral("fields.csv"));
        writeBytes(file, "respondentnummer;geslacht\n1;v\n" + QByteArray(100000, ';') + "\n");
        for (const auto &[language, expected] :
             {std::pair{QStringLiteral("nl"), QStringLiteral("Regel 3 heeft meer dan 1024 velden")},
              std::pair{QStringLiteral("en"),
                        QStringLiteral("Line 3 has more than 1024 fields")}}) {
            CsvError error;
            QVERIFY(!CsvReader::readFile(file, language, &error));
            QVERIFY2(error.message.contains(expected), qPrintable(error.message));
            QCOMPARE(error.line, 3);
        }
        expectCliRefusal(file, QStringLiteral("Line 3 has more than 1024 fields"));
        const ProcessResult validated =
            runCli({QStringLiteral("validate"), file, QStringLiteral("--spec"),
                    QStringLiteral("mdt"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(validated.exitCode, 2);
        QVERIFY2(
            validated.err.contains(file + QStringLiteral(":3: Line 3 has more than 1024 fields")),
            qPrintable(validated.err));

        // 1,024 fields are a record like any other.
        writeBytes(file, "a;b\n1" + QByteArray(1023, ';') + "\n");
        CsvError error;
        const auto document = CsvReader::readFile(file, QStringLiteral("en"), &error);
        QVERIFY2(document, qPrintable(error.message));
        QCOMPARE(document->records.size(), 1);
        QCOMPARE(document->records.constFirst().fields.size(), 1024);
    }

    // Short records, but more fields together than a sheet may have cells.
    void csvTooManyFieldsInTotal()
    {
        const qint64 records = limits::csvMaxTotalFields / 1000 + 1;
        QByteArray bytes = QByteArray(999, ';') + "a\n";
        const QByteArray record = QByteArray(999, ';') + "1\n";
        bytes += record.repeated(records);
        const qint64 before = resetPeakMemory();
        CsvError error;
        QVERIFY(!CsvReader::read(bytes, QStringLiteral("en"), &error));
        QVERIFY2(error.message.contains(QStringLiteral("the file has more than 10000000 fields")),
                 qPrintable(error.message));
        // Ten million empty fields are 240 MB: what the limit allows, not more.
        const qint64 growth = statusMb("VmHWM:") - before;
        qInfo("10,000,001 fields refused, peak memory growth %lld MB", growth);
        QVERIFY2(growth < sanitized::mb(400), qPrintable(QString::number(growth)));
    }

    void mappingLimits()
    {
        const DatasetSpec *dataset = nullptr;
        SpecError specError;
        const auto spec = SpecLoader::builtin(QStringLiteral("mdt"), &specError);
        QVERIFY(spec);
        dataset = &spec->datasets.constFirst();
        QJsonObject object;
        for (int i = 0; i <= limits::mappingMaxEntries; ++i)
            object.insert(QStringLiteral("kolom %1").arg(i), QString());
        QString error;
        QVERIFY(!ColumnMapping::fromJson(QJsonDocument(object).toJson(), *dataset, &error));
        QVERIFY2(error.contains(QStringLiteral("more than 1024 columns")), qPrintable(error));
        QVERIFY(!ColumnMapping::fromJson(QByteArray(limits::mappingMaxFileSize + 1, ' '), *dataset,
                                         &error));
        QVERIFY2(error.contains(QStringLiteral("larger than 1024 KB")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestReaderLimits)
#include "tst_readerlimits.moc"
