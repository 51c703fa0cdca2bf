// The XLSX reader: every kind of cell value as the workbook shows it, several sheets, the 1904
// date system, Excel's full height streamed, and every kind of bad input refused with a reason
// (and a row where one is to blame). The fixtures are made by xlsx_fixture_generator.
#include "Sanitized.h"
#include "TestSupport.h"
#include "exchange/XlsxReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace veldboek;

namespace {

QString fixture(const QString &name)
{
    return test::sourcePath(QStringLiteral("tests/fixtures/xlsx/") + name);
}

QStringList list(std::initializer_list<const char *> values)
{
    QStringList result;
    for (const char *value : values)
        result.append(QString::fromUtf8(value));
    return result;
}

// The process's peak resident memory in MB, from the kernel.
qint64 peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() / 1024;
    }
    return -1;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void readsCellValues();
    void readsCellValues_data();
    void dropsEmptyTrailingRowsAndCells();
    void listsAndChoosesSheets();
    void missingSheetListsTheSheets();
    void chartSheetIsNoTable();
    void date1904System();
    void toDocumentLikeCsv();
    void toDocumentWithLeadingEmptyRows();
    void refusesBadInput_data();
    void refusesBadInput();
    void sheetLevelDamageKeepsSheetNames();
    void streamsExcelsFullHeight();
    void sparseLastRowAndColumn();
};

void TestXlsxReader::readsCellValues_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");

    QTest::newRow("header (shared strings)")
        << 1 << list({"respondentnummer", "bsn", "naam", "geboortedatum"});
    QTest::newRow("leading zeros, inline string, rich text runs, serial date 44927")
        << 2 << list({"012345678", "001234567", "Jan de Vries", "01-01-2023"});
    QTest::newRow("123456782, 0.5, 1.23E+8, 29-02-1900 (serial 60) and its neighbours")
        << 3 << list({"123456782", "0.5", "123000000", "29-02-1900", "01-03-1900", "28-02-1900"});
    QTest::newRow("negative, binary noise, tiny, huge, 7.0, a #,##0.00 format left General")
        << 4 << list({"-42", "0.3", "0.00000015", "100000000000000000000", "7", "1234.5"});
    QTest::newRow("sparse: only C5, phonetic guide left out") << 5 << list({"", "", "東京"});
    QTest::newRow("absent row 6 is an empty row") << 6 << QStringList();
    QTest::newRow("booleans, error value, formula results")
        << 7 << list({"TRUE", "FALSE", "#N/A", "ab", "2"});
    QTest::newRow("date-time, 000000000 format, number in a text cell, escapes, long date")
        << 8
        << list(
               {"01-01-2023 12:00", "012345678", "42", "regel 1\r\nregel 2 _x0041_", "01-01-2024"});
    QTest::newRow("whitespace kept; valueless and empty cells dropped")
        << 9 << list({"  spaties  "});
    QTest::newRow("cells without references follow on") << 10 << list({"", "1", "2", "Zoë Müller"});
}

void TestXlsxReader::readsCellValues()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    XlsxError error;
    const auto sheet = XlsxReader::readSheet(fixture(QStringLiteral("cells.xlsx")), QString(),
                                             QStringLiteral("nl"), &error);
    QVERIFY2(sheet, qPrintable(error.message));
    QCOMPARE(sheet->name, QStringLiteral("Deelnemers"));
    QVERIFY(sheet->rows.size() >= row);
    QCOMPARE(sheet->rows.at(row - 1), cells);
}

void TestXlsxReader::dropsEmptyTrailingRowsAndCells()
{
    XlsxError error;
    const auto sheet = XlsxReader::readSheet(fixture(QStringLiteral("cells.xlsx")), QString(),
                                             QStringLiteral("nl"), &error);
    QVERIFY2(sheet, qPrintable(error.message));
    // Rows 11 and 500 carry only a height: not rows with values.
    QCOMPARE(sheet->rows.size(), 10);
    for (const QStringList &row : sheet->rows)
        QVERIFY(row.isEmpty() || !row.constLast().isEmpty());
}

void TestXlsxReader::listsAndChoosesSheets()
{
    XlsxError error;
    const QString path = fixture(QStringLiteral("sheets.xlsx"));
    const auto names = XlsxReader::sheetNames(path, QStringLiteral("nl"), &error);
    QVERIFY2(names, qPrintable(error.message));
    QCOMPARE(*names, list({"Deelnemers", "Uitkomsten 2024", "Leeg & klaar"}));

    const auto first = XlsxReader::readSheet(path, QString(), QStringLiteral("nl"), &error);
    QVERIFY2(first, qPrintable(error.message));
    QCOMPARE(first->name, QStringLiteral("Deelnemers"));
    QCOMPARE(first->rows, (QList<QStringList>{list({"Naam"}), list({"Ada"})}));

    const auto second = XlsxReader::readSheet(path, QStringLiteral("Uitkomsten 2024"),
                                              QStringLiteral("nl"), &error);
    QVERIFY2(second, qPrintable(error.message));
    QCOMPARE(second->name, QStringLiteral("Uitkomsten 2024"));
    QCOMPARE(second->rows, (QList<QStringList>{list({"", "Uitkomst"}), {}, list({"", "3"})}));

    const auto empty =
        XlsxReader::readSheet(path, QStringLiteral("Leeg & klaar"), QStringLiteral("nl"), &error);
    QVERIFY2(empty, qPrintable(error.message));
    QVERIFY(empty->rows.isEmpty());
}

