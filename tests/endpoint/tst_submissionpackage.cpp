#include "SubmissionCheck.h"
#include "exchange/CsvReader.h"
#include "submission/PackageReader.h"
#include "submission/SubmissionPackage.h"
#include "validation/SpecLoader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace veldboek;

class TestSubmissionPackage : public QObject
{
    Q_OBJECT

    static SubmissionManifest manifest()
    {
        SubmissionManifest m;
        m.clientVersion = QStringLiteral("0.1.0");
        m.note = QStringLiteral("Toelichting: één correctie");
        m.datasets.append({QStringLiteral("sor"),
                           QStringLiteral("2023.1"),
                           QStringLiteral("gas"),
                           QStringLiteral("rap-gas"),
                           QStringLiteral("gas.csv"),
                           0,
                           {}});
        m.datasets.append({QStringLiteral("sor"),
                           QStringLiteral("2023.1"),
                           QStringLiteral("problem"),
                           QStringLiteral("rap-probleem"),
                           QStringLiteral("problem.csv"),
                           0,
                           {}});
        return m;
    }
    static QByteArray gasCsv()
    {
        return "BSN;Beschikkingsnummer;Toewijzingsnummer;Type;Waarde\r\n"
               "123456782;B1;;D1O;2\r\n"
               "123456782;B1;;D1C;1\r\n";
    }
    static QByteArray problemCsv()
    {
        return "BSN;Beschikkingsnummer;Toewijzingsnummer;Type;Waarde;Datum\r\n"
               "123456782;B1;;PB;1;01-03-2023\r\n";
    }

private Q_SLOTS:
    void roundTrip()
    {
        QByteArray type;
        const QByteArray package =
            SubmissionPackage::build(manifest(), {gasCsv(), problemCsv()}, &type);
        QVERIFY(type.startsWith("multipart/mixed; boundary=veldboek-"));
        QList<PackageProblem> problems;
        PackageReader reader(type, QStringLiteral("en"));
        SubmissionCheck check(QStringLiteral("en"));
        check.collect(reader);
        QVERIFY(reader.write(package.constData(), package.size()));
        const std::optional<ReadPackage> parsed = reader.finish(&problems);
        QVERIFY2(parsed, problems.isEmpty() ? "" : qPrintable(problems.first().message));
        QCOMPARE(parsed->files.size(), 2);
        QCOMPARE(parsed->files.at(0).header.first(), QStringLiteral("BSN"));
        QCOMPARE(parsed->files.at(0).rows, 2);
        QCOMPARE(parsed->files.at(1).rows, 1);
        QCOMPARE(parsed->manifest.note, manifest().note);
        QCOMPARE(parsed->contentHash, SubmissionPackage::contentHash(package));
        QCOMPARE(parsed->contentHash.size(), 64);

        // The check ran while the package was read: the blocks are gone, the report remains.
        QVERIFY(check.finishRead(*parsed, &problems));
        QVERIFY(!check.needsAnotherRead());
        const CheckOutcome outcome = check.outcome();
        const QJsonArray reports = outcome.report.value(QStringLiteral("reports")).toArray();
        QCOMPARE(reports.size(), 1);
        const QJsonArray datasets =
            reports.first().toObject().value(QStringLiteral("datasets")).toArray();
        QCOMPARE(datasets.size(), 2);
        QCOMPARE(datasets.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("gas"));
        QCOMPARE(datasets.at(0)
                     .toObject()
                     .value(QStringLiteral("rows"))
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toInt(),
                 2);
        QCOMPARE(datasets.at(1)
                     .toObject()
                     .value(QStringLiteral("rows"))
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toInt(),
                 1);
        QCOMPARE(outcome.tally.value(QStringLiteral("gasGoals")).toInt(), 1);
    }

    // The reader keeps nothing but a record in hand, so how the bytes are cut must not matter:
    // one byte at a time, random pieces and the whole gives the same package and the same rows.
    void piecesOfAnySize()
    {
        QByteArray type;
        const QByteArray package =
            SubmissionPackage::build(manifest(), {gasCsv(), problemCsv()}, &type);
        QRandomGenerator random(7);
        for (int cut : {1, 2, 3, 7, 0}) {
            PackageReader reader(type, QStringLiteral("en"));
            QList<QStringList> rows;
            reader.setRecordSink([&rows](int, int, QStringList &&fields) {
                rows.append(fields);
                return true;
            });
            for (qsizetype at = 0; at < package.size();) {
                const qsizetype size = cut ? cut : 1 + random.bounded(200);
                reader.write(package.constData() + at, qMin(size, package.size() - at));
                at += size;
            }
            QList<PackageProblem> problems;
            const std::optional<ReadPackage> read = reader.finish(&problems);
            QVERIFY2(read, qPrintable(QString::number(cut)));
            QCOMPARE(rows.size(), 3);
            QCOMPARE(rows.at(2), QStringList({QStringLiteral("123456782"), QStringLiteral("B1"),
                                              QString(), QStringLiteral("PB"), QStringLiteral("1"),
                                              QStringLiteral("01-03-2023")}));
            QCOMPARE(read->contentHash, SubmissionPackage::contentHash(package));
        }
    }

