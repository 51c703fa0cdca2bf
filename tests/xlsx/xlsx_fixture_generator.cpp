// Writes the workbooks under tests/fixtures/xlsx: each one is a zip built entry by entry with
// QuaZip (or, for the OLE2 files, a compound file built sector by sector), so every fixture holds
// exactly the XML a test is about, including damage no spreadsheet program would write.
//
//   xlsx_fixture_generator <output folder>
//
// The fixtures are committed together with this program; rerun it after changing it.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QtEndian>
#include <cstdio>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace {

using Entries = QList<QPair<QString, QByteArray>>;

QString g_folder;

bool writeZip(const QString &name, const Entries &entries, bool store = false)
{
    QuaZip zip(QDir(g_folder).filePath(name));
    if (!zip.open(QuaZip::mdCreate)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(name));
        return false;
    }
    for (const auto &[path, bytes] : entries) {
        QuaZipFile file(&zip);
        // A fixed time so rerunning the generator gives the same bytes.
        QuaZipNewInfo info(path);
        info.dateTime = QDateTime(QDate(2024, 1, 1), QTime(0, 0));
        const bool opened = store ? file.open(QIODevice::WriteOnly, info, nullptr, 0, 0, 0)
                                  : file.open(QIODevice::WriteOnly, info);
        if (!opened || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "cannot write %s in %s\n", qPrintable(path), qPrintable(name));
            return false;
        }
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

