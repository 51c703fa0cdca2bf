// The XLSX writer: what it writes reads back identically (Dutch diacritics, leading zeros,
// values Excel would otherwise turn into numbers, dates or formulas), every cell is text, the
// header is bold, the columns have widths, and a failure leaves no file behind.
#include "TestSupport.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxWriter.h"
#include "exchange/ZipArchive.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QXmlStreamReader>
#include <atomic>
#include <thread>

using namespace veldboek;

namespace {

QStringList list(std::initializer_list<const char *> values)
{
    QStringList result;
    for (const char *value : values)
        result.append(QString::fromUtf8(value));
    return result;
}

QByteArray zipEntry(const QString &zipPath, const QString &entry)
{
    // Read with the importer's own zip reader: QuaZip exports the minizip names libxlsxwriter
    // calls, so it cannot share a process with the writer (core/exchange/XlsxWriter.cpp).
    zip::Archive archive(zipPath);
    const zip::Entry *found = archive.open() ? archive.find(entry) : nullptr;
    auto reader = found ? archive.read(*found) : nullptr;
    if (!reader)
        return QByteArray();
    QByteArray bytes(qsizetype(found->uncompressedSize), Qt::Uninitialized);
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 read = reader->read(bytes.data() + done, bytes.size() - done);
        if (read <= 0)
            return QByteArray();
        done += read;
    }
    return reader->read(bytes.data(), 0) == 0 && !reader->damaged() ? bytes : QByteArray();
}

QList<XlsxSheet> registerSheets()
{
    XlsxSheet participants{QStringLiteral("Deelnemers"),
                           {list({"respondentnummer", "bsn", "naam", "woonplaats", "opmerking"}),
                            list({"012345678", "123456782", "Zoë Müller-Ĳzerman", "Ĳsselstein",
                                  "coördinator, één € per maand"}),
                            list({"000000001", "1.23E+08", "Renée Çelik", "'s-Hertogenbosch",
                                  "regel één\nregel twee"}),
                            list({"00", "=1+1", "TRUE", "44927", "01-02-2024"}),
                            list({"", "", "alleen midden", "", "  spaties  "}),
                            list({"-0", "1e5", "0x1F", "_x0041_", "tab\there"})}};
    XlsxSheet outcomes{QStringLiteral("Uitkomsten"),
                       {list({"respondentnummer", "datum", "uitkomst"}),
                        list({"012345678", "31-12-2024", "werk gevonden"})}};
    return {participants, outcomes};
}

} // namespace

class TestXlsxWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void everyCellIsTextAndHeaderBold();
    void columnWidthsFollowTheContent();
    void refusesWhatExcelCannotOpen_data();
    void refusesWhatExcelCannotOpen();
    void failureKeepsTheExistingFile();
    void unwritableFolder();
    void noPlaintextInTheSharedTemporaryDirectory();
};

void TestXlsxWriter::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export één.xlsx"));
    QString error;
    const QList<XlsxSheet> sheets = registerSheets();
    QVERIFY2(XlsxWriter::write(path, sheets, &error), qPrintable(error));

    XlsxError readError;
    const auto names = XlsxReader::sheetNames(path, QStringLiteral("nl"), &readError);
    QVERIFY2(names, qPrintable(readError.message));
    QCOMPARE(*names, list({"Deelnemers", "Uitkomsten"}));
    for (const XlsxSheet &written : sheets) {
        const auto read =
            XlsxReader::readSheet(path, written.name, QStringLiteral("nl"), &readError);
        QVERIFY2(read, qPrintable(readError.message));
        QCOMPARE(read->name, written.name);
        QCOMPARE(read->rows, written.rows);
    }
    // Nothing else is left in the folder: no temporary file.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("export één.xlsx")});
}

