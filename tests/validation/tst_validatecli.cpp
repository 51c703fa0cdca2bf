// `veldboek-cli validate` end to end: exit codes 0/1/2, the JSON report, the language, and every
// kind of bad input with a clear message and no crash.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace veldboek;
using veldboek::test::runCli;

class TestValidateCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void jsonReport();
    void languages();
    void compareRounds();
    void wholeRegister();
    void cleanDemoPassesEveryCheck();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

QString fixture(const char *name)
{
    return test::sourcePath(QStringLiteral("tests/fixtures/validation/") + QLatin1String(name));
}

const QString referenceDate = QStringLiteral("2023-06-01");

} // namespace

QString TestValidateCli::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    test::writeBytes(path, bytes);
    return path;
}

void TestValidateCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(test::cliPath()), qPrintable(test::cliPath()));
    write(QStringLiteral("empty.csv"), QByteArray());
    write(QStringLiteral("binary.csv"), QByteArray("BSN;Type\n\x01\x02\0\x03", 13));
    write(QStringLiteral("workbook.csv"), QByteArray("PK\x03\x04rest", 8));
    write(QStringLiteral("letter.txt"), QByteArray("Beste projectleider\nhierbij de lijst\n"));
    write(QStringLiteral("header-only.csv"),
          QByteArray("BSN;Beschikkingsnummer;Toewijzingsnummer;Type;Waarde\r\n"));
    write(QStringLiteral("ragged.csv"),
          QByteArray("BSN;Beschikkingsnummer;Toewijzingsnummer;Type;Waarde\n111222333;1;;D1O;1\n"
                     "111222333;1\n"));
    write(QStringLiteral("clean.csv"),
          QByteArray("Type;Waarde;BSN;Beschikkingsnummer;Toewijzingsnummer\nD1O;2;111222333;1;\n"));
    QByteArray huge(50 * 1024 * 1024, 'a');
    write(QStringLiteral("single-line-50mb.csv"), huge);
    huge[1000] = ';';
    write(QStringLiteral("single-line-50mb-separator.csv"), huge);
    write(QStringLiteral("broken-spec.json"), QByteArray("{\n  \"id\": \"x\",\n  \"version\": 1,\n"
                                                         "  \"title\": {\"nl\": \"x\"}\n}\n"));
}

void TestValidateCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    QTest::addColumn<QString>("stdoutContains");

    auto dir = [this](const char *name) {
        return m_dir.filePath(QString::fromLatin1(name));
    };
    auto row = [](const char *name, const QStringList &arguments, int exitCode, const char *err,
                  const char *out) {
        QTest::newRow(name) << (arguments +
                                QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                            QStringLiteral("--reference-date"), referenceDate})
                            << exitCode << QString::fromUtf8(err) << QString::fromUtf8(out);
    };
    const QString spec = QStringLiteral("--spec");
    row("clean file", {QStringLiteral("validate"), dir("clean.csv"), spec, QStringLiteral("sor")},
        0, "", "Result: approved");
    row("sample of seed 004",
        {QStringLiteral("validate"), fixture("cemplus_sample.csv"), spec,
         QStringLiteral("cemplus")},
        0, "", "Imported and validated: 19");
    row("data errors",
        {QStringLiteral("validate"), fixture("mdt_errors.csv"), spec, QStringLiteral("mdt"),
         QStringLiteral("--round"), QStringLiteral("5a")},
        1, "", "Result: rejected");
    row("ragged rows", {QStringLiteral("validate"), dir("ragged.csv"), spec, QStringLiteral("sor")},
        1, "", "different number of columns");
    row("header only",
        {QStringLiteral("validate"), dir("header-only.csv"), spec, QStringLiteral("sor")}, 0, "",
        "only a header");
    row("empty file", {QStringLiteral("validate"), dir("empty.csv"), spec, QStringLiteral("sor")},
        2, "empty.csv: The file is empty.", "");
    row("binary bytes",
        {QStringLiteral("validate"), dir("binary.csv"), spec, QStringLiteral("sor")}, 2,
        "binary.csv:2: The file contains binary data", "");
    row("excel workbook",
        {QStringLiteral("validate"), dir("workbook.csv"), spec, QStringLiteral("sor")}, 2,
        "Excel workbook", "");
    row("not csv", {QStringLiteral("validate"), dir("letter.txt"), spec, QStringLiteral("mdt")}, 2,
        "letter.txt:1: Line 1 (the header) contains no separator", "");
    row("50 MB single line",
        {QStringLiteral("validate"), dir("single-line-50mb.csv"), spec, QStringLiteral("mdt")}, 2,
        ":1: Line 1 is longer than 1 MB", "");
    row("50 MB single line with a separator",
        {QStringLiteral("validate"), dir("single-line-50mb-separator.csv"), spec,
         QStringLiteral("mdt")},
        2, ":1: Line 1 is longer than 1 MB", "");
    row("missing file",
        {QStringLiteral("validate"), dir("nothing.csv"), spec, QStringLiteral("mdt")}, 2,
        "nothing.csv: Cannot open the file", "");
    row("no spec", {QStringLiteral("validate"), fixture("mdt_errors.csv")}, 2, "--spec", "");
    row("unknown spec",
        {QStringLiteral("validate"), fixture("mdt_errors.csv"), spec, QStringLiteral("wmo")}, 2,
        "Spec refused: wmo", "");
    row("broken spec file",
        {QStringLiteral("validate"), fixture("mdt_errors.csv"), spec, dir("broken-spec.json")}, 2,
        "broken-spec.json: version: must be a non-empty string", "");
    row("unknown round",
        {QStringLiteral("validate"), fixture("mdt_errors.csv"), spec, QStringLiteral("mdt"),
         QStringLiteral("--round"), QStringLiteral("9z")},
        2, "Unknown round 9z", "");
    row("wrong dataset",
        {QStringLiteral("validate"), fixture("mdt_errors.csv"), spec, QStringLiteral("mdt"),
         QStringLiteral("--dataset"), QStringLiteral("gas")},
        2, "has no dataset gas", "");
    row("header of another spec",
        {QStringLiteral("validate"), fixture("mdt_errors.csv"), spec, QStringLiteral("sor")}, 2,
        "Line 1 should be the header", "");
    row("two files",
        {QStringLiteral("validate"), dir("clean.csv"), dir("clean.csv"), spec,
         QStringLiteral("sor")},
        2, "Usage", "");
    // A path that is not .csv/.txt is a register (the register side opens it): missing, exit 2.
    row("register that does not exist",
        {QStringLiteral("validate"), dir("register.vbk"), spec, QStringLiteral("mdt")}, 2,
        "register.vbk: ", "");
}

void TestValidateCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    QFETCH(QString, stdoutContains);
    const test::ProcessResult result = runCli(arguments);
    QVERIFY2(result.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1\nout: %2\nerr: %3")
                            .arg(result.exitCode)
                            .arg(result.out.left(2000), result.err.left(2000))));
    QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
    QVERIFY2(result.out.contains(stdoutContains), qPrintable(result.out.left(2000)));
}

void TestValidateCli::jsonReport()
{
    const test::ProcessResult result =
        runCli({QStringLiteral("validate"), fixture("sor_gas_errors.csv"), QStringLiteral("--spec"),
                QStringLiteral("sor"), QStringLiteral("--json"), QStringLiteral("--lang"),
                QStringLiteral("en"), QStringLiteral("--reference-date"), referenceDate});
    QCOMPARE(result.exitCode, 1);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(report.value(QStringLiteral("spec")).toString(), QStringLiteral("sor"));
    const QJsonObject gas = report.value(QStringLiteral("datasets")).toArray().first().toObject();
    QCOMPARE(gas.value(QStringLiteral("name")).toString(), QStringLiteral("gas"));
    const QJsonObject expected =
        QJsonDocument::fromJson(test::readBytes(fixture("sor_gas_errors.expected.json"))).object();
    QCOMPARE(report, expected);
}

void TestValidateCli::languages()
{
    const QStringList arguments{QStringLiteral("validate"),         fixture("sor_gas_errors.csv"),
                                QStringLiteral("--spec"),           QStringLiteral("sor"),
                                QStringLiteral("--reference-date"), referenceDate};
    const test::ProcessResult dutch =
        runCli(arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("nl")});
    const test::ProcessResult english =
        runCli(arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(dutch.out.contains(QStringLiteral("Resultaat: afgekeurd")));
    QVERIFY(dutch.out.contains(QStringLiteral("voldoet niet aan de elfproef")));
    QVERIFY(english.out.contains(QStringLiteral("fails the eleven test")));
}

