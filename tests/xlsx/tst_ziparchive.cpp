// The zip reader under the XLSX importer (core/exchange/ZipArchive.h), on archives written by
// hand (tests/support/TestZip.h) and then damaged byte by byte. Workbooks as Excel, LibreOffice
// and QuaZip write them are read through it by tst_xlsxreader and tst_xlsxformats.
#include "TestSupport.h"
#include "TestZip.h"
#include "exchange/ReaderLimits.h"
#include "exchange/ZipArchive.h"

#include <QTemporaryDir>
#include <QTest>

using namespace veldboek;

namespace {

// The whole entry, or a null array when the reader reports it damaged.
QByteArray readAll(zip::Archive &archive, const QString &name)
{
    const zip::Entry *entry = archive.find(name);
    auto reader = entry ? archive.read(*entry) : nullptr;
    if (!reader)
        return QByteArray();
    QByteArray all;
    char buffer[1000];
    for (;;) {
        const qint64 read = reader->read(buffer, sizeof buffer);
        if (read < 0)
            return QByteArray();
        if (read == 0)
            return reader->damaged() ? QByteArray() : all;
        all.append(buffer, read);
    }
}

QByteArray text(int size)
{
    QByteArray bytes;
    for (int i = 0; bytes.size() < size; ++i)
        bytes +=
            "<c r=\"A" + QByteArray::number(i) + "\"><v>" + QByteArray::number(i * 7) + "</v></c>";
    bytes.resize(size);
    return bytes;
}

const QList<test::ZipPart> parts = {
    {QStringLiteral("[Content_Types].xml"), "<Types/>"},
    {QStringLiteral("xl/Workbook.xml"), text(200'000)},
    {QStringLiteral("xl/empty.xml"), QByteArray()},
};

} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatWasWritten_data()
    {
        QTest::addColumn<bool>("zip64");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("plain") << false << QByteArray();
        QTest::newRow("zip64 records") << true << QByteArray();
        QTest::newRow("bytes before the archive") << false << QByteArray(5000, 'x');
    }
    void readsWhatWasWritten()
    {
        QFETCH(bool, zip64);
        QFETCH(QByteArray, prefix);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.zip"));
        QVERIFY(test::writeZip(path, parts, test::ZipOptions{prefix, zip64}));
        zip::Archive archive(path);
        QVERIFY(archive.open());
        QCOMPARE(archive.entryCount(), 3);
        // Part names compare case-insensitively, as OOXML's do.
        QCOMPARE(readAll(archive, QStringLiteral("xl/workbook.XML")), parts.at(1).bytes);
        QCOMPARE(readAll(archive, QStringLiteral("[content_types].xml")), parts.at(0).bytes);
        const zip::Entry *empty = archive.find(QStringLiteral("xl/empty.xml"));
        QVERIFY(empty);
        QCOMPARE(empty->uncompressedSize, 0u);
        auto reader = archive.read(*empty);
        QVERIFY(reader);
        char byte;
        QCOMPARE(reader->read(&byte, 1), 0);
        QVERIFY(!reader->damaged());
        QVERIFY(!archive.find(QStringLiteral("xl/missing.xml")));
    }

    // Every damage of the bytes of an entry or of the records around it is an error, never data
    // that was not there, a crash or a hang.
    void damageIsAnError_data()
    {
        QTest::addColumn<int>("what");
        QTest::newRow("deflate stream cut off") << 0;
        QTest::newRow("CRC-32 changed") << 1;
        QTest::newRow("declared size smaller") << 2;
        QTest::newRow("declared size larger") << 3;
        QTest::newRow("deflate data flipped") << 4;
        QTest::newRow("local header gone") << 5;
    }
    void damageIsAnError()
    {
        QFETCH(int, what);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.zip"));
        QVERIFY(test::writeZip(path, {parts.at(1)}));
        QByteArray bytes = test::readBytes(path);
        const qsizetype directory = bytes.indexOf(QByteArray("PK\x01\x02", 4));
        QVERIFY(directory > 0);
        const qsizetype data = 30 + parts.at(1).name.size();
        switch (what) {
        case 0: // the deflate stream ends after the bytes the directory gives it
            bytes[directory + 21] = char(bytes.at(directory + 21) - 2);
            break;
        case 1:
            bytes[directory + 16] = char(bytes.at(directory + 16) ^ 1);
            break;
        case 2:
            bytes[directory + 25] = char(bytes.at(directory + 25) - 1);
            break;
        case 3:
            bytes[directory + 25] = char(bytes.at(directory + 25) + 1);
            break;
        case 4:
            for (qsizetype i = data + 500; i < data + 520; ++i)
                bytes[i] = char(bytes.at(i) ^ 0x5A);
            break;
        case 5:
            bytes[0] = 'X';
            break;
        }
        test::writeBytes(path, bytes);
        zip::Archive archive(path);
        QVERIFY(archive.open());
        QVERIFY(readAll(archive, parts.at(1).name).isNull());
    }

    void notAZip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("naam;woonplaats\nA;B\n");
        QTest::newRow("end record only, directory beyond the file")
            << QByteArray("PK\x05\x06\0\0\0\0\x01\0\x01\0\xff\0\0\0\x10\0\0\0\0\0", 22);
        QTest::newRow("comment length past the end")
            << QByteArray("PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\xff\xff", 22);
        QTest::newRow("split archive")
            << QByteArray("PK\x05\x06\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 22);
    }
    void notAZip()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.zip"));
        test::writeBytes(path, bytes);
        zip::Archive archive(path);
        QVERIFY(!archive.open());
        QVERIFY(!archive.tooManyEntries());
    }

    // The count in the end record is refused before a directory entry is read.
    void tooManyEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.zip"));
        QByteArray end("PK\x05\x06\0\0\0\0", 8);
        const int count = limits::zipMaxEntries + 1;
        end.append(char(count & 0xFF)).append(char(count >> 8));
        end.append(char(count & 0xFF)).append(char(count >> 8));
        end.append(QByteArray(10, '\0'));
        test::writeBytes(path, end);
        zip::Archive archive(path);
        QVERIFY(!archive.open());
        QVERIFY(archive.tooManyEntries());
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