void TestXlsxReader::missingSheetListsTheSheets()
{
    XlsxError error;
    const QString path = fixture(QStringLiteral("sheets.xlsx"));
    QVERIFY(!XlsxReader::readSheet(path, QStringLiteral("Blad1"), QStringLiteral("nl"), &error));
    QCOMPARE(error.row, 0);
    QVERIFY2(error.message.contains(QStringLiteral("geen werkblad \u201CBlad1\u201D")),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral(
                 "\u201CDeelnemers\u201D, \u201CUitkomsten 2024\u201D, \u201CLeeg & klaar\u201D")),
             qPrintable(error.message));
    QVERIFY(!XlsxReader::readSheet(path, QStringLiteral("Blad1"), QStringLiteral("en"), &error));
    QVERIFY2(error.message.contains(QStringLiteral("has no sheet \u201CBlad1\u201D. It has: "
                                                   "\u201CDeelnemers\u201D")),
             qPrintable(error.message));
}

void TestXlsxReader::chartSheetIsNoTable()
{
    XlsxError error;
    QVERIFY(!XlsxReader::readSheet(fixture(QStringLiteral("sheets.xlsx")),
                                   QStringLiteral("Grafiek"), QStringLiteral("en"), &error));
    QVERIFY2(error.message.contains(QStringLiteral("is a chart")), qPrintable(error.message));
}

void TestXlsxReader::date1904System()
{
    XlsxError error;
    const auto sheet = XlsxReader::readSheet(fixture(QStringLiteral("date1904.xlsx")), QString(),
                                             QStringLiteral("nl"), &error);
    QVERIFY2(sheet, qPrintable(error.message));
    // The same serial is four years and a day later than in the 1900 system; unstyled it stays
    // a number.
    QCOMPARE(sheet->rows, (QList<QStringList>{list({"01-01-1904", "01-01-2023", "43465"})}));
}

void TestXlsxReader::toDocumentLikeCsv()
{
    XlsxError error;
    const auto sheet = XlsxReader::readSheet(fixture(QStringLiteral("cells.xlsx")), QString(),
                                             QStringLiteral("nl"), &error);
    QVERIFY2(sheet, qPrintable(error.message));
    const CsvDocument document = XlsxReader::toDocument(*sheet);
    QCOMPARE(document.encoding, QStringLiteral("XLSX"));
    QVERIFY(document.delimiter.isNull());
    QCOMPARE(document.headerLine, 1);
    QCOMPARE(document.header, list({"respondentnummer", "bsn", "naam", "geboortedatum"}));
    QList<int> lines;
    for (const CsvRecord &record : document.records) {
        lines.append(record.line);
        QVERIFY(!record.overlong);
    }
    QCOMPARE(lines, (QList<int>{2, 3, 4, 5, 7, 8, 9, 10}));
    QCOMPARE(document.records.constFirst().fields,
             list({"012345678", "001234567", "Jan de Vries", "01-01-2023"}));
    QCOMPARE(document.lines, 10);
    QCOMPARE(document.emptyLines, 1);
}

void TestXlsxReader::toDocumentWithLeadingEmptyRows()
{
    const XlsxSheet sheet{QStringLiteral("Blad1"),
                          {{},
                           list({" ", ""}),
                           list({" bsn ", "naam"}),
                           list({"123456782", "Ada"}),
                           {},
                           list({"", "Bea"})}};
    const CsvDocument document = XlsxReader::toDocument(sheet);
    QCOMPARE(document.headerLine, 3);
    QCOMPARE(document.header, list({"bsn", "naam"}));
    QCOMPARE(document.records.size(), 2);
    QCOMPARE(document.records.at(0).line, 4);
    QCOMPARE(document.records.at(1).line, 6);
    QCOMPARE(document.records.at(1).fields, list({"", "Bea"}));
    QCOMPARE(document.emptyLines, 3);
    QCOMPARE(document.lines, 6);

    const CsvDocument nothing = XlsxReader::toDocument(XlsxSheet{});
    QCOMPARE(nothing.headerLine, 0);
    QVERIFY(nothing.header.isEmpty());
    QVERIFY(nothing.records.isEmpty());
}

