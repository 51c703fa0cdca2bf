// The CSV reader: separators, encodings, line ends, quoting, and every kind of bad input refused
// with a reason and a line number.
#include "exchange/CsvTable.h"
#include "validation/SpecLoader.h"

#include <QTest>

using namespace veldboek;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsVariants_data();
    void readsVariants();
    void quotedFields();
    void quotedFieldEdges();
    void countsEmptyAndHeaderLines();
    void refusesBadInput_data();
    void refusesBadInput();
    void raggedRowsAndTrailingSeparators();
    void headerOnly();
    void mapsHeaderInAnyOrder();
    void headerThatMatchesNothing();
    void overlongDataLine();
};

void TestCsvReader::readsVariants_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("secondValue");

    QTest::newRow("semicolon LF") << QByteArray("a;b\n1;Zoë\n") << QStringLiteral("UTF-8")
                                  << QStringLiteral(";") << QStringLiteral("Zoë");
    QTest::newRow("comma CRLF") << QByteArray("a,b\r\n1,Zoë\r\n") << QStringLiteral("UTF-8")
                                << QStringLiteral(",") << QStringLiteral("Zoë");
    QTest::newRow("tab") << QByteArray("a\tb\n1\tx\n") << QStringLiteral("UTF-8")
                         << QStringLiteral("\t") << QStringLiteral("x");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a;b\n1;Zoë\n")
                         << QStringLiteral("UTF-8 with BOM") << QStringLiteral(";")
                         << QStringLiteral("Zoë");
    QTest::newRow("Windows-1252") << QByteArray("a;b\r\n1;Zo\xEB \x80\r\n")
                                  << QStringLiteral("Windows-1252") << QStringLiteral(";")
                                  << QStringLiteral("Zoë €");
    QTest::newRow("old Mac CR") << QByteArray("a;b\r1;x\r") << QStringLiteral("UTF-8")
                                << QStringLiteral(";") << QStringLiteral("x");
    QTest::newRow("no final newline") << QByteArray("a;b\n1;x") << QStringLiteral("UTF-8")
                                      << QStringLiteral(";") << QStringLiteral("x");
    QTest::newRow("more semicolons than commas")
        << QByteArray("a;b;c,d\n1;x;2,5\n") << QStringLiteral("UTF-8") << QStringLiteral(";")
        << QStringLiteral("x");
}

void TestCsvReader::readsVariants()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QString, secondValue);
    CsvError error;
    const auto document = CsvReader::read(bytes, QStringLiteral("en"), &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->encoding, encoding);
    QCOMPARE(QString(document->delimiter), delimiter);
    QCOMPARE(document->header.first(), QStringLiteral("a"));
    QCOMPARE(document->records.size(), 1);
    QCOMPARE(document->records.first().line, 2);
    QCOMPARE(document->records.first().fields.at(1), secondValue);
}

void TestCsvReader::quotedFields()
{
    CsvError error;
    const auto document = CsvReader::read(
        "naam;opmerking\n\"Jansen; Piet\";\"zei \"\"hoi\"\"\"\n\"twee\nregels\";x\nlaatste;y\n",
        QStringLiteral("en"), &error);
    QVERIFY(document);
    QCOMPARE(document->records.size(), 3);
    QCOMPARE(document->records.at(0).fields,
             (QStringList{QStringLiteral("Jansen; Piet"), QStringLiteral("zei \"hoi\"")}));
    QCOMPARE(document->records.at(1).fields.first(), QStringLiteral("twee\nregels"));
    QCOMPARE(document->records.at(1).line, 3);
    QCOMPARE(document->records.at(2).line, 5); // the quoted line break counts as a line
}

// What spreadsheets and hand-edited files do around quotes: spaces before the opening quote, text
// after the closing one, a quote inside a plain value, empty quotes, CRLF inside quotes.
void TestCsvReader::quotedFieldEdges()
{
    CsvError error;
    const auto document = CsvReader::read("a;b;c\r\n"
                                          "  \"x;y\";ab\"cd;\"ab\"cd\r\n"
                                          "\"\";\"\"\"q\"\"\";\"r1\r\nr2\"\r\n"
                                          "1; 2 ;3",
                                          QStringLiteral("en"), &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->records.size(), 3);
    QCOMPARE(
        document->records.at(0).fields,
        (QStringList{QStringLiteral("x;y"), QStringLiteral("ab\"cd"), QStringLiteral("abcd")}));
    QCOMPARE(document->records.at(1).fields,
             (QStringList{QString(), QStringLiteral("\"q\""), QStringLiteral("r1\nr2")}));
    QCOMPARE(document->records.at(2).fields,
             (QStringList{QStringLiteral("1"), QStringLiteral(" 2 "), QStringLiteral("3")}));
    QCOMPARE(document->records.at(2).line, 5);
    QCOMPARE(document->lines, 5);

    // A quote that opens on a line longer than the limit never closes within it.
    QByteArray bytes("a;b\n\"");
    bytes += QByteArray(CsvReader::maxRecordLength + 10, 'x') + "\";y\n";
    QVERIFY(!CsvReader::read(bytes, QStringLiteral("en"), &error));
    QCOMPARE(error.line, 2);
    QVERIFY2(error.message.contains(QStringLiteral("quote")), qPrintable(error.message));
}

void TestCsvReader::countsEmptyAndHeaderLines()
{
    CsvError error;
    const auto document = CsvReader::read("\na;b\n1;2\n\n;;\n3;4\n", QStringLiteral("en"), &error);
    QVERIFY(document);
    QCOMPARE(document->headerLine, 2);
    QCOMPARE(document->lines, 6);
    QCOMPARE(document->emptyLines, 3); // blank lines and a line of separators only
    QCOMPARE(document->records.size(), 2);
    QCOMPARE(document->records.at(1).line, 6);
}