bool writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(QDir(g_folder).filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &name)
{
    QFile file(QDir(g_folder).filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const char *const xmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// A sheet's XML: `rows` is the inside of <sheetData>.
QByteArray sheetXml(const QByteArray &rows)
{
    return QByteArray(xmlHead) +
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
           "<dimension ref=\"A1\"/><sheetData>" +
           rows +
           "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" "
           "bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";
}

struct Sheet
{
    QByteArray name; // XML-escaped already
    QByteArray xml;  // the whole part
    bool chart = false;
};

struct Book
{
    QList<Sheet> sheets;
    QByteArray sharedStrings; // the inside of <sst>, empty for none
    QByteArray workbookPr;    // e.g. "<workbookPr date1904=\"1\"/>"
};

const char *const stylesXml =
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"3\">"
    "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"000000000\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"[$-413]d\\ mmmm\\ yyyy;@\"/>"
    "</numFmts>"
    "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
    "<borders count=\"1\"><border/></borders>"
    // A date format in cellStyleXfs must not make style 1 of cellXfs a date.
    "<cellStyleXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellStyleXfs>"
    "<cellXfs count=\"8\">"
    "<xf numFmtId=\"0\" xfId=\"0\"/>"                           // 0 General
    "<xf numFmtId=\"14\" xfId=\"0\" applyNumberFormat=\"1\"/>"  // 1 built-in date
    "<xf numFmtId=\"164\" xfId=\"0\" applyNumberFormat=\"1\"/>" // 2 custom date
    "<xf numFmtId=\"22\" xfId=\"0\" applyNumberFormat=\"1\"/>"  // 3 date and time
    "<xf numFmtId=\"165\" xfId=\"0\" applyNumberFormat=\"1\"/>" // 4 zero padded
    "<xf numFmtId=\"49\" xfId=\"0\" applyNumberFormat=\"1\"/>"  // 5 text "@"
    "<xf numFmtId=\"166\" xfId=\"0\" applyNumberFormat=\"1\"/>" // 6 Dutch long date
    "<xf numFmtId=\"4\" xfId=\"0\" applyNumberFormat=\"1\"/>"   // 7 #,##0.00
    "</cellXfs></styleSheet>";

Entries bookEntries(const Book &book)
{
    QByteArray overrides;
    QByteArray sheetList;
    QByteArray rels;
    Entries entries;
    for (qsizetype i = 0; i < book.sheets.size(); ++i) {
        const Sheet &sheet = book.sheets.at(i);
        const QByteArray n = QByteArray::number(i + 1);
        const QByteArray folder = sheet.chart ? "chartsheets" : "worksheets";
        const QByteArray part = folder + "/sheet" + n + ".xml";
        overrides += "<Override PartName=\"/xl/" + part +
                     "\" ContentType=\"application/vnd.openxmlformats-officedocument."
                     "spreadsheetml." +
                     (sheet.chart ? "chartsheet" : "worksheet") + "+xml\"/>";
        sheetList +=
            "<sheet name=\"" + sheet.name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" +
                (sheet.chart ? "chartsheet" : "worksheet") + "\" Target=\"" + part + "\"/>";
        entries.append({QStringLiteral("xl/") + QString::fromUtf8(part), sheet.xml});
    }
    rels += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            "2006/relationships/styles\" Target=\"styles.xml\"/>";
    if (!book.sharedStrings.isEmpty()) {
        // An absolute target, as some producers write, to exercise the resolution of both forms.
        rels += "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/"
                "officeDocument/2006/relationships/sharedStrings\" "
                "Target=\"/xl/sharedStrings.xml\"/>";
        entries.append({QStringLiteral("xl/sharedStrings.xml"),
                        QByteArray(xmlHead) +
                            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                            "main\">" +
                            book.sharedStrings + "</sst>"});
    }
    entries.prepend({QStringLiteral("xl/styles.xml"), QByteArray(xmlHead) + stylesXml});
    entries.prepend({QStringLiteral("xl/_rels/workbook.xml.rels"),
                     QByteArray(xmlHead) +
                         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                         "relationships\">" +
                         rels + "</Relationships>"});
    entries.prepend({QStringLiteral("xl/workbook.xml"),
                     QByteArray(xmlHead) +
                         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                         "main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                         "relationships\">" +
                         book.workbookPr + "<bookViews><workbookView/></bookViews><sheets>" +
                         sheetList + "</sheets><calcPr calcId=\"191029\"/></workbook>"});
    entries.prepend({QStringLiteral("_rels/.rels"),
                     QByteArray(xmlHead) +
                         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                         "relationships\"><Relationship Id=\"rId1\" "
                         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                         "relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                         "</Relationships>"});
    entries.prepend({QStringLiteral("[Content_Types].xml"),
                     QByteArray(xmlHead) +
                         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                         "content-types\"><Default Extension=\"rels\" "
                         "ContentType=\"application/vnd.openxmlformats-package.relationships+"
                         "xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                         "<Override PartName=\"/xl/workbook.xml\" "
                         "ContentType=\"application/vnd.openxmlformats-officedocument."
                         "spreadsheetml.sheet.main+xml\"/>" +
                         overrides + "</Types>"});
    return entries;
}

bool writeBook(const QString &name, const Book &book, bool store = false)
{
    return writeZip(name, bookEntries(book), store);
}

Sheet worksheet(const QByteArray &name, const QByteArray &rows)
{
    return Sheet{name, sheetXml(rows), false};
}

// ---------------------------------------------------------------------------------------------

// Every kind of cell value on one sheet, with the header of a register.
bool cells()
{
    Book book;
    book.sharedStrings =
        "<si><t>respondentnummer</t></si>"                         // 0
        "<si><t>bsn</t></si>"                                      // 1
        "<si><t>naam</t></si>"                                     // 2
        "<si><t>012345678</t></si>"                                // 3
        "<si><r><t>Jan </t></r><r><rPr><b/><sz val=\"11\"/></rPr>" // 4 rich text runs
        "<t>de</t></r><r><rPr><i/></rPr><t xml:space=\"preserve\"> Vries</t></r></si>"
        "<si><t>\xE6\x9D\xB1\xE4\xBA\xAC</t><rPh sb=\"0\" eb=\"2\"><t>\xE3\x83\x88\xE3\x82\xA6"
        "\xE3\x82\xAD\xE3\x83\xA7\xE3\x82\xA6</t></rPh></si>"   // 5 phonetic guide
        "<si><t>regel 1_x000D_\nregel 2 _x005F_x0041_</t></si>" // 6 escapes
        "<si><t xml:space=\"preserve\">  spaties  </t></si>"    // 7
        "<si><t>geboortedatum</t></si>";                        // 8
    QByteArray rows =
        // Row 1: the header.
        "<row r=\"1\" spans=\"1:6\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v>"
        "</c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>8</v></c></row>"
        // Row 2: leading-zero text (shared and inline), rich text, a date.
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>"
        "001234567</t></is></c><c r=\"C2\" t=\"s\"><v>4</v></c><c r=\"D2\" s=\"1\"><v>44927</v>"
        "</c></row>"
        // Row 3: numbers as Excel writes them, the fake 29-02-1900, a custom date format.
        "<row r=\"3\"><c r=\"A3\"><v>123456782</v></c><c r=\"B3\"><v>0.5</v></c><c r=\"C3\">"
        "<v>1.23E+8</v></c><c r=\"D3\" s=\"1\"><v>60</v></c><c r=\"E3\" s=\"2\"><v>61</v></c>"
        "<c r=\"F3\" s=\"1\"><v>59</v></c></row>"
        // Row 4: more numbers: negative, binary noise, tiny, huge, integral with ".0".
        "<row r=\"4\"><c r=\"A4\"><v>-42</v></c><c r=\"B4\"><v>0.30000000000000004</v></c>"
        "<c r=\"C4\"><v>1.5E-7</v></c><c r=\"D4\"><v>1E+20</v></c><c r=\"E4\"><v>7.0</v></c>"
        "<c r=\"F4\" s=\"7\"><v>1234.5</v></c></row>"
        // Row 5: sparse, only column C (no cells written for A and B).
        "<row r=\"5\"><c r=\"C5\" t=\"s\"><v>5</v></c></row>"
        // Row 7 (row 6 is absent): booleans, an error, a formula with its cached string.
        "<row r=\"7\"><c r=\"A7\" t=\"b\"><v>1</v></c><c r=\"B7\" t=\"b\"><v>0</v></c>"
        "<c r=\"C7\" t=\"e\"><v>#N/A</v></c><c r=\"D7\" t=\"str\"><f>CONCAT(\"a\",\"b\")</f>"
        "<v>ab</v></c><c r=\"E7\"><f>1+1</f><v>2</v></c></row>"
        // Row 8: date and time, zero padding format, a number stored with the text format, the
        // 1900 leap-year bug's neighbour, escapes, a Dutch long date format.
        "<row r=\"8\"><c r=\"A8\" s=\"3\"><v>44927.5</v></c><c r=\"B8\" s=\"4\"><v>12345678</v>"
        "</c><c r=\"C8\" s=\"5\"><v>42</v></c><c r=\"D8\" t=\"s\"><v>6</v></c><c r=\"E8\" "
        "s=\"6\"><v>45292</v></c></row>"
        // Row 9: whitespace kept, empty cells (styled but valueless, empty inline) at the end.
        "<row r=\"9\"><c r=\"A9\" t=\"s\"><v>7</v></c><c r=\"B9\" s=\"1\"/><c r=\"C9\" "
        "t=\"inlineStr\"><is><t></t></is></c></row>"
        // Row 10: cells without references follow on from the previous one.
        "<row r=\"10\"><c r=\"B10\"><v>1</v></c><c><v>2</v></c><c t=\"inlineStr\"><is><r><t>"
        "Zo\xC3\xAB</t></r><r><t> M\xC3\xBCller</t></r></is></c></row>"
        // Rows that only carry formatting (Excel writes these) are no rows with values.
        "<row r=\"11\" ht=\"20\" customHeight=\"1\"/><row r=\"500\" ht=\"20\" customHeight=\"1\"/>";
    book.sheets = {worksheet("Deelnemers", rows)};
    return writeBook(QStringLiteral("cells.xlsx"), book);
}

// Several sheets, one of them a chart sheet and one with a name that needs escaping.
bool sheets()
{
    Book book;
    book.sharedStrings = "<si><t>Naam</t></si><si><t>Uitkomst</t></si>";
    const Sheet chart{"Grafiek",
                      QByteArray(xmlHead) +
                          "<chartsheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                          "2006/main\"><sheetViews><sheetView workbookViewId=\"0\"/>"
                          "</sheetViews></chartsheet>",
                      true};
    book.sheets = {worksheet("Deelnemers", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                           "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Ada"
                                           "</t></is></c></row>"),
                   chart,
                   worksheet("Uitkomsten 2024", "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>1</v></c>"
                                                "</row><row r=\"3\"><c r=\"B3\"><v>3</v></c>"
                                                "</row>"),
                   worksheet("Leeg &amp; klaar", "")};
    return writeBook(QStringLiteral("sheets.xlsx"), book);
}

bool date1904()
{
    Book book;
    book.workbookPr = "<workbookPr date1904=\"1\"/>";
    book.sheets = {worksheet("Data", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" "
                                     "s=\"1\"><v>43465</v></c><c r=\"C1\"><v>43465</v></c>"
                                     "</row>")};
    return writeBook(QStringLiteral("date1904.xlsx"), book);
}

// Excel's whole height: 1,048,576 rows, written without row and cell references (allowed, and
// it lets the file compress to a few kilobytes). The reader must stream it.
bool rowsBound()
{
    Book book;
    book.sharedStrings = "<si><t>nummer</t></si><si><t>x</t></si><si><t>laatste</t></si>";
    QByteArray rows = "<row><c t=\"s\"><v>0</v></c></row>";
    rows.reserve(1048576 * 30);
    const QByteArray middle = "<row><c t=\"s\"><v>1</v></c></row>";
    for (int i = 2; i < 1048576; ++i)
        rows += middle;
    rows += "<row><c t=\"s\"><v>2</v></c></row>";
    book.sheets = {worksheet("Vol", rows)};
    return writeBook(QStringLiteral("rows_bound.xlsx"), book);
}

// One row past Excel's last one: a damaged (or hostile) file.
bool rowsBeyond()
{
    Book book;
    book.sheets = {worksheet("Te lang", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                        "<row r=\"1048577\"><c r=\"A1048577\"><v>2</v></c></row>")};
    return writeBook(QStringLiteral("rows_beyond.xlsx"), book);
}

// Only the first and the very last row have a value.
bool sparseLastRow()
{
    Book book;
    book.sheets = {worksheet("Dun", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>begin</t>"
                                    "</is></c></row><row r=\"1048576\"><c r=\"XFD1048576\" "
                                    "t=\"inlineStr\"><is><t>eind</t></is></c></row>")};
    return writeBook(QStringLiteral("sparse_last_row.xlsx"), book);
}

// A 10 MB cell in row 3, once as a shared string and once inline.
bool overlong()
{
    const QByteArray huge(10 * 1024 * 1024, 'x');
    Book shared;
    shared.sharedStrings = "<si><t>kop</t></si><si><t>" + huge + "</t></si>";
    shared.sheets = {worksheet("Groot", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                        "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"
                                        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c></row>")};
    Book inlined;
    inlined.sheets = {worksheet("Groot", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                         "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"
                                         "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>" +
                                             huge + "</t></is></c></row>")};
    return writeBook(QStringLiteral("overlong_shared.xlsx"), shared) &&
           writeBook(QStringLiteral("overlong_inline.xlsx"), inlined);
}

// XML that breaks off inside row 3, and a shared-string index that points nowhere (row 2).
bool damagedXml()
{
    Book broken;
    broken.sheets = {Sheet{"Kapot",
                           QByteArray(xmlHead) +
                               "<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                               "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\">"
                               "<v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"
                               "<row r=\"3\"><c r=\"A3\"><v>3</v></x></row></sheetData>"
                               "</worksheet>",
                           false}};
    Book index;
    index.sharedStrings = "<si><t>a</t></si>";
    index.sheets = {worksheet("Index", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                       "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>99</v></c></row>")};
    return writeBook(QStringLiteral("broken_xml.xlsx"), broken) &&
           writeBook(QStringLiteral("bad_shared_index.xlsx"), index);
}

// A zip whose sheet entry is stored uncompressed and then has one byte changed: the zip's
// directory is intact, only the checksum tells.
bool corruptEntry()
{
    Book book;
    book.sheets = {worksheet("Blad1", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                                      "CORRUPTMARKER</t></is></c></row>")};
    const QString name = QStringLiteral("corrupt_entry.xlsx");
    if (!writeBook(name, book, true))
        return false;
    QByteArray bytes = readFile(name);
    const qsizetype at = bytes.indexOf("CORRUPTMARKER");
    if (at < 0)
        return false;
    bytes[at] = 'K';
    return writeFile(name, bytes);
}

// Zips that are something else: a plain archive, an OpenDocument spreadsheet.
bool otherZips()
{
    return writeZip(QStringLiteral("not_workbook.xlsx"),
                    {{QStringLiteral("leesmij.txt"), "Dit is geen werkmap.\n"},
                     {QStringLiteral("data/register.csv"), "bsn;naam\n123456782;Ada\n"}}) &&
           writeZip(QStringLiteral("opendocument.xlsx"),
                    {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
                     {QStringLiteral("content.xml"),
                      QByteArray(xmlHead) + "<office:document-content xmlns:office=\"urn:oasis:"
                                            "names:tc:opendocument:xmlns:office:1.0\"/>"}});
}

// An OLE2 compound file (the container of .xls and of password-protected OOXML) with the given
// streams, each padded to 4096 bytes so it lives in ordinary sectors and needs no mini stream.
QByteArray compoundFile(const QList<QPair<QString, QByteArray>> &streams)
{
    constexpr int sector = 512;
    constexpr quint32 endOfChain = 0xFFFFFFFE, freeSector = 0xFFFFFFFF, fatSector = 0xFFFFFFFD,
                      noStream = 0xFFFFFFFF;
    auto put16 = [](QByteArray &b, int at, quint16 v) {
        qToLittleEndian(v, b.data() + at);
    };
    auto put32 = [](QByteArray &b, int at, quint32 v) {
        qToLittleEndian(v, b.data() + at);
    };

    QByteArray header(sector, '\0');
    header.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    put16(header, 0x18, 0x003E);
    put16(header, 0x1A, 0x0003);
    put16(header, 0x1C, 0xFFFE);
    put16(header, 0x1E, 9); // 512-byte sectors
    put16(header, 0x20, 6); // 64-byte mini sectors
    put32(header, 0x2C, 1); // one FAT sector
    put32(header, 0x30, 1); // the directory in sector 1
    put32(header, 0x38, 4096);
    put32(header, 0x3C, endOfChain);
    put32(header, 0x44, endOfChain);
    put32(header, 0x4C, 0); // the FAT in sector 0
    for (int i = 1; i < 109; ++i)
        put32(header, 0x4C + 4 * i, freeSector);

    QByteArray fat(sector, '\xFF');
    put32(fat, 0, fatSector);
    put32(fat, 4, endOfChain);
    QByteArray data;
    QByteArray directory(sector, '\0');
    auto entry = [&](int index, const QString &name, quint8 type, quint32 start, quint32 size,
                     quint32 right, quint32 child) {
        const int at = index * 128;
        for (qsizetype i = 0; i < name.size(); ++i)
            put16(directory, at + int(2 * i), name.at(i).unicode());
        put16(directory, at + 0x40, quint16(2 * name.size() + 2));
        directory[at + 0x42] = char(type);
        directory[at + 0x43] = 1; // black
        put32(directory, at + 0x44, noStream);
        put32(directory, at + 0x48, right);
        put32(directory, at + 0x4C, child);
        put32(directory, at + 0x74, start);
        put32(directory, at + 0x78, size);
    };
    entry(0, QStringLiteral("Root Entry"), 5, endOfChain, 0, noStream, 1);
    quint32 next = 2;
    for (qsizetype i = 0; i < streams.size(); ++i) {
        QByteArray bytes = streams.at(i).second;
        bytes.resize(4096, '\0');
        const auto sectors = quint32(bytes.size() / sector);
        for (quint32 s = 0; s < sectors; ++s)
            put32(fat, int(4 * (next + s)), s + 1 < sectors ? next + s + 1 : endOfChain);
        const quint32 right = i + 1 < streams.size() ? quint32(i + 2) : noStream;
        entry(int(i + 1), streams.at(i).first, 2, next, quint32(bytes.size()), right, noStream);
        next += sectors;
        data += bytes;
    }
    for (int unused = int(streams.size()) + 1; unused < 4; ++unused) {
        put32(directory, unused * 128 + 0x44, noStream);
        put32(directory, unused * 128 + 0x48, noStream);
        put32(directory, unused * 128 + 0x4C, noStream);
    }
    return header + fat + directory + data;
}

bool compoundFiles()
{
    // What Excel writes for "Encrypt with Password": the encrypted package inside OLE2.
    QByteArray info("\x04\x00\x04\x00\x40\x00\x00\x00", 8);
    info += "<?xml version=\"1.0\"?><encryption xmlns=\"http://schemas.microsoft.com/office/2006/"
            "encryption\"><keyData saltSize=\"16\" blockSize=\"16\" keyBits=\"256\" "
            "cipherAlgorithm=\"AES\" cipherChaining=\"ChainingModeCBC\" hashAlgorithm=\"SHA512\"/>"
            "</encryption>";
    QByteArray package(4096, '\0');
    for (int i = 0; i < package.size(); ++i)
        package[i] = char((i * 7919 + 13) % 251);
    // An .xls: a BIFF8 beginning-of-file record in a "Workbook" stream.
    const QByteArray biff("\x09\x08\x10\x00\x00\x06\x05\x00\x54\x38\xCD\x07\xC1\x00\x01\x00"
                          "\x06\x04\x00\x00",
                          20);
    return writeFile(QStringLiteral("protected.xlsx"),
                     compoundFile({{QStringLiteral("EncryptionInfo"), info},
                                   {QStringLiteral("EncryptedPackage"), package}})) &&
           writeFile(QStringLiteral("legacy.xls"),
                     compoundFile({{QStringLiteral("Workbook"), biff}}));
}

bool plainFiles()
{
    // A CSV export that someone renamed to .xlsx.
    return writeFile(QStringLiteral("csv_renamed.xlsx"),
                     "respondentnummer;bsn;naam\r\n012345678;123456782;Zo\xC3\xAB\r\n") &&
           writeFile(QStringLiteral("empty.xlsx"), QByteArray());
}

// The first half of a good workbook, as a download or copy that broke off.
bool truncated()
{
    const QByteArray whole = readFile(QStringLiteral("cells.xlsx"));
    return !whole.isEmpty() &&
           writeFile(QStringLiteral("truncated.xlsx"), whole.left(whole.size() / 2));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: xlsx_fixture_generator <output folder>\n");
        return 2;
    }
    g_folder = QString::fromLocal8Bit(argv[1]);
    if (!QDir().mkpath(g_folder)) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    const bool ok = cells() && sheets() && date1904() && rowsBound() && rowsBeyond() &&
                    sparseLastRow() && overlong() && damagedXml() && corruptEntry() &&
                    otherZips() && compoundFiles() && plainFiles() && truncated();
    if (!ok) {
        std::fprintf(stderr, "writing the fixtures failed\n");
        return 1;
    }
    std::printf("fixtures written to %s\n", argv[1]);
    return 0;
}
