// Reading and writing XLSX at register size: prints its figures, is not a ctest.
//
//   xlsx_benchmark [--rows N] [--repeat N]
//
// Two workbooks of N rows (default 100,000) by the 19 columns of a CEM+-like register: one as
// Excel saves it (shared strings, numbers, serial dates with a date style), built entry by entry
// (tests/support/TestZip.h); one written by XlsxWriter (inline text cells). Each is read `repeat`
// times (default 3); the best time counts, as the others include a cold cache.
#include "TestZip.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace veldboek;

namespace {

constexpr int columns = 19;

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

// The value of a cell as the register has it: text with leading zeros, names, dates, numbers.
QString value(int row, int column)
{
    switch (column % 6) {
    case 0:
        return QString::number(row).rightJustified(9, u'0');
    case 1:
        return QStringLiteral("Deelnemer %1 van der Zoë").arg(row % 977);
    case 2:
        return QStringLiteral("%1-%2-20%3")
            .arg(1 + row % 28, 2, 10, QChar(u'0'))
            .arg(1 + column % 12, 2, 10, QChar(u'0'))
            .arg(10 + row % 15);
    case 3:
        return QString::number(100000 + (row * 7 + column) % 900000);
    case 4:
        return QStringLiteral("uitkomst %1").arg((row + column) % 12);
    default:
        return QString::number((row % 1000) / 8.0);
    }
}

QList<XlsxSheet> registerSheet(int rows)
{
    XlsxSheet sheet{QStringLiteral("Deelnemers"), {}};
    sheet.rows.reserve(rows + 1);
    QStringList header;
    for (int c = 0; c < columns; ++c)
        header.append(QStringLiteral("kolom_%1").arg(c + 1));
    sheet.rows.append(header);
    for (int r = 0; r < rows; ++r) {
        QStringList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(value(r, c));
        sheet.rows.append(row);
    }
    return {sheet};
}

// What Excel writes: text in the shared string table, numbers and dates as numbers.
bool writeExcelLike(const QString &path, int rows)
{
    QHash<QString, int> index;
    QByteArray strings;
    auto shared = [&](const QString &text) {
        auto it = index.find(text);
        if (it == index.end()) {
            it = index.insert(text, int(index.size()));
            strings += "<si><t>" + text.toHtmlEscaped().toUtf8() + "</t></si>";
        }
        return it.value();
    };
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                       "main\"><sheetData>";
    for (int r = 0; r <= rows; ++r) {
        const QByteArray n = QByteArray::number(r + 1);
        sheet += "<row r=\"" + n + "\" spans=\"1:19\">";
        for (int c = 0; c < columns; ++c) {
            const QByteArray ref = columnName(c).toLatin1() + n;
            if (r == 0) {
                sheet += "<c r=\"" + ref + "\" t=\"s\"><v>" +
                         QByteArray::number(shared(QStringLiteral("kolom_%1").arg(c + 1))) +
                         "</v></c>";
            } else if (c % 6 == 2) {
                sheet += "<c r=\"" + ref + "\" s=\"1\"><v>" +
                         QByteArray::number(40000 + (r * 13 + c) % 6000) + "</v></c>";
            } else if (c % 6 == 3 || c % 6 == 5) {
                sheet += "<c r=\"" + ref + "\"><v>" + value(r - 1, c).toLatin1() + "</v></c>";
            } else {
                sheet += "<c r=\"" + ref + "\" t=\"s\"><v>" +
                         QByteArray::number(shared(value(r - 1, c))) + "</v></c>";
            }
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";

    const QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    const QByteArray relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    return veldboek::test::writeZip(
        path, {veldboek::test::ZipPart{
                   QStringLiteral("_rels/.rels"),
                   head +
                       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                       "relationships\"><Relationship Id=\"rId1\" Type=\"" +
                       relNs + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
               veldboek::test::ZipPart{
                   QStringLiteral("xl/workbook.xml"),
                   head +
                       "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                       "main\" xmlns:r=\"" +
                       relNs +
                       "\"><sheets><sheet name=\"Deelnemers\" sheetId=\"1\" r:id=\"rId1\"/>"
                       "</sheets></workbook>"},
               veldboek::test::ZipPart{
                   QStringLiteral("xl/_rels/workbook.xml.rels"),
                   head +
                       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                       "relationships\"><Relationship Id=\"rId1\" Type=\"" +
                       relNs +
                       "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship "
                       "Id=\"rId2\" Type=\"" +
                       relNs +
                       "/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship "
                       "Id=\"rId3\" Type=\"" +
                       relNs + "/styles\" Target=\"styles.xml\"/></Relationships>"},
               veldboek::test::ZipPart{
                   QStringLiteral("xl/styles.xml"),
                   head + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                          "2006/main\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf "
                          "numFmtId=\"14\"/></cellXfs></styleSheet>"},
               veldboek::test::ZipPart{
                   QStringLiteral("xl/sharedStrings.xml"),
                   head +
                       "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                       "main\">" +
                       strings + "</sst>"},
               veldboek::test::ZipPart{QStringLiteral("xl/worksheets/sheet1.xml"), sheet}});
}

// Reads the workbook `repeat` times; prints and returns the best time in ms, -1 on failure.
qint64 timeRead(const char *label, const QString &path, int rows, int repeat)
{
    qint64 best = -1;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        XlsxError error;
        const auto sheet = XlsxReader::readSheet(path, QString(), QStringLiteral("en"), &error);
        const CsvDocument document = sheet ? XlsxReader::toDocument(*sheet) : CsvDocument();
        const qint64 elapsed = timer.elapsed();
        if (!sheet || document.records.size() != rows) {
            std::fprintf(stderr, "%s: reading failed: %s\n", label, qPrintable(error.message));
            return -1;
        }
        best = best < 0 ? elapsed : std::min(best, elapsed);
    }
    std::printf("%-44s %8lld ms  (%d rows x %d columns, %.1f MB file, best of %d)\n", label, best,
                rows, columns, double(QFileInfo(path).size()) / (1024 * 1024), repeat);
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rows = 100000;
    int repeat = 3;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == u"--rows")
            rows = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == u"--repeat")
            repeat = arguments.at(i + 1).toInt();
    }
    if (rows < 1 || repeat < 1) {
        std::fprintf(stderr, "usage: xlsx_benchmark [--rows N] [--repeat N]\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString excelPath = dir.filePath(QStringLiteral("excel.xlsx"));
    const QString writtenPath = dir.filePath(QStringLiteral("written.xlsx"));

    if (!writeExcelLike(excelPath, rows)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(excelPath));
        return 1;
    }
    const QList<XlsxSheet> sheets = registerSheet(rows);
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!XlsxWriter::write(writtenPath, sheets, &error)) {
        std::fprintf(stderr, "XlsxWriter: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%-44s %8lld ms  (%d rows x %d columns)\n", "XlsxWriter::write", timer.elapsed(),
                rows, columns);

    const qint64 excel =
        timeRead("XlsxReader: Excel-like (shared strings, dates)", excelPath, rows, repeat);
    const qint64 written =
        timeRead("XlsxReader: as XlsxWriter writes (inline)", writtenPath, rows, repeat);
    return excel < 0 || written < 0 ? 1 : 0;
}