void TestXlsxReader::refusesBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("expected");

    auto add = [](const char *name, const char *file, int row, const char *nl, const char *en) {
        QTest::addRow("%s nl", name)
            << QString::fromUtf8(file) << QStringLiteral("nl") << row << QString::fromUtf8(nl);
        QTest::addRow("%s en", name)
            << QString::fromUtf8(file) << QStringLiteral("en") << row << QString::fromUtf8(en);
    };
    add("CSV renamed to .xlsx", "csv_renamed.xlsx", 0,
        "geen Excel-werkmap (.xlsx) maar een "
        "tekstbestand",
        "not an Excel workbook (.xlsx) but a text file");
    add("truncated zip", "truncated.xlsx", 0, "beschadigd of onvolledig", "damaged or incomplete");
    add("zip that is no workbook", "not_workbook.xlsx", 0, "zip-bestand, maar geen Excel-werkmap",
        "zip file, but not an Excel workbook");
    add("OpenDocument spreadsheet", "opendocument.xlsx", 0, "OpenDocument-bestand (.ods)",
        "OpenDocument file (.ods)");
    add("empty file", "empty.xlsx", 0, "Het bestand is leeg.", "The file is empty.");
    add("password protected", "protected.xlsx", 0, "sla hem op zonder wachtwoord",
        "save it without a password");
    add("old .xls", "legacy.xls", 0, "oud Excel-bestand (.xls)",
        "save it as an Excel workbook (.xlsx)");
    add("missing file", "does_not_exist.xlsx", 0, "Kan het bestand niet openen",
        "Cannot open the file");
    add("10 MB shared string", "overlong_shared.xlsx", 3, "Rij 3 bevat een cel van meer dan 1 MB",
        "Row 3 contains a cell of more than 1 MB");
    add("10 MB inline string", "overlong_inline.xlsx", 3, "Rij 3 bevat een cel van meer dan 1 MB",
        "Row 3 contains a cell of more than 1 MB");
    add("row past Excel's last", "rows_beyond.xlsx", 0, "1048577 ligt buiten een Excel-werkblad",
        "1048577 lies outside an Excel sheet");
    add("XML broken in row 3", "broken_xml.xlsx", 3, "beschadigd bij rij 3", "damaged at row 3");
    add("shared string that does not exist", "bad_shared_index.xlsx", 2,
        "Rij 2: de cel verwijst naar tekst die niet in de werkmap staat",
        "Row 2: the cell refers to text that is not in the workbook");
    add("entry with a bad checksum", "corrupt_entry.xlsx", 0, "beschadigd", "damaged");
}

void TestXlsxReader::refusesBadInput()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(int, row);
    QFETCH(QString, expected);
    XlsxError error{-1, QString()};
    const auto sheet = XlsxReader::readSheet(fixture(file), QString(), language, &error);
    QVERIFY(!sheet);
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    QCOMPARE(error.row, row);
}

void TestXlsxReader::sheetLevelDamageKeepsSheetNames()
{
    // Damage inside a sheet does not stop the user from seeing which sheets there are; damage to
    // the file does.
    XlsxError error;
    const auto names = XlsxReader::sheetNames(fixture(QStringLiteral("broken_xml.xlsx")),
                                              QStringLiteral("nl"), &error);
    QVERIFY2(names, qPrintable(error.message));
    QCOMPARE(*names, list({"Kapot"}));
    for (const char *file : {"truncated.xlsx", "protected.xlsx", "legacy.xls", "empty.xlsx",
                             "csv_renamed.xlsx", "not_workbook.xlsx"}) {
        error = XlsxError{};
        QVERIFY2(
            !XlsxReader::sheetNames(fixture(QString::fromUtf8(file)), QStringLiteral("en"), &error),
            file);
        QVERIFY2(!error.message.isEmpty(), file);
    }
}

void TestXlsxReader::streamsExcelsFullHeight()
{
    XlsxError error;
    QElapsedTimer timer;
    timer.start();
    const auto sheet = XlsxReader::readSheet(fixture(QStringLiteral("rows_bound.xlsx")), QString(),
                                             QStringLiteral("nl"), &error);
    QVERIFY2(sheet, qPrintable(error.message));
    qInfo("1,048,576 rows read in %lld ms, peak memory %lld MB", timer.elapsed(), peakMemoryMb());
    QCOMPARE(sheet->rows.size(), XlsxReader::maxRows);
    QCOMPARE(sheet->rows.constFirst(), list({"nummer"}));
    QCOMPARE(sheet->rows.at(524288), list({"x"}));
    QCOMPARE(sheet->rows.constLast(), list({"laatste"}));
    // The sheet's XML is 34 MB; a reader that built a document tree of it would need gigabytes.
    const qint64 peak = peakMemoryMb();
    QVERIFY2(peak > 0 && peak < sanitized::mb(500), qPrintable(QString::number(peak)));
}

void TestXlsxReader::sparseLastRowAndColumn()
{
    // Excel's last cell, XFD1048576: the row is within Excel's sheet, but a value beyond column
    // 1,024 is refused (core/exchange/ReaderLimits.h: a row would be 16,384 strings wide), with
    // the row and column named. tests/exchange/tst_readerlimits.cpp reads column AMJ.
    XlsxError error;
    const auto sheet = XlsxReader::readSheet(fixture(QStringLiteral("sparse_last_row.xlsx")),
                                             QString(), QStringLiteral("en"), &error);
    QVERIFY(!sheet);
    QCOMPARE(error.row, XlsxReader::maxRows);
    QVERIFY2(error.message.contains(
                 QStringLiteral("Row 1048576 has a value in column XFD, beyond column 1,024")),
             qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