void TestCsvReader::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty file") << QByteArray() << 0 << QStringLiteral("empty");
    QTest::newRow("only blank lines")
        << QByteArray("\r\n  \r\n\r\n") << 0 << QStringLiteral("empty");
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << 0 << QStringLiteral("empty");
    QTest::newRow("NUL byte on line 3")
        << QByteArray("a;b\n1;2\n3;\0\n", 11) << 3 << QStringLiteral("binary");
    QTest::newRow("xlsx workbook")
        << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << 0 << QStringLiteral("Excel workbook");
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << 0 << QStringLiteral("PDF");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                          "a\0;\0b\0",
                                          8)
                            << 1 << QStringLiteral("UTF-16");
    QTest::newRow("no separator in header")
        << QByteArray("Dit is een brief, geen lijst\nmaar tekst\n").replace(',', ' ') << 1
        << QStringLiteral("no separator");
    QTest::newRow("quote never closed")
        << QByteArray("a;b\n1;\"open\n2;3\n") << 2 << QStringLiteral("never closed");
    QByteArray control(4000, '\x01');
    control.prepend("a;b\n");
    QTest::newRow("control bytes") << control << 2 << QStringLiteral("not text");
    QTest::newRow("broken UTF-8 after BOM") << QByteArray("\xEF\xBB\xBF"
                                                          "a;b\n1;\xC3\x28\n")
                                            << 2 << QStringLiteral("Invalid UTF-8");
}

void TestCsvReader::refusesBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, message);
    CsvError error;
    QVERIFY(!CsvReader::read(bytes, QStringLiteral("en"), &error));
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    // And in Dutch, a different message.
    CsvError dutch;
    QVERIFY(!CsvReader::read(bytes, QStringLiteral("nl"), &dutch));
    QVERIFY(!dutch.message.isEmpty() && dutch.message != error.message);
}

void TestCsvReader::raggedRowsAndTrailingSeparators()
{
    SpecError specError;
    const Spec spec = *SpecLoader::builtin(QStringLiteral("sor"), &specError);
    CsvError error;
    const auto document = CsvReader::read("BSN;Beschikkingsnummer;Toewijzingsnummer;Type;Waarde\n"
                                          "111222333;1;;D1O;1;;;\n"     // Excel's trailing cells
                                          "111222333;1;;D1O\n"          // too few
                                          "111222333;1;;D1O;1;extra\n", // too many
                                          QStringLiteral("en"), &error);
    QVERIFY(document);
    const auto table = CsvTable::toTable(*document, spec, {}, QStringLiteral("en"), &error);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->malformedRows.size(), 2);
    QCOMPARE(table->malformedRows.at(0).line, 3);
    QCOMPARE(table->malformedRows.at(0).fields, 4);
    QCOMPARE(table->malformedRows.at(1).line, 4);
}

void TestCsvReader::headerOnly()
{
    CsvError error;
    const auto document = CsvReader::read("BSN;Type\r\n", QStringLiteral("en"), &error);
    QVERIFY(document);
    QCOMPARE(document->records.size(), 0);
    QCOMPARE(document->headerLine, 1);
}

void TestCsvReader::mapsHeaderInAnyOrder()
{
    SpecError specError;
    const Spec spec = *SpecLoader::builtin(QStringLiteral("sor"), &specError);
    CsvError error;
    const auto document = CsvReader::read(
        " waarde "
        ";TYPE;bsn;Toewijzingsnummer;Beschikkingsnummer;Datum\n2;D1O;111222333;7;;01-01-2023\n",
        QStringLiteral("en"), &error);
    QVERIFY(document);
    const auto table = CsvTable::toTable(*document, spec, {}, QStringLiteral("en"), &error);
    QVERIFY(table);
    QCOMPARE(table->dataset, QStringLiteral("problem")); // Datum makes it the problem format
    QCOMPARE(table->columns.first(), QStringLiteral("waarde"));
    QCOMPARE(table->rows.first().values.first(), QStringLiteral("2"));
    const auto gas =
        CsvTable::toTable(*document, spec, QStringLiteral("gas"), QStringLiteral("en"), &error);
    QVERIFY(gas);
    QCOMPARE(gas->unknownColumns, QStringList{QStringLiteral("Datum")});
}

void TestCsvReader::headerThatMatchesNothing()
{
    SpecError specError;
    const Spec spec = *SpecLoader::builtin(QStringLiteral("mdt"), &specError);
    CsvError error;
    const auto document = CsvReader::read("1;2;3\n4;5;6\n", QStringLiteral("en"), &error);
    QVERIFY(document);
    QVERIFY(!CsvTable::toTable(*document, spec, {}, QStringLiteral("en"), &error));
    QCOMPARE(error.line, 1);
    QVERIFY(error.message.contains(QStringLiteral("header")));
    QVERIFY(
        !CsvTable::toTable(*document, spec, QStringLiteral("gas"), QStringLiteral("en"), &error));
    QVERIFY(error.message.contains(QStringLiteral("no dataset gas")));
}

void TestCsvReader::overlongDataLine()
{
    QByteArray bytes("a;b\n1;2\n");
    bytes += QByteArray(CsvReader::maxRecordLength + 10, 'x') + ";y\n3;4\n";
    CsvError error;
    const auto document = CsvReader::read(bytes, QStringLiteral("en"), &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->records.size(), 3);
    QVERIFY(document->records.at(1).overlong);
    QCOMPARE(document->records.at(2).line, 4);

    // The same as the header: nothing to read.
    QVERIFY(!CsvReader::read(QByteArray(CsvReader::maxRecordLength + 10, 'x') + ";y\n",
                             QStringLiteral("en"), &error));
    QCOMPARE(error.line, 1);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