void TestXlsxWriter::everyCellIsTextAndHeaderBold()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tekst.xlsx"));
    QString error;
    QVERIFY2(XlsxWriter::write(path, registerSheets(), &error), qPrintable(error));

    // Which cell formats are bold and which carry the text number format (49, "@").
    QList<bool> bold;
    QList<bool> text;
    {
        QXmlStreamReader xml(zipEntry(path, QStringLiteral("xl/styles.xml")));
        QList<bool> fontBold;
        bool inFont = false, inCellXfs = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                if (xml.name() == u"font")
                    inFont = false;
                if (xml.name() == u"cellXfs")
                    inCellXfs = false;
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"font" && !inCellXfs) {
                inFont = true;
                fontBold.append(false);
            } else if (xml.name() == u"b" && inFont) {
                fontBold.last() = true;
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (xml.name() == u"xf" && inCellXfs) {
                const int font = xml.attributes().value(QLatin1String("fontId")).toInt();
                bold.append(font < fontBold.size() && fontBold.at(font));
                text.append(xml.attributes().value(QLatin1String("numFmtId")) == u"49");
            }
        }
        QVERIFY(!xml.hasError());
    }

    QXmlStreamReader xml(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    int cells = 0;
    int row = 0;
    bool frozen = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"pane")
            frozen = xml.attributes().value(QLatin1String("state")) == u"frozen" &&
                     xml.attributes().value(QLatin1String("ySplit")) == u"1";
        if (xml.name() == u"row")
            row = xml.attributes().value(QLatin1String("r")).toInt();
        if (xml.name() != u"c")
            continue;
        ++cells;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString reference = attributes.value(QLatin1String("r")).toString();
        const QStringView type = attributes.value(QLatin1String("t"));
        QVERIFY2(type == u"inlineStr" || type == u"s", qPrintable(reference));
        const int style = attributes.value(QLatin1String("s")).toInt();
        QVERIFY(style < bold.size());
        QVERIFY2(text.at(style), qPrintable(reference));
        QCOMPARE(bold.at(style), row == 1);
    }
    QVERIFY(!xml.hasError());
    QCOMPARE(cells, 5 + 5 + 5 + 5 + 2 + 5); // empty cells are not written
    QVERIFY(frozen);
}

void TestXlsxWriter::columnWidthsFollowTheContent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("breed.xlsx"));
    const XlsxSheet sheet{
        QStringLiteral("Blad1"),
        {list({"a", "omschrijving", "c"}),
         list({"1", QByteArray(200, 'x').constData(), "kort\nveel langere regel"})}};
    QString error;
    QVERIFY2(XlsxWriter::write(path, {sheet}, &error), qPrintable(error));
    QXmlStreamReader xml(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    QList<double> widths;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"col")
            widths.append(xml.attributes().value(QLatin1String("width")).toDouble());
    }
    QCOMPARE(widths.size(), 3);
    QVERIFY2(widths.at(0) >= 8 && widths.at(0) < 10, qPrintable(QString::number(widths.at(0))));
    // 200 characters are capped: one remark must not push the other columns off screen.
    QVERIFY2(widths.at(1) > 50 && widths.at(1) < 70, qPrintable(QString::number(widths.at(1))));
    // The longest line of a multi-line cell counts, not the whole text.
    QVERIFY2(widths.at(2) > 20 && widths.at(2) < 30, qPrintable(QString::number(widths.at(2))));
}

void TestXlsxWriter::refusesWhatExcelCannotOpen_data()
{
    QTest::addColumn<QList<XlsxSheet>>("sheets");
    QTest::addColumn<QString>("expected");
    const QList<QStringList> rows{list({"a"})};
    QTest::newRow("no sheets") << QList<XlsxSheet>() << QStringLiteral("at least one sheet");
    QTest::newRow("slash in name")
        << QList<XlsxSheet>{{QStringLiteral("2024/2025"), rows}} << QStringLiteral("contains /");
    QTest::newRow("name too long")
        << QList<XlsxSheet>{{QString(32, u'a'), rows}} << QStringLiteral("longer than the 31");
    QTest::newRow("apostrophe") << QList<XlsxSheet>{{QStringLiteral("'Blad'"), rows}}
                                << QStringLiteral("apostrophe");
    QTest::newRow("same name twice, other case")
        << QList<XlsxSheet>{{QStringLiteral("Blad"), rows}, {QStringLiteral("BLAD"), rows}}
        << QStringLiteral("occurs twice");
    QTest::newRow("cell over 32,767 characters")
        << QList<XlsxSheet>{{QStringLiteral("Blad"),
                             {list({"a"}), list({"b"}), QStringList{QString(32768, u'x')}}}}
        << QStringLiteral("Row 3 of the sheet \u201CBlad\u201D has a cell longer");
    QTest::newRow("too many columns")
        << QList<XlsxSheet>{{QStringLiteral("Blad"), {QStringList(16385, QStringLiteral("x"))}}}
        << QStringLiteral("16,384");
}