void TestValidateCli::compareRounds()
{
    const test::ProcessResult result =
        runCli({QStringLiteral("validate"), fixture("mdt_errors.csv"), QStringLiteral("--spec"),
                QStringLiteral("mdt"), QStringLiteral("--round"), QStringLiteral("5a"),
                QStringLiteral("--compare-with"), QStringLiteral("4d"), QStringLiteral("--lang"),
                QStringLiteral("en"), QStringLiteral("--reference-date"), referenceDate});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("From round 5a, Education level is required for "
                                                "participants who start in that round or later: "
                                                "1 need it.")),
             qPrintable(result.out));
}

void TestValidateCli::wholeRegister()
{
    // `validate REGISTER` without --spec: every spec whose datasets the register holds.
    const QString registerPath = m_dir.filePath(QStringLiteral("demo.vbk"));
    const QString passphrase =
        write(QStringLiteral("passphrase"), "een lange wachtzin voor de test\n");
    const test::ProcessResult init =
        runCli({QStringLiteral("init"), registerPath, QStringLiteral("--passphrase-file"),
                passphrase, QStringLiteral("--demo"), QStringLiteral("30")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const test::ProcessResult result = runCli(
        {QStringLiteral("validate"), registerPath, QStringLiteral("--passphrase-file"), passphrase,
         QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.err));
    const QJsonObject all = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray reports = all.value(QStringLiteral("reports")).toArray();
    QStringList specs;
    bool approved = true;
    for (const QJsonValue &report : reports) {
        specs.append(report.toObject().value(QStringLiteral("spec")).toString());
        approved = approved && report.toObject().value(QStringLiteral("status")).toString() ==
                                   QLatin1String("approved");
    }
    QCOMPARE(specs, (QStringList{QStringLiteral("cemplus"), QStringLiteral("mdt"),
                                 QStringLiteral("sor")}));
    QCOMPARE(all.value(QStringLiteral("status")).toString(),
             approved ? QStringLiteral("approved") : QStringLiteral("rejected"));
    QCOMPARE(result.exitCode, approved ? 0 : 1);

    // With --spec, one report; a wrong passphrase is an I/O failure.
    const test::ProcessResult one = runCli(
        {QStringLiteral("validate"), registerPath, QStringLiteral("--spec"), QStringLiteral("sor"),
         QStringLiteral("--passphrase-file"), passphrase, QStringLiteral("--json")});
    QCOMPARE(
        QJsonDocument::fromJson(one.out.toUtf8()).object().value(QStringLiteral("spec")).toString(),
        QStringLiteral("sor"));
    const QString wrong = write(QStringLiteral("wrong"), "niet de goede wachtzin\n");
    const test::ProcessResult locked = runCli(
        {QStringLiteral("validate"), registerPath, QStringLiteral("--passphrase-file"), wrong});
    QCOMPARE(locked.exitCode, 2);
    QVERIFY(locked.err.startsWith(registerPath));
}

void TestValidateCli::cleanDemoPassesEveryCheck()
{
    // `init --demo N --demo-clean` promises a register that can be submitted as it is (README,
    // .ci/demo.sh), at every size: at 100,000 (issue 20 asks for that size) the rarer slips show:
    // some who started at 27 were over 30 on their CEM+ measurement date.
    const QString registerPath = m_dir.filePath(QStringLiteral("clean.vbk"));
    const QString passphrase =
        write(QStringLiteral("passphrase-clean"), "een lange wachtzin voor de test\n");
    const test::ProcessResult init = runCli(
        {QStringLiteral("init"), registerPath, QStringLiteral("--passphrase-file"), passphrase,
         QStringLiteral("--demo"), QStringLiteral("100000"), QStringLiteral("--demo-clean")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const test::ProcessResult result = runCli(
        {QStringLiteral("validate"), registerPath, QStringLiteral("--passphrase-file"), passphrase,
         QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en")});
    const QJsonObject all = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray reports = all.value(QStringLiteral("reports")).toArray();
    QCOMPARE(reports.size(), 3);
    for (const QJsonValue &report : reports) {
        // Approved is not enough: a cleared value or a warning is something to fix too.
        for (const QJsonValue &dataset :
             report.toObject().value(QStringLiteral("datasets")).toArray())
            QVERIFY2(dataset.toObject().value(QStringLiteral("rules")).toArray().isEmpty(),
                     QJsonDocument(dataset.toObject()).toJson().left(4000).constData());
    }
    QCOMPARE(result.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestValidateCli)
#include "tst_validatecli.moc"
