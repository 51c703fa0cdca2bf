// How the XLSX reader classifies number formats (issue 21): as Excel does, by the format code's
// date and time letters outside quoted text, escapes and brackets, with "General" a keyword.
// LibreOffice writes ordinary numbers with the custom format "General" (numFmtId 164); taken for
// a date, house number 12 came in as 12-01-1900.
#include "exchange/XlsxNumberFormats.h"

#include <QTest>

using namespace veldboek;
using namespace veldboek::xlsx;

class TestXlsxFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("date");
        QTest::addColumn<bool>("time");
        QTest::addColumn<int>("zeroPadding");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        // Numbers: never a date.
        QTest::newRow("General (LibreOffice 164)") << "General" << false << false << 0 << "12"
                                                   << "12";
        QTest::newRow("general lower case") << "general" << false << false << 0 << "7"
                                            << "7";
        QTest::newRow("0") << "0" << false << false << 0 << "1024"
                           << "1024";
        QTest::newRow("text @") << "@" << false << false << 0 << "42"
                                << "42";
        QTest::newRow("#,##0.00") << "#,##0.00" << false << false << 0 << "1234.5"
                                  << "1234.5";
        QTest::newRow("scientific") << "0.00E+00" << false << false << 0 << "123000000"
                                    << "123000000";
        QTest::newRow("currency [$€-413]")
            << "[$€-413] #,##0.00;[Red]-[$€-413] #,##0.00" << false << false << 0 << "3"
            << "3";
        QTest::newRow("[Magenta]0") << "[Magenta]0" << false << false << 0 << "5"
                                    << "5";
        QTest::newRow("quoted text with d and y") << "0\" dagen\"" << false << false << 0 << "3"
                                                  << "3";
        QTest::newRow("escaped letters") << "0\\ \\d" << false << false << 0 << "3"
                                         << "3";
        QTest::newRow("General;-General") << "General;-General" << false << false << 0 << "9"
                                          << "9";
        // Leading zeros kept by the format.
        QTest::newRow("0000 (municipality)") << "0000" << false << false << 4 << "344"
                                             << "0344";
        QTest::newRow("000000000 (BSN)") << "000000000" << false << false << 9 << "12345678"
                                         << "012345678";
        // Dates in any order and language, and times.
        QTest::newRow("dd-mm-yyyy") << "dd\\-mm\\-yyyy" << true << false << 0 << "38425"
                                    << "14-03-2005";
        QTest::newRow("yyyy-mm-dd") << "yyyy\\-mm\\-dd" << true << false << 0 << "45170"
                                    << "01-09-2023";
        QTest::newRow("mm/dd/yyyy") << "mm/dd/yyyy" << true << false << 0 << "45170"
                                    << "01-09-2023";
        QTest::newRow("Dutch long [$-413]d mmmm yyyy")
            << "[$-413]d\\ mmmm\\ yyyy" << true << false << 0 << "38425"
            << "14-03-2005";
        QTest::newRow("dd/mm/yy (LibreOffice nl)") << "dd/mm/yy" << true << false << 0 << "38425"
                                                   << "14-03-2005";
        QTest::newRow("d-mmm") << "d-mmm" << true << false << 0 << "38425"
                               << "14-03-2005";
        QTest::newRow("date and time") << "dd-mm-yyyy hh:mm" << true << true << 0 << "45170.5"
                                       << "01-09-2023 12:00";
        QTest::newRow("hh:mm") << "hh:mm" << false << true << 0 << "0.75"
                               << "18:00";
        QTest::newRow("h:mm AM/PM") << "h:mm AM/PM" << false << true << 0 << "0.25"
                                    << "06:00";
        QTest::newRow("mm:ss") << "mm:ss" << false << true << 0 << "0.0006944444444"
                               << "00:01:00";
        QTest::newRow("elapsed [h]:mm") << "[h]:mm" << false << true << 0 << "1.5"
                                        << "36:00";
    }
    void formatCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, date);
        QFETCH(bool, time);
        QFETCH(int, zeroPadding);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        const CellFormat format = classifyFormatCode(code);
        QCOMPARE(format.date, date);
        QCOMPARE(format.time, time);
        QCOMPARE(format.zeroPadding, zeroPadding);
        QString text;
        if (format.date || format.time)
            text = formatSerial(value.toDouble(), format, false);
        else if (format.zeroPadding > 0)
            text = formatNumber(value).rightJustified(format.zeroPadding, u'0');
        else
            text = formatNumber(value);
        QCOMPARE(text, shown);
    }

    // The built-in ids Excel leaves out of styles.xml.
    void builtInIds_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<bool>("date");
        QTest::addColumn<bool>("time");
        for (int id : {0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 38, 39, 40, 48, 49})
            QTest::addRow("number %d", id) << id << false << false;
        for (int id : {14, 15, 16, 17})
            QTest::addRow("date %d", id) << id << true << false;
        QTest::newRow("date-time 22") << 22 << true << true;
        for (int id : {18, 19, 20, 21, 45, 46, 47})
            QTest::addRow("time %d", id) << id << false << true;
    }
    void builtInIds()
    {
        QFETCH(int, id);
        QFETCH(bool, date);
        QFETCH(bool, time);
        const CellFormat format = builtInFormat(id);
        QCOMPARE(format.date, date);
        QCOMPARE(format.time, time);
    }
};

QTEST_GUILESS_MAIN(TestXlsxFormats)
#include "tst_xlsxformats.moc"