void TestXlsxWriter::refusesWhatExcelCannotOpen()
{
    QFETCH(QList<XlsxSheet>, sheets);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fout.xlsx"));
    QString error;
    QVERIFY(!XlsxWriter::write(path, sheets, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestXlsxWriter::failureKeepsTheExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bestaand.xlsx"));
    test::writeBytes(path, "eerdere export");
    QString error;
    QVERIFY(!XlsxWriter::write(path, {{QStringLiteral("a:b"), {list({"x"})}}}, &error));
    QCOMPARE(test::readBytes(path), QByteArray("eerdere export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("bestaand.xlsx")});

    // A successful write replaces it.
    QVERIFY2(XlsxWriter::write(path, {{QStringLiteral("Blad1"), {list({"x"})}}}, &error),
             qPrintable(error));
    XlsxError readError;
    const auto read = XlsxReader::readSheet(path, QString(), QStringLiteral("nl"), &readError);
    QVERIFY2(read, qPrintable(readError.message));
    QCOMPARE(read->rows, QList<QStringList>{list({"x"})});
}

void TestXlsxWriter::unwritableFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bestaat-niet/export.xlsx"));
    QString error;
    QVERIFY(!XlsxWriter::write(path, registerSheets(), &error));
    QVERIFY2(error.contains(QStringLiteral("Cannot write in the folder")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

// Issue 13: libxlsxwriter writes every row to scratch files before it zips them (unnamed files
// from tmpfile(), in the shared /tmp unless told otherwise). While a large workbook with a marker
// value in every row is written, this watches the process's open files: every scratch file that
// holds the marker must sit in a private 0700 directory beside the target, never in the shared
// temporary directory, and that directory is gone afterwards.
void TestXlsxWriter::noPlaintextInTheSharedTemporaryDirectory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.xlsx"));
    const QString marker = QStringLiteral("MARKER-5f1c9a");
    XlsxSheet sheet{QStringLiteral("Deelnemers"), {list({"respondentnummer", "bsn", "naam"})}};
    for (int i = 0; i < 150000; ++i)
        sheet.rows.append(
            {QStringLiteral("R-%1").arg(i), marker, QStringLiteral("Naam %1").arg(i)});
    bool ok = false;
    QString error;
    std::atomic<bool> done = false;
    std::thread writer([&] {
        ok = XlsxWriter::write(path, {sheet}, &error);
        done = true;
    });
    const QStringList shared{QDir::tempPath(), QStringLiteral("/tmp"), QStringLiteral("/var/tmp")};
    QSet<QString> seenWithMarker;
    QStringList leaks;
    const QFile::Permissions everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                        QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    while (!done) {
        for (const QFileInfo &fd :
             QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::System | QDir::Files)) {
            QString target = fd.symLinkTarget();
            if (target.isEmpty())
                target = QFile::symLinkTarget(fd.filePath());
            target.remove(QStringLiteral(" (deleted)"));
            if (!target.startsWith(QLatin1Char('/')) ||
                target.startsWith(QStringLiteral("/proc")) ||
                target.startsWith(QStringLiteral("/dev")) ||
                target.endsWith(QStringLiteral(".so")) || target.contains(QStringLiteral(".so.")))
                continue;
            QFile file(fd.filePath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            if (!file.read(1 << 20).contains(marker.toUtf8()))
                continue;
            const QFileInfo info(target);
            const QString folder = info.absolutePath();
            if (shared.contains(folder))
                leaks.append(target);
            const QFileInfo parent(folder);
            if (!parent.fileName().startsWith(QStringLiteral(".export.xlsx.tmp-"))) {
                leaks.append(target + QStringLiteral(" is not in the private scratch directory"));
                continue;
            }
            seenWithMarker.insert(target);
            // The directory it lies in: private to the user.
            if (parent.exists() && (parent.permissions() & everyone) !=
                                       (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                leaks.append(folder + QStringLiteral(" is not 0700"));
        }
        QThread::msleep(2);
    }
    writer.join();
    QVERIFY2(ok, qPrintable(error));
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    // Not vacuous: the watcher saw scratch files with rows in them, in the private directory.
    QVERIFY2(!seenWithMarker.isEmpty(), "no scratch file with the marker was seen");
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("export.xlsx")});
    // The export itself holds personal data: the user's alone.
    QCOMPARE(QFile::permissions(path) & everyone, QFile::ReadOwner | QFile::WriteOwner);
}

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