    // The package's CSV is split as CsvReader splits a file: the same records, fields and counts.
    void splitsAsCsvReader_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("plain") << QByteArray("a;b\r\n1;2\r\n3;4\r\n");
        QTest::newRow("no final line end") << QByteArray("a;b\n1;2\n3;4");
        QTest::newRow("quotes") << QByteArray("a;b\r\n\"x;y\";\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("line break in quotes") << QByteArray("a;b\r\n\"one\r\ntwo\";2\r\n3;4\r\n");
        QTest::newRow("empty lines and separators only")
            << QByteArray("\r\na;b\r\n;\r\n1;2\r\n\r\n \t;\r\n3;4\r\n");
        QTest::newRow("bom and commas") << QByteArray("\xEF\xBB\xBF"
                                                      "a,b,c\n1,2,3\n");
        QTest::newRow("spaces before a quote") << QByteArray("a;b\n  \"q;r\" ;x\n");
        QTest::newRow("lone carriage returns") << QByteArray("a;b\r1;2\r3;4\r");
        QTest::newRow("ragged") << QByteArray("a;b;c\n1;2\n1;2;3;4\n");
        QTest::newRow("long values, quoted separators")
            << "naam;toelichting\n" + QByteArray(3000, 'x') + ";\"" + QByteArray(2000, 'y') +
                   ";\r\n" + QByteArray(2000, 'z') + "\"\"q\"\n";
    }

    void splitsAsCsvReader()
    {
        QFETCH(QByteArray, csv);
        CsvError error;
        const std::optional<CsvDocument> expected =
            CsvReader::read(csv, QStringLiteral("en"), &error);
        QVERIFY(expected);
        SubmissionManifest m = manifest();
        m.datasets.removeLast();
        QByteArray type;
        const QByteArray package = SubmissionPackage::build(m, {csv}, &type);
        // A byte at a time (the scanner's byte-wise path) and whole (its runs within a field).
        for (const bool byByte : {true, false}) {
            PackageReader reader(type, QStringLiteral("en"));
            QList<std::pair<int, QStringList>> records;
            reader.setRecordSink([&records](int, int line, QStringList &&fields) {
                records.append({line, fields});
                return true;
            });
            if (byByte) {
                for (const char c : package)
                    reader.write(&c, 1);
            } else {
                reader.write(package.constData(), package.size());
            }
            QList<PackageProblem> problems;
            const std::optional<ReadPackage> read = reader.finish(&problems);
            QVERIFY2(read, problems.isEmpty() ? "" : qPrintable(problems.first().message));
            const ReadFile &file = read->files.first();
            QCOMPARE(file.header, expected->header);
            QCOMPARE(file.headerLine, expected->headerLine);
            QCOMPARE(file.lines, expected->lines);
            QCOMPARE(file.emptyLines, expected->emptyLines);
            QCOMPARE(records.size(), expected->records.size());
            for (qsizetype i = 0; i < records.size(); ++i) {
                QCOMPARE(records.at(i).first, expected->records.at(i).line);
                QCOMPARE(records.at(i).second, expected->records.at(i).fields);
            }
        }
    }

    // Damaged packages of every kind (bytes flipped, inserted, removed, cut off), read in pieces
    // of random size: the reader never crashes, and either reads a package or says why not.
    void damagedPackagesNeverCrash()
    {
        QByteArray type;
        const QByteArray good =
            SubmissionPackage::build(manifest(), {gasCsv(), problemCsv()}, &type);
        QRandomGenerator random(12);
        // sizeof, not a count by hand: the literal holds a NUL (ASan found a count of 16 reading
        // past its 14 bytes).
        static const char bytesToUse[] = "\r\n\";,-\x00\xff\xEF\xBB\xBF"
                                         "ab";
        const QByteArray alphabet(bytesToUse, sizeof(bytesToUse) - 1);
        int read = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes = good;
            const int edits = 1 + random.bounded(4);
            for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
                const qsizetype at = random.bounded(bytes.size());
                switch (random.bounded(4)) {
                case 0:
                    bytes[at] = alphabet.at(random.bounded(alphabet.size()));
                    break;
                case 1:
                    bytes.insert(at, alphabet.at(random.bounded(alphabet.size())));
                    break;
                case 2:
                    bytes.remove(at, 1 + random.bounded(8));
                    break;
                default:
                    bytes.truncate(at);
                }
            }
            PackageReader reader(type, QStringLiteral("en"));
            int records = 0;
            reader.setRecordSink([&records](int, int, QStringList &&) {
                ++records;
                return true;
            });
            for (qsizetype at = 0; at < bytes.size();) {
                const qsizetype size = 1 + random.bounded(64);
                if (!reader.write(bytes.constData() + at, qMin(size, bytes.size() - at)))
                    break;
                at += size;
            }
            QList<PackageProblem> problems;
            const std::optional<ReadPackage> package = reader.finish(&problems);
            QVERIFY(package.has_value() != !problems.isEmpty());
            if (package) {
                ++read;
                QCOMPARE(package->contentHash, SubmissionPackage::contentHash(bytes));
                QCOMPARE(records, package->files.at(0).rows + package->files.at(1).rows);
            }
        }
        // Some damage leaves a package that still holds together (a byte after the end, say).
        QVERIFY(read < 3000);
    }

    // Each limit stops the reader at once and is named in the problem.
    void limits_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("named");
        QTest::addColumn<int>("line");
        QTest::newRow("field length") << "a;b\n1;2\n" + QByteArray(5000, 'x') + ";1\n"
                                      << QStringLiteral("4096 bytes") << 3;
        QTest::newRow("quoted field length") << "a;b\n\"" + QByteArray(5000, 'x') + "\";1\n"
                                             << QStringLiteral("4096 bytes") << 2;
        QTest::newRow("field length, exactly") << "a;b\n" + QByteArray(4096, 'x') + "x;1\n"
                                               << QStringLiteral("4096 bytes") << 2;
        QByteArray wide = "a;b\n";
        for (int i = 0; i < 100; ++i)
            wide += "1;";
        QTest::newRow("fields per row") << wide + "\n" << QStringLiteral("50 fields") << 2;
        QByteArray rows = "a;b\n";
        for (int i = 0; i < 30; ++i)
            rows += "1;2\n";
        QTest::newRow("rows") << rows << QStringLiteral("20 rows") << 22;
        QTest::newRow("record length")
            << "a;b\n" + QByteArray(3000, 'x') + ";" + QByteArray(3000, 'y') + "\n"
            << QStringLiteral("5000 bytes") << 2;
    }

    void limits()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, named);
        QFETCH(int, line);
        PackageLimits limits;
        limits.maxFieldBytes = 4096;
        limits.maxFieldsPerRow = 50;
        limits.maxRowsPerFile = 20;
        limits.maxRecordBytes = 5000;
        SubmissionManifest m = manifest();
        m.datasets.removeLast();
        QByteArray type;
        const QByteArray package = SubmissionPackage::build(m, {csv}, &type);
        QList<PackageProblem> problems;
        QVERIFY(!PackageReader::read(type, package, QStringLiteral("en"), &problems, limits));
        QCOMPARE(problems.first().code, QStringLiteral("limit"));
        QVERIFY2(problems.first().message.contains(named), qPrintable(problems.first().message));
        QCOMPARE(problems.first().line, line);
    }

    // A million one-character fields in one line is refused after the first few hundred.
    void manySmallFieldsStopEarly()
    {
        QByteArray line = "a;b\n";
        line += QByteArray(2000000, ';');
        SubmissionManifest m = manifest();
        m.datasets.removeLast();
        QByteArray type;
        const QByteArray package = SubmissionPackage::build(m, {line}, &type);
        PackageReader reader(type, QStringLiteral("en"));
        qsizetype fed = 0;
        while (fed < package.size() && reader.write(package.constData() + fed, 4096))
            fed += 4096;
        QVERIFY(fed < 8192); // stopped within the piece that passed the limit
        QList<PackageProblem> problems;
        QVERIFY(!reader.finish(&problems));
        QCOMPARE(problems.first().code, QStringLiteral("limit"));
    }

    // The package's hashes (core/submission/Sha256): FIPS 180-2's test vectors, and over a
    // large buffer the same as Qt's own SHA-256, whole or fed in pieces of any size.
    void sha256()
    {
        QCOMPARE(
            Sha256::hex("abc"),
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(
            Sha256::hex(""),
            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QByteArray bytes(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator random(11);
        for (char &c : bytes)
            c = char(random.bounded(256));
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(Sha256::hex(bytes), expected);
        Sha256 pieces;
        for (qsizetype at = 0; at < bytes.size();) {
            const qsizetype size = qMin<qsizetype>(1 + random.bounded(100000), bytes.size() - at);
            pieces.addData(QByteArrayView(bytes.constData() + at, size));
            at += size;
        }
        QCOMPARE(pieces.hexResult(), expected);
        // After a result the hash starts again.
        pieces.addData("abc");
        QCOMPARE(pieces.hexResult(), Sha256::hex("abc"));
    }

    void deterministic()
    {
        QByteArray a;
        QByteArray b;
        QCOMPARE(SubmissionPackage::build(manifest(), {gasCsv(), problemCsv()}, &a),
                 SubmissionPackage::build(manifest(), {gasCsv(), problemCsv()}, &b));
        QCOMPARE(a, b);
        QByteArray c;
        QVERIFY(SubmissionPackage::build(
                    manifest(), {gasCsv() + "123456782;B2;;D2O;0\r\n", problemCsv()}, &c) !=
                SubmissionPackage::build(manifest(), {gasCsv(), problemCsv()}, &a));
    }

    // A caller that wrote the files passes their record counts; the package is the same as when
    // they are counted, and a wrong count is refused by the parser (the endpoint's check).
    void givenRowCounts()
    {
        QByteArray counted;
        QByteArray given;
        const QList<QByteArray> files{gasCsv(), problemCsv()};
        const QList<int> counts{SubmissionPackage::countRows(files.at(0)),
                                SubmissionPackage::countRows(files.at(1))};
        QCOMPARE(SubmissionPackage::build(manifest(), files, &given, counts),
                 SubmissionPackage::build(manifest(), files, &counted));
        QCOMPARE(given, counted);

        QByteArray type;
        const QByteArray wrong =
            SubmissionPackage::build(manifest(), files, &type, {counts.at(0) + 1, counts.at(1)});
        QList<PackageProblem> problems;
        QVERIFY(!PackageReader::read(type, wrong, QStringLiteral("en"), &problems));
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().code, QStringLiteral("row-count"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("package");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("code");
        QByteArray type;
        const QByteArray good =
            SubmissionPackage::build(manifest(), {gasCsv(), problemCsv()}, &type);
        QByteArray tampered = good;
        tampered.replace("D1C;1", "D1C;2");
        QTest::newRow("sha256") << tampered << type << QStringLiteral("sha256");
        QByteArray renamed = good;
        renamed.replace("filename=\"problem.csv\"", "filename=\"other.csv\"");
        QTest::newRow("missing file") << renamed << type << QStringLiteral("missing-file");
        QTest::newRow("no boundary")
            << good << QByteArray("multipart/mixed") << QStringLiteral("package-format");
        QByteArray cut = good.left(good.size() / 2);
        QTest::newRow("cut off") << cut << type << QStringLiteral("package-format");
        SubmissionManifest bad = manifest();
        bad.datasets[0].file = QStringLiteral("../etc/passwd");
        QTest::newRow("path as file name")
            << SubmissionPackage::build(bad, {gasCsv(), problemCsv()}, &type) << type
            << QStringLiteral("manifest");
        SubmissionManifest twice = manifest();
        twice.datasets[1].dataset = QStringLiteral("gas");
        QTest::newRow("dataset twice")
            << SubmissionPackage::build(twice, {gasCsv(), gasCsv()}, &type) << type
            << QStringLiteral("duplicate-dataset");
    }

    void refusals()
    {
        QFETCH(QByteArray, package);
        QFETCH(QByteArray, type);
        QFETCH(QString, code);
        QList<PackageProblem> problems;
        QVERIFY(!PackageReader::read(type, package, QStringLiteral("nl"), &problems));
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().code, code);
        QVERIFY(!problems.first().message.isEmpty());
    }

    void gzipRoundTripAndBombLimit()
    {
        const QByteArray text = QByteArray(1000000, 'a');
        const QByteArray zipped = SubmissionPackage::gzip(text);
        QVERIFY(zipped.startsWith("\x1f\x8b"));
        QVERIFY(zipped.size() < 10000);
        const auto inflate = [&](const QByteArray &bytes, qint64 limit, bool *ok) {
            QByteArray out;
            GzipInflater inflater(limit, [&out](const char *data, qsizetype size) {
                out.append(data, size);
                return true;
            });
            // In pieces, as an upload arrives.
            bool written = true;
            for (qsizetype at = 0; at < bytes.size() && written; at += 1000)
                written = inflater.write(bytes.constData() + at,
                                         qMin<qsizetype>(1000, bytes.size() - at));
            *ok = written && inflater.finish();
            return out;
        };
        bool ok = false;
        QCOMPARE(inflate(zipped, 2000000, &ok), text);
        QVERIFY(ok);
        QVERIFY(inflate(zipped, 999999, &ok).size() <= 999999 + 16 * 1024);
        QVERIFY(!ok);
        inflate(zipped.left(zipped.size() - 10), 2000000, &ok);
        QVERIFY(!ok);
        inflate("not gzip", 100, &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestSubmissionPackage)
#include "tst_submissionpackage.moc"
