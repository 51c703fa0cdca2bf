#include "submission/SubmissionPackage.h"
#include "validation/SpecLoader.h"

#include <QJsonDocument>
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
        const std::optional<ParsedPackage> parsed =
            SubmissionPackage::parse(type, package, QStringLiteral("en"), &problems);
        QVERIFY2(parsed, problems.isEmpty() ? "" : qPrintable(problems.first().message));
        QCOMPARE(parsed->files.size(), 2);
        QCOMPARE(parsed->files.at(0).csv, gasCsv());
        QCOMPARE(parsed->files.at(0).entry.rows, 2);
        QCOMPARE(parsed->files.at(1).entry.rows, 1);
        QCOMPARE(parsed->manifest.note, manifest().note);
        QCOMPARE(parsed->contentHash, SubmissionPackage::contentHash(package));
        QCOMPARE(parsed->contentHash.size(), 64);

        SpecError specError;
        const std::optional<Spec> spec = SpecLoader::builtin(QStringLiteral("sor"), &specError);
        QVERIFY(spec);
        const auto tables =
            SubmissionPackage::tables(*parsed, *spec, QStringLiteral("en"), &problems);
        QVERIFY(tables);
        QCOMPARE(tables->size(), 2);
        QCOMPARE(tables->at(0).dataset, QStringLiteral("gas"));
        QCOMPARE(tables->at(0).rows.size(), 2);
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
        QVERIFY(!SubmissionPackage::parse(type, wrong, QStringLiteral("en"), &problems));
        QVERIFY(!problems.isEmpty());
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
        QVERIFY(!SubmissionPackage::parse(type, package, QStringLiteral("nl"), &problems));
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
        QCOMPARE(SubmissionPackage::gunzip(zipped, 2000000).value_or(QByteArray()), text);
        QVERIFY(!SubmissionPackage::gunzip(zipped, 999999));
        QVERIFY(!SubmissionPackage::gunzip(zipped.left(zipped.size() - 10), 2000000));
        QVERIFY(!SubmissionPackage::gunzip("not gzip", 100));
    }
};

QTEST_GUILESS_MAIN(TestSubmissionPackage)
#include "tst_submissionpackage.moc"
